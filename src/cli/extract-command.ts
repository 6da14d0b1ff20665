import type { Article, ArticleGraph } from '../model/index.js';
import { ExtractPool, type ExtractLineResult, type ExtractResult } from '../pipeline/extract-pool.js';
import { formatIssue, type IngestIssue } from '../ingest/ingest-issue.js';
import { expandPaths, readStream, type ReadOptions } from '../ingest/read-inputs.js';

/** Options of `kg extract`. */
export interface ExtractCommandOptions extends ReadOptions {
  /** Worker threads (default: the machine's cores; 0 extracts on this thread). */
  workers?: number;
}

type Slot = { issue: IngestIssue } | { where: string; result: Promise<ExtractResult | ExtractLineResult> };
type Input = { issue: IngestIssue } | { where: string; article: Article };

/** Articles up to this many are extracted on this thread: starting workers would cost more. */
const SMALL_INPUT = 8;

/**
 * `kg extract PATH... --json|--jsonl`: prints ArticleGraphs without touching the database, in input
 * order, extracting on a pool of workers. `--jsonl` lines carry the article text too (for `kg load`)
 * and stream out as they are done; `--json` is one document. Returns the number of failures.
 */
export async function runExtract(paths: string[], format: 'json' | 'jsonl', o: ExtractCommandOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const pool = new ExtractPool({ workers: o.workers });
  // Enough articles in flight to keep every worker busy, few enough to keep memory flat.
  const window = Math.max(4, pool.size * 8);
  const graphs: ArticleGraph[] = [];
  const inFlight: Slot[] = [];
  let failed = 0;
  let small = true;
  // Lines leave in writes of about 64 KB: one write per article was a system call per article.
  let pending = '';
  const flush = async () => {
    const chunk = pending;
    pending = '';
    if (chunk && !out.write(chunk)) await new Promise((ok) => out.once('drain', ok));
  };
  const drainOne = async () => {
    const s = inFlight.shift()!;
    if ('issue' in s) {
      failed++;
      err.write(`${formatIssue(s.issue)}\n`);
      return;
    }
    const r = await s.result;
    if ('error' in r) {
      failed++;
      err.write(`${s.where}: extraction failed: ${r.error} (EXTRACT_FAILED)\n`);
    } else if ('line' in r) {
      pending += `${r.line}\n`;
      if (pending.length >= 1 << 16) await flush();
    } else graphs.push(r.graph);
  };
  try {
    // The first inputs wait until it is clear whether the input is small enough to extract on this
    // thread; after that every article goes to the workers as soon as it is read.
    const waiting: Input[] = [];
    const start = (x: Input, inProcess: boolean) =>
      inFlight.push('issue' in x ? x : { where: x.where, result: format === 'jsonl' ? pool.extractLine(x.article, inProcess) : pool.extract(x.article, inProcess) });
    for await (const file of expandPaths(paths)) {
      for await (const r of readStream(file, o)) {
        const x: Input = 'issue' in r ? r : { where: r.article.sourcePath ?? file, article: r.article };
        if (!small) start(x, false);
        else {
          waiting.push(x);
          if (waiting.filter((w) => 'article' in w).length > SMALL_INPUT) {
            small = false;
            for (const w of waiting.splice(0)) start(w, false);
          }
        }
        while (inFlight.length >= window) await drainOne();
      }
    }
    for (const w of waiting.splice(0)) start(w, true);
    while (inFlight.length > 0) await drainOne();
    await flush();
  } finally {
    await pool.close();
  }
  if (format === 'json') out.write(`${JSON.stringify(graphs.length === 1 ? graphs[0] : graphs, null, 2)}\n`);
  return failed;
}
