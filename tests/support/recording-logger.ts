/**
 * A Logger that keeps every line, so tests can assert on what was logged and
 * await a line that has not been written yet (instead of sleeping).
 */
import type { Logger, LogLevel } from '../../src/logger.ts';

export interface LogLine {
  level: LogLevel;
  prefix: string;
  message: string;
  fields: Record<string, unknown>;
}

export interface RecordingLogger extends Logger {
  readonly lines: LogLine[];
  /** Resolves with the first line, already written or still to come, that matches. */
  waitFor(match: (line: LogLine) => boolean): Promise<LogLine>;
}

export function createRecordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  const make = (prefix: string): RecordingLogger => {
    const log = (level: LogLevel) => (message: string, fields: Record<string, unknown> = {}) => {
      const line = { level, prefix, message, fields };
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    };
    return {
      lines,
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      child: (child) => make(prefix === '' ? child : `${prefix}:${child}`),
      waitFor(match) {
        const found = lines.find(match);
        if (found) return Promise.resolve(found);
        return new Promise((resolve) => waiters.push({ match, resolve }));
      },
    };
  };
  return make('');
}
