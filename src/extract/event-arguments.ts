import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { actorsBetween } from './actor-index.js';
import { countryForm } from './lexicon/countries.js';
import { subtreeRange } from './syntax/subtree-range.js';

const NAMED = new Set(['Person', 'State', 'Organization']);
const REPORTED_PRONOUNS = new Set(['it', 'they', 'we']);
// Parts of a noun phrase that name something else than the phrase itself.
const OUTSIDE_PHRASE = new Set(['conj', 'cc', 'acl', 'acl:relcl', 'advcl', 'punct', 'nmod', 'obl', 'parataxis', 'ccomp', 'xcomp', 'dep']);

/** Mentions without repeats of one entity, in order. */
export function uniqueActors(ms: (RawMention | undefined)[]): RawMention[] {
  return ms.filter((m, i): m is RawMention => !!m && ms.findIndex((x) => x?.entityId === m.entityId) === i);
}

/** A sentence's parse as child lists, with the small reads the event pass needs. */
const NOMINAL_UPOS = new Set(['PROPN', 'NOUN']);

export class Clause {
  readonly kids: number[][];
  constructor(
    readonly doc: Doc,
    readonly s: Sentence,
  ) {
    this.kids = s.syntax.map(() => []);
    s.syntax.forEach((w, i) => w.head >= 0 && this.kids[w.head].push(i));
  }

  rel(i: number): string {
    return this.s.syntax[i].deprel;
  }

  lemma(i: number): string {
    return this.s.syntax[i].lemma.toLowerCase();
  }

  /** Children of `i` whose relation is one of `rels` (a bare "nmod" also takes "nmod:..." subtypes when `loose`). */
  children(i: number, ...rels: string[]): number[] {
    return this.kids[i].filter((c) => rels.includes(this.rel(c)));
  }

  /** The preposition (case child) of a nominal, lower case, "" when none. */
  caseOf(i: number): string {
    const c = this.kids[i].find((k) => this.rel(k) === 'case' || this.rel(k) === 'mark');
    return c === undefined ? '' : this.s.tokens[c].text.toLowerCase();
  }

  /** Obliques and nominal modifiers of `i` introduced by one of `cases`. */
  marked(i: number, cases: readonly string[]): number[] {
    return this.kids[i].filter((c) => /^(obl|nmod)(:|$)/.test(this.rel(c)) && this.rel(c) !== 'nmod:poss' && cases.includes(this.caseOf(c)));
  }

  /** `i` and the words conjoined to it ("X and Y", "X, Y and Z"). */
  withConjuncts(i: number): number[] {
    const out = [i];
    // "visiting Tanzania, Mozambique and Kenya": a name the parser conjoined to the verb (a verb and
    // a name are never conjuncts) is the next item of its object's list
    const h = this.s.syntax[i].head;
    if (this.rel(i) === 'obj' && h >= 0 && this.s.syntax[h].upos === 'VERB')
      for (const c of this.children(h, 'conj')) if (c > i && NOMINAL_UPOS.has(this.s.syntax[c].upos)) out.push(c);
    for (let k = 0; k < out.length; k++) for (const c of this.children(out[k], 'conj')) if (!out.includes(c)) out.push(c);
    return out;
  }

  private phraseRange(i: number): [number, number] {
    return subtreeRange(this.kids, i, (c) => !OUTSIDE_PHRASE.has(this.rel(c)));
  }

  /**
   * The actor a nominal names: a name covering its head word, else a name inside its own phrase
   * ("Secretary of State George Shultz" headed by "Secretary"), else the description or resolved
   * pronoun covering the head ("the ministry", "she"). Relative clauses and attached phrases are
   * left out: "the release of X" does not name X as the releaser.
   */
  actorOf(i: number, depth = 0): RawMention | undefined {
    const own = this.ownActorOf(i);
    if (own || depth >= 2) return own;
    // a quantity or part names the actor in its "of" phrase: "a range of Japanese goods", "a
    // delegation of European firms" ("a reception in France" names no one)
    for (const k of this.kids[i]) {
      if (!/^nmod(:|$)/.test(this.rel(k)) || this.caseOf(k) !== 'of') continue;
      const m = this.actorOf(k, depth + 1);
      // "the grave of Theodor Herzl" is no person's
      if (m && m.cls.type !== 'Person' && m.cls.type !== 'Pronoun') return m;
    }
    return undefined;
  }

