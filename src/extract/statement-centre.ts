import type { Doc, RawMention, Sentence } from '../model/doc.js';
import type { QuoteSegment } from './find-quotes.js';
import { inside } from './statement-draft.js';
import { speechVerbLemma } from './lexicon/speech-verbs.js';
import { isCognitionLemma } from './lexicon/cognition-verbs.js';
import { hasOutletName } from './lexicon/speaker-anaphors.js';
import type { RoleClaim } from '../model/role-claim.js';
import { roleSpeaker } from './statement-role-speaker.js';

/** A named actor the narrative is about at one point: the subject of a main clause or of a verb of saying. */
export interface Centre {
  at: number;
  /** Empty for a person known only by an office no one in the text is titled with ("the chancellor"). */
  entityId: string;
  person: boolean;
  /** A newspaper, agency or broadcaster ("the paper said" points back to one). */
  outlet: boolean;
}

const NAMED = new Set(['Person', 'Organization', 'State']);

/** Whether a mention names a news outlet. */
export const isOutlet = (m: RawMention) => m.cls.type === 'Organization' && (m.cls.kind === 'news agency' || hasOutletName(m.text));

// The subject words of a sentence that set its centre: the root's subject, and the subject of a
// verb of saying or believing in a main clause ("..., Mr Kerr said"), outside quotes (a quoted "President Bush is
// there" is the speaker's words, not the narrative's subject).
function subjectTokens(s: Sentence, quoted: (k: number) => boolean): number[] {
  const out: number[] = [];
  s.syntax.forEach((w, k) => {
    if (!w.deprel.startsWith('nsubj') || quoted(k) || w.head < 0) return;
    const v = s.syntax[w.head];
    // a verb of saying in a main clause ("..., Mr Kerr said"), not in a subordinate one ("when Mr Blunkett argued for them")
    const main = ['parataxis', 'conj'].includes(v.deprel);
    if (v.head < 0 || (main && (speechVerbLemma(s.tokens[w.head].text) || isCognitionLemma(v.lemma)))) out.push(k);
  });
  return out;
}

/**
 * Centres in text order. A pronoun or a description is no centre of its own: "he said" keeps
 * talking about whoever was named last as a subject, which a statement's speaker needs and which
 * recency of mention (the coreference default) gets wrong after an object or a quoted name.
 */
export function speakerCentres(doc: Doc, quotes: QuoteSegment[], claims: RoleClaim[] = []): Centre[] {
  const byStart = new Map<number, RawMention[]>();
  for (const m of doc.mentions) {
    if (!NAMED.has(m.cls.type) || !m.entityId) continue;
    const list = byStart.get(m.sentence) ?? [];
    list.push(m);
    byStart.set(m.sentence, list);
  }
  const out: Centre[] = [];
  for (const s of doc.sentences) {
    const mine = quotes.filter((q) => q.content.start < s.end && s.start < q.content.end);
    const quoted = (k: number) => mine.some((q) => inside(s.tokens[k], q.content));
    const names = byStart.get(s.index) ?? [];
    const roles = doc.mentions.filter((x) => x.sentence === s.index && x.cls.type === 'RoleDescription');
    for (const k of subjectTokens(s, quoted)) {
      // "The head of the authority, Murilo Habbema, was quoted", "Trade Minister Alan Grey said":
      // the name in apposition or in the title's flat phrase, a person first
      const words = [k, ...s.syntax.flatMap((w, c) => (w.head === k && ['appos', 'flat', 'compound'].includes(w.deprel) ? [c] : []))];
      // a demonym modifying the subject ("Russian officials") is no centre: the officials are
      const found = words
        .map((w) => names.find((x) => x.start <= s.tokens[w].start && s.tokens[w].end <= x.end && !(x.cls.type === 'State' && x.cls.form === 'demonym')))
        .filter((x) => x !== undefined);
      const m = found.find((x) => x.cls.type === 'Person') ?? found[0];
      if (m) out.push({ at: m.start, entityId: m.entityId!, person: m.cls.type === 'Person', outlet: isOutlet(m) });
      else {
        // "the chancellor", "the prime minister" as subject: the person titled so, or someone unknown
        const role = roles.find((x) => x.start <= s.tokens[k].start && s.tokens[k].end <= x.end);
        const holder = role && roleSpeaker(doc, role, claims);
        if (role) out.push({ at: role.start, entityId: holder?.startsWith('person:') ? holder : '', person: true, outlet: false });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The latest centre before `at` that `fits`, no further back than `window` characters. */
export function centreBefore(centres: Centre[], at: number, fits: (c: Centre) => boolean, window = 1500): Centre | undefined {
  for (let i = centres.length - 1; i >= 0; i--) {
    const c = centres[i];
    if (c.at >= at) continue;
    if (at - c.at > window) return undefined;
    if (fits(c)) return c;
  }
  return undefined;
}
