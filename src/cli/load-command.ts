import { type Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';

/** A commander parser for a whole number >= min. */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number >= ${min}`);
    return Number(value);
  };
}

/** Adds `kg load FILE.jsonl...`: writes `kg extract --jsonl` output without extracting again. */
export function addLoadCommand(program: Command): void {
  program
    .command('load')
    .description('write the output of `kg extract --jsonl` (ArticleGraph lines, - for stdin) into Neo4j, skipping stored articles')
    .argument('<files...>')
    .option('--batch-size <n>', 'articles per write transaction', wholeNumber(1))
    .option('--no-progress', 'no progress bar')
    .action(async (files: string[], opts: { batchSize?: number; progress: boolean }) => {
      const config = loadConfig();
      const [{ loadGraphFiles }, { openGraph }, { withProgress }] = await Promise.all([import('../load/load-graphs.js'), import('../load/open-graph.js'), import('./ingest-command.js')]);
      const executor = await openGraph(config);
      try {
        const summary = await withProgress('load', opts, (callbacks) => loadGraphFiles(files, { executor, maxBytes: config.maxArticleBytes, batchSize: opts.batchSize, ...callbacks }));
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        await executor.close();
      }
    });
}
