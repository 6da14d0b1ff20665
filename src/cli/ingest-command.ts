import cliProgress from 'cli-progress';
import type { Config } from '../config.js';
import { formatIssue } from '../ingest/ingest-issue.js';
import { ingestPaths, type IngestSummary } from '../load/ingest-articles.js';
import type { Executor } from '../load/executor.js';

/** `kg ingest PATH...`: loads articles, one line per bad input, a summary at the end. */
export async function runIngest(paths: string[], executor: Executor, config: Config, o: { date?: string; progress: boolean }): Promise<IngestSummary> {
  // A bar only on a terminal: in logs and pipes it would be noise.
  const bar = o.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'ingest |{bar}| {value} articles, {failed} failed | {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(0, 0, { failed: 0, file: '' });
  let failed = 0;
  const summary = await ingestPaths(paths, {
    executor,
    maxBytes: config.maxArticleBytes,
    defaultDate: o.date,
    onFile: (file) => bar?.update({ file: file.slice(-40) }),
    onArticle: () => {
      bar?.setTotal(bar.getTotal() + 1);
      bar?.increment(1, { failed });
    },
    onIssue: (i) => {
      failed++;
      if (bar) bar.update({ failed });
      process.stderr.write(`${bar ? '\n' : ''}${formatIssue(i)}\n`);
    },
  });
  bar?.stop();
  process.stderr.write(
    `ingested ${summary.articles} article(s), ${summary.failed} failed; ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created in ${summary.seconds.toFixed(1)} s\n`,
  );
  return summary;
}
