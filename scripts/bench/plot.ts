/**
 * The bench's figure: latency (p50, p95, p99 per question) and memory
 * (serving RSS, build peak) against corpus size, as a self-contained SVG,
 * two panels, log-scaled axes. No plotting library: a few lines and labels.
 */
import type { BenchResult } from './report.ts';

const panel = { width: 420, height: 300, left: 60, right: 20, top: 40, bottom: 50 };

interface Series {
  name: string;
  color: string;
  points: { x: number; y: number }[];
}

export function benchSvg(results: readonly BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  const xs = sorted.map((result) => result.articles);
  const latency: Series[] = [
    { name: 'p50', color: '#1f77b4', points: sorted.map((r) => ({ x: r.articles, y: r.query.p50 })) },
    { name: 'p95', color: '#ff7f0e', points: sorted.map((r) => ({ x: r.articles, y: r.query.p95 })) },
    { name: 'p99', color: '#d62728', points: sorted.map((r) => ({ x: r.articles, y: r.query.p99 })) },
  ];
  const memory: Series[] = [
    { name: 'serving RSS', color: '#2ca02c', points: sorted.map((r) => ({ x: r.articles, y: r.servePeakRssMb })) },
    { name: 'build peak', color: '#9467bd', points: sorted.map((r) => ({ x: r.articles, y: Math.max(...r.build.map((build) => build.peakRssMb)) })) },
  ];
  const body = [drawPanel('ms per question', latency, xs, 0), drawPanel('MB', memory, xs, panel.width)].join('\n');
  const width = panel.width * 2;
  const height = panel.height + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    body,
    `<text x="${width / 2}" y="${height - 4}" text-anchor="middle" fill="#555">articles (log scale); kiji bench, ${sorted[0]?.cores ?? '?'} cores</text>`,
    '</svg>',
    '',
  ].join('\n');
}

function drawPanel(title: string, series: Series[], xs: number[], offset: number): string {
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => y > 0);
  const [xMin, xMax] = paddedRange(xs);
  const [yMin, yMax] = paddedRange(values);
  const plotWidth = panel.width - panel.left - panel.right;
  const plotHeight = panel.height - panel.top - panel.bottom;
  const sx = (x: number) => offset + panel.left + ((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * plotWidth;
  const sy = (y: number) => panel.top + plotHeight - ((Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotHeight;
  const parts = [
    `<text x="${offset + panel.left}" y="${panel.top - 14}" font-size="13" font-weight="bold">${title}</text>`,
    `<rect x="${offset + panel.left}" y="${panel.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#999"/>`,
  ];
  for (const x of xs) {
    parts.push(`<line x1="${f(sx(x))}" y1="${panel.top + plotHeight}" x2="${f(sx(x))}" y2="${panel.top + plotHeight + 4}" stroke="#999"/>`);
    parts.push(`<text x="${f(sx(x))}" y="${panel.top + plotHeight + 16}" text-anchor="middle">${x.toLocaleString('en')}</text>`);
  }
  for (const y of ticks(yMin, yMax)) {
    parts.push(`<line x1="${offset + panel.left}" y1="${f(sy(y))}" x2="${offset + panel.left + plotWidth}" y2="${f(sy(y))}" stroke="#eee"/>`);
    parts.push(`<text x="${offset + panel.left - 4}" y="${f(sy(y) + 4)}" text-anchor="end">${y}</text>`);
  }
  series.forEach((s, i) => {
    const points = s.points.filter((p) => p.y > 0);
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.map((p) => `${f(sx(p.x))},${f(sy(p.y))}`).join(' ')}"/>`);
    for (const p of points) parts.push(`<circle cx="${f(sx(p.x))}" cy="${f(sy(p.y))}" r="3" fill="${s.color}"><title>${s.name}: ${p.y} at ${p.x.toLocaleString('en')}</title></circle>`);
    const legendY = panel.top + 12 + i * 14;
    parts.push(`<rect x="${offset + panel.left + 8}" y="${legendY - 8}" width="10" height="3" fill="${s.color}"/>`);
    parts.push(`<text x="${offset + panel.left + 22}" y="${legendY - 3}">${s.name}</text>`);
  });
  return parts.join('\n');
}

/** Log-axis range around the values, a little wider than them. */
function paddedRange(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  const min = Math.min(...positive, Infinity);
  const max = Math.max(...positive, 0);
  if (!Number.isFinite(min) || max <= 0) return [1, 10];
  if (min === max) return [min / 2, max * 2];
  return [min / 1.25, max * 1.25];
}

/** 1-2-5 ticks within the range. */
function ticks(min: number, max: number): number[] {
  const found: number[] = [];
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power += 1) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** power;
      if (value >= min && value <= max) found.push(Number(value.toPrecision(3)));
    }
  }
  return found;
}

const f = (value: number) => value.toFixed(1);
