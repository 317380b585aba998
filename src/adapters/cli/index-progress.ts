/**
 * A progress bar for long index builds, on stderr and only on a terminal
 * (a log file or CI gets the summary alone). Quiet for the first half
 * second, so quick runs print nothing but their result; redrawn at most ten
 * times a second.
 */
import type { IndexProgress } from '../../core/index.ts';

export interface ProgressTarget {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function createProgressBar(target: ProgressTarget, now: () => number = () => performance.now()) {
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(progress: IndexProgress) {
      if (!target.isTTY) return;
      const at = now();
      const done = progress.files === progress.totalFiles;
      if (at - started < 500 || (!done && at - drawnAt < 100)) return;
      drawnAt = at;
      drawn = true;
      target.write(`\r\x1b[K${progressLine(progress, (at - started) / 1000, target.columns ?? 80)}`);
    },
    /** Clears the bar before the summary is printed. */
    finish() {
      if (drawn) target.write('\r\x1b[K');
    },
  };
}

export function progressLine(progress: IndexProgress, seconds: number, columns: number): string {
  const share = progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : progress.totalFiles > 0 ? progress.files / progress.totalFiles : 1;
  const text = ` ${Math.floor(share * 100)}%  ${progress.files.toLocaleString('en')}/${progress.totalFiles.toLocaleString('en')} files  ${mb(progress.bytes)}/${mb(progress.totalBytes)} MB  ${Math.round(seconds)} s`;
  const width = Math.max(10, Math.min(40, columns - text.length - 12));
  const filled = Math.round(share * width);
  return `indexing [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${text}`;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
