/**
 * The core's Answer as a Slack message: a pure function, no Bolt, no I/O.
 * Quotes with their citation numbers go in one section, their sources in a
 * context block under it. Slack refuses a section over 3,000 characters and a
 * message over 50 blocks, so citations that do not fit are left out, and the
 * message says how many. A follow-up says what it took from earlier questions;
 * 👍 / 👎 (and, for ephemeral answers, "post to channel") sit under it.
 */
import type { types } from '@slack/bolt';
import type { Answer, Citation, Language } from '../../core/index.ts';
import { citationTitle, messages } from '../shared/messages.ts';
import { packVotedAnswer, votedAnswerOf } from '../shared/voted-answer.ts';
import { shortenAtSentence } from '../shared/shorten.ts';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn.ts';
import { slackTexts } from './texts.ts';

export type Block = types.KnownBlock;

export interface SlackMessage {
  /** Notification and screen-reader text; Slack shows blocks when present. */
  text: string;
  blocks: Block[];
}

/** Slack's limits for one text object and for one message. */
export const slackLimits = { textChars: 3000, blocks: 50 } as const;

/** The share button's action id: the adapter listens for it. */
export const shareActionId = 'kiji_share';
/** The 👍 / 👎 buttons' action ids. */
export const voteActionIds = { up: 'kiji_vote_up', down: 'kiji_vote_down' } as const;
/** Slack's limit for a button's value. */
const buttonValueChars = 2000;

export interface RenderOptions {
  /** Show the question above the answer (a slash command's text is not shown anywhere else). */
  showQuestion?: boolean;
  /** Add the "post to channel" button carrying the question (ephemeral /ask answers). */
  shareable?: boolean;
  /** The Slack user who posted this answer to the channel. */
  sharedBy?: string;
  /** Add 👍 / 👎 buttons (when feedback is collected). */
  feedback?: boolean;
}

const fallbackChars = 300;

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const blocks: Block[] = [];
  const header = headerLine(answer.question, answer.language, options);
  if (header) blocks.push(context(header));
  if (!answer.answered) {
    const reason = fitEscaped(answer.reason, slackLimits.textChars);
    blocks.push(section(reason));
    const buttons = options.feedback ? voteButtons(answer) : [];
    if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
    return { text: fitEscaped(answer.reason, fallbackChars), blocks };
  }

  if (answer.usedContext) blocks.push(context(escapeMrkdwn(messages[answer.language].followUp(answer.usedContext.terms))));
  const { quotes, sources, shown } = fitCitations(answer.citations, answer.language);
  const framing = messages[answer.language].quotedFrom;
  if (framing) blocks.push(context(escapeMrkdwn(framing)));
  blocks.push(section(quotes), context(sources));
  const leftOut = answer.citations.length - shown;
  if (leftOut > 0) blocks.push(context(escapeMrkdwn(messages[answer.language].moreSources(leftOut))));
  const share = options.shareable && answer.question.length <= buttonValueChars ? [shareButton(answer.question, answer.language)] : [];
  const buttons = [...share, ...(options.feedback ? voteButtons({ ...answer, citations: answer.citations.slice(0, shown) }) : [])];
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });

  const first = answer.citations[0];
  const text = first ? `${fitEscaped(first.quote, fallbackChars)} [1]` : escapeMrkdwn(answer.question);
  return { text, blocks: blocks.slice(0, slackLimits.blocks) };
}

/** A short message of our own (apology, rate limit, bad question), with an optional reference id. */
export function renderNotice(notice: string, options: { requestId?: string; language?: Language } = {}): SlackMessage {
  const text = fitEscaped(notice, slackLimits.textChars);
  const blocks: Block[] = [section(text)];
  if (options.requestId) blocks.push(context(escapeMrkdwn(messages[options.language ?? 'ja'].errorId(options.requestId))));
  return { text, blocks };
}

/**
 * As many citations as fit, best first and numbered without gaps. Only the
 * first quote is ever shortened: a later one either fits whole or is left out.
 */
