import type { ArticleGraph } from '../model/index.js';
import { cypher } from './cypher-files.js';
import type { Executor } from './executor.js';

/** How far apart two reports of the same talks can be (days). */
export const NEGOTIATION_WINDOW_DAYS = 30;

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'and', 'for', 'to', 'in', 'new', 'talks']);
const words = (topic: string | null | undefined) => new Set((topic ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP.has(w)));

// Topics agree when one is unknown or they share a content word ("release of prisoners" and
// "prisoner release" share "release").
/** Do two topics name the same talks? */
export function sameTopic(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = words(a);
  const y = words(b);
  return x.size === 0 || y.size === 0 || [...x].some((w) => y.has(w));
}

/**
 * Joins this article's negotiations to talks already in the graph with the same parties and topic
 * within a time window, so one Negotiation gathers every article that reports it.
 */
export async function linkNegotiations(executor: Executor, graph: ArticleGraph): Promise<ArticleGraph> {
  if (graph.negotiations.length === 0) return graph;
  const rows = await executor.read<{ id: string; candidates: { id: string; topic: string | null }[] }>({
    name: 'negotiations-by-parties',
    cypher: cypher('negotiations-by-parties'),
    params: {
      articleId: graph.article.id,
      publishedAt: graph.article.publishedAt ?? '',
      windowDays: NEGOTIATION_WINDOW_DAYS,
      negotiations: graph.negotiations.map((n) => ({ id: n.id, partyIds: n.partyIds })),
    },
  });
  const remap = new Map<string, string>();
  for (const r of rows) {
    const mine = graph.negotiations.find((n) => n.id === r.id)!;
    const match = r.candidates.find((c) => sameTopic(c.topic, mine.topic));
    if (match) remap.set(r.id, match.id);
  }
  if (remap.size === 0) return graph;
  return { ...graph, negotiations: graph.negotiations.map((n) => ({ ...n, id: remap.get(n.id) ?? n.id })) };
}
