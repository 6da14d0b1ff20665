import type { Doc, RawMention } from '../model/doc.js';
import { sentenceAt } from './sentence-at.js';
import { mentionsOfSentence } from './mention-index.js';

// "who" stands for people, and for a party ("Labour, who said"); the clause hung on a State or
// an organization ("ex-King Michael of Romania, who said") has the parse wrong, not the speaker.
const isWhoActor = (m: RawMention) => m.cls.type === 'Person' || (m.cls.type === 'Organization' && m.cls.kind === 'party');

/**
 * The actor a relative "who" speaks for ("Seth McKee, a political scientist at Texas Tech, who
 * said ..."): the noun its clause modifies (acl:relcl), read off the parse, through an apposition
 * to the name it describes. Null when the parse does not tie "who" to a named actor.
 */
export function relativeSpeaker(doc: Doc, at: number): string | null {
  const s = sentenceAt(doc, at);
  if (!s || s.syntax.length !== s.tokens.length) return null;
  const k = s.tokens.findIndex((t) => t.start === at);
  if (k < 0) return null;
  const verb = s.syntax[k].head;
  if (verb < 0 || s.syntax[verb].deprel !== 'acl:relcl') return null;
  const all = mentionsOfSentence(doc, s.index).filter((m) => m.entityId && m.cls.type !== 'Pronoun');
  // the modified noun, then the noun it stands in apposition to ("McKee, a scientist, who")
  for (let n = s.syntax[verb].head, hops = 0; n >= 0 && hops < 3; n = s.syntax[n].head, hops++) {
    const t = s.tokens[n];
    const m = all.find((x) => x.start <= t.start && t.end <= x.end);
    if (m) return isWhoActor(m) ? m.entityId! : null;
    if (s.syntax[n].deprel !== 'appos') return null;
  }
  return null;
}
