import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/index.js';
import { articleFromText } from './article-from-text.js';
import { parseDateline } from './parse-dateline.js';
import { withYear } from './with-year.js';

// Readability (Firefox Reader View) finds the article body and drops menus, ads and footers;
// linkedom gives it a DOM without a browser.
/** Reads an HTML page into an article: its main text, one paragraph per line, and its title. */
export function readHtml(html: string, sourcePath: string | null, defaultDate?: string): Article | null {
  const { document } = parseHTML(html);
  const meta = (name: string) =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const container = parseHTML(`<html><body>${parsed?.content ?? ''}</body></html>`).document;
  const blocks = [...container.querySelectorAll('p, h2, h3, h4, li, blockquote')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  const text = (blocks.length ? blocks.join('\n') : (parsed?.textContent ?? '')).trim();
  if (!text) return null;
  const d = parseDateline(text);
  const published = meta('article:published_time') ?? meta('date') ?? meta('pubdate');
  return articleFromText(text, {
    sourcePath,
    title: parsed?.title?.trim() || document.querySelector('title')?.textContent?.trim() || null,
    source: meta('og:site_name') ?? d?.source ?? null,
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    publishedAt: published ? published.slice(0, 10) : withYear(d?.date ?? null, defaultDate),
    place: d?.place ?? null,
  });
}
