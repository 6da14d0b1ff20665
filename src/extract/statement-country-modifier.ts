import type { Doc, RawMention } from '../model/doc.js';
import type { Span } from '../model/index.js';
import { isDocumentNoun, isOrganizationAnaphor, isOutletNoun, isStateVoice } from './lexicon/speaker-anaphors.js';

/**
 * What a speaker phrase names when a State is only a modifier in it ("US lawyers said", "the UK's
 * financial watchdog said", "The German firm wanted"): `state` when its head is the State's own
 * voice ("US officials", "the French government"), `organization` when the head points back to an
 * organization ("the US company"), `none` for anyone else of that country; with the head noun.
 * Undefined when the
 * phrase is the State's name itself or the State is its head ("Britain", "the UK").
 */
export function countryModifierRole(doc: Doc, speaker: Span, m: RawMention): { role: 'state' | 'organization' | 'none'; head: string } | undefined {
  if (m.cls.type !== 'State' || m.end >= speaker.end) return undefined;
  const rest = doc.text.slice(m.end, speaker.end).replace(/^['’]s?\b/, '').trim();
  // a head in lower case after the country word; a capitalised one is a name of its own ("US Airways")
  const head = /^(?:[\p{Ll}\d][\p{L}\d-]*\s+)*?([\p{Ll}][\p{L}-]*)$/u.exec(rest)?.[1];
  if (!head) return undefined;
  if (isStateVoice(head)) return { role: 'state', head };
  return { role: isOrganizationAnaphor(head) || isDocumentNoun(head) || isOutletNoun(head) ? 'organization' : 'none', head };
}
