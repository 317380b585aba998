/**
 * A restored index shares its map of passage ids to numbers with the
 * restored passages (index-cache.ts); the index must copy it before its
 * first change, so the passages keep finding what the cache held.
 */
import { describe, expect, it } from 'vitest';
import { createCompactIndex } from '../../src/core/engine/compact-index.ts';
import type { AnalyzedPassage } from '../../src/core/engine/passage-index.ts';
import { numbersOf } from '../../src/core/store/restored-sources.ts';

const passage = (id: string, words: string[]): AnalyzedPassage => ({ id, title: [], heading: [], sentences: [{ terms: words, bigrams: words, tags: [] }] });

describe('shared document numbers', () => {
  it('are read, never changed, by the index that shares them', () => {
    const built = createCompactIndex();
    built.add([passage('a#0', ['東京', '会議']), passage('a#1', ['大阪']), passage('b#0', ['東京'])]);
    const snapshot = built.snapshot();
    const shared = numbersOf(snapshot.docIds);
    const before = [...shared];
    const index = createCompactIndex(snapshot, { docNumbers: shared });
    expect(index.analysisOf('a#1')?.id).toBe('a#1');

    index.remove(['a#0']);
    index.add([passage('c#0', ['京都'])]);
    expect([...shared]).toEqual(before);
    expect(index.analysisOf('a#0')).toBeUndefined();
    expect(index.analysisOf('c#0')?.id).toBe('c#0');
    expect(index.analysisOf('b#0')?.id).toBe('b#0');

    const fork = createCompactIndex(snapshot, { docNumbers: shared }).fork();
    fork.add([passage('d#0', ['名古屋'])]);
    expect([...shared]).toEqual(before);
    expect(fork.search({ terms: [{ token: '東京', weight: 1 }], bigrams: [] }, 10).map((hit) => hit.id).sort()).toEqual(['a#0', 'b#0']);
  });
});