function fitCitations(citations: Citation[], language: Language): { quotes: string; sources: string; shown: number } {
  const quoteLines: string[] = [];
  const sourceLines: string[] = [];
  for (const citation of citations) {
    const marker = `*[${citation.n}]*`;
    const quote = citation.quote.replace(/\s*\n\s*/g, ' ');
    const quoteLine =
      quoteLines.length === 0
        ? fitEscaped(quote, slackLimits.textChars, (escaped) => `> ${escaped} ${marker}`)
        : `> ${escapeMrkdwn(quote)} ${marker}`;
    const sourceLine = `${marker} ${describeSource(citation, language)}`;
    if (joinedLength([...quoteLines, quoteLine]) > slackLimits.textChars) break;
    if (joinedLength([...sourceLines, sourceLine]) > slackLimits.textChars) break;
    quoteLines.push(quoteLine);
    sourceLines.push(sourceLine);
  }
  return { quotes: quoteLines.join('\n'), sources: sourceLines.join('\n'), shown: quoteLines.length };
}

/**
 * Title (linked when the article has a URL), section, publisher and date.
 * Each part is capped so that one source line always fits a context element.
 */
function describeSource(citation: Citation, language: Language): string {
  const { article, section: heading } = citation;
  const url = article.url !== null && article.url.length <= 500 ? article.url : null;
  const { title: shown, original } = citationTitle(article, language);
  const title = mrkdwnLink(url, shortenAtSentence(shown, 150));
  const details = [
    original === null ? null : shortenAtSentence(original, 150),
    heading === null ? null : shortenAtSentence(heading, 150),
    article.source === null ? null : shortenAtSentence(article.source, 80),
    article.date === null ? null : article.date.slice(0, 20),
  ].filter((part): part is string => part !== null && part !== '');
  return [title, ...details.map(escapeMrkdwn)].join(' · ');
}

function headerLine(question: string, language: Language, options: RenderOptions): string | null {
  const parts: string[] = [];
  if (options.showQuestion || options.sharedBy) parts.push(slackTexts[language].question(fitEscaped(question, 1500)));
  if (options.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(options.sharedBy)) parts.push(slackTexts[language].sharedBy(options.sharedBy));
  return parts.length > 0 ? parts.join(' — ') : null;
}

/**
 * `text` escaped and, if needed, shortened at a sentence boundary so that the
 * escaped result (optionally wrapped) is at most `max` characters.
 */
function fitEscaped(text: string, max: number, wrap: (escaped: string) => string = (escaped) => escaped): string {
  let room = Math.max(1, max);
  for (;;) {
    const result = wrap(escapeMrkdwn(shortenAtSentence(text, room)));
    if (result.length <= max || room <= 1) return result;
    room = Math.max(1, room - (result.length - max));
  }
}

function joinedLength(lines: string[]): number {
  return lines.reduce((sum, line) => sum + line.length, 0) + Math.max(0, lines.length - 1);
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: text || ' ', verbatim: true } };
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: text || ' ', verbatim: true }] };
}

type Button = Extract<Block, { type: 'actions' }>['elements'][number];

function shareButton(question: string, language: Language): Button {
  return {
    type: 'button',
    action_id: shareActionId,
    text: { type: 'plain_text', text: slackTexts[language].share },
    // The question travels in the button: sharing asks again, so no answer is kept in memory.
    value: question,
  };
}

/** 👍 / 👎 carrying the question and the citations shown: the click is recorded without any memory of the answer. */
function voteButtons(answer: Answer): Button[] {
  const value = packVotedAnswer(votedAnswerOf(answer), buttonValueChars);
  if (value === null) return [];
  const say = slackTexts[answer.language];
  return [
    { type: 'button', action_id: voteActionIds.up, text: { type: 'plain_text', text: say.voteUp, emoji: true }, value },
    { type: 'button', action_id: voteActionIds.down, text: { type: 'plain_text', text: say.voteDown, emoji: true }, value },
  ];
}
