import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '../../src/load/executor.js';
import { startServer, type RunningServer } from '../../src/serve/start-server.js';
import { counts, testExecutor, uniqueWord } from '../helpers/graph.js';

// Cypher and Lucene payloads in every string that reaches a query: the graph is unchanged and the
// request gets an answer (maybe empty) or a clear user error, never a server error.
const PAYLOADS = [
  "x' WITH true AS t MATCH (s) DETACH DELETE s //",
  'x" WITH true AS t MATCH (s) DETACH DELETE s //',
  "'}) MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n //',
  "\\' OR 1=1 //",
  '$q',
  '(',
  ')',
  '((talks',
  'talks)',
  '"unbalanced',
  '[a TO',
  '{',
  '*',
  '?',
  '~',
  '~2',
  'a~',
  '\\',
  '\\\\',
  '/regex/',
  '/',
  ':',
  'name:*',
  'AND',
  'OR',
  'NOT',
  'AND OR NOT',
  'talks AND',
  'NOT talks',
  '&&',
  '||',
  '!',
  '+',
  '-',
  '^2',
  '\u0000',
  '😀\uFFFD',
  'x'.repeat(100_000),
  'talks '.repeat(5000),
];

const FIELDS: [string, string][] = [
  ['actor(name)', 'query($s: String) { r: actor(name: $s) { id } }'],
  ['actors(search)', 'query($s: String) { r: actors(search: $s) { totalCount edges { node { id } } } }'],
  ['statements(text)', 'query($s: String) { r: statements(text: $s) { totalCount edges { node { id text } } } }'],
  ['statements(speaker)', 'query($s: String) { r: statements(speaker: $s) { totalCount } }'],
  ['statements(about)', 'query($s: String) { r: statements(about: $s) { totalCount } }'],
  ['negotiations(party)', 'query($s: String) { r: negotiations(party: $s) { totalCount } }'],
  ['events(actor)', 'query($s: String) { r: events(actor: $s) { totalCount } }'],
  ['whoNegotiatedWithWhom(actor)', 'query($s: String) { r: whoNegotiatedWithWhom(actor: $s) { a { id } } }'],
  ['article(id)', 'query($s: ID!) { r: article(id: $s) { id } }'],
];

let executor: Executor;
let server: RunningServer;
let dir: string;
const word = uniqueWord();
const title = `${PAYLOADS[0]} ${word}`;

async function gql(query: string, variables: Record<string, unknown>) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: { r: unknown } | null; errors?: { message: string; extensions?: { code?: string } }[] } };
}

beforeAll(async () => {
  executor = await testExecutor();
  // Articles whose title and text carry the payloads, through `kg ingest` as a user runs it.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-injection-'));
  // a named speaker before the quote: a statement with no one to cite is not stored, and a payload's
  // stray quote mark must not leave the quote without its speaker
  const body = PAYLOADS.slice(0, 12).map((p, i) => `France and Chile held talks ${word} round ${i}. Foreign Minister Jean Dupont said: "${p} ${word}."`).join('\n');
  fs.writeFileSync(path.join(dir, 'a.txt'), `${title}\n\nPARIS, May 4 (Reuters) - ${body}\n`);
  fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ title: PAYLOADS[1], source: PAYLOADS[2], url: PAYLOADS[3], text: `Chile said ${PAYLOADS[4]} ${word} on Monday.` }));
  const r = spawnSync(process.execPath, ['dist/src/cli/kg.js', 'ingest', '--no-progress', dir], { encoding: 'utf8', timeout: 120000 });
  expect(r.stderr).toMatch(/ingested 2 article\(s\), 0 failed/);
  server = await startServer({ executor, port: 0 });
});
afterAll(async () => {
  await server.stop();
  await executor.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('payloads in ingested text are stored as text', () => {
  test('titles, sources, urls and statements keep the payload characters exactly', async () => {
    const rows = await executor.read<{ title: string; source: string | null; url: string | null }>({
      name: 'test-payload-articles',
      cypher: 'MATCH (a:Article) WHERE a.text CONTAINS $word RETURN a.title AS title, a.source AS source, a.url AS url ORDER BY title',
      params: { word },
    });
    expect(rows).toEqual(expect.arrayContaining([{ title, source: 'Reuters', url: null }, { title: PAYLOADS[1], source: PAYLOADS[2], url: PAYLOADS[3] }]));
    const { body } = await gql('query($s: String) { r: statements(text: $s, first: 100) { edges { node { text } } } }', { s: word });
    const texts = (body.data!.r as { edges: { node: { text: string } }[] }).edges.map((e) => e.node.text);
    // Where a statement's content starts and ends is the quote finder's business (tested in
    // test/extract); here the payload must come back character for character inside a stored statement.
    for (const payload of [PAYLOADS[0], PAYLOADS[5]]) expect(texts.some((t) => t.includes(`${payload} ${word}`))).toBe(true);
  });
});

describe('payloads in GraphQL arguments', () => {
  test.each(FIELDS)('%s: the graph is unchanged, every answer is data or a user error', async (_, query) => {
    const before = await counts(executor);
    const problems: string[] = [];
    for (const s of PAYLOADS) {
      const { status, body } = await gql(query, { s });
      const errors = body.errors ?? [];
      const bad = errors.filter((e) => e.extensions?.code !== 'BAD_USER_INPUT');
      if (status >= 500 || bad.length) problems.push(`${JSON.stringify(s.slice(0, 40))}: HTTP ${status} ${bad.map((e) => `${e.extensions?.code}: ${e.message.slice(0, 120)}`).join('; ')}`);
      if (!errors.length && body.data === undefined) problems.push(`${JSON.stringify(s.slice(0, 40))}: no data and no error`);
    }
    expect(problems).toEqual([]);
    expect(await counts(executor)).toEqual(before);
  });

  // Payloads made of words are searches for those words (the payload article above has an actor
  // "DETACH", rightly); payloads of syntax alone name nothing.
  test('a payload of syntax alone names no actor and matches nothing', async () => {
    for (const s of ["'}) //", '`)', '*', '?', '~2', 'name:*', '\\', '((', '"']) {
      const { body } = await gql('query($s: String) { actor(name: $s) { id } whoNegotiatedWithWhom(actor: $s) { a { id } } statements(speaker: $s) { totalCount } negotiations(party: $s) { totalCount } }', { s });
      expect(body).toEqual({ data: { actor: null, whoNegotiatedWithWhom: [], statements: { totalCount: 0 }, negotiations: { totalCount: 0 } } });
    }
  });

  test('a wildcard is a character, not "everything"', async () => {
    const all = await gql('{ actors(first: 1) { totalCount } }', {});
    const star = await gql('query($s: String) { actors(search: $s) { totalCount } }', { s: '*' });
    expect((all.body.data as { actors: { totalCount: number } }).actors.totalCount).toBeGreaterThan(0);
    expect(star.body).toEqual({ data: { actors: { totalCount: 0 } } });
  });
});
