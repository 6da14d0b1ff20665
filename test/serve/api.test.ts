import type { RunningServer } from '../../src/serve/start-server.js';
import { ASSET_PATHS } from '../../src/serve/playground.js';
import { startTestApi, type TestApi } from './api-client.js';

let api: TestApi;
let server: RunningServer;
const gql = (query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables);

beforeAll(async () => {
  api = await startTestApi();
  server = api.server;
});
afterAll(() => api.close());

describe('GraphQL API over HTTP', () => {
  test('whoNegotiatedWithWhom with no argument lists Belarus and the United States with evidence', async () => {
    const { body } = await gql('{ whoNegotiatedWithWhom { a { id } b { id } negotiations { topic excluded { name } } evidence { sentence } } }');
    const pair = body.data.whoNegotiatedWithWhom.find((p: any) => [p.a.id, p.b.id].sort().join() === 'state:BLR,state:USA');
    expect(pair).toBeDefined();
    expect(pair.negotiations[0].excluded.map((x: any) => x.name).join()).toMatch(/opposition/);
    expect(pair.evidence.some((e: any) => /only with the US/.test(e.sentence))).toBe(true);
  });

  test('whoNegotiatedWithWhom(actor: "Lukashenko") finds the talks of the state he leads', async () => {
    const { body } = await gql('query($a: String) { whoNegotiatedWithWhom(actor: $a) { a { id } b { name } } }', { a: 'Lukashenko' });
    expect(body.data.whoNegotiatedWithWhom).toEqual(expect.arrayContaining([{ a: { id: 'state:BLR' }, b: { name: 'United States' } }]));
  });

  test('an actor that is not in the graph matches nothing', async () => {
    const { body } = await gql('{ whoNegotiatedWithWhom(actor: "Nobody Atall Xq") { a { id } } statements(speaker: "Nobody Atall Xq") { totalCount } }');
    expect(body.data).toEqual({ whoNegotiatedWithWhom: [], statements: { totalCount: 0 } });
  });

  test('statements(speaker) pages with cursors', async () => {
    const page1 = await gql('{ statements(speaker: "Alexander Lukashenko", first: 3) { totalCount edges { cursor node { text speaker { name } } } pageInfo { hasNextPage endCursor } } }');
    const s = page1.body.data.statements;
    expect(s.totalCount).toBeGreaterThanOrEqual(7);
    expect(s.edges).toHaveLength(3);
    expect(s.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql('query($after: String) { statements(speaker: "Alexander Lukashenko", first: 3, after: $after) { edges { node { text } } } }', { after: s.pageInfo.endCursor });
    const texts1 = s.edges.map((e: any) => e.node.text);
    for (const e of page2.body.data.statements.edges) expect(texts1).not.toContain(e.node.text);
  });

  test('actor(name) resolves an alias and lists roles', async () => {
    const { body } = await gql('{ actor(name: "Lukashenko") { id type roles { type role target { id } } } }');
    expect(body.data.actor).toMatchObject({ id: 'person:alexander-lukashenko', type: 'PERSON' });
    expect(body.data.actor.roles).toEqual(expect.arrayContaining([{ type: 'HOLDS_ROLE', role: 'president', target: { id: 'state:BLR' } }]));
  });

  test('actors(search, type) and negotiations(party) filter', async () => {
    const { body } = await gql('{ actors(search: "Poland", type: STATE) { edges { node { id iso3 } } } negotiations(party: "US") { totalCount edges { node { parties { id } status cameo } } } }');
    expect(body.data.actors.edges.map((e: any) => e.node.id)).toEqual(['state:POL']);
    expect(body.data.negotiations.totalCount).toBeGreaterThanOrEqual(1);
  });

  test('a bad cursor is a user error, not a crash', async () => {
    const { body } = await gql('{ statements(after: "bm9wZQ") { totalCount } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('serves the playground page and its assets from local files', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|jsdelivr)/);
    for (const asset of ASSET_PATHS) {
      expect(html).toContain(asset);
      const res = await fetch(new URL(asset, server.url));
      expect(res.status).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(5000);
    }
  });

  test('invalid JSON gets a 400', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
  });
});

describe('exports for visualization tools', () => {
  test('GraphML lists actors and a weighted NEGOTIATED_WITH edge Belarus-United States', async () => {
    const res = await fetch(new URL('/export/graphml', server.url));
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(/<graphml /);
    expect(xml).toContain('<node id="state:BLR">');
    expect(xml).toMatch(/<edge id="e\d+" source="state:BLR" target="state:USA"><data key="e_tie">NEGOTIATED_WITH<\/data>/);
  });

  test('Cytoscape JSON has nodes and edges that point at nodes', async () => {
    const body = (await (await fetch(new URL('/export/cytoscape.json', server.url))).json()) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] } };
    const ids = new Set(body.elements.nodes.map((n) => n.data.id));
    expect(ids.has('person:alexander-lukashenko')).toBe(true);
    for (const e of body.elements.edges) {
      expect(ids.has(e.data.source)).toBe(true);
      expect(ids.has(e.data.target)).toBe(true);
    }
  });
});

describe('says who', () => {
  test('a negotiation lists the statements that tell of it, with their speakers, and when it was reported', async () => {
    const { body } = await gql('{ negotiations(party: "Belarus") { edges { node { articleCount firstSeen saidBy { text speaker { name } } } } } }');
    const n = body.data.negotiations.edges[0].node;
    expect(n.articleCount).toBeGreaterThanOrEqual(1);
    expect(n.saidBy.map((s: any) => s.speaker?.name)).toContain('Alexander Lukashenko');
    expect(n.saidBy.some((s: any) => s.text.startsWith('negotiations on the release of a number of prisoners'))).toBe(true);
  });
});

test('the explorer page loads cytoscape.js and its script from this server only', async () => {
  const res = await fetch(new URL('/explorer', server.url));
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(html).toContain('/explorer/cytoscape.min.js');
  expect(html).not.toMatch(/<script[^>]+src="https?:/);
  for (const asset of ['/explorer/cytoscape.min.js', '/explorer/explorer.js']) {
    const r = await fetch(new URL(asset, server.url));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('javascript');
  }
});

describe('filters a researcher needs', () => {
  test('statements about an actor, and statements matching words', async () => {
    const { body } = await gql('{ about: statements(about: "State Department") { edges { node { text speaker { name } } } } words: statements(text: "fugitives") { totalCount edges { node { text } } } }');
    expect(body.data.about.edges.map((e: any) => e.node.text)).toEqual([expect.stringMatching(/^They are demanding that the State Department/)]);
    expect(body.data.words.totalCount).toBeGreaterThanOrEqual(1);
    for (const e of body.data.words.edges) expect(e.node.text.toLowerCase()).toContain('fugitive');
  });

  test('negotiations by status', async () => {
    const { body } = await gql('{ agreed: negotiations(party: "Belarus", status: agreed) { totalCount } halted: negotiations(party: "Belarus", status: halted) { totalCount } }');
    expect(body.data.agreed.totalCount).toBe(1);
    expect(body.data.halted.totalCount).toBe(0);
  });
});
