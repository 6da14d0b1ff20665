import { z } from 'zod';
import type { Article } from '../model/index.js';
import { articleFromText } from './article-from-text.js';
import type { IngestIssue } from './ingest-issue.js';
import { parseDateline } from './parse-dateline.js';
import { withYear } from './with-year.js';

/** One article as a JSON object: `text` or `body`, with optional metadata. */
export const JsonArticle = z
  .object({
    text: z.string().optional(),
    body: z.string().optional(),
    title: z.string().nullish(),
    source: z.string().nullish(),
    url: z.string().nullish(),
    publishedAt: z.string().nullish(),
  })
  .refine((o) => (o.text ?? o.body ?? '').trim().length > 0, { message: 'needs a non-empty "text" or "body"' });

export type ReadResult = { article: Article } | { issue: IngestIssue };

function toArticle(value: unknown, file: string, line: number | undefined, defaultDate?: string): ReadResult {
  const parsed = JsonArticle.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return { issue: { code: 'INVALID_RECORD', file, line, message: `not an article: ${why}` } };
  }
  const o = parsed.data;
  const text = (o.text ?? o.body)!;
  const d = parseDateline(text);
  const published = o.publishedAt ? o.publishedAt.slice(0, 10) : null;
  return {
    article: articleFromText(text, {
      sourcePath: line ? `${file}:${line}` : file,
      title: o.title ?? null,
      source: o.source ?? d?.source ?? null,
      url: o.url ?? null,
      publishedAt: published ?? withYear(d?.date ?? null, defaultDate),
      place: d?.place ?? null,
    }),
  };
}

/** Reads a `.json` file: one article object or an array of them. */
export function readJson(text: string, file: string, defaultDate?: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [{ issue: { code: 'INVALID_JSON', file, message: `invalid JSON: ${(e as Error).message}` } }];
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((v, i) => toArticle(v, file, Array.isArray(value) ? i + 1 : undefined, defaultDate));
}

/** Reads one line of a JSONL feed (1-based `line`); a blank line gives nothing. */
export function readJsonLine(raw: string, file: string, line: number, defaultDate?: string): ReadResult | null {
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { issue: { code: 'INVALID_JSON', file, line, message: `invalid JSON line: ${(e as Error).message}` } };
  }
  return toArticle(value, file, line, defaultDate);
}

/** Reads a `.jsonl` text held in memory: one article object per line; a bad line is reported with its number. */
export function readJsonl(text: string, file: string, defaultDate?: string): ReadResult[] {
  return text
    .split('\n')
    .map((raw, i) => readJsonLine(raw, file, i + 1, defaultDate))
    .filter((r): r is ReadResult => r !== null);
}
