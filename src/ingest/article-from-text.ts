import { createHash } from 'node:crypto';
import type { Article } from '../model/index.js';

/** What a reader knows about an article besides its text. */
export interface ArticleMeta {
  sourcePath?: string | null;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  place?: string | null;
  url?: string | null;
}

/** Hash of the text with whitespace runs folded, so re-encoded copies of one story share an id. */
export function articleId(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}

/** Builds an Article from a body text that is already clean (no title line). */
export function articleFromText(text: string, meta: ArticleMeta = {}): Article {
  return {
    id: articleId(text),
    sourcePath: meta.sourcePath ?? null,
    title: meta.title ?? null,
    source: meta.source ?? null,
    publishedAt: meta.publishedAt ?? null,
    place: meta.place ?? null,
    url: meta.url ?? null,
    text,
  };
}
