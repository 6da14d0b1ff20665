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
  // counts first; on a difference, the person and negotiation ids show which identities differ.
  // Known limit (README, "Identity across articles"): a person named by one word joins the one
  // full-named person of that surname stored BEFORE it, so which one-word persons join depends on
  // the order articles land in, in one process as in four. Those persons, and the counts their
  // merging moves, are compared apart: everything else must be equal.
  const counts = await countsByKind(executor);
  const identities = await fingerprint(executor);
  expect(orderFree({ counts, identities })).toEqual(orderFree({ counts: one.counts, identities: one.identities }));
  expect(await factsByArticle(executor)).toEqual(one.facts);
  // same-name actor groups count one-word persons too (see orderFree); statements and talks must match
  const { statements, negotiations } = await duplicates(executor);
  expect({ statements, negotiations }).toEqual({ statements: one.duplicates.statements, negotiations: one.duplicates.negotiations });
}, 600_000);

// Person nodes and the edges that hang on a person's identity move when one-word persons join
// differently; full-named persons, statements, negotiations, events, sentences and articles do not.
const ORDER_DEPENDENT = new Set(['Person', 'Actor', 'Entity', '[:ABOUT]', '[:SAID]', '[:MENTIONED_IN]', '[:HOLDS_ROLE]', '[:ENVOY_OF]', '[:SPOKESPERSON_OF]', '[:DEPUTY_TO]', '[:SPOUSE_OF]', '[:MEMBER_OF]', '[:SAME_AS_CANDIDATE]']);
function orderFree(g: { counts: Record<string, number>; identities: Record<string, unknown> }): unknown {
  const keep = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([k]) => !ORDER_DEPENDENT.has(k)));
  const persons = (g.identities.persons as string[]).filter((p) => !p.includes('@') && p.split(' ').length > 2);
  const { counts, roles: _roles, ...rest } = g.identities as { counts: Record<string, number>; roles: string[] };
  return { counts: keep(g.counts), identities: { ...rest, counts: keep(counts), persons } };
}
