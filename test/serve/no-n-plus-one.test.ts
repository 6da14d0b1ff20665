import { startTestApi, type TestApi } from './api-client.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // More statements, speakers and subjects than the small page below.
  await api.gql('{ statements(first: 1) { totalCount } }');
});
afterAll(() => api.close());

/** The Cypher queries one operation costs, and its data. */
async function cost(query: string, first: number) {
  const before = api.reads.length;
  const writesBefore = api.writes;
  const { body } = await api.gql(query, { first });
  expect(body.errors).toBeUndefined();
  expect(api.writes).toBe(writesBefore);
  return { queries: api.reads.slice(before), data: body.data };
}

// Every list level below: statements -> speaker -> roles / statementsMade -> about, subjects' counts.
const STATEMENTS = `query($first: Int) { statements(first: $first) { edges { node {
  text evidence { sentence }
  speaker { name articleCount roles { type target { name } } statementsMade(first: 3) { totalCount edges { node { text about { name } } } } }
  about { name articleCount timeline(first: 2) { totalCount } }
} } } }`;

const ACTORS = `query($first: Int) { actors(first: $first) { edges { node {
  name roles { type } counterparts { actor { name } negotiations }
  statementsAbout(first: 2) { totalCount edges { node { speaker { name } } } }
  negotiations { parties { name } saidBy { speaker { name } } }
  events(first: 2) { totalCount edges { node { participants { actor { name } } } } }
  timeline(first: 3) { totalCount }
} } } }`;

describe('an operation costs one Cypher query per list level, whatever the page size', () => {
  test.each([
    ['statements with speakers, roles and nested pages', STATEMENTS, 'statements'],
    ['actors with their whole profile', ACTORS, 'actors'],
  ])('%s', async (_name, query, field) => {
    const small = await cost(query, 2);
    const large = await cost(query, 20);
    expect(large.data[field].edges.length).toBeGreaterThan(small.data[field].edges.length);
    // Each Cypher file runs at most once per list level it serves, for all the items of that level:
    // ten times the items, the same queries (a small page may skip a level none of its items
    // reaches). Objects by id load at two levels in these queries (statements: the page and the
    // speaker's own statements; actors: speakers and subjects, then the subjects of the speaker's
    // statements): the second level runs only for the ids the first did not fetch.
    const levels = (name: string) => (name.endsWith('-by-id') ? 2 : 1);
    const overLevels = (qs: string[]) => [...new Set(qs)].filter((name) => qs.filter((q) => q === name).length > levels(name));
    for (const run of [small, large]) expect(overLevels(run.queries)).toEqual([]);
    for (const q of small.queries) expect(large.queries).toContain(q);
    expect(large.queries.length).toBeLessThanOrEqual(12);
  });

  test('whoNegotiatedWithWhom with evidence and parties costs one query per level: pairs, their negotiations, the roles of their actors', async () => {
    const { queries } = await cost('query($first: Int) { negotiationPairs(first: $first) { edges { node { a { name roles { type } } b { name } negotiations { parties { name } evidence { sentence } } evidence { sentence } } } } }', 20);
    expect([...queries].sort()).toEqual(['actor-roles', 'negotiations-by-id', 'who-negotiated']);
  });
});
