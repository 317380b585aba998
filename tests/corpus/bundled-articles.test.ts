/**
 * The two bundled articles, parsed: titles, headings, bullets (including the
 * G20 article's points that start mid-line after a sentence) and the
 * Reference(s) footer, each checked against the article files as written.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { toPassages } from '../../src/corpus/to-passages.ts';
import { bundledCorpusDir } from '../support/temp-corpus.ts';

const klId = '2025-07-10-wang-yi-lavrov-kuala-lumpur';
const g20Id = 'g20-wang-yi-lavrov-johannesburg';

let articles: Map<string, Article>;

beforeAll(async () => {
  const corpus = await loadCorpus(bundledCorpusDir);
  expect(corpus.problems).toEqual([]);
  articles = new Map(corpus.articles.map((article) => [article.id, article]));
});

function article(id: string): Article {
  const found = articles.get(id);
  if (!found) throw new Error(`article ${id} not loaded`);
  return found;
}

const bullets = (a: Article, heading: string) =>
  a.sections.find((section) => section.heading === heading)?.blocks.filter((block) => block.kind === 'bullet').map((block) => block.text);
const bodyText = (a: Article) => a.sections.flatMap((section) => section.blocks.map((block) => block.text)).join('\n');

describe('the Kuala Lumpur article', () => {
  it('has its title, date and footer', () => {
    const kl = article(klId);
    expect(kl.title).toBe('王毅外相「ロシアと戦略協調を強化」ASEANと中東で連携確認');
    expect(kl.date).toBe('2025-07-10');
    expect(kl.reference).toBe('Wang Yi: China willing to promote strategic coordination with Russia');
    expect(kl.source).toBe('cgtn.com');
    expect(kl.url).toBeNull();
  });

  it('has a lead and the seven headings, in order', () => {
    expect(article(klId).sections.map((section) => section.heading)).toEqual([
      null,
      '中国とロシア「戦略協調」の中身は',
      '東アジア協力とASEAN中心の地域秩序',
      'ラブロフ外相「二国間関係の戦略的意義が浮き彫り」',
      '上海協力機構やBRICSでの連携強化',
      'イラン核問題「力ではなく対話と交渉を」',
      'パレスチナ・イスラエル情勢なども協議',
      '2025年の国際秩序の中で見る中国・ロシア関係',
    ]);
  });

  it('has its two lists of bullets, without their markers', () => {
    const kl = article(klId);
    expect(bullets(kl, '東アジア協力とASEAN中心の地域秩序')).toEqual([
      'ASEANを中心とした開かれた包摂的な地域協力の枠組みを支持すること',
      '東アジア首脳会議やASEAN地域フォーラムの「正しい方向性」を維持すること',
      '東アジア協力メカニズムを、世界の発展をけん引する重要なエンジンかつ前向きな原動力に育てること',
    ]);
    expect(bullets(kl, '2025年の国際秩序の中で見る中国・ロシア関係')).toEqual([
      '東アジアでは、ASEANを中心とした協力枠組みを支える立場を打ち出したこと',
      '中東では、イラン核問題やパレスチナ・イスラエル情勢をめぐり、対話と交渉による解決を強調したこと',
      '多国間の枠組みとして、上海協力機構やBRICSなどを活用しようとしていること',
    ]);
  });

  it('starts with the lead paragraph and keeps the footer out of the body', () => {
    const kl = article(klId);
    expect(kl.sections[0]?.blocks).toEqual([
      {
        kind: 'paragraph',
        text: '2025年7月10日、中国の王毅外相がロシアのセルゲイ・ラブロフ外相とマレーシア・クアラルンプールで会談しました。中国はロシアと戦略協調を継続的に強化し、双方の安全保障と発展利益を共に守る方針を改めて示しました。',
        line: 2,
      },
    ]);
    expect(bodyText(kl)).not.toContain('Reference');
    expect(bodyText(kl)).not.toContain('cgtn.com');
    expect(bodyText(kl)).not.toContain('Wang Yi');
  });
});

describe('the G20 article', () => {
  it('has its title, footer and no date (the lead says only 木曜日)', () => {
    const g20 = article(g20Id);
    expect(g20.title).toBe('G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認');
    expect(g20.reference).toBe('Wang Yi, Lavrov discuss strengthening China-Russia ties at G20 meeting');
    expect(g20.source).toBe('cgtn.com');
    expect(g20.url).toBeNull();
    expect(g20.date).toBeNull();
  });

  it('has a lead and the seven headings, in order', () => {
    expect(article(g20Id).sections.map((section) => section.heading)).toEqual([
      null,
      'G20外相会合の傍らで行われた中国・ロシア外相会談',
      '王毅氏「包括的戦略協力パートナーシップは新たな段階へ」',
      'ラブロフ氏「ハイレベル交流と実務協力を一段と」',
      '中東情勢など国際・地域課題でも意見交換',
      '静かに読み解く三つのポイント',
      'G20という場で交差する「多極化」の議論',
      '今後の焦点は「実行」と「多国間協調」',
    ]);
  });

  it('has its line-start bullets', () => {
    const g20 = article(g20Id);
    expect(bullets(g20, '王毅氏「包括的戦略協力パートナーシップは新たな段階へ」')).toEqual([
      '互いに利益となる協力が着実に進展していること',
      '戦略面での緊密かつ効果的な協調が続いていること',
      'それが両国と両国民の共通の利益を守るうえで重要な役割を果たしていること',
      '世界の多極化の進展を後押ししていること',
    ]);
    expect(bullets(g20, 'ラブロフ氏「ハイレベル交流と実務協力を一段と」')).toEqual([
      '首脳・閣僚などハイレベルでの交流の強化',
      '経済・貿易・金融分野での実務的な協力の深化',
      '文化などソフトパワー分野を含む幅広い交流',
      '中国が打ち出している各種のグローバル構想を高く評価していること',
      '両国の間で築かれてきた高いレベルの相互信頼を重視していること',
      'BRICS、上海協力機構、国連、G20などの枠組みで中国との意思疎通と調整を続けたいこと',
    ]);
  });

  it('splits the three points that start mid-line after a sentence into bullet, paragraph, bullet, …', () => {
    const section = article(g20Id).sections.find((s) => s.heading === '静かに読み解く三つのポイント');
    expect(section?.blocks.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'paragraph', text: '今回の会談から、少なくとも次の三つのポイントが浮かび上がります。' },
      { kind: 'bullet', text: '二国間関係の「枠組み」があらためて確認された' },
      {
        kind: 'paragraph',
        text: '両外相は「新時代の包括的戦略協力パートナーシップ」という枠組みを繰り返し強調しました。これは、単なる友好関係ではなく、長期的な戦略協力を前提とした関係であることを示しています。',
      },
      { kind: 'bullet', text: 'キーワードは「多極化」と「安定要因」' },
      {
        kind: 'paragraph',
        text: '世界の多極化を進展させる、複雑な世界情勢の中で安定要因として振る舞う――という自己規定は、自国の役割をどう位置づけるかというメッセージでもあります。',
      },
      { kind: 'bullet', text: '多国間の場を通じた影響力行使' },
      {
        kind: 'paragraph',
        text: 'BRICS、上海協力機構、国連、G20など、複数の枠組みでの連携を強調した点は、二国間関係をベースにしながら、多国間の舞台で存在感を高めていく意図をうかがわせます。',
      },
    ]);
    // The mid-line bullets keep the line they were written on, for error messages.
    const lines = section?.blocks.map((block) => block.line);
    expect(lines?.[2]).toBe(lines?.[3]);
    expect(lines?.[4]).toBe(lines?.[5]);
  });

  it('keeps each point title with the paragraph that explains it when cut into passages', () => {
    const passages = toPassages(article(g20Id)).filter((passage) => passage.heading === '静かに読み解く三つのポイント');
    expect(passages.map((passage) => passage.sentences[0])).toEqual([
      '今回の会談から、少なくとも次の三つのポイントが浮かび上がります。',
      '二国間関係の「枠組み」があらためて確認された',
      'キーワードは「多極化」と「安定要因」',
      '多国間の場を通じた影響力行使',
    ]);
    expect(passages[2]?.text.startsWith('・キーワードは「多極化」と「安定要因」\n世界の多極化を進展させる')).toBe(true);
  });
});

describe.each([klId, g20Id])('%s', (id) => {
  it('loses no body text: every line between the title and the footer is a heading, a paragraph or a bullet', async () => {
    const raw = await readFile(join(bundledCorpusDir, `${id}.txt`), 'utf8');
    const body = raw.slice(raw.indexOf('\n') + 1, raw.indexOf('Reference(s):'));
    // Written pieces: each line, cut where a bullet starts after a sentence end, markers dropped.
    const written = body
      .split('\n')
      .flatMap((line) => line.trim().split(/(?<=。)\s+-\s+/u))
      .map((piece) => piece.replace(/^-\s+/u, '').trim())
      .filter((piece) => piece !== '');
    const parsed = article(id);
    const kept = new Set([...parsed.sections.map((s) => s.heading), ...parsed.sections.flatMap((s) => s.blocks.map((b) => b.text))]);
    expect(written.length).toBeGreaterThan(20);
    expect(written.filter((piece) => !kept.has(piece))).toEqual([]);
  });
});
