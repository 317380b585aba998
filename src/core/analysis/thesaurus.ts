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

interface Groups {
  /** Each group's spellings, normalised; `trigger` false for those Sudachi expands to but not from. */
  groups: { spelling: string; trigger: boolean }[][];
  bySpelling: Map<string, number[]>;
}

let loaded: Groups | undefined;

function groups(): Groups {
  if (loaded) return loaded;
  const parsed: Groups = { groups: [], bySpelling: new Map() };
  // Without the file (a trimmed install) there are no paraphrases, and nothing else changes.
  const text = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  })();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const group = line.split(',').map((raw) => ({ spelling: normalizeText(raw.replace(/^~/u, '')), trigger: !raw.startsWith('~') }));
    const at = parsed.groups.push(group) - 1;
    for (const { spelling } of group) {
      const groupsOf = parsed.bySpelling.get(spelling);
      if (groupsOf) groupsOf.push(at);
      else parsed.bySpelling.set(spelling, [at]);
    }
  }
  loaded = parsed;
  return parsed;
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
  const { groups: all, bySpelling } = groups();
  const groupsOf = bySpelling.get(term);
  // Most words are in no group: the English dictionary asks for 100k spellings at its load.
  if (groupsOf === undefined) return [];
  const found = new Set<string>();
  for (const at of groupsOf) {
    const group = all[at] ?? [];
    if (!group.some((entry) => entry.spelling === term && entry.trigger)) continue;
    for (const { spelling } of group) if (spelling !== term && known(spelling)) found.add(spelling);
  }
  return [...found];
}
