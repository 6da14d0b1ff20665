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
