import { GraphQLError } from 'graphql';
import { extractArticle } from '../pipeline/extract-article.js';
import { readJson } from '../ingest/read-json.js';
import type { Executor } from '../load/executor.js';
import { loadArticle } from '../load/ingest-articles.js';

/**
 * `ingestArticle(input)`: the same path as `kg ingest` for one JSON article (the zod schema of JSON
 * inputs checks it), extraction, then one write transaction.
 */
export async function ingestOne(executor: Executor, input: Record<string, unknown>, maxBytes: number): Promise<Record<string, unknown>> {
  if (Buffer.byteLength(String(input.text ?? ''), 'utf8') > maxBytes) {
    throw new GraphQLError(`the article is larger than ${maxBytes} bytes`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const [read] = readJson(JSON.stringify(input), 'graphql:ingestArticle');
  if (!read || 'issue' in read) throw new GraphQLError(read ? read.issue.message : 'no article', { extensions: { code: 'BAD_USER_INPUT' } });
  const graph = extractArticle(read.article);
  const written = await loadArticle(executor, read.article, graph);
  return {
    article: read.article,
    statements: graph.statements.length,
    negotiations: graph.negotiations.length,
    events: graph.events.length,
    nodesCreated: written.nodesCreated,
    relationshipsCreated: written.relationshipsCreated,
  };
}
