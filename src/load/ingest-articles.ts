import type { Article, ArticleGraph } from '../model/index.js';
import { ExtractPool } from '../pipeline/extract-pool.js';
import { expandPaths, readStream, type ReadOptions } from '../ingest/read-inputs.js';
import type { IngestIssue } from '../ingest/ingest-issue.js';
import { cypher } from './cypher-files.js';
import type { Executor, WriteResult } from './executor.js';
import { GraphWriter } from './graph-writer.js';
import { linkAcrossArticles } from '../resolve/link-across-articles.js';
import { graphLookup } from './graph-lookup.js';
import { NewsgraphError } from './newsgraph-error.js';
import { planArticle } from './plan-batch.js';

/** What a run did. */
export interface IngestSummary {
  /** Articles written. */
  articles: number;
  /** Articles not extracted nor written: stored already (same id), or met earlier in this run. */
  skipped: number;
  failed: number;
  nodesCreated: number;
  relationshipsCreated: number;
  issues: IngestIssue[];
  /** Wall time of the run. */
  seconds: number;
  /** Extraction time summed over the workers (CPU seconds; they run in parallel with the writes). */
  extractSeconds: number;
  /** Wall time in the database: skip checks, linking reads and write transactions. */
  databaseSeconds: number;
  /** Write transactions committed. */
  transactions: number;
}

// Chosen by measurement with `npm run bench:ingest -- --batch-sizes ...` on Reuters-21578 (README,
// Figures): throughput rises steeply up to about 100 articles per transaction and is flat beyond;
// larger batches only hold more articles in memory.
/** Articles per write transaction unless `batchSize` says otherwise. */
export const DEFAULT_BATCH_SIZE = 100;
/** A batch also closes at this much article text, so a batch of long articles stays small in memory. */
export const BATCH_TEXT_BYTES = 8 * 1024 * 1024;
/** Inputs this small are extracted on the calling thread: starting workers would cost more. */
const SMALL_INPUT = 8;

/** Options of an ingest run; `onArticle`/`onIssue` report progress as it happens. */
export interface IngestOptions extends ReadOptions {
  executor: Executor;
  /** Extraction worker threads (default: the machine's cores; 0 extracts on this thread). */
  workers?: number;
  /** Articles per write transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Skip articles whose id is stored already, without extracting them (default true). */
  skipStored?: boolean;
  /** A pool to use instead of starting one (it is not closed at the end). */
  pool?: ExtractPool;
  onArticle?: (article: Article, graph: ArticleGraph) => void;
  onIssue?: (issue: IngestIssue) => void;
  onSkip?: (article: Article) => void;
  onFile?: (file: string) => void;
}

/** What the pipeline reads: an article to extract or one extracted already (`kg load`), a bad input, or the start of a file. */
export type PipelineInput = { article: Article; graph?: ArticleGraph; where: string } | { issue: IngestIssue } | { file: string };

/** Links one extracted article to what the graph already holds and writes it in one transaction (one by one: the baseline of bench:ingest and the reference of the batch tests). */
export async function loadArticle(executor: Executor, article: Article, graph: ArticleGraph): Promise<WriteResult> {
  return executor.writeTx('write-article', async (run) => planArticle(article, (await linkAcrossArticles(graphLookup(run), [graph]))[0]), { articleId: article.id });
}

type Pending = Extract<PipelineInput, { article: Article }>;

async function* batches(inputs: AsyncIterable<PipelineInput>, size: number, issue: (i: IngestIssue) => void, onFile?: (f: string) => void): AsyncGenerator<{ items: Pending[]; final: boolean }> {
  let items: Pending[] = [];
  let bytes = 0;
  for await (const x of inputs) {
    if ('file' in x) onFile?.(x.file);
    else if ('issue' in x) issue(x.issue);
    else {
      items.push(x);
      bytes += x.article.text.length;
      if (items.length >= size || bytes >= BATCH_TEXT_BYTES) {
        yield { items, final: false };
        items = [];
        bytes = 0;
      }
    }
  }
  yield { items, final: true };
}

/**
 * The ingest pipeline: reads inputs into batches, drops articles stored already (one read per
 * batch), extracts the rest on the worker pool while the previous batch is being written, then
 * links and writes each batch in one transaction, in input order. A bad article becomes an issue and
 * the run goes on; a database that is gone stops it with a message naming how far it got.
 */
