/**
 * Bench child processes report one JSON line on stdout; peak RSS is the
 * process's own high-water mark, which is why each measurement runs in a
 * process of its own.
 */
export function report(values: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ ...values, peakRssMb: peakRssMb() })}\n`);
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** `--name value` arguments, all required unless a fallback is given. */
export function arg(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}
