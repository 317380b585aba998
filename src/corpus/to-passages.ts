/**
 * Articles become passages, the unit that is indexed, retrieved and cited.
 * Each paragraph is one. Bullets stay with the words that give them meaning:
 * a list joins the paragraph that introduces it ("次の点を挙げました。"),
 * and a lone bullet followed by a paragraph is that paragraph's point title.
 * Overlong paragraphs are cut at sentence boundaries so one passage never
 * drowns the rest in BM25.
 */
import { passageId, type Article, type Block, type Passage } from './article.ts';
import { splitSentences } from './split-sentences.ts';

export const passageDefaults = {
  /** Paragraphs longer than this (characters) are split into several passages. */
  maxLength: 800,
};

export function toPassages(article: Article): Passage[] {
  const passages: Passage[] = [];
  for (const section of article.sections) {
    for (const group of groupBlocks(section.blocks)) {
      for (const sentences of chunkSentences(group.flatMap(sentencesOf))) {
        const position = passages.length;
        passages.push({
          id: passageId(article.id, position),
          articleId: article.id,
          heading: section.heading,
          text: joinSentences(sentences),
          sentences: sentences.map((sentence) => sentence.text),
          position,
        });
      }
    }
  }
  return passages;
}

/** Splits a section's blocks into passage-sized groups (see the file comment). */
function groupBlocks(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] as Block;
    const runEnd = runOfBullets(blocks, index);
    if (block.kind === 'bullet') {
      const next = blocks[runEnd];
      if (runEnd - index === 1 && next?.kind === 'paragraph') {
        groups.push([block, next]);
        index = runEnd + 1;
      } else {
        groups.push(blocks.slice(index, runEnd));
        index = runEnd;
      }
      continue;
    }
    // A paragraph followed by two or more bullets introduces them.
    const listEnd = runOfBullets(blocks, index + 1);
    const take = listEnd - (index + 1) >= 2 ? listEnd : index + 1;
    groups.push(blocks.slice(index, take));
    index = take;
  }
  return groups;
}

/** End (exclusive) of the run of bullets starting at `start`. */
function runOfBullets(blocks: Block[], start: number): number {
  let end = start;
  while (blocks[end]?.kind === 'bullet') end += 1;
  return end;
}

interface Sentence {
  text: string;
  bullet: boolean;
}

function sentencesOf(block: Block): Sentence[] {
  return block.kind === 'bullet'
    ? [{ text: block.text, bullet: true }]
    : splitSentences(block.text).map((text) => ({ text, bullet: false }));
}

/** Bullets keep their own line; sentences of a paragraph run on. */
function joinSentences(sentences: Sentence[]): string {
  return sentences
    .map((sentence, index) => {
      const previous = sentences[index - 1];
      const breakBefore = index > 0 && (sentence.bullet || previous?.bullet);
      return `${breakBefore ? '\n' : ''}${sentence.bullet ? '・' : ''}${sentence.text}`;
    })
    .join('');
}

function chunkSentences(sentences: Sentence[]): Sentence[][] {
  const chunks: Sentence[][] = [];
  let current: Sentence[] = [];
  let length = 0;
  for (const sentence of sentences) {
    if (current.length > 0 && length + sentence.text.length > passageDefaults.maxLength) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(sentence);
    length += sentence.text.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
