import { articleFromText } from '../../src/ingest/article-from-text.js';
import { parseDateline } from '../../src/ingest/parse-dateline.js';
import { readReutersDir, reutersDateToIso, type ReutersDoc } from '../../src/ingest/read-reuters-sgml.js';
import type { Article } from '../../src/model/index.js';

/** One Reuters-21578 record as an Article: BODY as text, title, DATE as publishedAt, DATELINE place. */
export function reutersArticle(d: ReutersDoc & { body: string }): Article {
  const place = d.dateline ? parseDateline(`${d.dateline} `)?.place ?? null : null;
  return articleFromText(d.body, { sourcePath: `reuters21578#${d.newId}`, title: d.title, source: 'Reuters', publishedAt: reutersDateToIso(d.date), place });
}

/** Reuters-21578 records with a body, as Articles. */
export function reutersArticles(dir: string, limit = Infinity): Article[] {
  const out: Article[] = [];
  for (const d of readReutersDir(dir)) {
    if (!d.body || !d.body.trim()) continue;
    out.push(reutersArticle({ ...d, body: d.body }));
    if (out.length >= limit) break;
  }
  return out;
}
