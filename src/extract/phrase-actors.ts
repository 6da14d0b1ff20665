import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { actorsBetween } from './actor-index.js';
import { GROUP_NOUNS } from './lexicon/group-nouns.js';
import { childrenOf } from './syntax/dep-labeller.js';

// Relations that stay inside one noun phrase: its name, title and modifiers, not its clauses,
// prepositional phrases or the next item of a list.
const NAME_PARTS = new Set(['flat', 'flat:name', 'appos']);
const MODIFIERS = new Set(['compound', 'amod', 'nmod:poss']);
const NMOD = new Set(['nmod']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const OF_FROM = new Set(['of', 'from']);

/** The parse of one sentence, with the outermost actor mentions of each token. */
export interface ParsedSentence {
  s: Sentence;
  kids: number[][];
  /** The outermost actor mention covering token i, if any. */
  actorAt: (i: number) => RawMention | undefined;
}

const parsed = new WeakMap<Sentence, ParsedSentence>();

/** Children lists and token-to-actor lookup of a sentence, computed once per sentence and mention list. */
export function parsedSentence(doc: Doc, s: Sentence): ParsedSentence {
  const cached = parsed.get(s);
  if (cached) return cached;
  const kids = childrenOf(Int32Array.from(s.syntax, (w) => w.head));
  const actors = actorsBetween(doc, s.start, s.end);
  const byToken = s.tokens.map((t) => actors.find((m) => m.start <= t.start && t.end <= m.end));
  const p = { s, kids, actorAt: (i: number) => byToken[i] };
  parsed.set(s, p);
  return p;
}

const deprel = (p: ParsedSentence, i: number) => p.s.syntax[i].deprel;

/**
 * The actors a noun phrase headed by token `head` names, read from the parse: "UK bank Barclays" is
 * Barclays (a state before a company or a person only says where they are from), "South Africa's
 * biggest bank, Absa" is Absa, "U.S. officials" and "the Japanese government" are the state,
 * "officials of the Soviet Union" the Soviet Union, and "X, Y and Z" all three.
 */
export function phraseActors(p: ParsedSentence, head: number): RawMention[] {
  const out: RawMention[] = [];
  const add = (m: RawMention | undefined) => m && !out.includes(m) && out.push(m);
  add(coreActor(p, head));
  for (const c of p.kids[head]) if (deprel(p, c) === 'conj') for (const m of phraseActors(p, c)) add(m);
  return out;
}

function coreActor(p: ParsedSentence, head: number): RawMention | undefined {
  const own = p.actorAt(head);
  const named = (rels: Set<string>) =>
    p.kids[head].filter((c) => rels.has(deprel(p, c))).map((c) => p.actorAt(c) ?? coreActor(p, c)).find((m) => m !== undefined && m !== own);
  const part = named(NAME_PARTS);
  // The head's own name wins unless it is only a state's word before a named company or person.
  if (own && !(own.cls.type === 'State' && part && part.cls.type !== 'State')) return own;
  if (part) return part;
  // Only people who act for a body take it from a modifier: "U.S. officials", "his EU counterparts",
  // "officials of the Soviet Union", "a delegation from Nigeria" (but "the Lisbon targets" are no actor).
  if (!GROUP_NOUNS.has(p.s.syntax[head].lemma.toLowerCase())) return undefined;
  const modifier = p.kids[head].filter((c) => MODIFIERS.has(deprel(p, c))).map((c) => p.actorAt(c)).find((m) => m !== undefined);
  if (modifier) return modifier;
  const of = markedDependents(p, head, NMOD, OF_FROM)[0];
  return of === undefined ? undefined : (p.actorAt(of) ?? coreActor(p, of));
}

/** Dependents of `head` with relation in `rels` whose case marker is one of `prepositions` ("with", "between"). */
export function markedDependents(p: ParsedSentence, head: number, rels: ReadonlySet<string>, prepositions: ReadonlySet<string>): number[] {
  return p.kids[head].filter((c) => rels.has(deprel(p, c).split(':')[0]) && p.kids[c].some((x) => deprel(p, x) === 'case' && prepositions.has(p.s.tokens[x].text.toLowerCase())));
}

/**
 * The named company or person a state's word stands before, if the parse makes it a modifier of
 * one ("UK bank Barclays", "South Africa's biggest retail bank Absa", "Russian billionaire X"):
 * that actor is the party, the state only says where it is from. A government body stays its state's.
 */
export function modifiedActor(p: ParsedSentence, m: RawMention): RawMention | undefined {
  if (m.cls.type !== 'State') return undefined;
  const inside = p.s.tokens.map((t, i) => i).filter((i) => p.actorAt(i) === m);
  const top = inside.find((i) => !inside.includes(p.s.syntax[i].head));
  if (top === undefined || !MODIFIERS.has(deprel(p, top))) return undefined;
  // The noun the state's word hangs on, or the name that noun leads to within its phrase (a few
  // hops up through nouns: long names of banks and firms are often parsed flat, or wrongly nested).
  let h = p.s.syntax[top].head;
  for (let hops = 0; h >= 0 && hops < 3; hops++, h = p.s.syntax[h].head) {
    const named = p.actorAt(h) ?? coreActor(p, h);
    if (named && named !== m) {
      // "Britain's Export Credits Guarantee Department" is a body of that state, which acts for it
      if (named.cls.type === 'State' || (named.cls.type === 'Organization' && named.cls.kind === 'government agency')) return undefined;
      return named;
    }
    if (!NOMINAL_TAGS.has(p.s.syntax[h].upos)) return undefined;
  }
  return undefined;
}
