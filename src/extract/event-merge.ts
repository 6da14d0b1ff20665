import type { Event } from '../model/index.js';

const ids = (e: Event, role: string) => new Set(e.roles.filter((r) => r.role === role).map((r) => r.entityId));
const meets = (a: Set<string>, b: Set<string>) => a.size === 0 || b.size === 0 || [...b].some((x) => a.has(x));
const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x)) || [...b].every((x) => a.has(x));

/**
 * A headline and its story, or two sentences, often tell one event twice: events of one type whose
 * sides agree (each side the same or untold) are one event. "A met B" and "A met C" are two.
 */
export function mergeRepeats<E extends Event & { sentence: number }>(events: E[], symmetric: ReadonlySet<string>): E[] {
  const out: E[] = [];
  const sides = (e: Event) => new Set(e.roles.filter((r) => r.role === 'agent' || r.role === 'target').map((r) => r.entityId));
  for (const e of events) {
    const same = out.find((o) => {
      if (o.type !== e.type) return false;
      const a = sides(o);
      const b = sides(e);
      // officials whose state is not given ("signed by Secretary of State X and Foreign Minister Y")
      // are the sides of the state-level event told just before
      const officials = [...b].every((x) => x.startsWith('person:')) && [...a].some((x) => !x.startsWith('person:')) && e.sentence - o.sentence <= 3;
      if (a.size === 0 || b.size === 0 || officials) return true;
      if (symmetric.has(e.type)) return within(a, b);
      return meets(ids(o, 'agent'), ids(e, 'agent')) && meets(ids(o, 'target'), ids(e, 'target'));
    });
    if (!same) {
      out.push(e);
      continue;
    }
    for (const r of e.roles) {
      const role = (r.role === 'agent' || r.role === 'target') && r.entityId.startsWith('person:') && [...sides(same)].some((x) => !x.startsWith('person:')) ? `${r.role}_representative` : r.role;
      if (!same.roles.some((x) => x.role === role && x.entityId === r.entityId)) same.roles.push({ role, entityId: r.entityId });
    }
    same.evidence.push(...e.evidence);
    same.count ??= e.count;
    same.date ??= e.date;
    same.confidence = Math.max(same.confidence, e.confidence);
  }
  return out;
}
