/**
 * The bench's output for one corpus size: a table (what, measured, target)
 * on stdout, then one JSON line with exactly the keys of issue 5, null where
 * not measured.
 */
export interface BenchResult {
  articles: number;
  passages: number;
  chars: number;
  build: { threads: number; seconds: number; peakRssMb: number }[];
  cacheBytes: number;
  cacheLoadSeconds: number;
  coldStartMs: number;
  /** Null when the run skipped the start without a cache (--quick). */
  coldStartNoCacheMs: number | null;
  noCachePeakRssMb: number | null;
  query: { questions: number; p50: number; p95: number; p99: number };
  servePeakRssMb: number;
  tokenize: { sampleChars: number; kuromoji: number; mecab: number | null };
  loadAverage: number;
  cores: number;
}

/** Targets of issues 5 and 13, stated for 10,000 articles on this 2-core machine. */
const targets = {
  p50: 1.5,
  p99: 5,
  coldStartWithCacheMs: 1000,
  buildCharsPerSecond: 500_000,
  buildPeakRssMb: 600,
  peakRssMb: 450,
};

export function printResults(result: BenchResult): void {
  const all = result.build.at(-1) ?? { threads: 0, seconds: 0, peakRssMb: 0 };
  const one = result.build[0] ?? all;
  const speed = (seconds: number) => result.chars / seconds;
  const graded = result.articles === 10_000;
  const grade = (ok: boolean) => (graded ? (ok ? 'met' : 'MISSED') : '');
  const rows: [string, string, string, string][] = [
    ['corpus', `${fmt(result.articles)} articles, ${fmt(result.passages)} passages, ${millions(result.chars)} chars`, '', ''],
    ['build, 1 thread', result.build.length < 2 ? 'skipped (--quick)' : `${one.seconds.toFixed(1)} s = ${millions(speed(one.seconds))} chars/s, peak ${one.peakRssMb} MB`, '', ''],
    [`build, ${all.threads} threads`, `${all.seconds.toFixed(1)} s = ${millions(speed(all.seconds))} chars/s, peak ${all.peakRssMb} MB`, '≥ 0.5 M chars/s, ≤ 600 MB', grade(speed(all.seconds) >= targets.buildCharsPerSecond && all.peakRssMb <= targets.buildPeakRssMb)],
    ['persisted index', `${(result.cacheBytes / 1024 / 1024).toFixed(1)} MB, loaded in ${result.cacheLoadSeconds.toFixed(2)} s`, '', ''],
    ['cold start, cache', `${fmt(Math.round(result.coldStartMs))} ms to the first answer`, '≤ 1,000 ms', grade(result.coldStartMs <= targets.coldStartWithCacheMs)],
    ['cold start, no cache', result.coldStartNoCacheMs === null ? 'skipped (--quick)' : `${fmt(Math.round(result.coldStartNoCacheMs))} ms to the first answer, peak ${result.noCachePeakRssMb} MB`, '', ''],
    [`query (${result.query.questions})`, `p50 ${result.query.p50.toFixed(2)} ms, p95 ${result.query.p95.toFixed(2)} ms, p99 ${result.query.p99.toFixed(2)} ms`, 'p50 ≤ 1.5, p99 ≤ 5 ms', grade(result.query.p50 <= targets.p50 && result.query.p99 <= targets.p99)],
    ['peak RSS, serving', `${result.servePeakRssMb} MB (cache load + questions)`, '≤ 450 MB', grade(result.servePeakRssMb <= targets.peakRssMb)],
    ['tokenise, kuromoji 1 thread', `${millions(result.tokenize.kuromoji)} chars/s over ${millions(result.tokenize.sampleChars)} chars of sentences`, '', ''],
    ['tokenise, MeCab (IPADIC)', result.tokenize.mecab === null ? 'skipped: mecab not installed' : `${millions(result.tokenize.mecab)} chars/s, same sentences (native reference)`, '', ''],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  process.stdout.write(`\nkiji bench, ${fmt(result.articles)} articles (${result.cores} cores, load average ${result.loadAverage.toFixed(2)} at start)\n`);
  for (const row of rows) process.stdout.write(`  ${line(row)}\n`);
  if (result.loadAverage > 0.5) process.stdout.write(`  note: the machine was busy (load ${result.loadAverage.toFixed(2)}) when this size started; times may be inflated\n`);
  process.stdout.write(
    `${JSON.stringify({
      bench: 'kiji',
      articles: result.articles,
      chars: result.chars,
      build_s: round(all.seconds, 2),
      build_chars_per_s: Math.round(speed(all.seconds)),
      build_threads: all.threads,
      cache_bytes: result.cacheBytes,
      cache_load_s: round(result.cacheLoadSeconds, 3),
      cold_start_ms: Math.round(result.coldStartMs),
      cold_start_nocache_ms: result.coldStartNoCacheMs === null ? null : Math.round(result.coldStartNoCacheMs),
      query_p50_ms: round(result.query.p50, 2),
      query_p95_ms: round(result.query.p95, 2),
      query_p99_ms: round(result.query.p99, 2),
      peak_rss_mb: result.servePeakRssMb,
      mecab_chars_per_s: result.tokenize.mecab === null ? null : Math.round(result.tokenize.mecab),
    })}\n`,
  );
}

const fmt = (value: number) => value.toLocaleString('en');
const millions = (value: number) => `${(value / 1e6).toFixed(2)} M`;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
