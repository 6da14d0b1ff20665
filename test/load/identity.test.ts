import type { Executor } from '../../src/load/executor.js';
import { GraphWriter, type WriteItem } from '../../src/load/graph-writer.js';
import { readTxt } from '../../src/ingest/read-txt.js';
import type { Entity, Relation } from '../../src/model/index.js';
import { testExecutor, uniqueWord } from '../helpers/graph.js';

// Graphs written by hand, so that these rules of the loader do not depend on what extraction finds.
function item(text: string, entities: Omit<Entity, 'aliases' | 'mentions'>[], relations: Omit<Relation, 'id' | 'evidence' | 'confidence' | 'origin'>[] = []): WriteItem {
  const article = readTxt(text, null);
  const { text: _t, ...meta } = article;
  return {
    article,
    where: text.slice(0, 20),
    graph: {
      article: meta,
      sentences: [{ start: 0, end: text.length }],
      entities: entities.map((e) => ({ ...e, aliases: [], mentions: [{ start: 0, end: 1, text: text[0] }] })),
      statements: [],
      negotiations: [],
      events: [],
      relations: relations.map((r, i) => ({ ...r, id: `${article.id}:rel:${i}`, evidence: [{ start: 0, end: 1 }], confidence: 0.8, origin: 'test' })),
    },
  };
}

let executor: Executor;
let writer: GraphWriter;
beforeAll(async () => {
  executor = await testExecutor();
  writer = new GraphWriter(executor, () => undefined, (i) => {
    throw new Error(i.message);
  });
});
afterAll(async () => {
  await executor.close();
});

const persons = async (prefix: string) =>
  (await executor.read<{ id: string }>({ name: 'test-persons', cypher: 'MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN p.id AS id ORDER BY id', params: { prefix } })).map((r) => r.id);
const russia = { id: 'state:RUS', type: 'State' as const, name: 'Russia' };
const ukraine = { id: 'state:UKR', type: 'State' as const, name: 'Ukraine' };

describe('identity across articles', () => {
  test('a person known by one name only is not merged with a namesake of another article', async () => {
    const name = uniqueWord();
    const id = `person:${name.toLowerCase()}`;
    await writer.write([item(`${name} said one thing. ${uniqueWord()}`, [{ id, type: 'Person', name }])]);
    await writer.write([item(`${name} said another. ${uniqueWord()}`, [{ id, type: 'Person', name }]), item(`${name} spoke. ${uniqueWord()}`, [{ id, type: 'Person', name }])]);
    expect(await persons(id)).toHaveLength(3);
  });

  test('unless a relation ties them: the same role for the same state, in one batch or in two', async () => {
    const name = uniqueWord();
    const id = `person:${name.toLowerCase()}`;
    const minister = (state: typeof russia) => item(`Foreign Minister ${name} of ${state.name} said so. ${uniqueWord()}`, [{ id, type: 'Person', name }, state], [{ type: 'HOLDS_ROLE', fromId: id, toId: state.id, role: 'foreign minister' }]);
    await writer.write([minister(russia)]);
    await writer.write([minister(russia), minister(ukraine), minister(ukraine)]);
    const ids = await persons(id);
    expect(ids).toHaveLength(2);
    const [row] = await executor.read<{ n: number }>({
      name: 'test-tied',
      cypher: 'MATCH (p:Person)-[:HOLDS_ROLE]->(:State {id: "state:RUS"}) WHERE p.id STARTS WITH $id MATCH (p)-[:MENTIONED_IN]->(a:Article) RETURN count(a) AS n',
      params: { id },
    });
    expect(row.n).toBe(2);
  });

  test('a person named by surname only joins the one person of that surname already written', async () => {
    const surname = uniqueWord();
    const full = { id: `person:anna-${surname.toLowerCase()}`, type: 'Person' as const, name: `Anna ${surname}` };
    await writer.write([item(`Anna ${surname} arrived. ${uniqueWord()}`, [full]), item(`${surname} left. ${uniqueWord()}`, [{ id: `person:${surname.toLowerCase()}`, type: 'Person', name: surname }])]);
    expect(await persons(`person:${surname.toLowerCase()}`)).toEqual([]);
    const [row] = await executor.read<{ n: number }>({ name: 'test-joined', cypher: 'MATCH (:Person {id: $id})-[m:MENTIONED_IN]->() RETURN count(m) AS n', params: { id: full.id } });
    expect(row.n).toBe(2);
  });

  test('two actors of one type with the same normalised name under two ids are recorded as possibly the same, once', async () => {
    const word = uniqueWord();
    const name = `${word} Coffee Organization`;
    const acronym = { id: `org:${word.toLowerCase()}-co`, type: 'Organization' as const, name };
    const spelled = { id: `org:${word.toLowerCase()}-coffee-organization`, type: 'Organization' as const, name: name.toUpperCase() };
    const place = { id: `loc:${word.toLowerCase()}-coffee-organization`, type: 'Location' as const, name };
    await writer.write([item(`The ${name} met. ${uniqueWord()}`, [acronym])]);
    await writer.write([item(`The ${name} met again. ${uniqueWord()}`, [spelled, place]), item(`The ${name} met once more. ${uniqueWord()}`, [spelled])]);
    const rows = await executor.read<{ a: string; b: string }>({
      name: 'test-same-as',
      cypher: 'MATCH (a:Entity)-[:SAME_AS_CANDIDATE]->(b:Entity) WHERE a.id CONTAINS $w RETURN a.id AS a, b.id AS b',
      params: { w: word.toLowerCase() },
    });
    expect(rows).toEqual([{ a: acronym.id, b: spelled.id }]);
  });
});
