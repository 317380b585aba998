/** A Logger that keeps every entry, for asserting what was logged. */
import type { Logger, LogLevel } from '../../src/logger.ts';

export interface LogEntry {
  level: LogLevel;
  message: string;
  fields: Record<string, unknown>;
}

export function createRecordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const at = (level: LogLevel) => (message: string, fields: Record<string, unknown> = {}) => {
    entries.push({ level, message, fields });
  };
  return {
    entries,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => createRecordingLogger(entries),
  };
}
