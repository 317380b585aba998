/**
 * Acronyms the articles never write, read as the phrase their letters begin
 * (PBOC: People's Bank of China → 中国人民銀行), among the phrases of a table
 * (EDICT's, ENAMDICT's names) whose Japanese the corpus writes.
 */
/** The spellings of the phrase whose initials are some letters (pboc → 中国人民銀行), none when no phrase or several have them. */
export type Initialled = (letters: string) => readonly string[];

/** Words an acronym may skip (People's Bank of China: PBOC or PBC). */
const skippable = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', '&']);
/** Three letters at least: two say too little among common phrases (AI, EV are words the articles write themselves). */
const shortestAcronym = 3;

/** A phrase's initials, with and without its small words (people's bank of china: pboc, pbc); none for one word or under three letters. */
export function initialsOf(phrase: string, shortest = shortestAcronym): string[] {
  const words = phrase.split(/[ -]+/u).filter((word) => word !== '');
  if (words.length < 2) return [];
  const all = words.map((word) => word[0]).join('');
  const content = words.filter((word) => !skippable.has(word)).map((word) => word[0]).join('');
  return [...new Set([all, content])].filter((letters) => letters.length >= shortest && /^[a-z]+$/u.test(letters));
}

/**
 * What an acronym may stand for, from the phrases of two words or more that a table spells: each phrase's
 * initials, with and without its small words (people's bank of china: pboc, pbc). Letters two phrases
 * share stand for neither.
 */
export function initialledBy(phrases: Iterable<string>, spellingsOf: (phrase: string) => readonly string[], shortest = shortestAcronym): Initialled {
  const byLetters = new Map<string, string | null>();
  for (const phrase of phrases) {
    for (const letters of initialsOf(phrase, shortest)) {
      const known = byLetters.get(letters);
      byLetters.set(letters, known === undefined || known === phrase ? phrase : null);
    }
  }
  return (letters) => {
    const phrase = byLetters.get(letters);
    return phrase ? spellingsOf(phrase) : [];
  };
}
