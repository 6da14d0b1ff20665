import fs from 'node:fs';
import net from 'node:net';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';
import { cypher, schemaStatements } from '../../src/load/cypher-files.js';
import { Executor } from '../../src/load/executor.js';
import { ArticleGraph } from '../../src/model/index.js';
import { countsByKind, factsByArticle, kg, reutersCorpus, tempDir, writeFeed } from './fault-helpers.js';

// A Neo4j of this test's own (its own home and a free port): the test SIGKILLs its JVM part-way
// through a `kg ingest`, starts it again (crash recovery) and runs the same ingest once more.
const home = tempDir('restart-neo4j');
const dir = tempDir('restart');
const corpus = reutersCorpus(160);
const feed = writeFeed(dir, 'reuters.jsonl', corpus);
let port: number;
let pid: number;
let executor: Executor;

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return p;
}

async function start(): Promise<void> {
  const started = await startLocalNeo4j({ home, boltPort: port, heap: '512m', pageCache: '64m', root: process.cwd(), startTimeoutMs: 180_000 });
  pid = started.pid;
  executor = await Executor.connect({ uri: started.uri, user: 'neo4j', password: '', database: 'neo4j' });
  await executor.applySchema(schemaStatements());
}

const uri = () => `bolt://127.0.0.1:${port}`;
const BATCH = 10;
const ingest = () => kg(['ingest', '--no-progress', '--workers', '1', '--batch-size', String(BATCH), feed], uri());

beforeAll(async () => {
  port = await freePort();
  await start();
}, 240_000);
afterAll(async () => {
  await executor?.close();
  await stopLocalNeo4j({ home });
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

test('SIGKILL of Neo4j mid-ingest, restart, same ingest again: the graph of a clean run, no article half-written', async () => {
  // the clean run, and what `kg extract` says each article holds
  const clean = await ingest().done;
  expect(clean.stderr).toMatch(/ingested \d+ article\(s\), 0 failed/);
  const counts = await countsByKind(executor);
  const facts = await factsByArticle(executor);
  const extracted = await kg(['extract', '--jsonl', '--workers', '1', feed], uri()).done;
  const graphs = extracted.stdout.trim().split('\n').map((l) => ArticleGraph.parse(JSON.parse(l)));
  for (const g of graphs) expect(facts[g.article.id]).toMatchObject({ sentences: g.sentences.length, statements: g.statements.length, events: g.events.length });

  await executor.autoCommit([{ name: 'empty-database', cypher: cypher('empty-database'), params: {} }]);
  const run = ingest();
  // kill once a few batches are in, well before the end
  for (;;) {
    const [row] = await executor.read<{ n: number }>({ name: 'test-articles', cypher: 'MATCH (a:Article) RETURN count(a) AS n', params: {} });
    if (row.n >= 30) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, 'SIGKILL');
  const killed = await run.done;
  expect(killed.code).not.toBe(0);
  expect(killed.stderr).toMatch(/Neo4j is not reachable/);
  const written = Number(/stopped after writing (\d+) article\(s\)/.exec(killed.stderr)?.[1]);
  expect(written).toBeGreaterThanOrEqual(20);
  expect(written).toBeLessThan(corpus.length);
  expect(killed.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace

  await executor.close();
  await start();
  // After recovery: the articles reported written, plus at most the one batch whose commit reached
  // the disk but whose answer was lost with the server (an unknown commit outcome); each article whole.
  const after = await factsByArticle(executor);
  const stored = Object.keys(after).length;
  expect(stored).toBeGreaterThanOrEqual(written);
  expect(stored).toBeLessThanOrEqual(written + BATCH);
  for (const [id, f] of Object.entries(after)) expect([id, f]).toEqual([id, facts[id]]);

  const again = await ingest().done;
  expect(again.code).toBe(0);
  expect(again.stderr).toMatch(new RegExp(`ingested ${corpus.length - stored} article\\(s\\), 0 failed, ${stored} skipped`));
  expect(await countsByKind(executor)).toEqual(counts);
  expect(await factsByArticle(executor)).toEqual(facts);
}, 600_000);
