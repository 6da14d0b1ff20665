import type { Executor } from '../../src/load/executor.js';
import { emptyTestDatabase, fingerprint } from '../load/graph-fingerprint.js';
import { testExecutor } from '../helpers/graph.js';
import { countsByKind, duplicates, factsByArticle, kg, reutersCorpus, tempDir, writeFeed } from './fault-helpers.js';

// Four `kg ingest` processes at once over overlapping quarters of one corpus (each article in two of
// them, stories about the same talks and persons spread over all four), against one single run.
const corpus = reutersCorpus(160);
const dir = tempDir('concurrent');
const all = writeFeed(dir, 'all.jsonl', corpus);
const q = corpus.length / 4;
const slices = [0, 1, 2, 3].map((k) => writeFeed(dir, `part${k}.jsonl`, [...corpus.slice(k * q, (k + 1) * q), ...corpus.slice(((k + 1) % 4) * q, ((k + 1) % 4) * q + q)]));
let executor: Executor;
const uri = () => process.env.NEO4J_URI!;

beforeAll(async () => {
  executor = await testExecutor();
});
afterAll(async () => {
  await executor.close();
});

test('four concurrent ingests write the graph of one: no duplicate actors, negotiations or statements', async () => {
  await emptyTestDatabase(executor);
  const single = await kg(['ingest', '--no-progress', '--workers', '1', '--batch-size', '10', all], uri()).done;
  expect(single.stderr).toMatch(/ingested \d+ article\(s\), 0 failed/);
  const one = { counts: await countsByKind(executor), facts: await factsByArticle(executor), duplicates: await duplicates(executor), identities: await fingerprint(executor) };

  await emptyTestDatabase(executor);
  const runs = await Promise.all(slices.map((f) => kg(['ingest', '--no-progress', '--workers', '1', '--batch-size', '10', f], uri()).done));
  for (const r of runs) {
    expect(r.stderr).toMatch(/ingested \d+ article\(s\), 0 failed/);
    expect(r.code).toBe(0);
  }
  // every article written once in all: what one process wrote, the others skipped or merged
  const written = runs.reduce((n, r) => n + Number(/ingested (\d+) article/.exec(r.stderr)![1]), 0);
  expect(written).toBeGreaterThanOrEqual(corpus.length);
  // counts first; on a difference, the person and negotiation ids show which identities differ
  const counts = await countsByKind(executor);
  const identities = await fingerprint(executor);
  expect({ counts, identities }).toEqual({ counts: one.counts, identities: one.identities });
  expect(await factsByArticle(executor)).toEqual(one.facts);
  expect(await duplicates(executor)).toEqual(one.duplicates);
}, 600_000);
