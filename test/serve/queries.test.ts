import { startTestApi, type TestApi } from './api-client.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function data(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await api.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('whoNegotiatedWithWhom and negotiationPairs', () => {
  test('a pair carries counts, dated statuses and evidence', async () => {
    const d = await data('{ whoNegotiatedWithWhom(actor: "Belarus") { a { id } b { id } negotiationCount articleCount statuses { status topic } evidence { articleId sentence } } }');
    const pair = d.whoNegotiatedWithWhom.find((p: any) => p.b.id === 'state:USA');
    expect(pair).toMatchObject({ a: { id: 'state:BLR' }, negotiationCount: 1, articleCount: 1 });
    expect(pair.statuses).toEqual([{ status: 'agreed', topic: expect.stringContaining('prisoners') }]);
    expect(pair.evidence.length).toBeGreaterThan(0);
    for (const e of pair.evidence) expect(e.articleId).toMatch(/^[0-9a-f]{16}$/);
  });

  test('topic, status and minArticles filter the pairs', async () => {
    const d = await data(`{
      prisoners: whoNegotiatedWithWhom(actor: "Belarus", topic: "PRISONERS") { b { id } }
      trade: whoNegotiatedWithWhom(actor: "Belarus", topic: "soybeans") { b { id } }
      halted: whoNegotiatedWithWhom(actor: "Belarus", status: halted) { b { id } }
      many: whoNegotiatedWithWhom(actor: "Belarus", minArticles: 2) { b { id } }
    }`);
    expect(d.prisoners.map((p: any) => p.b.id)).toContain('state:USA');
    expect(d.trade).toEqual([]);
    expect(d.halted).toEqual([]);
    expect(d.many).toEqual([]);
  });

  test('since/until keep only talks reported in the window (talks without a full date drop out)', async () => {
    const d = await data('{ after: whoNegotiatedWithWhom(actor: "Belarus", since: "2030-01-01") { b { id } } before: negotiationPairs(actor: "Belarus", until: "1990-01-01") { totalCount } }');
    expect(d.after).toEqual([]);
    expect(d.before.totalCount).toBe(0);
  });

  test('negotiationPairs pages with a cursor and totalCount', async () => {
    const p1 = (await data('{ negotiationPairs(first: 1) { totalCount edges { cursor node { a { id } b { id } } } pageInfo { hasNextPage endCursor } } }')).negotiationPairs;
    expect(p1.edges).toHaveLength(1);
    expect(p1.pageInfo.hasNextPage).toBe(p1.totalCount > 1);
    if (p1.totalCount > 1) {
      const p2 = (await data('query($c: String) { negotiationPairs(first: 1, after: $c) { edges { node { a { id } b { id } } } } }', { c: p1.pageInfo.endCursor })).negotiationPairs;
      expect(p2.edges[0].node).not.toEqual(p1.edges[0].node);
    }
  });
});

describe('actor profile', () => {
  test('type, aliases, roles, statements made and about, counterparts, events and a dated timeline', async () => {
    const d = await data(`{ actor(name: "Lukashenko") {
      id type aliases roles { type target { id } }
      statementsMade(first: 2) { totalCount edges { node { text speaker { id } } } pageInfo { hasNextPage } }
      statementsAbout { totalCount }
      counterparts { actor { id } negotiations }
      events { totalCount edges { node { type } } }
      timeline { totalCount edges { node { date kind summary evidence { sentence } } } }
    } }`);
    const a = d.actor;
    expect(a.id).toBe('person:alexander-lukashenko');
    expect(a.aliases).toContain('Lukashenko');
    expect(a.statementsMade.totalCount).toBeGreaterThanOrEqual(7);
    expect(a.statementsMade.edges).toHaveLength(2);
    expect(a.statementsMade.pageInfo.hasNextPage).toBe(true);
    for (const e of a.statementsMade.edges) expect(e.node.speaker.id).toBe(a.id);
    // He speaks for Belarus: its talks with the United States make the US his counterpart.
    expect(a.counterparts).toEqual(expect.arrayContaining([{ actor: { id: 'state:USA' }, negotiations: 1 }]));
    // The seed's dateline has no year: its facts have no full date and stay out of the timeline.
    expect(a.timeline.edges.every((e: any) => /^\d{4}-\d{2}-\d{2}$/.test(e.node.date))).toBe(true);
  });

  test('the timeline lists dated facts in order, with evidence', async () => {
    // A person of its own (no state, no talks), so that no other test sees this article.
    const text = 'OSLO, March 3, 2031 (Reuters) - Zqtimeline Orvanko said on Monday that the harvest was good. Zqtimeline Orvanko said on Tuesday that prices would fall.';
    const { ingestPaths } = await import('../../src/load/ingest-articles.js');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    await ingestPaths([dir], { executor: api.executor, maxBytes: 1 << 20 });
    const d = await data('{ actor(name: "Zqtimeline Orvanko") { timeline(first: 100) { totalCount edges { node { date kind summary evidence { sentence publishedAt } } } } } }');
    const entries = d.actor.timeline.edges.map((e: any) => e.node);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries.map((e: any) => e.date)).toEqual([...entries.map((e: any) => e.date)].sort());
    for (const e of entries) {
      expect(e).toMatchObject({ date: '2031-03-03', kind: 'statement' });
      expect(e.evidence.sentence).toContain('Zqtimeline Orvanko');
    }
  });
});

