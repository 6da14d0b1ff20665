import type { RawMention } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import { STATE_OFFICE } from './lexicon/roles.js';
import { isNationalOffice } from './lexicon/national-offices.js';

/**
 * Maps an actor to the side it acts for: an official who holds a state office ("Belarusian
 * President X", "US envoy Y") negotiates for that state, and a spokesman or officer of an
 * organization ("AMC spokesman X", "OPEC President Y") for that organization, so talks are coded
 * state to state and organization to organization as event data sets (CAMEO, GDELT) do; anyone
 * else acts for themselves.
 */
export function sideOf(claims: RoleClaim[], mentions: RawMention[] = []): (id: string) => string {
  const side = new Map<string, string>();
  // A government body acts for its state: the State Department for the United States, "Taiwan's
  // Foreign Ministry" (keyed org:twn-...) for Taiwan.
  for (const m of mentions) {
    if (m.cls.type !== 'Organization' || m.cls.kind !== 'government agency' || !m.entityId) continue;
    const iso3 = m.cls.state ?? /^org:([a-z]{3})-/.exec(m.entityId)?.[1]?.toUpperCase();
    if (iso3) side.set(m.entityId, `state:${iso3}`);
  }
  for (const c of claims) {
    const id = c.holder.entityId;
    const target = c.target?.entityId;
    if (!id || !target || c.former || side.has(id) || c.relation === 'SPOUSE_OF' || c.relation === 'DEPUTY_TO') continue;
    const role = c.role.replace(/^deputy /, '');
    if (c.target!.cls.type === 'State' && target.startsWith('state:') && (STATE_OFFICE.has(role) || isNationalOffice(role) || role === 'spokesperson')) side.set(id, target);
    else if (c.target!.cls.type === 'Organization') side.set(id, target);
  }
  return (id) => side.get(id) ?? id;
}
