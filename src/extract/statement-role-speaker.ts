import type { Doc, RawMention } from './doc.js';

// Words that make a different office of the same role word ("shadow chancellor", "former president").
const OTHER_OFFICE = /\b(shadow|former|ex|deputy|vice|acting|junior)\b[\s-]*$/i;

// A name titled with the role in the text: "French President Jacques Chirac", "Prime Minister
// Lars Holm" — the role words (and the country word, if the description has one) just before it.
function titledWith(doc: Doc, m: RawMention, role: string, iso3: string | undefined): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
  if (!before.trimEnd().endsWith(role)) return false;
  if (OTHER_OFFICE.test(before.trimEnd().slice(0, -role.length))) return false;
  if (!iso3) return true;
  return doc.mentions.some((x) => x.cls.type === 'State' && x.cls.iso3 === iso3 && x.end <= m.start && m.start - x.end < 40);
}

/**
 * The person behind a role description as speaker ("the chancellor said", "the French president
 * told"): the person the text titles with that role ("Chancellor Gordon Brown", "French President
 * Jacques Chirac"), the latest before the phrase first; else what coreference found.
 */
export function roleSpeaker(doc: Doc, m: RawMention): string | null {
  if (m.cls.type !== 'RoleDescription' || OTHER_OFFICE.test(m.text.slice(0, m.text.toLowerCase().lastIndexOf(m.cls.role)))) return m.entityId ?? null;
  const { role, stateIso3 } = m.cls;
  const titled = doc.mentions.filter((x) => x.cls.type === 'Person' && x.entityId && titledWith(doc, x, role, stateIso3));
  const holder = titled.filter((x) => x.start < m.start).at(-1) ?? titled[0];
  return holder?.entityId ?? m.entityId ?? null;
}
