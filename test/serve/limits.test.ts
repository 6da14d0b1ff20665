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
    const { result } = await counted(() =>
      api.gql(`{ n: negotiationPairs(first: 100) { totalCount } d: ${nested(4).slice(2, -2)} s: subgraph(center: "Belarus", limit: 500) { nodes { id name } ties { type source { id } target { id } } } }`),
    );
    expect(result.body.errors).toBeUndefined();
  });
});

test("GraphiQL's introspection query (deep by nature) is not refused and runs no Cypher", async () => {
  const { getIntrospectionQuery } = await import('graphql');
  const { result, cypher } = await counted(() => api.gql(getIntrospectionQuery()));
  expect(result.body.errors).toBeUndefined();
  expect(result.body.data.__schema.queryType.name).toBe('Query');
  expect(cypher).toBe(0);
});

describe('read timeout and error hygiene', () => {
  test('the executor ends a read transaction at its timeout (DB_TIMEOUT)', async () => {
    // Counting to two billion takes minutes; the server ends it at its next check (within ~2 s).
    const slow = { name: 'test-slow', cypher: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 1 RETURN count(x) AS n', params: {} };
    await expect(api.executor.read(slow, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'DB_TIMEOUT' });
  });

  test('database failures reach clients as stable codes without Cypher, driver messages or stacks (details only in development)', async () => {
    const { NewsgraphError } = await import('../../src/load/newsgraph-error.js');
    const { startServer } = await import('../../src/serve/start-server.js');
    const failing = Object.create(api.executor);
    failing.read = async (plan: { name: string }) => {
      if (plan.name === 'actor-lookup') throw new NewsgraphError('DB_TIMEOUT', 'read actor-lookup took longer than its transaction timeout: MATCH (n:Entity)');
      throw new NewsgraphError('DB_QUERY_FAILED', 'read statements-page failed: Neo.ClientError.Statement.SyntaxError: MATCH (s:Statement) RETURN');
    };
    const ask = async (development: boolean) => {
      const server = await startServer({ executor: failing, port: 0, development });
      try {
        const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ a: actor(name: "Belarus") { id } s: statements { totalCount } }' }) });
        return (await res.json()) as { errors: { message: string; path: string[]; extensions: { code: string } }[] };
      } finally {
        await server.stop();
      }
    };
    const prod = await ask(false);
    const codes = Object.fromEntries(prod.errors.map((e) => [e.path[0], e.extensions.code]));
    expect(codes).toEqual({ a: 'QUERY_TIMEOUT', s: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(prod)).not.toMatch(/MATCH|Neo\.ClientError|stacktrace|\.ts:\d+/);
    const dev = await ask(true);
    expect(JSON.stringify(dev)).toMatch(/Neo\.ClientError\.Statement\.SyntaxError/);
  });

  test('a failing query does not leak Cypher outside development', async () => {
    const { body } = await api.gql('{ statements(search: "AND") { totalCount } }');
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/MATCH|CALL db\.|Neo\.ClientError|stacktrace/);
  });
});

describe('ingestArticle', () => {
  const mutation = 'mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } statements negotiations } }';
  // Names of its own, so that no other test sees this article.
  const input = { text: 'OSLO, May 5, 2031 (Reuters) - Zqingest Holdings said its quarterly results were strong.', title: 'Zqingest results' };

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
    expect(back.body.data.article).toEqual({ title: 'Zqingest results', publishedAt: '2031-05-05' });
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
