import type { RoleClaim } from './find-titles.js';
import { STATE_OFFICE } from './lexicon/roles.js';

/**
 * Maps an actor to the side it acts for: an official who holds a state office ("Belarusian
 * President X", "US envoy Y") negotiates for that state, and a spokesman or officer of an
 * organization ("AMC spokesman X", "OPEC President Y") for that organization, so talks are coded
 * state to state and organization to organization as event data sets (CAMEO, GDELT) do; anyone
 * else acts for themselves.
 */
export function sideOf(claims: RoleClaim[]): (id: string) => string {
  const side = new Map<string, string>();
  for (const c of claims) {
    const id = c.holder.entityId;
    const target = c.target?.entityId;
    if (!id || !target || c.former || side.has(id) || c.relation === 'SPOUSE_OF' || c.relation === 'DEPUTY_TO') continue;
    const role = c.role.replace(/^deputy /, '');
    if (c.target!.cls.type === 'State' && target.startsWith('state:') && (STATE_OFFICE.has(role) || role === 'spokesperson')) side.set(id, target);
    else if (c.target!.cls.type === 'Organization') side.set(id, target);
  }
  return (id) => side.get(id) ?? id;
}
