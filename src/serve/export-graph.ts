import { networkView } from './actor-graph.js';
import type { ActorRow, GraphQueries, TieFilter } from './graph-queries.js';
import type { Network } from './export-formats.js';

/** What to export: the whole network, or the neighbourhood of `center` within `hops` ties. */
export interface ExportOptions extends TieFilter {
  center?: string | null;
  hops?: number;
  limit?: number;
}

/** Most actors a neighbourhood export holds. */
export const EXPORT_LIMIT = 5000;

/** The network to export, with the actors' details; `center` may be an id, name or alias. */
export async function exportNetwork(q: GraphQueries, o: ExportOptions): Promise<Network & { found: boolean }> {
  let center: string | null = null;
  if (o.center) {
    center = (await q.actorIds(o.center))[0] ?? null;
    if (!center) return { actors: [], ties: [], found: false };
  }
  const view = await networkView(q, { ...o, center, limit: o.limit ?? EXPORT_LIMIT });
  const actors = await q.byId<ActorRow>('actors-by-id', 'actor', view.ids);
  return { actors: view.ids.map((id) => actors.get(id)).filter((a): a is ActorRow => a !== undefined), ties: view.ties, found: true };
}
