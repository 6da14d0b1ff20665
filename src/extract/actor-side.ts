import type { RawMention } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import type { RelationType } from '../model/index.js';
import { STATE_OFFICE } from './lexicon/roles.js';
import { isNationalOffice } from './lexicon/national-offices.js';
import { knownSideOf } from './known-sides.js';

/**
 * Does a tie (relation type, role, target) make its holder act for the target? A state office, a
 * state's spokesperson, or any post or membership in an organization does; a spouse or deputy does not.
 */
export function actsFor(relation: RelationType, role: string | undefined, targetType: string, targetId: string): boolean {
  if (relation === 'SPOUSE_OF' || relation === 'DEPUTY_TO') return false;
  const r = (role ?? '').replace(/^deputy /, '');
  if (targetType === 'State') return targetId.startsWith('state:') && (STATE_OFFICE.has(r) || isNationalOffice(r) || r === 'spokesperson');
  return targetType === 'Organization';
}

/**
 * Maps an actor to the side it acts for: an official who holds a state office ("Belarusian
 * President X", "US envoy Y") negotiates for that state, and a spokesman or officer of an
 * organization ("AMC spokesman X", "OPEC President Y") for that organization, so talks are coded
 * state to state and organization to organization as event data sets (CAMEO, GDELT) do. A person
 * the article gives no such office acts for the side the actor dictionary knows (known-sides.ts);
 * anyone else acts for themselves.
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
    if (!id || !target || c.former || side.has(id)) continue;
    if (actsFor(c.relation, c.role, c.target!.cls.type, target)) side.set(id, target);
  }
  return (id) => side.get(id) ?? (id.startsWith('person:') ? knownSideOf(id)?.id : undefined) ?? id;
}
