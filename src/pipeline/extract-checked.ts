import { ArticleGraph, type Article } from '../model/index.js';
import { extractArticle } from './extract-article.js';

/** One article's graph (checked by the zod schema) or why it failed, and the time it took. */
export type ExtractResult = { graph: ArticleGraph; ms: number } | { error: string; ms: number };

/** Extracts one article and checks its graph against the schema; never throws. */
export function extractChecked(article: Article): ExtractResult {
  const t0 = performance.now();
  try {
    return { graph: ArticleGraph.parse(extractArticle(article)), ms: performance.now() - t0 };
  } catch (e) {
    return { error: (e as Error).message, ms: performance.now() - t0 };
  }
}

/** One article as a `kg extract --jsonl` line (its graph, then its text), or why it failed. */
export type ExtractLineResult = { line: string; ms: number } | { error: string; ms: number };

// Made where the article was extracted: from a worker, one string crosses to the main thread for
// less than the graph's objects cost to copy, and the main thread has nothing left to serialize.
/** Extracts one article and writes its graph and text as one JSON line (no newline); never throws. */
export function extractLine(article: Article): ExtractLineResult {
  const r = extractChecked(article);
  if ('error' in r) return r;
  return { line: JSON.stringify({ ...r.graph, article: { ...r.graph.article, text: article.text } }), ms: r.ms };
}
