import fs from 'node:fs';
import path from 'node:path';
import { readTxt } from '../../src/ingest/read-txt.js';
import { extractArticle } from '../../src/pipeline/extract-article.js';
import type { ArticleGraph } from '../../src/model/index.js';

export const SEED = path.resolve('seeds/000_78744b9ed76b847d.txt');

/** The seed article's text and graph, extracted once per test file. */
export function seedGraph(): { text: string; graph: ArticleGraph } {
  const text = fs.readFileSync(SEED, 'utf8');
  return { text, graph: extractArticle(readTxt(text, SEED)) };
}

/** Extracts a text written in a test. */
export function extract(text: string, date?: string): ArticleGraph {
  return extractArticle(readTxt(text, null, date));
}