describe('lists with filters', () => {
  test('statements: search (full-text) with since/until; text stays as a deprecated alias', async () => {
    const d = await data('{ s: statements(search: "prisoners") { totalCount } t: statements(text: "prisoners") { totalCount } late: statements(search: "prisoners", since: "2030-01-01") { totalCount } }');
    expect(d.s.totalCount).toBeGreaterThanOrEqual(2);
    expect(d.t.totalCount).toBe(d.s.totalCount);
    expect(d.late.totalCount).toBe(0);
  });

  test('negotiations between two actors, by topic words', async () => {
    const d = await data('{ both: negotiations(between: ["Lukashenko", "United States"]) { totalCount edges { node { parties { id } } } } none: negotiations(between: ["Belarus", "Estonia"]) { totalCount } topic: negotiations(topic: "prisoners", party: "Belarus") { totalCount } }');
    expect(d.both.totalCount).toBeGreaterThanOrEqual(1);
    expect(d.both.edges[0].node.parties.map((p: any) => p.id)).toEqual(expect.arrayContaining(['state:BLR', 'state:USA']));
    expect(d.none.totalCount).toBe(0);
    expect(d.topic.totalCount).toBeGreaterThanOrEqual(1);
  });

  test('events by participant; articles by words and source', async () => {
    const d = await data('{ ev: events(participant: "Poland") { totalCount edges { node { type participants { actor { id } } } } } ar: articles(search: "fugitive opposition") { totalCount edges { node { id text } } } src: articles(source: "no such agency") { totalCount } }');
    expect(d.ev.totalCount).toBeGreaterThanOrEqual(1);
    expect(d.ev.edges[0].node.participants.map((p: any) => p.actor.id)).toContain('state:POL');
    expect(d.ar.totalCount).toBeGreaterThanOrEqual(1);
    expect(d.ar.edges[0].node.text).toMatch(/fugitive/);
    expect(d.src.totalCount).toBe(0);
  });

  test('a bad date is refused before anything runs', async () => {
    const { body } = await api.gql('{ statements(since: "August 2025") { totalCount } }');
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0].message).toMatch(/YYYY-MM-DD/);
  });
});

describe('connection and subgraph', () => {
  test('connection: the shortest paths, every tie with evidence', async () => {
    const d = await data('{ connection(from: "Lukashenko", to: "Poland", maxHops: 3) { from { id } to { id } paths { hops actors { id } ties { type source { id } target { id } weight evidence { sentence articleTitle } } } } }');
    const c = d.connection;
    expect(c.from.id).toBe('person:alexander-lukashenko');
    expect(c.paths.length).toBeGreaterThan(0);
    const hops = c.paths[0].hops;
    for (const p of c.paths) {
      expect(p.hops).toBe(hops);
      expect(p.actors[0].id).toBe('person:alexander-lukashenko');
      expect(p.actors.at(-1).id).toBe('state:POL');
      expect(p.ties.length).toBeGreaterThanOrEqual(hops);
      for (const t of p.ties) expect(t.evidence.length).toBeGreaterThan(0);
    }
  });

  test('connection: maxHops above 6 is refused; unknown actors give no paths', async () => {
    const { body } = await api.gql('{ connection(from: "Belarus", to: "Poland", maxHops: 7) { paths { hops } } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const d = await data('{ connection(from: "Belarus", to: "Nobody Atall Xq") { to { id } paths { hops } } }');
    expect(d.connection).toEqual({ to: null, paths: [] });
  });

  test('subgraph: the neighbourhood within hops, capped by limit, ties only among its nodes', async () => {
    const d = await data('{ one: subgraph(center: "Belarus", hops: 1) { center { id } nodes { id } ties { source { id } target { id } type } truncated } small: subgraph(center: "Belarus", hops: 2, limit: 3) { nodes { id } truncated } roles: subgraph(center: "Lukashenko", types: [ROLE]) { nodes { id } ties { type } } }');
    const ids = new Set(d.one.nodes.map((n: any) => n.id));
    expect(d.one.center.id).toBe('state:BLR');
    expect(ids.has('state:USA')).toBe(true);
    for (const t of d.one.ties) {
      expect(ids.has(t.source.id) && ids.has(t.target.id)).toBe(true);
    }
    expect(d.small.nodes).toHaveLength(3);
    expect(d.small.truncated).toBe(true);
    expect(d.roles.nodes.map((n: any) => n.id)).toContain('state:BLR');
    expect(new Set(d.roles.ties.map((t: any) => t.type))).toEqual(new Set(['ROLE']));
  });
});
