import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selects } from '../../src/serve/selects.js';

const schema = buildSchema(`
  type Evidence { sentence: String }
  type Neg { evidence: [Evidence] }
  type Pair { id: ID, evidence: [Evidence], negotiations: [Neg] }
  type Query { pairs: [Pair], other: Int }
`);

async function asked(query: string): Promise<boolean> {
  let seen: boolean | undefined;
  const rootValue = {
    pairs: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = selects(info, 'evidence');
      return [];
    },
    other: () => 1,
  };
  const r = await graphql({ schema, source: query, rootValue });
  expect(r.errors).toBeUndefined();
  return seen!;
}

describe('selects: whether an operation asks for a field below the one being resolved', () => {
  test.each([
    ['{ pairs { id } }', false],
    ['{ pairs { id evidence { sentence } } }', true],
    ['{ pairs { negotiations { evidence { sentence } } } }', true],
    ['{ pairs { ...P } } fragment P on Pair { evidence { sentence } }', true],
    ['{ pairs { ...P } } fragment P on Pair { id }', false],
    ['{ pairs { ... on Pair { evidence { sentence } } } }', true],
    ['{ pairs { id } other }', false],
  ])('%s -> %s', async (query, expected) => {
    expect(await asked(query)).toBe(expected);
  });
});
