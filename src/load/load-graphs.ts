import { z } from 'zod';
import { Article, ArticleGraph } from '../model/index.js';
import { articleId } from '../ingest/article-from-text.js';
import { expandPaths, type ReadOptions } from '../ingest/read-inputs.js';
import { feedLines, openFeed } from '../ingest/read-feed.js';
import { runPipeline, type IngestOptions, type IngestSummary, type PipelineInput } from './ingest-articles.js';

/** One line of `kg extract --jsonl`: an ArticleGraph whose article carries its text. */
export const GraphLine = ArticleGraph.extend({ article: Article });

function parseLine(text: string, file: string, line: number): PipelineInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { issue: { code: 'INVALID_JSON', file, line, message: `invalid JSON line: ${(e as Error).message}` } };
  }
  const parsed = GraphLine.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return { issue: { code: 'INVALID_RECORD', file, line, message: `not an ArticleGraph line of kg extract --jsonl: ${why}` } };
  }
  const { article, ...rest } = parsed.data;
  // The id is the hash of the text: a line whose text was changed after extraction would store facts
  // whose offsets point into another text.
  if (articleId(article.text) !== article.id) return { issue: { code: 'INVALID_RECORD', file, line, message: `article.id ${article.id} is not the hash of article.text (edited after kg extract?)` } };
  const { text: _text, ...meta } = article;
  return { article, graph: { ...rest, article: meta } as z.infer<typeof ArticleGraph>, where: `${file}:${line}` };
}

async function* readGraphLines(paths: string[], o: ReadOptions): AsyncGenerator<PipelineInput> {
  for await (const file of expandPaths(paths)) {
    yield { file };
    const bytes = file === '-' ? (o.stdin ?? process.stdin) : openFeed(file);
    const name = file === '-' ? '<stdin>' : file;
    // A graph line holds the article text and its facts: allow it twice the article limit.
    for await (const l of feedLines(bytes as AsyncIterable<Buffer>, name, 2 * o.maxBytes)) yield 'issue' in l ? l : parseLine(l.text, name, l.line);
  }
}

/**
 * `kg load`: writes `kg extract --jsonl` output (one ArticleGraph per line, with its text) through
 * the same batched, idempotent writer as `kg ingest`, without extracting anything, so extraction can
 * run on other machines and the database is written in one step.
 */
export async function loadGraphFiles(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  return runPipeline(readGraphLines(paths, o), { ...o, workers: 0 });
}
