import type { IngestIssue } from '../ingest/ingest-issue.js';
import type { Executor } from './executor.js';
import { linkAcrossArticles } from '../resolve/link-across-articles.js';
import { graphLookup } from './graph-lookup.js';
import { NewsgraphError } from './newsgraph-error.js';
import { planBatch, type GraphToWrite } from './plan-batch.js';

/** What the writer has done so far. */
export interface WriteCounts {
  articles: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Wall time spent in the database (linking reads and writes), seconds. */
  databaseSeconds: number;
  transactions: number;
}

/** An article to write and where it came from (for issues). */
export interface WriteItem extends GraphToWrite {
  where: string;
}

/**
 * Writes batches: links the batch and writes it in one transaction. The driver's
 * transaction functions retry transient errors (deadlocks, a leader switch, a dropped connection)
 * with backoff for up to `maxTransactionRetryTime`; a batch the database rejects for good is split
 * in halves until the article at fault is alone, and that article becomes an issue while the rest
 * of its batch lands. A database that is gone stops the run (NewsgraphError DB_UNAVAILABLE).
 */
export class GraphWriter {
  readonly counts: WriteCounts = { articles: 0, nodesCreated: 0, relationshipsCreated: 0, databaseSeconds: 0, transactions: 0 };

  constructor(
    private readonly executor: Executor,
    private readonly onWritten: (item: WriteItem) => void,
    private readonly onIssue: (issue: IngestIssue) => void,
  ) {}

  async write(items: WriteItem[]): Promise<void> {
    if (items.length === 0) return;
    const t0 = performance.now();
    try {
      const w = await this.executor.writeTx(
        'write-batch',
        async (run) => {
          const graphs = await linkAcrossArticles(
            graphLookup(run),
            items.map((i) => i.graph),
          );
          return planBatch(items.map((x, k) => ({ article: x.article, graph: graphs[k] })));
        },
        { articles: items.length, first: items[0].article.id },
      );
      this.counts.transactions++;
      this.counts.articles += items.length;
      this.counts.nodesCreated += w.nodesCreated;
      this.counts.relationshipsCreated += w.relationshipsCreated;
    } catch (e) {
      if (!(e instanceof NewsgraphError) || e.code !== 'DB_QUERY_FAILED') throw e;
      this.counts.databaseSeconds += (performance.now() - t0) / 1000;
      if (items.length === 1) {
        this.onIssue({ code: 'LOAD_FAILED', file: items[0].where, message: `could not write to Neo4j: ${e.message}` });
        return;
      }
      const half = Math.ceil(items.length / 2);
      await this.write(items.slice(0, half));
      await this.write(items.slice(half));
      return;
    }
    this.counts.databaseSeconds += (performance.now() - t0) / 1000;
    for (const i of items) this.onWritten(i);
  }
}
