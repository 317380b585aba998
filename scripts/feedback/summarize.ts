/**
 * From the feedback file's lines to a summary and the 👎 question set. Pure.
 * Lines with the same vote id are one vote (on Discord a reason sent after
 * the click is a second line): the last wins. 👎 votes on the same question
 * (its self-contained reading, for a follow-up) are one question in the set,
 * with every reason given.
 */
import type { FeedbackLine } from '../../src/adapters/shared/feedback-log.ts';
import type { FeedbackQuestion } from '../eval/feedback-set.ts';

export interface FeedbackSummary {
  votes: number;
  up: number;
  down: number;
  /** Votes on refusals ("the articles cannot answer"), of each kind. */
  onRefusals: { up: number; down: number };
  byPlatform: Record<string, { up: number; down: number }>;
  /** Distinct hashed users; null when no line has one (no salt). */
  voters: number | null;
  withReason: number;
  /** Lines that could not be read, by line number. */
  unreadable: number[];
}

export function parseLines(text: string): { lines: FeedbackLine[]; unreadable: number[] } {
  const lines: FeedbackLine[] = [];
  const unreadable: number[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    try {
      const line = JSON.parse(raw) as Partial<FeedbackLine>;
      if ((line.vote !== 'up' && line.vote !== 'down') || typeof line.question !== 'string') throw new Error('not a vote');
      lines.push({ id: `line-${index + 1}`, citations: [], answered: false, reason: null, user: null, platform: 'slack', time: '', ...line } as FeedbackLine);
    } catch {
      // A crash mid-write leaves at most one partial last line; it is reported, not fatal.
      unreadable.push(index + 1);
    }
  }
  return { lines, unreadable };
}

/** The last line of each vote id, in file order of their first line. */
export function votesOf(lines: readonly FeedbackLine[]): FeedbackLine[] {
  const byId = new Map<string, FeedbackLine>();
  for (const line of lines) {
    const earlier = byId.get(line.id);
    // A later line adds its reason; it never erases one.
    byId.set(line.id, earlier && line.reason === null ? { ...line, reason: earlier.reason } : line);
  }
  return [...byId.values()];
}

export function summarize(votes: readonly FeedbackLine[], unreadable: number[]): FeedbackSummary {
  const byPlatform: FeedbackSummary['byPlatform'] = {};
  const users = new Set<string>();
  const summary: FeedbackSummary = { votes: votes.length, up: 0, down: 0, onRefusals: { up: 0, down: 0 }, byPlatform, voters: null, withReason: 0, unreadable };
  for (const vote of votes) {
    summary[vote.vote] += 1;
    if (!vote.answered) summary.onRefusals[vote.vote] += 1;
    const platform = (byPlatform[vote.platform] ??= { up: 0, down: 0 });
    platform[vote.vote] += 1;
    if (vote.user !== null) users.add(vote.user);
    if (vote.reason !== null) summary.withReason += 1;
  }
  summary.voters = users.size === 0 ? null : users.size;
  return summary;
}

export function downvotedSet(votes: readonly FeedbackLine[]): FeedbackQuestion[] {
  const questions = new Map<string, FeedbackQuestion>();
  for (const vote of votes) {
    if (vote.vote !== 'down') continue;
    const q = vote.readAs ?? vote.question;
    const known = questions.get(q);
    if (known) {
      known.downvoted.votes += 1;
      if (vote.reason !== null) known.downvoted.reasons.push(vote.reason);
      continue;
    }
    questions.set(q, {
      id: `feedback-${String(questions.size + 1).padStart(3, '0')}`,
      q,
      answerable: null,
      article: null,
      answers: [],
      downvoted: { answered: vote.answered, passages: vote.citations.map((citation) => citation.passage), reasons: vote.reason === null ? [] : [vote.reason], votes: 1 },
    });
  }
  return [...questions.values()];
}

export function reportSummary(summary: FeedbackSummary, setSize: number, setPath: string): string[] {
  const platforms = Object.entries(summary.byPlatform).map(([name, counts]) => `${name} 👍 ${counts.up} 👎 ${counts.down}`);
  return [
    `${summary.votes} votes: 👍 ${summary.up}, 👎 ${summary.down}${platforms.length > 0 ? ` (${platforms.join('; ')})` : ''}`,
    `  on refusals: 👍 ${summary.onRefusals.up}, 👎 ${summary.onRefusals.down}`,
    `  with a reason: ${summary.withReason}`,
    `  voters: ${summary.voters === null ? 'unknown (no KIJI_FEEDBACK_SALT, no user ids kept)' : summary.voters}`,
    ...(summary.unreadable.length > 0 ? [`  unreadable lines (skipped): ${summary.unreadable.join(', ')}`] : []),
    `${setSize} 👎 question(s) written to ${setPath}; score them with: npm run eval -- --feedback ${setPath}`,
  ];
}
