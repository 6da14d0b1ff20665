// npm run bench:ingest [-- --limit N]: ingests Reuters-21578 (TITLE, DATELINE, DATE, BODY) into Neo4j,
// one write transaction per article, and prints articles/s, nodes and relationships written. Uses
// NEO4J_URI when set, else a local Neo4j in .neo4j-bench (port 7689) so the dev database stays clean.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { loadArticle } from '../src/load/ingest-articles.js';
import { openGraph } from '../src/load/open-graph.js';
import { reutersArticles } from './lib/reuters-articles.js';
import { sharedData } from './lib/shared-data.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, dir: { type: 'string', default: sharedData('reuters21578') } } });
const config = loadConfig({ NEWSGRAPH_HOME: '.neo4j-bench', NEWSGRAPH_BOLT_PORT: '7689', ...process.env });
const articles = reutersArticles(values.dir!, values.limit ? Number(values.limit) : Infinity);
// A database started for the benchmark stops with it; one that was running stays up.
const local = config.neo4jUri ? null : await startLocalNeo4j({ home: config.localHome, boltPort: config.localBoltPort, heap: config.localHeap, pageCache: config.localPageCache });
const executor = await openGraph(config);
const total = async () =>
  (await executor.read<{ nodes: number; rels: number }>({ name: 'bench-counts', cypher: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels', params: {} }))[0];

const before = await total();
const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
bar?.start(articles.length, 0);
let nodes = 0;
let rels = 0;
let failed = 0;
let extractSeconds = 0;
const t0 = performance.now();
for (const a of articles) {
  try {
    const e0 = performance.now();
    const graph = extractArticle(a);
    extractSeconds += (performance.now() - e0) / 1000;
    const w = await loadArticle(executor, a, graph);
    nodes += w.nodesCreated;
    rels += w.relationshipsCreated;
  } catch (e) {
    failed++;
    console.error(`${a.sourcePath}: ${(e as Error).message}`);
  }
  bar?.increment();
}
bar?.stop();
const seconds = (performance.now() - t0) / 1000;
const after = await total();
console.log(`articles:                ${articles.length} (${failed} failed)`);
console.log(`time:                    ${seconds.toFixed(1)} s (extraction ${extractSeconds.toFixed(1)} s, database ${(seconds - extractSeconds).toFixed(1)} s)`);
console.log(`throughput:              ${(articles.length / seconds).toFixed(1)} articles/s`);
console.log(`written by this run:     ${nodes} nodes, ${rels} relationships created`);
console.log(`database totals:         ${after.nodes} nodes, ${after.rels} relationships (before: ${before.nodes}, ${before.rels})`);
await executor.close();
if (local && !local.alreadyRunning) await stopLocalNeo4j({ home: config.localHome });
