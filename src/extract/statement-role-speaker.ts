import type { Doc, RawMention } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import { ROLE_WORDS } from './lexicon/roles.js';
import { OTHER_OFFICE_MODIFIERS } from './lexicon/reported-speech-words.js';
import { alternation } from './lexicon/word-pattern.js';

// Words that make a different office of the same role word ("shadow chancellor", "former president").
const OTHER_OFFICE = new RegExp(`\\b(${alternation(OTHER_OFFICE_MODIFIERS)})\\b[\\s-]*$`, 'i');

/** Whether a description names another office than its role word ("the shadow chancellor"). */
export const namesOtherOffice = (words: string) => OTHER_OFFICE.test(words.replace(/\s*[\p{L}]+$/u, ' '));

// A name titled with the role in the text: "French President Jacques Chirac", "Prime Minister
// Lars Holm", "Sen. Ann Ruiz" — the role words, or their abbreviation, just before it (and the
// country word, if the description has one).
function titledWith(doc: Doc, m: RawMention, role: string, iso3: string | undefined): boolean {
  // "Chancellor Gordon Brown" or, in apposition, "his lawyer, Mark Hale,"
  const before = doc.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase().replace(/,?\s*$/, '');
  const lastWord = /([\p{L}]+)\.?$/u.exec(before)?.[1];
  const roleAt = before.endsWith(role) ? before.length - role.length : lastWord && ROLE_WORDS.get(lastWord) === role ? before.lastIndexOf(lastWord) : -1;
  if (roleAt < 0 || OTHER_OFFICE.test(before.slice(0, roleAt))) return false;
  if (!iso3) return true;
  return doc.mentions.some((x) => x.cls.type === 'State' && x.cls.iso3 === iso3 && x.end <= m.start && m.start - x.end < 40);
}

/**
 * The person who holds `role` as a phrase at `at` means it ("the chancellor said", "the Florida
 * senator told"): the person the text titles with that role ("Chancellor Gordon Brown", "Sen. Ann
 * Ruiz"), else the one the titles pass gives it ("Ms Ruiz, the home secretary,"), the latest
 * before the phrase first. Null when no one, or when several hold it and none comes before.
 */
export function roleHolder(doc: Doc, role: string, stateIso3: string | undefined, at: number, claims: RoleClaim[], qualifier?: string): string | null {
  // "the Vermont senator": only a senator the text ties to Vermont next to the name
  const near = (x: RawMention) => !qualifier || doc.text.slice(Math.max(0, x.start - 40), x.end + 40).toLowerCase().includes(qualifier.toLowerCase());
  const titled = doc.mentions.filter((x) => x.cls.type === 'Person' && x.entityId && titledWith(doc, x, role, stateIso3) && near(x));
  const holder = titled.filter((x) => x.start < at).at(-1) ?? titled[0];
  if (holder) return holder.entityId!;
  const claimed = claims.filter(
    (c) => !c.former && c.role === role && c.holder.cls.type === 'Person' && c.holder.entityId && near(c.holder) && (!stateIso3 || (c.target?.cls.type === 'State' && c.target.cls.iso3 === stateIso3)),
  );
  const before = claimed.filter((c) => c.holder.start < at).at(-1);
  if (before) return before.holder.entityId!;
  return new Set(claimed.map((c) => c.holder.entityId)).size === 1 ? claimed[0].holder.entityId! : null;
}

/**
 * The person behind a role description as speaker ("the chancellor said", "the French president
 * told"): `roleHolder`, else what coreference found.
 */
export function roleSpeaker(doc: Doc, m: RawMention, claims: RoleClaim[] = []): string | null {
  if (m.cls.type !== 'RoleDescription' || OTHER_OFFICE.test(m.text.slice(0, m.text.toLowerCase().lastIndexOf(m.cls.role)))) return m.entityId ?? null;
  const holder = roleHolder(doc, m.cls.role, m.cls.stateIso3, m.start, claims);
  if (holder) return holder;
  // coreference may land on the holder of a neighbouring office ("Deputy Prime Minister John
  // Prescott" for "the prime minister"): someone titled only with another office is not meant
  const role = m.cls.role;
  const offices = claims.filter((c) => c.holder.entityId === m.entityId && !c.former).map((c) => c.role);
  if (offices.some((r) => r !== role && r.endsWith(role) && OTHER_OFFICE.test(r.slice(0, -role.length))) && !offices.includes(role)) return null;
  return m.entityId ?? null;
}
