#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j.js';
import type { Executor } from '../load/executor.js';
import { NewsgraphError } from '../load/newsgraph-error.js';
import { registerExportCommand } from './export-command.js';
import { addLoadCommand, wholeNumber } from './load-command.js';

// Each command imports what it needs when it runs: the server (Apollo, GraphQL), the driver and the
// extraction modules together cost more CPU time at start-up than `kg extract` of a few files.
async function openGraph(config: Config): Promise<Executor> {
  return (await import('../load/open-graph.js')).openGraph(config);
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return value;
}

const program = new Command('kg').description('newsgraph: news articles -> actors, statements, negotiations, events -> Neo4j -> GraphQL');

const db = program.command('db').description('the local Neo4j (not used when NEO4J_URI is set)');
db.command('start').description('start the local Neo4j if it is not running').action(async () => {
  const c = loadConfig();
  const r = await startLocalNeo4j({ home: c.localHome, boltPort: c.localBoltPort, heap: c.localHeap, pageCache: c.localPageCache });
  console.log(`${r.alreadyRunning ? 'already running' : 'started'}: ${r.uri} (pid ${r.pid}, data in ${c.localHome})`);
});
db.command('stop').description('stop the local Neo4j started from this folder').action(async () => {
  const c = loadConfig();
  console.log((await stopLocalNeo4j({ home: c.localHome })) ? 'stopped' : 'not running');
});
db.command('status').description('is the local Neo4j running?').action(async () => {
  const c = loadConfig();
  const s = await localNeo4jStatus({ home: c.localHome, boltPort: c.localBoltPort });
  console.log(s.running ? `running: ${s.uri} (pid ${s.pid})` : 'not running');
  if (!s.running) process.exitCode = 3;
});

program
  .command('ingest')
  .description('read articles (.txt, .json, .jsonl, .html, folders, - for stdin) and load them into Neo4j')
  .argument('<paths...>')
  .option('--date <YYYY-MM-DD>', 'date for articles whose dateline has no year', isoDate)
  .option('--workers <n>', 'extraction worker threads (default: the number of cores; 0: none)', wholeNumber(0))
  .option('--batch-size <n>', 'articles per write transaction (default 100)', wholeNumber(1))
  .option('--no-progress', 'no progress bar')
  .action(async (paths: string[], opts: { date?: string; progress: boolean; workers?: number; batchSize?: number }) => {
    const config = loadConfig();
    const executor = await openGraph(config);
    try {
      const { runIngest } = await import('./ingest-command.js');
      const summary = await runIngest(paths, executor, config, opts);
      if (summary.failed > 0) process.exitCode = 1;
    } finally {
      await executor.close();
    }
  });

program
  .command('extract')
  .description('print the ArticleGraph of articles without touching the database')
  .argument('<paths...>')
  .option('--json', 'one JSON document (an array when there are several articles)')
  .option('--jsonl', 'one JSON line per article, with its text (the input of kg load)')
  .option('--date <YYYY-MM-DD>', 'date for articles whose dateline has no year', isoDate)
  .option('--workers <n>', 'extraction worker threads (default: the number of cores; 0: none)', wholeNumber(0))
  .action(async (paths: string[], opts: { json?: boolean; jsonl?: boolean; date?: string; workers?: number }) => {
    const config = loadConfig();
    const { runExtract } = await import('./extract-command.js');
    const failed = await runExtract(paths, opts.jsonl ? 'jsonl' : 'json', { maxBytes: config.maxArticleBytes, defaultDate: opts.date, workers: opts.workers }, process.stdout, process.stderr);
    if (failed > 0) process.exitCode = 1;
  });

addLoadCommand(program);

program
  .command('ner')
  .description('tag a CoNLL file: each line gets one more column, the predicted tag')
  .requiredOption('--conll <file>', 'CoNLL input (token in the first column)')
  .action(async (opts: { conll: string }) => {
    const { runNerConll } = await import('./ner-command.js');
    await runNerConll(opts.conll, process.stdout);
  });

program.command('parse').description('parse a CoNLL-U file: predicted UPOS, HEAD, DEPREL in columns 4, 7, 8').requiredOption('--conllu <file>', 'CoNLL-U input (gold tokenization)').action(async (opts: { conllu: string }) => (await import('./parse-command.js')).runParseConllu(opts.conllu, process.stdout));

program
  .command('serve')
  .description('serve the GraphQL API and the playground')
  .option('--port <port>', 'port (default PORT or 4000)', (v) => Number(v))
  .action(async (opts: { port?: number }) => {
    const config = loadConfig();
    const executor = await openGraph(config);
    const { startServer, serverOptions } = await import('../serve/start-server.js');
    const server = await startServer({ executor, port: opts.port ?? config.port, host: config.host, ...serverOptions(config) });
    console.log(`GraphQL API on ${server.url} (playground: open it in a browser)`);
  });

registerExportCommand(program);

program.parseAsync().catch((e: unknown) => {
  if (e instanceof NewsgraphError) console.error(`kg: ${e.message} [${e.code}]`);
  else console.error(`kg: ${(e as Error).message}`);
  process.exit(2);
});
