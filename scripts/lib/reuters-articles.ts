import { articleFromText } from '../../src/ingest/article-from-text.js';
import { parseDateline } from '../../src/ingest/parse-dateline.js';
import { readReutersDir, reutersDateToIso } from '../../src/ingest/read-reuters-sgml.js';
import type { Article } from '../../src/model/index.js';

/** Reuters-21578 records with a body, as Articles: title, DATE as publishedAt, DATELINE place. */
export function reutersArticles(dir: string, limit = Infinity): Article[] {
  const out: Article[] = [];
  for (const d of readReutersDir(dir)) {
    if (!d.body || !d.body.trim()) continue;
    const place = d.dateline ? parseDateline(`${d.dateline} `)?.place ?? null : null;
    out.push(articleFromText(d.body, { sourcePath: `reuters21578#${d.newId}`, title: d.title, source: 'Reuters', publishedAt: reutersDateToIso(d.date), place }));
    if (out.length >= limit) break;
  }
  return out;
}