export async function runPipeline(inputs: AsyncIterable<PipelineInput>, o: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { articles: 0, skipped: 0, failed: 0, nodesCreated: 0, relationshipsCreated: 0, issues: [], seconds: 0, extractSeconds: 0, databaseSeconds: 0, transactions: 0 };
  const issue = (i: IngestIssue) => {
    summary.failed++;
    summary.issues.push(i);
    o.onIssue?.(i);
  };
  const pool = o.pool ?? new ExtractPool({ workers: o.workers });
  const extractBefore = pool.busyMs;
  const writer = new GraphWriter(o.executor, (x) => o.onArticle?.(x.article, x.graph), issue);
  // Ids of this batch and the one before it, which may still be being written: an article met again
  // within them is skipped here; one met again later is stored by then, and the read below skips it.
  // Two batches only, so memory stays flat however long the feed is.
  let seen = new Set<string>();
  let seenBefore = new Set<string>();
  let checkSeconds = 0;
  let first = true;
  // The batch being written while the next one is read and extracted. Its rejection is awaited
  // below; the empty catch only keeps Node from calling it unhandled in the meantime.
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const { items, final } of batches(inputs, o.batchSize ?? DEFAULT_BATCH_SIZE, issue, o.onFile)) {
      const fresh: Pending[] = [];
      [seenBefore, seen] = [seen, new Set<string>()];
      for (const x of items) {
        if (seen.has(x.article.id) || seenBefore.has(x.article.id)) {
          summary.skipped++;
          o.onSkip?.(x.article);
        } else {
          seen.add(x.article.id);
          fresh.push(x);
        }
      }
      let toWrite = fresh;
      if (o.skipStored !== false && fresh.length > 0) {
        const t0 = performance.now();
        const stored = new Set(
          (await o.executor.read<{ id: string }>({ name: 'stored-articles', cypher: cypher('stored-articles'), params: { ids: fresh.map((x) => x.article.id) } })).map((r) => r.id),
        );
        checkSeconds += (performance.now() - t0) / 1000;
        toWrite = fresh.filter((x) => !stored.has(x.article.id));
        for (const x of fresh) if (stored.has(x.article.id)) {
          summary.skipped++;
          o.onSkip?.(x.article);
        }
      }
      const inProcess = first && final && toWrite.length <= SMALL_INPUT;
      first = false;
      const extracted = Promise.all(toWrite.map(async (x) => ({ x, r: x.graph ? { graph: x.graph } : await pool.extract(x.article, inProcess) })));
      await writing;
      writing = extracted.then((done) => {
        const ok = [];
        for (const { x, r } of done) {
          if ('graph' in r) ok.push({ article: x.article, graph: r.graph, where: x.where });
          else issue({ code: 'EXTRACT_FAILED', file: x.where, message: `extraction failed: ${r.error}` });
        }
        return writer.write(ok);
      });
      writing.catch(() => undefined);
    }
    await writing;
  } catch (e) {
    if (e instanceof NewsgraphError && e.code !== 'DB_QUERY_FAILED')
      throw new NewsgraphError(e.code, `${e.message}\nstopped after writing ${writer.counts.articles} article(s) (${summary.skipped} skipped as stored already); run the same command again to go on: stored articles are skipped`, { cause: e });
    throw e;
  } finally {
    if (!o.pool) await pool.close();
  }
  Object.assign(summary, {
    articles: writer.counts.articles,
    nodesCreated: writer.counts.nodesCreated,
    relationshipsCreated: writer.counts.relationshipsCreated,
    transactions: writer.counts.transactions,
    databaseSeconds: writer.counts.databaseSeconds + checkSeconds,
    extractSeconds: (pool.busyMs - extractBefore) / 1000,
    seconds: (performance.now() - started) / 1000,
  });
  return summary;
}

/** Every article under `paths` (files, folders, `-`, URLs), streamed, for runPipeline. */
export async function* readInputs(paths: string[], o: ReadOptions): AsyncGenerator<PipelineInput> {
  for await (const file of expandPaths(paths)) {
    yield { file };
    for await (const r of readStream(file, o)) yield 'issue' in r ? r : { article: r.article, where: r.article.sourcePath ?? file };
  }
}

/** Reads, extracts and loads every article under `paths` in batched, pipelined transactions (see runPipeline). */
export async function ingestPaths(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  return runPipeline(readInputs(paths, o), o);
}
