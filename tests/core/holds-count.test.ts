/**
 * The counter expressions kept between calls (holds-count.ts) give what one
 * compiled per call gave (the earlier code, kept here as the reference):
 * the same verdicts on first use, on reuse, and after more counters than
 * are kept have been asked for.
 */
import { describe, expect, it } from 'vitest';
import { holdsCount } from '../../src/core/answer/holds-count.ts';

const digits = '[0-9一二三四五六七八九十百千万億兆数何]';
function referenceSameCounter(text: string, counter: string): boolean {
  const money = counter === '円' || counter === 'ドル';
  const sameCounter =
    counter === 'パーセント' || counter === '%' ? '(?:%|パーセント|割)' : money ? '(?:円|ドル|ユーロ|元|ルーブル|ポンド|ウォン|ルピー)' : counter.replace(/[かカヵケヶ]/gu, '[かカヵケヶ]');
  return new RegExp(`${digits}\\s*${sameCounter}`, 'u').test(text);
}

const texts = ['首脳は3か国を訪れた。', '12カ国の外相', '参加者は41人だった', '2025年7月10日', '五万人が集まった', '支援は5億ドル', '成長率は3.5%', '三割が反対', '何本も', '10 本の木', ''];
const counters = ['か国', '人', '本', 'ドル', '円', 'パーセント', '%', '歳', '回', 'ヶ月'];

describe('counts with a counter', () => {
  it('gives the verdicts an expression compiled per call gave, reused or not', () => {
    const many = [...counters, ...Array.from({ length: 300 }, (_, i) => `単位${i}`), ...counters];
    for (let round = 0; round < 2; round += 1) {
      for (const counter of many) {
        for (const text of texts) {
          // Money also takes a katakana currency; none of these texts has one.
          expect(holdsCount(text, counter)).toBe(referenceSameCounter(text, counter));
        }
      }
    }
    expect(holdsCount('首脳は3か国を訪れた。', 'か国')).toBe(true);
    expect(holdsCount('参加者は41人だった', 'か国')).toBe(false);
  });
});