  private ownActorOf(i: number): RawMention | undefined {
    const [lo, hi] = this.phraseRange(i);
    const from = this.s.tokens[lo].start;
    const to = this.s.tokens[hi].end;
    const head = this.s.tokens[i];
    const pronoun = this.doc.mentions.find((m) => m.cls.type === 'Pronoun' && m.entityId && m.start <= head.start && head.end <= m.end);
    if (pronoun) return pronoun;
    const inside = actorsBetween(this.doc, from, to);
    const covers = (m: RawMention) => m.start <= head.start && head.end <= m.end;
    // the name comes last in an English noun phrase: "US bank Wells Fargo", "Japanese rival Nissan"
    const named = inside.filter((m) => NAMED.has(m.cls.type));
    return inside.find((m) => covers(m) && NAMED.has(m.cls.type)) ?? named.at(-1) ?? inside.find(covers) ?? inside[0];
  }

  /** Every actor named inside a nominal's own phrase ("Briton James Cole": Britain and the person). */
  allActorsOf(i: number): RawMention[] {
    const [lo, hi] = this.phraseRange(i);
    return actorsBetween(this.doc, this.s.tokens[lo].start, this.s.tokens[hi].end);
  }

  /**
   * The state whose capital a place names ("a trip to Moscow", "arrived in New Delhi"), when that
   * state is an actor of the article: a visit to a capital is a visit to its state.
   */
  capitalStateOf(i: number): RawMention | undefined {
    const head = this.s.tokens[i];
    const place = this.doc.mentions.find((m) => (m.cls.type === 'Location' || m.entityId?.startsWith('loc:')) && m.start <= head.start && head.end <= m.end);
    const form = place && countryForm(place.text);
    if (!place || form?.kind !== 'capital') return undefined;
    const entityId = `state:${form.iso3}`;
    if (!this.doc.mentions.some((m) => m.entityId === entityId)) return undefined;
    return { ...place, entityId, cls: { type: 'State', iso3: form.iso3, form: 'capital' } };
  }

  /** The actors named by a nominal and its conjuncts. */
  actorsOf(i: number): RawMention[] {
    const out: RawMention[] = [];
    for (const j of this.withConjuncts(i)) {
      const m = this.actorOf(j);
      if (m && !out.includes(m)) out.push(m);
    }
    return out;
  }

  /** The subject of `v`, climbing through conjoined, participial and controlled verbs ("agreed to sign", "X arrived and met"). */
  subjectOf(v: number): number {
    for (let at = v, hops = 0; at >= 0 && hops < 4; at = this.s.syntax[at].head, hops++) {
      // a passive subject without a passive auxiliary is the parser's slip ("Barclays had held talks")
      const slip = this.children(at, 'aux:pass').length === 0 ? this.children(at, 'nsubj:pass') : [];
      const subj = [...this.children(at, 'nsubj', 'nsubj:outer'), ...slip];
      if (subj.length) return subj[0];
      if (!['conj', 'xcomp', 'advcl', 'acl'].includes(this.rel(at))) break;
    }
    return -1;
  }

  /** The actors of every subject of `v` ("X and Y signed", which the parser may give as two subjects). */
  subjectActors(v: number): RawMention[] {
    const first = this.subjectOf(v);
    if (first < 0) return [];
    const out: RawMention[] = [];
    const verb = this.s.syntax[first].head;
    // "Foote Mineral said it signed ...", "the ministers said they had met ...": an unresolved
    // pronoun subject of a reported clause is the reporter
    if (this.s.syntax[first].upos === 'PRON' && REPORTED_PRONOUNS.has(this.lemma(first)) && !this.actorOf(first) && this.rel(verb) === 'ccomp') {
      const speaker = this.s.syntax[verb].head;
      if (speaker >= 0) return this.subjectActors(speaker);
    }
    for (const subj of this.children(verb, 'nsubj', 'nsubj:outer', this.rel(first)))
      for (const m of this.actorsOf(subj)) if (!out.some((x) => x.entityId === m.entityId)) out.push(m);
    return out;
  }

  /** Whether the subject of `v` is "it", "they" or "we" left unresolved: the speaker reporting it may stand in. */
  hasUnresolvedPronounSubject(v: number): boolean {
    const subj = this.subjectOf(v);
    return subj >= 0 && this.s.syntax[subj].upos === 'PRON' && REPORTED_PRONOUNS.has(this.lemma(subj)) && !this.actorOf(subj);
  }

  /** Whether `v` is passive ("was signed", "the two will be freed"). */
  isPassive(v: number): boolean {
    return this.children(v, 'aux:pass').length > 0 || (this.s.syntax[v].xpos === 'VBN' && this.rel(v) === 'acl');
  }
}
