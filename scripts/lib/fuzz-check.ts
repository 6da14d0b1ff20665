import { extractArticle } from '../../src/pipeline/extract-article.js';
import { articleFromText, articleId } from '../../src/ingest/article-from-text.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { readJson, readJsonl, type ReadResult } from '../../src/ingest/read-json.js';
import { parseReutersSgml } from '../../src/ingest/read-reuters-sgml.js';
import { readTxt } from '../../src/ingest/read-txt.js';
import { ArticleGraph, type Article } from '../../src/model/index.js';
import type { FuzzFormat } from './fuzz-inputs.js';

/** What one input gave: how many articles and issues, and every broken promise (empty when all held). */
export interface FuzzCheckResult {
  articles: number;
  issues: number;
  failures: string[];
}

/** The default per-article limit (NEWSGRAPH_MAX_ARTICLE_BYTES). */
const MAX_BYTES = 5 * 1024 * 1024;

function read(format: FuzzFormat, bytes: Uint8Array, file: string): ReadResult[] {
  if (format === 'sgml') {
    // Reuters-21578 is latin-1, read as bytes by readReutersDir
    return parseReutersSgml(Buffer.from(bytes).toString('latin1'))
      .filter((d) => d.body && d.body.trim())
      .map((d) => ({ article: articleFromText(d.body!, { sourcePath: `${file}#${d.newId}`, title: d.title }) }));
  }
  const decoded = decodeText(bytes, file, MAX_BYTES);
  if ('issue' in decoded) return [decoded];
  const text = decoded.text;
  if (format === 'json') return readJson(text, file);
  if (format === 'jsonl') return readJsonl(text, file);
  if (format === 'html') {
    const a = readHtml(text, file);
    return a ? [{ article: a }] : [];
  }
  return [{ article: readTxt(text, file) }];
}

// Every offset pair in the graph points into the text, and a span that carries its text carries
// exactly the characters it points at.
function spanFailures(value: unknown, text: string, where: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => spanFailures(v, text, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (!(o.start >= 0 && o.start <= o.end && o.end <= text.length)) out.push(`${where}: span ${o.start}-${o.end} outside the text (${text.length})`);
      else if (typeof o.text === 'string' && where.includes('statements') && text.slice(o.start, o.end) !== o.text) out.push(`${where}: text is not the slice it points at`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'article') spanFailures(v, text, `${where}.${k}`, out);
  }
}

/** The promises every article must keep after extraction. */
export function graphFailures(article: Article): string[] {
  const out: string[] = [];
  const graph = extractArticle(article);
  const parsed = ArticleGraph.safeParse(graph);
  if (!parsed.success) out.push(`invalid ArticleGraph: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (graph.article.id !== articleId(article.text)) out.push('article id is not the hash of its text');
  spanFailures(graph, article.text, 'graph', out);
  for (let i = 1; i < graph.sentences.length; i++) if (graph.sentences[i].start < graph.sentences[i - 1].end) out.push(`sentences ${i - 1} and ${i} overlap`);
  const ids = new Set(graph.entities.map((e) => e.id));
  for (const s of graph.statements) if (s.speakerId && !ids.has(s.speakerId)) out.push(`statement ${s.id}: speaker ${s.speakerId} is not an entity`);
  return out;
}

/** Reads bytes as a file of `format` and extracts every article; an exception is a failure, not a crash. */
export function checkInput(format: FuzzFormat, bytes: Uint8Array, file = `fuzz.${format}`): FuzzCheckResult {
  const result: FuzzCheckResult = { articles: 0, issues: 0, failures: [] };
  let results: ReadResult[];
  try {
    results = read(format, bytes, file);
  } catch (e) {
    result.failures.push(`reader threw: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    return result;
  }
  for (const r of results) {
    if ('issue' in r) {
      result.issues++;
      if (!r.issue.message || r.issue.file !== file) result.failures.push(`issue without a message or file: ${JSON.stringify(r.issue)}`);
      continue;
    }
    result.articles++;
    try {
      result.failures.push(...graphFailures(r.article));
    } catch (e) {
      result.failures.push(`extraction threw: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
  }
  return result;
}
