/**
 * A Logger that keeps every line, so tests assert on what was logged and
 * await a line not written yet instead of sleeping.
 */
import type { Logger, LogLevel } from '../../../src/logger.ts';

export interface LogLine {
  level: LogLevel;
  message: string;
  fields: Record<string, unknown>;
}

export interface RecordingLogger extends Logger {
  readonly lines: LogLine[];
  /** Resolves with the first matching line, already written or still to come. */
  waitFor(match: (line: LogLine) => boolean): Promise<LogLine>;
}

export function createRecordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  const log = (level: LogLevel) => (message: string, fields: Record<string, unknown> = {}) => {
    const line = { level, message, fields };
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (!waiter.match(line)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  };
  const logger: RecordingLogger = {
    lines,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => logger,
    waitFor(match) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
  return logger;
}
