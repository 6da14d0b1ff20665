import type { Doc, RawMention } from '../model/doc.js';
import { firstStartingAt } from './first-starting-at.js';

const ACTOR = new Set(['Person', 'State', 'Organization', 'RoleDescription', 'ActorDescription']);
const cache = new WeakMap<RawMention[], RawMention[]>();

// Outermost actor mentions in text order, computed once per mention list: "the Belarusian leader"
// is one actor, not also "Belarusian". Places are not actors.
function outermostActors(doc: Doc): RawMention[] {
  let list = cache.get(doc.mentions);
  if (list) return list;
  const actors = doc.mentions
    .filter((m) => m.entityId && ACTOR.has(m.cls.type) && !m.entityId.startsWith('loc:'))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  list = [];
  let coveredTo = -1;
  for (const m of actors) {
    if (m.end <= coveredTo) continue; // inside a longer mention that starts no later
    list.push(m);
    coveredTo = Math.max(coveredTo, m.end);
  }
  cache.set(doc.mentions, list);
  return list;
}

/** The outermost actor mentions that lie within [from, to), in text order (binary search: passes call this per trigger). */
export function actorsBetween(doc: Doc, from: number, to: number): RawMention[] {
  const list = outermostActors(doc);
  const out: RawMention[] = [];
  for (let i = firstStartingAt(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}
