/**
 * Figures as aligned text lines with their targets beside them. Pure: the
 * entry point decides where the lines go.
 */
import type { JsquadFigures } from './jsquad.ts';
import type { Miss, SetFigures } from './score-questions.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)} %`);
const ratio = (part: number, whole: number) => `(${part}/${whole})`.padEnd(13);

/**
 * The 95 % Wilson score interval of a proportion: on 50 questions one miss
 * moves a figure 2 points, so a figure without its interval overstates
 * what a set can tell apart.
 */
export function wilson(part: number, whole: number): [number, number] {
  if (whole === 0) return [0, 1];
  const z = 1.96;
  const p = part / whole;
  const centre = (p + (z * z) / (2 * whole)) / (1 + (z * z) / whole);
  const half = (z * Math.sqrt((p * (1 - p)) / whole + (z * z) / (4 * whole * whole))) / (1 + (z * z) / whole);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const interval = (part: number, whole: number) => {
  const [low, high] = wilson(part, whole);
  return `[${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}]`.padEnd(14);
};

/** One figure: label, value, its 95 % interval, count, target and whether it is met. */
function line(label: string, part: number, whole: number, target: string, met: boolean | null): string {
  const verdict = met === null || whole === 0 ? '' : met ? '  ok' : '  BELOW TARGET';
  return `  ${label.padEnd(18)}${percent(part, whole)} ${interval(part, whole)}${ratio(part, whole)}${target.padEnd(14)}${verdict}`;
}

export function reportSet(figures: SetFigures): string[] {
  const { answerable: n, unanswerable: m } = figures;
  return [
    // Targets for reader-style questions (issue 9): first quote right ≥ 85 %, answer in the
    // first three ≥ 95 %, answerable questions refused ≤ 3 %, near misses refused ≥ 80 %.
    line('top-1 accuracy', figures.top1, n, 'target ≥ 85 %', figures.top1 >= 0.85 * n),
    line('recall@3', figures.recall3, n, 'target ≥ 95 %', figures.recall3 >= 0.95 * n),
    line('abstention', figures.abstained, m, 'target ≥ 80 %', figures.abstained >= 0.8 * m),
    line('false abstention', figures.falseAbstained, n, 'target ≤ 3 %', figures.falseAbstained <= 0.03 * n),
    `  ${'time per question'.padEnd(18)}${figures.msPerQuestion.toFixed(1).padStart(5)} ms`,
  ];
}

export function reportJsquad(figures: JsquadFigures): string[] {
  const n = figures.questions;
  const count = (share: number) => Math.round(share * n);
  return [
    line('gold@1', count(figures.gold1), n, 'target ≥ 93 %', figures.gold1 >= 0.93),
    line('gold@3', count(figures.gold3), n, 'target ≥ 97 %', figures.gold3 >= 0.97),
    line('answer@1', count(figures.answer1), n, 'target ≥ 85 %', figures.answer1 >= 0.85),
    line('abstained', count(figures.abstained), n, '', null),
    `  ${'time per question'.padEnd(18)}${figures.msPerQuestion.toFixed(1).padStart(5)} ms`,
  ];
}

export function describeMiss({ question, kind, result }: Miss): string {
  const got = result.answered
    ? result.citations
        .map((citation) => `[${citation.n}] ${citation.article.id}: ${citation.quote.replace(/\n/gu, ' ').slice(0, 100)}`)
        .join('\n      ')
    : result.text;
  const wanted = question.answerable ? `${question.article} ⊃ ${question.answers.join(' | ')}` : 'abstain';
  return `  ${kind.padEnd(22)} ${question.id} ${question.q}\n      want ${wanted}\n      got  ${got}`;
}
