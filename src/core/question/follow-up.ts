/**
 * A follow-up read with the questions before it. 「それはいつ？」 asked after
 * 「ラブロフ外相は上海協力機構について何と言いましたか」 names nothing of its
 * own; it is read as 「ラブロフ外相 上海協力機構 それはいつ？」: the earlier
 * question's names and key nouns are put in front of it, and the new
 * question's own words (いつ) still say what is wanted. Only the text changes;
 * the question is then answered by the usual path, so ranking and judging
 * know nothing of conversations.
 *
 * A question is a follow-up when it refers back (それ, その, 彼, そこ, this,
 * that, it …) or names no entity of its own (a proper noun, a Latin name, a
 * number, a synonym group's spelling). Anything else is read alone, whatever
 * the context: 「北朝鮮について王毅外相は何と言った？」 is a new question.
 */
import { isContent, termOf, type Analyzer } from '../analysis/analyzer.ts';
import { normalizeText } from '../analysis/normalize.ts';
import type { SynonymTable } from '../analysis/synonyms.ts';
import type { Morpheme } from '../analysis/tokenizer.ts';
import { detectLanguage, frameNouns } from './question.ts';

export interface FollowUpReading {
  /** The text to answer: the question itself, or the carried terms followed by it. */
  text: string;
  /** The earlier questions whose terms were carried, oldest first; empty when read alone. */
  used: string[];
  /** What was carried (ラブロフ外相, 上海協力機構), for the note an adapter shows. */
  terms: string[];
  /** The question refers back (それ, this …) to something it does not name. */
  refersBack: boolean;
}

/** Earlier questions looked at, newest first: a conversation drifts, its last turns matter. */
const maxEarlier = 3;

// Not inside a question word or an ordinary one: どこの and どこ hold この and こ…, それぞれ (each) holds それ.
const japaneseAnaphora = /それ(?!ぞれ)|その|そこ|そちら|これ|(?<!ど)この|(?<!ど)ここ|あれ|あの|彼女?|彼ら|同氏|同国|同会合|同会議|両氏|両者|両国|同じ/u;
const englishAnaphora = /\b(?:it|its|this|that|these|those|there|he|she|him|her|his|they|them|their)\b/iu;

export function readFollowUp(question: string, context: readonly string[], analyzer: Analyzer, synonyms: SynonymTable): FollowUpReading {
  const refersBack = refersToEarlier(question);
  const alone: FollowUpReading = { text: question, used: [], terms: [], refersBack };
  const earlier = context.map((text) => text.trim()).filter((text) => text !== '').slice(-maxEarlier);
  // With nothing asked before, a question naming its own subject refers within itself (China … its visa
  // exemption) or to nothing (how long will it take): no earlier question it fails to resolve.
  if (earlier.length === 0) return refersBack && namesSomething(question, analyzer, synonyms) ? { ...alone, refersBack: false } : alone;
  if (!refersBack && namesSomething(question, analyzer, synonyms)) return alone;

  // Each earlier question is itself read with the ones before it (a chain of follow-ups).
  let previous: FollowUpReading | null = null;
  for (const text of earlier) {
    previous = previous === null ? { text, used: [text], terms: [], refersBack: false } : carry(text, previous, analyzer, synonyms, true);
  }
  return previous === null ? alone : carry(question, previous, analyzer, synonyms, false);
}

/** `question` with the subject of `earlier` put in front of it, unless it already names it or it names itself. */
function carry(question: string, earlier: FollowUpReading, analyzer: Analyzer, synonyms: SynonymTable, inChain: boolean): FollowUpReading {
  const refersBack = refersToEarlier(question);
  const alone: FollowUpReading = { text: question, used: [question], terms: [], refersBack };
  if (inChain && !refersBack && namesSomething(question, analyzer, synonyms)) return alone;
  const normalized = normalizeText(question);
  const terms = subjectOf(earlier.text, analyzer).filter((term) => !normalized.includes(normalizeText(term)));
  if (terms.length === 0) return inChain ? alone : { ...alone, used: [] };
  const used = inChain ? [...earlier.used, question] : earlier.used;
  return { text: `${terms.join(' ')} ${question}`, used, terms, refersBack };
}

export function refersToEarlier(question: string): boolean {
  return detectLanguage(question) === 'en' ? englishAnaphora.test(question) : japaneseAnaphora.test(question);
}

/** A proper noun, a Latin name or a number of its own, or a spelling from the synonym table (安保理, SCO). */
function namesSomething(question: string, analyzer: Analyzer, synonyms: SynonymTable): boolean {
  if (synonyms.alternativesIn(normalizeText(question)).length > 0) return true;
  if (detectLanguage(question) === 'en') return englishNames(question).length > 0 || /\d/u.test(question);
  return analyzer.morphemes(question).some(
    (morpheme) => isContent(morpheme) && (morpheme.pos1 === '固有名詞' || (morpheme.pos1 === '数' && /\d/u.test(morpheme.surface)) || /^[a-z]/u.test(morpheme.surface)),
  );
}

/**
 * The names and key nouns of a question as written, compounds whole
 * (ラブロフ外相, 上海協力機構): runs of content nouns, with the suffixes that
 * belong to them, question words and frame nouns (名前, 理由) left out.
 */
export function subjectOf(question: string, analyzer: Analyzer): string[] {
  if (detectLanguage(question) === 'en') return englishNames(question);
  const runs: string[] = [];
  let run: Morpheme[] = [];
  const flush = () => {
    const content = run.filter(isContent);
    if (content.length > 0 && !content.every((morpheme) => frameNouns.has(termOf(morpheme)))) {
      runs.push(asWritten(question, run.map((morpheme) => morpheme.surface).join('')));
    }
    run = [];
  };
  for (const morpheme of analyzer.morphemes(question)) {
    if (morpheme.pos === '名詞' && (isContent(morpheme) || (run.length > 0 && morpheme.pos1 === '接尾'))) run.push(morpheme);
    else flush();
  }
  flush();
  return [...new Set(runs)];
}

/** Runs of capitalised words after the first (Wang Yi, SCO, G20): kuromoji has no English proper nouns. */
function englishNames(question: string): string[] {
  const rest = question.trim().replace(/^\S+\s*/u, '');
  return [...new Set(rest.match(/[A-Z][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9-]*)*/gu) ?? [])];
}

/** The analyzer's lower-case spelling (g20外相会合) back as the question wrote it (G20外相会合), when it can be found. */
function asWritten(question: string, spelling: string): string {
  const at = question.toLowerCase().indexOf(spelling.toLowerCase());
  return at < 0 ? spelling : question.slice(at, at + spelling.length);
}
