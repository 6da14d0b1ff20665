import { startTestApi, type TestApi } from './api-client.js';

let api: TestApi;
const TOKEN = 'test-token-0123456789abcdef';
beforeAll(async () => {
  api = await startTestApi({ apiToken: TOKEN, maxBodyBytes: 64 * 1024 });
});
afterAll(() => api.close());

/** Runs `send` and returns what it answered and how many Cypher queries it cost. */
async function counted<T>(send: () => Promise<T>): Promise<{ result: T; cypher: number }> {
  const before = api.reads.length;
  const result = await send();
  return { result, cypher: api.reads.length - before };
}

const nested = (depth: number) => {
  // actor -> roles -> target -> roles -> target ... : each level is a real field.
  let q = 'id';
  for (let i = 0; i < depth; i++) q = `roles { target { ${q} } }`;
  return `{ actor(name: "Belarus") { ${q} } }`;
};

describe('hostile queries are refused with a stable code before any Cypher runs', () => {
  test.each([
    ['nesting 12 levels deep', nested(6), 'DEPTH_LIMIT'],
    ['1,000 aliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: article(id: "x") { id }`).join(' ')} }`, 'ALIAS_LIMIT'],
    ['first: 100000000', '{ statements(first: 100000000) { totalCount } }', 'FIRST_TOO_LARGE'],
    ['first: 101 deep inside', '{ actor(name: "Belarus") { statementsMade(first: 101) { totalCount } } }', 'FIRST_TOO_LARGE'],
    ['pages of 100 nested three times', '{ actors(first: 100) { edges { node { statementsMade(first: 100) { edges { node { about { statementsAbout(first: 100) { totalCount } } } } } } } } }', 'COMPLEXITY_LIMIT'],
  ])('%s', async (_name, query, code) => {
    const { result, cypher } = await counted(() => api.gql(query));
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe(code);
    expect(result.body.errors?.[0].message).toMatch(/limit|first must be/);
    expect(cypher).toBe(0);
  });

  test('first over 100 in a variable is refused too', async () => {
    const { result, cypher } = await counted(() => api.gql('query($n: Int) { negotiationPairs(first: $n) { totalCount } }', { n: 5000 }));
    expect(result.body.errors?.[0].extensions?.code).toBe('FIRST_TOO_LARGE');
    expect(cypher).toBe(0);
  });

  test('a GET without a preflight header (CSRF) is refused', async () => {
    const { result, cypher } = await counted(() => fetch(`${api.server.url}?query=${encodeURIComponent('{ statements { totalCount } }')}`));
    expect(result.status).toBe(400);
    expect(await result.text()).toMatch(/CSRF|preflight/i);
    expect(cypher).toBe(0);
  });

  test('the same GET with the preflight header is answered', async () => {
    const res = await fetch(`${api.server.url}?query=${encodeURIComponent('{ statements(first: 1) { totalCount } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.statements.totalCount).toBeGreaterThan(0);
  });

  test('a body over the limit gets 413', async () => {
    const { result, cypher } = await counted(() => fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ article(id: "${'x'.repeat(100_000)}") { id } }` }) }));
    expect(result.status).toBe(413);
    expect(((await result.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(cypher).toBe(0);
  });

  test('a depth that fits and a page of 100 are accepted', async () => {
    const { result } = await counted(() => api.gql(`{ n: negotiationPairs(first: 100) { totalCount } d: ${nested(4).slice(2, -2)} }`));
    expect(result.body.errors).toBeUndefined();
  });
});

describe('read timeout and error hygiene', () => {
  test('a read over the timeout is a QUERY_TIMEOUT error without Cypher, driver message or stack', async () => {
    const slow = await startTestApi({ readTimeoutMs: 1 });
    try {
      // A cartesian product over the whole graph cannot finish in 1 ms.
      const { body } = await slow.gql('{ subgraph(center: "Belarus", hops: 3) { nodes { id } } }');
      const text = JSON.stringify(body);
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.every((c) => c === 'QUERY_TIMEOUT')).toBe(true);
      expect(codes.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/MATCH|Neo\.ClientError|stacktrace|at .*\.js:\d+/);
    } finally {
      await slow.close();
    }
  });

  test('a failing query does not leak Cypher outside development', async () => {
    const { body } = await api.gql('{ statements(search: "AND") { totalCount } }');
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/MATCH|CALL db\.|Neo\.ClientError|stacktrace/);
  });
});

describe('ingestArticle', () => {
  const mutation = 'mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } statements negotiations } }';
  const input = { text: 'WARSAW, May 5, 2031 (Reuters) - Poland and Lithuania opened talks on energy trade, the Zqingest ministry said.', title: 'Zqingest talks' };

  test('is off without a configured token', async () => {
    const off = await startTestApi();
    try {
      const { result, cypher } = await counted(() => off.gql(mutation, { in: input }, { authorization: `Bearer ${TOKEN}` }));
      expect(result.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(cypher).toBe(0);
    } finally {
      await off.close();
    }
  });

  test('needs the bearer token', async () => {
    const { result } = await counted(() => api.gql(mutation, { in: input }, { authorization: 'Bearer wrong-token-000000000' }));
    expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('with the token, writes the article and it can be read back', async () => {
    const { body } = await api.gql(mutation, { in: input }, { authorization: `Bearer ${TOKEN}` });
    expect(body.errors).toBeUndefined();
    const id = body.data.ingestArticle.article.id;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    const back = await api.gql('query($id: ID!) { article(id: $id) { title publishedAt } }', { id });
    expect(back.body.data.article).toEqual({ title: 'Zqingest talks', publishedAt: '2031-05-05' });
  });

  test('an invalid article is a user error', async () => {
    const { body } = await api.gql(mutation, { in: { text: '   ' } }, { authorization: `Bearer ${TOKEN}` });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

test('with a read token configured, reads need it', async () => {
  const closed = await startTestApi({ readToken: 'read-token-0123456789abcdef' });
  try {
    const denied = await closed.gql('{ statements { totalCount } }');
    expect(denied.status).toBe(401);
    const allowed = await closed.gql('{ statements(first: 1) { totalCount } }', {}, { authorization: 'Bearer read-token-0123456789abcdef' });
    expect(allowed.body.data.statements.totalCount).toBeGreaterThan(0);
  } finally {
    await closed.close();
  }
});
