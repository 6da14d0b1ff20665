import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { EXTRA_PARTNER_PREPOSITIONS } from './lexicon/negotiation-triggers.js';
import { markedDependents, parsedSentence, phraseActors, type ParsedSentence } from './phrase-actors.js';

const PARTNER = new Set(['with', 'between', 'among']);
const NOMINAL = new Set(['nmod', 'obl']);
// How a noun that names talks hangs on the verb that tells them: "held talks", "is in talks",
// "talks were held".
const TRIGGER_UNDER_VERB = new Set(['obj', 'obl', 'nsubj:pass', 'xcomp']);
const RELATIVE = new Set(['WDT', 'WP']);
// "bought X in a deal", "supplies X under an agreement": the deal is the verb's transaction, and its
// other side is the verb's object or the one it is bought from, sold to or done by.
const TRANSACTION_CASES = new Set(['in', 'under']);
const TRANSACTION_SIDES = new Set(['from', 'to', 'by', 'with']);
const PART_OF = new Set(['of', 'in']);

/** The parties of talks as the parse of their sentence gives them. */
export interface TalkArguments {
  /** Who holds the talks: the subject of the trigger or of the verb it hangs on ("X held talks"). */
  subject: RawMention[];
  /** Who they are held with: "with X", "between X and Y", on the trigger or on its verb. */
  counterparts: RawMention[];
}

// A pronoun subject resolved to an actor ("it is in talks with ...").
function pronounAt(doc: Doc, s: Sentence, i: number): RawMention | undefined {
  const t = s.tokens[i];
  return doc.mentions.find((m) => m.cls.type === 'Pronoun' && m.entityId && m.start === t.start && m.end === t.end);
}

function subjectOf(doc: Doc, p: ParsedSentence, v: number): RawMention[] {
  for (let at = v, hops = 0; at >= 0 && hops < 3; at = p.s.syntax[at].head, hops++) {
    // "France and Germany agreed": the parser may hang both conjuncts on the verb as subjects
    const subjects = p.kids[at].filter((c) => p.s.syntax[c].deprel === 'nsubj');
    if (subjects.length > 1) return subjects.flatMap((c) => phraseActors(p, c));
    const subj = subjects[0];
    if (subj !== undefined) {
      // "Euronext, which runs three exchanges, began talks": the relative pronoun's antecedent
      if (RELATIVE.has(p.s.syntax[subj].xpos) && p.s.syntax[at].deprel === 'acl:relcl') return phraseActors(p, p.s.syntax[at].head);
      const pronoun = pronounAt(doc, p.s, subj);
      return pronoun ? [pronoun] : phraseActors(p, subj);
    }
    if (!['conj', 'xcomp', 'advcl'].includes(p.s.syntax[at].deprel)) break;
  }
  return [];
}

// The actor an object names, or the owner of a part of it ("a 26% stake in Jagran", "37.5% of United
// Breweries"): a company or a state only.
function transactionActors(p: ParsedSentence, c: number): RawMention[] {
  const own = phraseActors(p, c);
  const parts = own.length ? own : markedDependents(p, c, NOMINAL, PART_OF).flatMap((x) => phraseActors(p, x));
  return parts.filter((m) => m.cls.type === 'Organization' || m.cls.type === 'State');
}

/** Reads who holds talks and with whom from the parse around trigger token `k`. */
export function talkArguments(doc: Doc, s: Sentence, k: number): TalkArguments {
  const p = parsedSentence(doc, s);
  const w = s.syntax[k];
  const partners = (h: number, prepositions: ReadonlySet<string> = PARTNER) => markedDependents(p, h, NOMINAL, prepositions).flatMap((c) => phraseActors(p, c));
  const counterparts = partners(k);
  const extra = EXTRA_PARTNER_PREPOSITIONS.get(s.tokens[k].text.toLowerCase());
  if (extra) counterparts.push(...partners(k, extra));
  let subject = subjectOf(doc, p, k);
  if (w.upos === 'NOUN' || w.upos === 'PROPN') {
    // "Ukraine's accession to the EU", "Iran's talks with ...": the owner holds the talks (a
    // capital there is only the venue: "Geneva's talks"). A name compounded with the trigger is
    // not taken: "the Tokyo Summit", "IMF meetings", "the Paris Accord" name talks, not a side.
    if (subject.length === 0) subject = p.kids[k].filter((c) => s.syntax[c].deprel === 'nmod:poss').flatMap((c) => phraseActors(p, c)).filter((m) => m.cls.type === 'Organization' || (m.cls.type === 'State' && m.cls.form !== 'capital'));
    const v = w.head;
    if (subject.length === 0 && v >= 0 && TRIGGER_UNDER_VERB.has(w.deprel)) {
      subject = subjectOf(doc, p, v);
      for (const m of partners(v)) if (!counterparts.includes(m)) counterparts.push(m);
      if (w.deprel === 'obl' && markedDependents(p, v, NOMINAL, TRANSACTION_CASES).includes(k)) {
        const objects = p.kids[v].filter((c) => s.syntax[c].deprel === 'obj');
        // "buy 10 aircraft from Airbus": the parser hangs the seller on the object as often as on the verb
        const sides = [v, ...objects].flatMap((h) => markedDependents(p, h, NOMINAL, TRANSACTION_SIDES));
        sides.push(...objects);
        for (const m of sides.flatMap((c) => transactionActors(p, c))) if (!counterparts.includes(m)) counterparts.push(m);
      }
    }
  } else if (w.lemma === 'meet') {
    // "X met Y": the one met is the object
    for (const c of p.kids[k]) if (s.syntax[c].deprel === 'obj') counterparts.push(...phraseActors(p, c));
  }
  return { subject: subject.filter((m) => !counterparts.includes(m)), counterparts };
}
