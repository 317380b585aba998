/**
 * ENAMDICT's names against a corpus (dictionary-names.ts), over a small table in the format
 * build-enamdict.ts writes: lines sorted by their bytes, found by binary search; a spelling kept
 * where the corpus writes it, without the dot, as the same sounds, or as the katakana closest to
 * ENAMDICT's; an acronym's initials standing for the one name the corpus writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createDictionaryNames, type DictionaryNames } from '../../src/core/question/dictionary-names.ts';
import { katakanaWord } from '../../src/core/question/transliterate.ts';
import { createTempCorpus, type TempCorpus } from '../support/temp-corpus.ts';

const lines = [
  '# a header',
  "=pboc\tpeople's bank of china|pacific bank of commerce",
  '=wto\tworld trade organization',
  'anwar ibrahim\tアンワルイブラヒム',
  "people's bank of china\t中国人民銀行",
  'pacific bank of commerce\t太平洋商業銀行',
  'riyadh\tリヤード',
  'vientiane\tヴィエンチャン',
  'world trade organization\t世界貿易機関',
].sort((a, b) => Buffer.compare(Buffer.from(a.split('\t')[0] as string), Buffer.from(b.split('\t')[0] as string)));

describe('ENAMDICT names', () => {
  let folder: TempCorpus;
  let names: DictionaryNames;
  beforeAll(async () => {
    folder = await createTempCorpus();
    const path = await folder.write('names.tsv.gz', gzipSync(`${lines.join('\n')}\n`));
    const written = new Set(['中国人民銀行']);
    names = createDictionaryNames(
      { uses: (spelling) => written.has(spelling), katakana: ['アンワル・イブラヒム', 'リヤド', 'ビエンチャン'].map(katakanaWord), passages: () => 1 },
      path,
    );
  });
  afterAll(async () => {
    await folder?.dispose();
  });

  it('keeps a spelling the corpus writes, dotted, as the same sounds or as the closest katakana', () => {
    expect(names.of("people's bank of china")).toEqual(['中国人民銀行']);
    expect(names.of('anwar ibrahim')).toEqual(['アンワル・イブラヒム']);
    expect(names.of('vientiane')).toEqual(['ビエンチャン']);
    expect(names.of('riyadh')).toEqual([]);
    expect(names.of('riyadh', { closest: true })).toEqual(['リヤド']);
    expect(names.of('world trade organization')).toEqual([]);
    expect(names.of('nowhere')).toEqual([]);
  });

  it('reads initials as the one name with them that the corpus writes', () => {
    expect(names.initialled('pboc')).toEqual(['中国人民銀行']);
    expect(names.initialled('wto')).toEqual([]);
    expect(names.initialled('abc')).toEqual([]);
  });
});
