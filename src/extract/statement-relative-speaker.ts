import type { Doc } from './doc.js';
import { sentenceAt } from './doc.js';
import { mentionsOfSentence } from './mention-index.js';

const NAMED = new Set(['Person', 'Organization', 'State']);

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
  const names = mentionsOfSentence(doc, s.index).filter((m) => m.entityId && NAMED.has(m.cls.type));
  // the modified noun, then the noun it stands in apposition to ("McKee, a scientist, who")
  for (let n = s.syntax[verb].head, hops = 0; n >= 0 && hops < 3; n = s.syntax[n].head, hops++) {
    const t = s.tokens[n];
    const m = names.find((x) => x.start <= t.start && t.end <= x.end);
    if (m) return m.entityId!;
    if (s.syntax[n].deprel !== 'appos') return null;
  }
  return null;
}
