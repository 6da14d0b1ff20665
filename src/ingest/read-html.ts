import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/index.js';
import { articleFromText } from './article-from-text.js';
import { parseDateline } from './parse-dateline.js';
import { withYear } from './with-year.js';

// Readability scores every element by the text of its whole subtree, so its time grows with
// element count times nesting depth: 5,000 nested <div>s take minutes. Real pages nest a few dozen
// levels; deeper ones (generated or hostile) are read without it, as the text of their body.
const MAX_READABILITY_DEPTH = 100;

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlElement = NonNullable<HtmlDocument['body']>;

function deeperThan(root: HtmlElement | null, limit: number): boolean {
  const stack: Array<[HtmlElement, number]> = root ? [[root, 0]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c as HtmlElement, depth + 1]);
  }
  return false;
}

// Feeds often carry a fragment (paragraphs without <html> or <body>); linkedom makes its first element
// the root of the document, and Readability then sees one paragraph or throws. Wrapped, it is a page.
function parsePage(html: string): HtmlDocument {
  const { document } = parseHTML(html);
  return document.documentElement?.tagName === 'HTML' ? document : parseHTML(`<html><body>${html}</body></html>`).document;
}

function bodyText(html: string): { text: string; title: string | null } {
  const document = parsePage(html);
  document.querySelectorAll('script, style, noscript, template, nav, header, footer, aside').forEach((el) => el.remove());
  const text = (document.body?.textContent ?? '').split(/\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return { text, title: null };
}

// Readability (Firefox Reader View) finds the article body and drops menus, ads and footers;
// linkedom gives it a DOM without a browser.
function mainText(html: string, document: HtmlDocument): { text: string; title: string | null } {
  if (deeperThan(document.body, MAX_READABILITY_DEPTH)) return bodyText(html);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    // Readability 0.6 throws a TypeError on some broken markup (found by npm run fuzz); the page's
    // text is still worth reading. It has changed the document by then, so parse the page again.
    return bodyText(html);
  }
  const container = parseHTML(`<html><body>${parsed?.content ?? ''}</body></html>`).document;
  const blocks = [...container.querySelectorAll('p, h2, h3, h4, li, blockquote')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  return { text: (blocks.length ? blocks.join('\n') : (parsed?.textContent ?? '')).trim(), title: parsed?.title?.trim() || null };
}

/** Reads an HTML page into an article: its main text, one paragraph per line, and its title. */
export function readHtml(html: string, sourcePath: string | null, defaultDate?: string): Article | null {
  const document = parsePage(html);
  const meta = (name: string) =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const title = document.querySelector('title')?.textContent?.trim() || null;
  const { text, title: readTitle } = mainText(html, document);
  if (!text) return null;
  const d = parseDateline(text);
  const published = meta('article:published_time') ?? meta('date') ?? meta('pubdate');
  return articleFromText(text, {
    sourcePath,
    title: readTitle ?? title,
    source: meta('og:site_name') ?? d?.source ?? null,
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    publishedAt: published ? published.slice(0, 10) : withYear(d?.date ?? null, defaultDate),
    place: d?.place ?? null,
  });
}
