import type { RoleClaim } from './find-titles.js';
import { STATE_OFFICE } from './lexicon/roles.js';

/**
 * Maps an actor to the side it acts for: an official who holds a state office ("Belarusian
 * President X", "US envoy Y") negotiates for that state, so talks are coded state to state as
 * event data sets (CAMEO, GDELT) do; anyone else acts for themselves.
 */
export function sideOf(claims: RoleClaim[]): (id: string) => string {
  const side = new Map<string, string>();
  for (const c of claims) {
    const id = c.holder.entityId;
    if (!id || c.former || side.has(id) || !STATE_OFFICE.has(c.role.replace(/^deputy /, ''))) continue;
    if (c.target?.cls.type === 'State' && c.target.entityId?.startsWith('state:')) side.set(id, c.target.entityId);
  }
  return (id) => side.get(id) ?? id;
}
