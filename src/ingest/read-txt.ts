import type { Article } from '../model/index.js';
import { articleFromText } from './article-from-text.js';
import { parseDateline } from './parse-dateline.js';
import { withYear } from './with-year.js';

// A first line is a title when a blank line follows it, it is short, and it does not end a sentence.
function titleOf(text: string): string | null {
  const m = /^([^\n]{1,200})\r?\n\s*\r?\n/.exec(text);
  if (!m) return null;
  const line = m[1].trim();
  if (/[.!?"”]$/.test(line) || parseDateline(line)) return null;
  return line;
}

/** Reads a plain-text article: optional title line, optional wire dateline, then the story. */
export function readTxt(text: string, sourcePath: string | null, defaultDate?: string): Article {
  const title = titleOf(text);
  let bodyAt = title ? text.indexOf(title) + title.length : 0;
  while (bodyAt < text.length && /\s/.test(text[bodyAt])) bodyAt++;
  const d = parseDateline(text, bodyAt);
  return {
    ...articleFromText(text, {
      sourcePath,
      title,
      source: d?.source ?? null,
      publishedAt: withYear(d?.date ?? null, defaultDate),
      place: d?.place ?? null,
    }),
  };
}
