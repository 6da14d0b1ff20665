import { ArticleGraph, type Article } from '../model/index.js';
import { extractArticle } from '../extract/extract-article.js';
import { expandPaths, readPath, type ReadOptions } from '../ingest/read-inputs.js';
import type { IngestIssue } from '../ingest/ingest-issue.js';
import type { Executor, WriteResult } from './executor.js';
import { planArticle } from './plan-article.js';
import { NewsgraphError } from './newsgraph-error.js';
import { linkAcrossArticles } from './link-across-articles.js';
import { linkNegotiations } from './link-negotiations.js';

/** What a batch did. */
export interface IngestSummary {
  articles: number;
  failed: number;
  nodesCreated: number;
  relationshipsCreated: number;
  issues: IngestIssue[];
  seconds: number;
}

/** Options of an ingest run; `onArticle`/`onIssue` report progress as it happens. */
export interface IngestOptions extends ReadOptions {
  executor: Executor;
  onArticle?: (article: Article, graph: ArticleGraph) => void;
  onIssue?: (issue: IngestIssue) => void;
  onFile?: (file: string) => void;
}

/** Links one extracted article to what the graph already holds and writes it in one transaction. */
export async function loadArticle(executor: Executor, article: Article, graph: ArticleGraph): Promise<WriteResult> {
  const linked = await linkNegotiations(executor, await linkAcrossArticles(executor, graph));
  return executor.write(planArticle(article, linked), { articleId: article.id });
}

/**
 * Reads, extracts and loads every article under `paths`, one write transaction per article. A bad
 * article becomes an issue and the batch goes on; only a lost database stops it.
 */
export async function ingestPaths(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { articles: 0, failed: 0, nodesCreated: 0, relationshipsCreated: 0, issues: [], seconds: 0 };
  const issue = (i: IngestIssue) => {
    summary.failed++;
    summary.issues.push(i);
    o.onIssue?.(i);
  };
  for await (const file of expandPaths(paths)) {
    o.onFile?.(file);
    for (const r of await readPath(file, o)) {
      if ('issue' in r) {
        issue(r.issue);
        continue;
      }
      const where = r.article.sourcePath ?? file;
      let graph: ArticleGraph;
      try {
        graph = ArticleGraph.parse(extractArticle(r.article));
      } catch (e) {
        issue({ code: 'EXTRACT_FAILED', file: where, message: `extraction failed: ${(e as Error).message}` });
        continue;
      }
      try {
        const w = await loadArticle(o.executor, r.article, graph);
        summary.articles++;
        summary.nodesCreated += w.nodesCreated;
        summary.relationshipsCreated += w.relationshipsCreated;
        o.onArticle?.(r.article, graph);
      } catch (e) {
        if (e instanceof NewsgraphError && e.code !== 'DB_QUERY_FAILED') throw e;
        issue({ code: 'LOAD_FAILED', file: where, message: `could not write to Neo4j: ${(e as Error).message}` });
      }
    }
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
