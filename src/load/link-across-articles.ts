import type { ArticleGraph, Entity } from '../model/index.js';
import { cypher } from './cypher-files.js';
import type { Executor } from './executor.js';

/** An entity id to rewrite, and the name of the entity it joins. */
export type EntityRemap = Map<string, { id: string; name: string }>;

/** Persons this article names by one word only ("Merkel"). */
export function singleNamePersons(graph: ArticleGraph): Entity[] {
  return graph.entities.filter((e) => e.type === 'Person' && !e.name.includes(' '));
}

/** Rewrites entity ids everywhere in a graph; a joined entity keeps its own name as an alias. */
export function remapEntities(graph: ArticleGraph, remap: EntityRemap): ArticleGraph {
  if (remap.size === 0) return graph;
  const to = (id: string) => remap.get(id)?.id ?? id;
  return {
    ...graph,
    entities: graph.entities.map((e) => (remap.has(e.id) ? { ...e, id: to(e.id), name: remap.get(e.id)!.name, aliases: [...new Set([e.name, ...e.aliases])] } : e)),
    statements: graph.statements.map((s) => ({ ...s, speakerId: s.speakerId && to(s.speakerId), aboutIds: s.aboutIds.map(to) })),
    negotiations: graph.negotiations.map((n) => ({ ...n, partyIds: n.partyIds.map(to), mediatorIds: n.mediatorIds.map(to), excludedIds: n.excludedIds.map(to) })),
    events: graph.events.map((ev) => ({ ...ev, roles: ev.roles.map((r) => ({ ...r, entityId: to(r.entityId) })) })),
    relations: graph.relations.map((r) => ({ ...r, fromId: to(r.fromId), toId: to(r.toId) })),
  };
}

// A person named by surname only in this article ("Merkel") is the person already in the graph
// with that surname, when there is exactly one; otherwise they stay a person of their own.
/** Rewrites this article's entity ids to join people already in the graph where that is unambiguous. */
export async function linkAcrossArticles(executor: Executor, graph: ArticleGraph): Promise<ArticleGraph> {
  const single = singleNamePersons(graph);
  if (single.length === 0) return graph;
  const rows = await executor.read<{ surname: string; ids: string[]; names: string[] }>({
    name: 'persons-by-surname',
    cypher: cypher('persons-by-surname'),
    params: { surnames: single.map((e) => e.name.toLowerCase()) },
  });
  const remap: EntityRemap = new Map();
  for (const e of single) {
    const row = rows.find((r) => r.surname === e.name.toLowerCase());
    if (row && row.ids.length === 1 && !graph.entities.some((x) => x.id === row.ids[0])) remap.set(e.id, { id: row.ids[0], name: row.names[0] });
  }
  return remapEntities(graph, remap);
}
