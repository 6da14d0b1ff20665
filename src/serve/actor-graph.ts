import type { GraphQueries, TieFilter, TieRow } from './graph-queries.js';

/** Most paths `connection` returns. */
export const MAX_PATHS = 25;
/** Most actors one breadth-first step expands: past this, the most mentioned are kept. */
const MAX_FRONTIER = 2000;

interface Side {
  dist: Map<string, number>;
  parents: Map<string, Set<string>>;
  frontier: string[];
  depth: number;
}

const side = (start: string): Side => ({ dist: new Map([[start, 0]]), parents: new Map(), frontier: [start], depth: 0 });

// One breadth-first level: one Cypher round trip for the whole frontier.
async function expand(q: GraphQueries, s: Side, filter: TieFilter, kinds?: Map<string, Set<string>>): Promise<void> {
  const next: string[] = [];
  const neighbours = await q.neighbours(s.frontier.slice(0, MAX_FRONTIER), filter, kinds);
  for (const [u, ns] of neighbours) {
    for (const v of ns) {
      const d = s.dist.get(v);
      if (d === undefined) {
        s.dist.set(v, s.depth + 1);
        s.parents.set(v, new Set([u]));
        next.push(v);
      } else if (d === s.depth + 1) s.parents.get(v)!.add(u);
    }
  }
  s.frontier = next;
  s.depth += 1;
}

// Every path from the side's start to `node`, following parents back (at most `cap`).
function pathsTo(s: Side, node: string, cap: number): string[][] {
  const ps = s.parents.get(node);
  if (!ps) return [[node]];
  const out: string[][] = [];
  for (const p of ps) {
    for (const path of pathsTo(s, p, cap - out.length)) {
      out.push([...path, node]);
      if (out.length >= cap) return out;
    }
  }
  return out;
}

/**
 * The shortest paths between two actors over their ties, as lists of actor ids, found by a
 * breadth-first search from both ends (expanding the smaller frontier each step): at most `maxHops`
 * round trips, whatever the size of the graph. `kinds` collects the kinds of tie of every step seen, by pairKey.
 */
export async function shortestPaths(q: GraphQueries, from: string, to: string, maxHops: number, filter: TieFilter = {}, kinds?: Map<string, Set<string>>): Promise<string[][]> {
  if (from === to) return [[from]];
  const a = side(from);
  const b = side(to);
  while (a.depth + b.depth < maxHops && a.frontier.length && b.frontier.length) {
    const s = a.frontier.length <= b.frontier.length ? a : b;
    const other = s === a ? b : a;
    await expand(q, s, filter, kinds);
    const meet = s.frontier.filter((v) => other.dist.has(v));
    if (!meet.length) continue;
    const best = Math.min(...meet.map((v) => a.dist.get(v)! + b.dist.get(v)!));
    const paths: string[][] = [];
    for (const m of meet.filter((v) => a.dist.get(v)! + b.dist.get(v)! === best)) {
      for (const head of pathsTo(a, m, MAX_PATHS)) {
        for (const tail of pathsTo(b, m, MAX_PATHS)) {
          paths.push([...head, ...tail.reverse().slice(1)]);
          if (paths.length >= MAX_PATHS) return paths;
        }
      }
    }
    return paths;
  }
  return [];
}

/** Actors and the ties among them. */
export interface NetworkView {
  ids: string[];
  ties: TieRow[];
  truncated: boolean;
}

/**
 * The neighbourhood of `center`: actors within `hops` ties, nearest first and, within a distance,
 * most mentioned first, at most `limit` of them, and the ties among them.
 */
export async function neighbourhood(q: GraphQueries, center: string, hops: number, limit: number, filter: TieFilter = {}): Promise<NetworkView> {
  const seen = new Set([center]);
  let frontier = [center];
  let truncated = false;
  for (let h = 0; h < hops && frontier.length && !truncated; h++) {
    const next: string[] = [];
    for (const ns of (await q.neighbours(frontier.slice(0, MAX_FRONTIER), filter)).values()) {
      for (const v of ns) {
        if (seen.has(v)) continue;
        if (seen.size >= limit) {
          truncated = true;
          break;
        }
        seen.add(v);
        next.push(v);
      }
    }
    frontier = next;
  }
  const ids = [...seen];
  return { ids, ties: await q.ties(ids, filter), truncated };
}

/** The whole network (every actor with a tie), or the neighbourhood of `center`. */
export async function networkView(q: GraphQueries, o: TieFilter & { center?: string | null; hops?: number; limit?: number }): Promise<NetworkView> {
  if (o.center) return neighbourhood(q, o.center, o.hops ?? 1, o.limit ?? 500, o);
  const ties = await q.ties(null, o);
  return { ids: [...new Set(ties.flatMap((t) => [t.source, t.target]))], ties, truncated: false };
}
