import type { ArticleGraph, Entity } from '../model/index.js';

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
