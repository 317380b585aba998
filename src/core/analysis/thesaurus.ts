/**
 * Paraphrases from a maintained thesaurus: Sudachi's synonym groups
 * (data/sudachi-synonyms.txt, made by `npm run thesaurus`), so a reader's
 * 肩書き finds the article's 役職. Only spellings the loaded articles use are
 * offered, and the hand table (synonyms.ts) keeps what Sudachi lacks:
 * news abbreviations (安保理, SCO).
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-root.ts';
import { normalizeText } from './normalize.ts';

const file = projectPath('data', 'sudachi-synonyms.txt');

/**
 * The groups flat: group g's spellings are spellings[starts[g] … starts[g + 1]), normalised;
 * triggers[i] is 0 for those Sudachi expands to but not from. A spelling's groups are one
 * number (most) or a list. Parsed without an object per spelling or a regular expression per
 * line: at a start this is CPU the first answer waits for.
 */
interface Groups {
  spellings: string[];
  triggers: Uint8Array;
  starts: number[];
  bySpelling: Map<string, number | number[]>;
}

let loaded: Groups | undefined;

function groups(): Groups {
  if (loaded) return loaded;
  // Without the file (a trimmed install) there are no paraphrases, and nothing else changes.
  const text = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  })();
  const spellings: string[] = [];
  const triggerList: number[] = [];
  const starts = [0];
  const bySpelling = new Map<string, number | number[]>();
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end === -1) end = text.length;
    if (end > from && text[from] !== '#') {
      const group = starts.length - 1;
      for (let at = from; at <= end; ) {
        let comma = text.indexOf(',', at);
        if (comma === -1 || comma > end) comma = end;
        const trigger = text[at] !== '~';
        const spelling = normalizeText(text.slice(trigger ? at : at + 1, comma));
        spellings.push(spelling);
        triggerList.push(trigger ? 1 : 0);
        const known = bySpelling.get(spelling);
        if (known === undefined) bySpelling.set(spelling, group);
        else if (typeof known === 'number') bySpelling.set(spelling, [known, group]);
        else known.push(group);
        at = comma + 1;
      }
      starts.push(spellings.length);
    }
    from = end + 1;
  }
  loaded = { spellings, triggers: Uint8Array.from(triggerList), starts, bySpelling };
  return loaded;
}

/**
 * Reads the groups now (~60 ms over 13,700 lines) rather than at the first
 * question: a starting bot calls it while it waits on the disk for the index.
 */
export function loadThesaurus(): void {
  groups();
}

/** Other spellings of the groups `term` triggers, kept to those `known` accepts (the corpus uses them). */
export function paraphrasesOf(term: string, known: (spelling: string) => boolean): string[] {
  const { spellings, triggers, starts, bySpelling } = groups();
  const of = bySpelling.get(term);
  // Most words are in no group: the English dictionary asks for ~100k spellings at its load.
  if (of === undefined) return [];
  const found = new Set<string>();
  for (const at of typeof of === 'number' ? [of] : of) {
    const from = starts[at] as number;
    const to = starts[at + 1] as number;
    let triggered = false;
    for (let i = from; i < to && !triggered; i += 1) triggered = spellings[i] === term && triggers[i] === 1;
    if (!triggered) continue;
    for (let i = from; i < to; i += 1) {
      const spelling = spellings[i] as string;
      if (spelling !== term && known(spelling)) found.add(spelling);
    }
  }
  return [...found];
}
