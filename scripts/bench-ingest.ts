// npm run bench:ingest [-- --limit N --batch-size B --workers W --baseline N --sweep 25,100,400]:
// ingests Reuters-21578 into an empty Neo4j through the code path of `kg ingest` (a JSONL feed of the
// corpus written to a temporary file, then ingestPaths), and in the same run the baseline: one
// worker, one article per transaction (the previous ingest), on the first --baseline articles.
// Prints articles/s, extraction vs database seconds, batch size, workers, peak memory, the ratio.
// Uses NEO4J_URI when set (never emptied: figures then include what it held), else the local Neo4j in
// NEWSGRAPH_HOME (default .neo4j-bench) on NEWSGRAPH_BOLT_PORT (default 7689), emptied before each run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j.js';
import { extractChecked } from '../src/pipeline/extract-checked.js';
import { cypher } from '../src/load/cypher-files.js';
import { DEFAULT_BATCH_SIZE, ingestPaths, loadArticle } from '../src/load/ingest-articles.js';
import { openGraph } from '../src/load/open-graph.js';
import type { Article } from '../src/model/index.js';
import { reutersArticles } from './lib/reuters-articles.js';
import { sharedData } from './lib/shared-data.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    workers: { type: 'string', default: String(os.availableParallelism()) },
    baseline: { type: 'string', default: '2000' },
    sweep: { type: 'string' },
    'sweep-limit': { type: 'string', default: '4000' },
    dir: { type: 'string', default: sharedData('reuters21578') },
  },
});
const config = loadConfig({ NEWSGRAPH_HOME: '.neo4j-bench', NEWSGRAPH_BOLT_PORT: '7689', ...process.env });
const articles = reutersArticles(values.dir!, values.limit ? Number(values.limit) : Infinity);
const workers = Number(values.workers);
const local = config.neo4jUri ? null : await startLocalNeo4j({ home: config.localHome, boltPort: config.localBoltPort, heap: config.localHeap, pageCache: config.localPageCache });
const executor = await openGraph(config);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));

async function emptyDatabase(): Promise<void> {
  if (!local) return;
  await executor.autoCommit([{ name: 'empty-database', cypher: cypher('empty-database'), params: {} }]);
}

async function totals(): Promise<{ nodes: number; rels: number }> {
  const rows = await executor.read<{ key: string; n: number }>({ name: 'graph-counts', cypher: cypher('graph-counts'), params: {} });
  const sum = (rel: boolean) => rows.filter((r) => r.key.startsWith('[') === rel).reduce((s, r) => s + r.n, 0);
  // Labels overlap (Entity:Actor:Person): count nodes by their one Entity/Article/... label.
  const nodes = rows.filter((r) => ['Article', 'Sentence', 'Entity', 'Statement', 'Negotiation', 'Event'].includes(r.key)).reduce((s, r) => s + r.n, 0);
  return { nodes, rels: sum(true) };
}

function feed(list: Article[]): string {
  const file = path.join(tmp, `reuters-${list.length}.jsonl`);
  fs.writeFileSync(file, list.map((a) => JSON.stringify({ text: a.text, title: a.title, source: a.source, publishedAt: a.publishedAt })).join('\n') + '\n');
  return file;
}

async function pipeline(list: Article[], batchSize: number): Promise<{ rate: number; seconds: number; extract: number; db: number; failed: number; transactions: number }> {
  await emptyDatabase();
  const s = await ingestPaths([feed(list)], { executor, maxBytes: config.maxArticleBytes, workers, batchSize });
  return { rate: s.articles / s.seconds, seconds: s.seconds, extract: s.extractSeconds, db: s.databaseSeconds, failed: s.failed, transactions: s.transactions };
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
console.log(`Reuters-21578: ${articles.length} articles with a body; ${workers} worker(s), ${os.availableParallelism()} cores; Neo4j ${config.neo4jUri ?? `local (${config.localHome}, port ${config.localBoltPort})`}`);

if (values.sweep) {
  const subset = articles.slice(0, Number(values['sweep-limit']));
  for (const b of values.sweep.split(',').map(Number)) {
    const r = await pipeline(subset, b);
    console.log(`batch size ${String(b).padStart(4)}: ${subset.length} articles in ${r.seconds.toFixed(1)} s, ${r.rate.toFixed(1)} articles/s (database ${r.db.toFixed(1)} s)`);
  }
}

// Baseline: the previous ingest, one article at a time on this thread, one transaction each.
const base = articles.slice(0, Math.min(articles.length, Number(values.baseline)));
await emptyDatabase();
let baseExtract = 0;
const b0 = performance.now();
for (const a of base) {
  const r = extractChecked(a);
  baseExtract += r.ms / 1000;
  if ('graph' in r) await loadArticle(executor, a, r.graph);
}
const baseSeconds = (performance.now() - b0) / 1000;
const baseRate = base.length / baseSeconds;

const run = await pipeline(articles, Number(values['batch-size']));
const after = await totals();
const rss = process.resourceUsage().maxRSS;
console.log(`batched:   ${articles.length} articles in ${run.seconds.toFixed(1)} s = ${run.rate.toFixed(1)} articles/s (${run.failed} failed)`);
console.log(`           extraction ${run.extract.toFixed(1)} s summed over ${workers} worker(s), database ${run.db.toFixed(1)} s (overlapping: the pipeline writes one batch while the workers extract the next)`);
console.log(`           batch size ${values['batch-size']}, ${run.transactions} write transactions; peak RSS of this process ${mb(rss)} (workers included; Neo4j is a separate JVM)`);
console.log(`           graph: ${after.nodes} nodes, ${after.rels} relationships`);
console.log(`baseline:  first ${base.length} articles, one worker, one article per transaction: ${baseSeconds.toFixed(1)} s = ${baseRate.toFixed(1)} articles/s (extraction ${baseExtract.toFixed(1)} s, database ${(baseSeconds - baseExtract).toFixed(1)} s)`);
console.log(`           whole corpus at that rate: ${(articles.length / baseRate).toFixed(0)} s (scaled linearly from the subset)`);
console.log(`ratio:     ${(run.rate / baseRate).toFixed(2)}x the baseline's articles/s`);
await executor.close();
fs.rmSync(tmp, { recursive: true, force: true });
if (local && !local.alreadyRunning) await stopLocalNeo4j({ home: config.localHome });
