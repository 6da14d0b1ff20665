import cliProgress from 'cli-progress';
import type { Config } from '../config.js';
import { formatIssue } from '../ingest/ingest-issue.js';
import { ingestPaths, type IngestOptions, type IngestSummary } from '../load/ingest-articles.js';
import type { Executor } from '../load/executor.js';

/** Options of `kg ingest` and `kg load`. */
export interface IngestCommandOptions {
  date?: string;
  progress: boolean;
  workers?: number;
  batchSize?: number;
}

/** Progress bar, one stderr line per bad input and the summary line, around an ingest-like run. */
export async function withProgress(
  verb: string,
  o: IngestCommandOptions,
  run: (callbacks: Pick<IngestOptions, 'onFile' | 'onArticle' | 'onIssue' | 'onSkip'>) => Promise<IngestSummary>,
): Promise<IngestSummary> {
  // A bar only on a terminal: in logs and pipes it would be noise.
  const bar = o.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ format: `${verb} |{bar}| {value} articles, {skipped} skipped, {failed} failed | {file}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(0, 0, { failed: 0, skipped: 0, file: '' });
  let failed = 0;
  let skipped = 0;
  const summary = await run({
    onFile: (file) => bar?.update({ file: file.slice(-40) }),
    onArticle: () => {
      bar?.setTotal(bar.getTotal() + 1);
      bar?.increment(1, { failed, skipped });
    },
    onSkip: () => {
      skipped++;
      bar?.update({ skipped });
    },
    onIssue: (i) => {
      failed++;
      if (bar) bar.update({ failed });
      process.stderr.write(`${bar ? '\n' : ''}${formatIssue(i)}\n`);
    },
  }).finally(() => bar?.stop());
  process.stderr.write(
    `${verb}ed ${summary.articles} article(s), ${summary.failed} failed, ${summary.skipped} skipped (stored already); ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created in ${summary.seconds.toFixed(1)} s\n`,
  );
  return summary;
}

/** `kg ingest PATH...`: loads articles, one line per bad input, a summary at the end. */
export async function runIngest(paths: string[], executor: Executor, config: Config, o: IngestCommandOptions): Promise<IngestSummary> {
  return withProgress('ingest', o, (callbacks) =>
    ingestPaths(paths, { executor, maxBytes: config.maxArticleBytes, defaultDate: o.date, workers: o.workers, batchSize: o.batchSize, ...callbacks }),
  );
}
