import type { Executor } from '../../src/load/executor.js';

/** One GraphQL operation of the bench mix. */
export interface ApiOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** The fixed mix of `bench:api` and `profile:api`, and the data it was picked from. */
export interface ApiWorkload {
  articles: number;
  busiest: string;
  speaker: string;
  word: string;
  ops: Record<string, ApiOperation>;
}

/**
 * The workload comes from the data, not from names typed here: the actor in most negotiations, the
 * person with most statements, the commonest long word of statement text, and a pair of actors two
 * ties apart.
 */
export async function apiWorkload(executor: Executor): Promise<ApiWorkload> {
  const sql = async <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) => executor.read<T>({ name: 'bench-pick', cypher, params });
  const [{ articles }] = await sql<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
  const [{ busiest }] = await sql<{ busiest: string }>('MATCH (a:Actor)-[:PARTY_TO]->(n) WITH a, count(n) AS c ORDER BY c DESC LIMIT 1 RETURN a.name AS busiest');
  const [{ speaker }] = await sql<{ speaker: string }>('MATCH (a:Person)-[:SAID]->(s) WITH a, count(s) AS c ORDER BY c DESC LIMIT 1 RETURN a.name AS speaker');
  const [{ word }] = await sql<{ word: string }>(
    "MATCH (s:Statement) WITH s LIMIT 5000 UNWIND split(toLower(s.text), ' ') AS w WITH w WHERE size(w) >= 7 AND w =~ '[a-z]+' RETURN w AS word, count(*) AS c ORDER BY c DESC LIMIT 1",
  );
  // A state the top speaker talked about a party of, but not about the state itself: usually two ties away.
  const [pair] = await sql<{ from: string; to: string }>(
    'MATCH (a:Entity {name: $speaker})-[:SAID]->(:Statement)-[:ABOUT]->(m:Actor)-[:PARTY_TO]->(:Negotiation)<-[:PARTY_TO]-(b:State) ' +
      'WHERE b <> m AND NOT EXISTS { (a)-[:SAID]->(:Statement)-[:ABOUT]->(b) } AND NOT EXISTS { (a)--(b) } ' +
      'WITH a, b, count(*) AS c ORDER BY c DESC, b.id LIMIT 1 RETURN a.id AS from, b.id AS to',
    { speaker },
  );
  const ops: Record<string, ApiOperation> = {
    whoNegotiatedWithWhom: {
      query: 'query($a: String) { whoNegotiatedWithWhom(actor: $a, first: 20) { a { id name } b { id name } negotiationCount articleCount lastSeen evidence { articleTitle publishedAt sentence } } }',
      variables: { a: busiest },
    },
    actorProfile: {
      query: 'query($n: String) { actor(name: $n) { id type name aliases iso3 wikidata roles { type role target { name } } statementsMade(first: 10) { totalCount edges { node { text cue about { name } evidence { articleTitle publishedAt } } } } counterparts(first: 10) { actor { name } negotiations } } }',
      variables: { n: speaker },
    },
    statementSearch: {
      query: 'query($q: String) { statements(search: $q, first: 20) { totalCount edges { node { text speaker { name } about { name } evidence { articleTitle publishedAt sentence } } } } }',
      variables: { q: word },
    },
    connection: {
      query: 'query($f: String!, $t: String!) { connection(from: $f, to: $t, maxHops: 4) { paths { hops actors { id name } ties { type weight evidence { sentence articleTitle } } } } }',
      variables: { f: pair?.from ?? busiest, t: pair?.to ?? speaker },
    },
  };
  return { articles, busiest, speaker, word, ops };
}
