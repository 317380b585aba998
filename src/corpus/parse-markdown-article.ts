/**
 * Markdown articles, as users bring them: YAML front matter (title, date,
 * source, url, reference), `#` headings, `-`/`*` bullets, paragraphs separated
 * by blank lines. Inline markup is reduced to its text.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { z } from 'zod';
import { CorpusFileError } from '../errors.ts';
import type { Article, Block, Section } from './article.ts';
import { findDate } from './parse-text-article.ts';

const frontMatterSchema = z
  .object({
    title: z.coerce.string().trim().min(1).optional(),
    date: z.union([z.date(), z.coerce.string()]).optional(),
    source: z.coerce.string().trim().min(1).optional(),
    url: z.url().optional(),
    reference: z.coerce.string().trim().min(1).optional(),
  })
  .loose();

/**
 * yaml (~40-70 ms of module loading) is required at the first Markdown file
 * with front matter, not imported at start-up: a bot starting from the cache
 * parses no article at all.
 */
let yaml: typeof Yaml | undefined;
function parseDocument(source: string): Yaml.Document.Parsed {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml.parseDocument(source);
}

export function parseMarkdownArticle(text: string, id: string, fileName: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { meta, bodyStart } = readFrontMatter(lines, fileName);

  let title = meta.title ?? null;
  const sections: Section[] = [{ heading: null, blocks: [] }];
  let paragraph: { text: string[]; line: number } | null = null;
  const flush = () => {
    if (paragraph) sections.at(-1)?.blocks.push({ kind: 'paragraph', text: paragraph.text.join(''), line: paragraph.line });
    paragraph = null;
  };

  for (let index = bodyStart; index < lines.length; index += 1) {
    const raw = (lines[index] ?? '').trim();
    const lineNumber = index + 1;
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/u.exec(raw);
    const bullet = /^(?:[-*+]|\d+[.)])\s+(.*)$/u.exec(raw);
    if (raw === '' || /^(?:---+|\*\*\*+)$/u.test(raw)) {
      flush();
    } else if (heading) {
      flush();
      const headingText = inline(heading[2] ?? '');
      if (title === null && heading[1] === '#') title = headingText;
      else if (headingText !== '') sections.push({ heading: headingText, blocks: [] });
    } else if (bullet) {
      flush();
      const bulletText = inline(bullet[1] ?? '');
      if (bulletText !== '') sections.at(-1)?.blocks.push({ kind: 'bullet', text: bulletText, line: lineNumber } satisfies Block);
    } else {
      paragraph ??= { text: [], line: lineNumber };
      paragraph.text.push(inline(raw.replace(/^>\s*/u, '')));
    }
  }
  flush();

  if (!title) throw new CorpusFileError(fileName, 1, 'has no title: add `title:` to the front matter or start with a `# ` heading');
  const kept = sections.filter((section) => section.blocks.length > 0);
  if (kept.length === 0) throw new CorpusFileError(fileName, bodyStart + 1, 'has a title but no body text');
  const date = meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : (meta.date ?? null);

  return {
    id,
    title,
    source: meta.source ?? (meta.url ? new URL(meta.url).hostname : null),
    reference: meta.reference ?? null,
    url: meta.url ?? null,
    date: date ?? findDate(title, kept),
    sections: kept,
  };
}

function readFrontMatter(lines: string[], fileName: string) {
  if (lines[0]?.trim() !== '---') return { meta: frontMatterSchema.parse({}), bodyStart: 0 };
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  if (end === -1) throw new CorpusFileError(fileName, 1, 'front matter starts with --- but is never closed');
  const document = parseDocument(lines.slice(1, end).join('\n'));
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0]?.line ?? 0) + 1;
    throw new CorpusFileError(fileName, line, `front matter is not valid YAML (${yamlError.message.split('\n')[0]})`);
  }
  const parsed = frontMatterSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusFileError(fileName, 1, `front matter field \`${String(issue?.path[0] ?? '?')}\` ${issue?.message ?? 'is invalid'}`);
  }
  return { meta: parsed.data, bodyStart: end + 1 };
}

/** Markdown inline markup to plain text: links keep their text, emphasis and code lose their marks. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/gu, '$2')
    .trim();
}
