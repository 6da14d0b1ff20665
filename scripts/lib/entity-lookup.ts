import type { ArticleGraph, Entity } from '../../src/model/index.js';

/**
 * Looks entities up by id. An id the graph does not define (a contract slip in the extractor) stands
 * for itself, name = id, so scoring goes on and the id shows in --verbose listings.
 */
export function entityLookup(graph: ArticleGraph): (id: string) => Entity {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  return (id) => byId.get(id) ?? { id, type: 'Organization', name: id, aliases: [], mentions: [] };
}
