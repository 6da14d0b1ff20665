import { GraphQueries } from '../../src/serve/graph-queries.js';
import { startTestApi, type TestApi } from './api-client.js';

// The API reads a page and what the page shows in one query where it can (issue 10's bench:api):
// pairs with their evidence, a found actor with its fields, statements with their objects, a path's
// ties with their sentences. Each shortcut must give exactly what the separate query gives.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function run(query: string, variables: Record<string, unknown> = {}) {
  const before = api.reads.length;
  const { body } = await api.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return { data: body.data, queries: api.reads.slice(before) };
}

describe('a page and what it shows, in one query', () => {
  test('whoNegotiatedWithWhom: the evidence read with the pairs is the evidence of their newest negotiations, and costs no other query', async () => {
    const inline = await run('{ whoNegotiatedWithWhom(actor: "Lukashenko") { a { id } b { id } evidence { articleId sentence start end } } }');
    expect(inline.queries).toEqual(['actor-lookup', 'who-negotiated']);
    const viaLoader = await run('{ whoNegotiatedWithWhom(actor: "Lukashenko") { a { id } b { id } negotiations { lastSeen evidence { articleId sentence start end } } } }');
    expect(viaLoader.queries).toContain('negotiations-by-id');
    expect(inline.data.whoNegotiatedWithWhom.length).toBeGreaterThan(0);
    inline.data.whoNegotiatedWithWhom.forEach((pair: any, i: number) => {
      const other = viaLoader.data.whoNegotiatedWithWhom[i];
      expect([pair.a.id, pair.b.id]).toEqual([other.a.id, other.b.id]);
      expect(pair.evidence.length).toBeGreaterThan(0);
      expect(pair.evidence).toEqual(other.negotiations.flatMap((n: any) => n.evidence));
    });
  });

  test('whoNegotiatedWithWhom without evidence reads no sentences', async () => {
    const { data } = await run('{ whoNegotiatedWithWhom(actor: "Belarus") { b { id } negotiationCount } }');
    expect(data.whoNegotiatedWithWhom.length).toBeGreaterThan(0);
    const [row] = await api.executor.read<{ page: { evidence: unknown }[] }>({
      name: 'test',
      cypher: (await import('../../src/load/cypher-files.js')).cypher('who-negotiated'),
      params: { actorIds: ['state:BLR'], withSides: true, withEvidence: false, pairNegotiations: 10, topic: null, status: null, since: null, until: null, minArticles: null, skip: 0, limit: 5 },
    });
    expect(row.page.length).toBeGreaterThan(0);
    for (const p of row.page) expect(p.evidence).toBeNull();
  });

  test('actor(name:) shows the actor the lookup found without a second query, as actor(id:) shows it', async () => {
    const fields = 'id name type aliases iso3 wikidata articleCount';
    const byName = await run(`{ actor(name: "Lukashenko") { ${fields} } }`);
    expect(byName.queries).toEqual(['actor-lookup']);
    const byId = await run(`query($id: ID) { actor(id: $id) { ${fields} } }`, { id: byName.data.actor.id });
    expect(byId.queries).toEqual(['actors-by-id']);
    expect(byName.data.actor).toEqual(byId.data.actor);
    expect(byName.data.actor.articleCount).toBeGreaterThan(0);
  });

  test.each([
    ['a statement search', '{ statements(search: "prisoners", first: 5) { totalCount edges { node { id } } } }', (d: any) => d.statements.edges.map((e: any) => e.node.id)],
    ['an actor profile', '{ actor(name: "Lukashenko") { statementsMade(first: 5) { totalCount edges { node { id } } } } }', (d: any) => d.actor.statementsMade.edges.map((e: any) => e.node.id)],
  ])('%s reads its statements with the page, as statements-by-id reads them', async (_name, query, ids) => {
    const fields = 'id text kind cue speakerText confidence origin speaker { id name } about { id name } evidence { articleId articleTitle source publishedAt sentence start end }';
    const { data, queries } = await run(query.replace('node { id }', `node { ${fields} }`));
    expect(queries).not.toContain('statements-by-id');
    const page = ids(data);
    expect(page.length).toBeGreaterThan(0);
    const nodes = (query.includes('statementsMade') ? data.actor.statementsMade : data.statements).edges.map((e: any) => e.node);
    const byId = await new GraphQueries(api.executor).byId<{ id: string } & Record<string, any>>('statements-by-id', 'statement', page);
    nodes.forEach((n: any) => {
      const s = byId.get(n.id)!;
      expect(n).toMatchObject({ text: s.text, kind: s.kind, speaker: s.speaker && { id: s.speaker.id }, evidence: { articleId: s.evidence.articleId, sentence: s.evidence.sentence } });
      expect(n.about.map((x: any) => x.id)).toEqual(s.about.map((x: any) => x.id));
    });
  });

  test("connection: the ties' evidence comes with the ties and equals what tie(...) reads", async () => {
    const { data, queries } = await run('{ connection(from: "Lukashenko", to: "Poland", maxHops: 3) { paths { ties { source { id } target { id } relation evidence { articleId sentence start } } } } }');
    expect(queries).not.toContain('tie-evidence');
    expect(queries).not.toContain('ties-between');
    const ties = data.connection.paths.flatMap((p: any) => p.ties);
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) {
      const one = await run('query($s: ID!, $t: ID!, $r: String!) { tie(source: $s, target: $t, relation: $r) { evidence { articleId sentence start } } }', { s: t.source.id, t: t.target.id, r: t.relation });
      expect(one.queries).toContain('tie-evidence');
      expect(t.evidence.length).toBeGreaterThan(0);
      expect(t.evidence).toEqual(one.data.tie.evidence);
    }
  });

  test('connection: a path shows every tie between its steps, though only the kinds the search saw are looked for', async () => {
    const { data, queries } = await run('{ connection(from: "Lukashenko", to: "Poland", maxHops: 3) { paths { actors { id } ties { source { id } target { id } relation weight firstSeen lastSeen } } } }');
    expect(queries).toContain('ties-between');
    const key = (t: any) => [t.source.id ?? t.source, t.target.id ?? t.target, t.relation, t.weight, t.firstSeen, t.lastSeen].join(' ');
    expect(data.connection.paths.length).toBeGreaterThan(0);
    for (const p of data.connection.paths) {
      const steps = p.actors.slice(1).map((y: any, i: number): [string, string] => [p.actors[i].id, y.id]);
      const all = await new GraphQueries(api.executor).tiesBetween(steps);
      expect(p.ties.map(key).sort()).toEqual(all.map(key).sort());
    }
  });
});
