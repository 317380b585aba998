/**
 * kiji's plain article format:
 *
 *   title line
 *   body paragraphs, one a line; short lines without sentence-final
 *   punctuation are section headings; `- ` starts a bullet (also mid-line,
 *   after a sentence end, as in numbered points)
 *   Reference(s):
 *   English title of the original
 *   source (e.g. cgtn.com), optionally a URL line
 */
import { CorpusFileError } from '../errors.ts';
import type { Article, Block, Section } from './article.ts';

/** A heading is short; anything longer is body text even without a full stop. */
const maxHeadingLength = 60;
const maxTitleLength = 200;
const sentenceFinal = /[。．.！？!?…]$/u;
const footerLine = /^references?(?:\(s\))?\s*[:：]\s*(.*)$/iu;
const bulletMarker = /^(?:[-*・•]\s+|・)/u;
/** A bullet that starts mid-line: after a sentence end, ` - `. */
const inlineBullet = /(?<=[。．！？!?」』）)])\s*-\s+(?=\S)/u;

export function parseTextArticle(text: string, id: string, fileName: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const title = lines[titleIndex]?.trim() ?? '';
  if (title === '') throw new CorpusFileError(fileName, null, 'has no title line');
  if (title.length > maxTitleLength || bulletMarker.test(title)) {
    throw new CorpusFileError(fileName, titleIndex + 1, 'has no title: the first line should be the headline, not body text');
  }

  const footerIndex = lines.findIndex((line, index) => index > titleIndex && footerLine.test(line.trim()));
  const bodyEnd = footerIndex === -1 ? lines.length : footerIndex;
  const footer = footerIndex === -1 ? emptyFooter : parseFooter(lines.slice(footerIndex));

  const sections: Section[] = [{ heading: null, blocks: [] }];
  for (let index = titleIndex + 1; index < bodyEnd; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    for (const [order, piece] of line.split(inlineBullet).entries()) {
      // Every piece after a mid-line ` - ` is a bullet; the split ate its marker.
      const block = classify(order === 0 ? piece.trim() : `- ${piece.trim()}`, index + 1);
      if (block === null) continue;
      if (block.kind === 'heading') sections.push({ heading: block.text, blocks: [] });
      else sections.at(-1)?.blocks.push(block);
    }
  }
  const kept = sections.filter((section) => section.blocks.length > 0);
  if (kept.length === 0) throw new CorpusFileError(fileName, titleIndex + 2, 'has a title but no body text');

  return { id, title, ...footer, date: findDate(title, kept), sections: kept };
}

function classify(piece: string, line: number): Block | { kind: 'heading'; text: string } | null {
  if (piece === '') return null;
  if (bulletMarker.test(piece)) {
    const text = piece.replace(bulletMarker, '').trim();
    return text === '' ? null : { kind: 'bullet', text, line };
  }
  if (piece.length <= maxHeadingLength && !sentenceFinal.test(piece) && !/[、,：:]$/u.test(piece)) {
    return { kind: 'heading', text: piece };
  }
  return { kind: 'paragraph', text: piece, line };
}

interface Footer {
  reference: string | null;
  source: string | null;
  url: string | null;
}

const emptyFooter: Footer = { reference: null, source: null, url: null };

function parseFooter(lines: string[]): Footer {
  const inline = footerLine.exec(lines[0]?.trim() ?? '')?.[1]?.trim();
  const rest = [inline ?? '', ...lines.slice(1)].map((line) => line.trim()).filter((line) => line !== '');
  const url = rest.find((line) => /^https?:\/\//iu.test(line)) ?? null;
  const others = rest.filter((line) => line !== url);
  // Footers read "English title, then source"; a lone line is the source when it looks like a domain.
  if (others.length === 1 && looksLikeSource(others[0] ?? '')) return { reference: null, source: others[0] ?? null, url };
  return { reference: others[0] ?? null, source: others[1] ?? (url ? new URL(url).hostname : null), url };
}

function looksLikeSource(line: string): boolean {
  return /^[\w.-]+\.[a-z]{2,}$/iu.test(line);
}

/** The first explicit date in the title or lead, as YYYY-MM-DD; null when none. */
export function findDate(title: string, sections: Section[]): string | null {
  const lead = sections[0]?.blocks[0]?.text ?? '';
  const match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(`${title} ${lead}`.normalize('NFKC'));
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}
