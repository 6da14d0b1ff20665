import type { Statement } from '../model/index.js';
import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { sentenceAt } from './sentence-at.js';
import { GROUP_NOUNS } from './lexicon/group-nouns.js';
import { ABSENCE_VERBS, ADDRESSING_VERBS, ATTEND_VERBS, EXCLUDING_PHRASES, LEFT_OUT, NOT_PARTY_BEFORE, NOT_TAKING_PART } from './lexicon/negotiation-triggers.js';
import { alternation } from './lexicon/word-pattern.js';
import { parsedSentence, phraseActors } from './phrase-actors.js';
import { actorsBetween } from './actor-index.js';
import { ROLE_WORDS } from './lexicon/roles.js';

const actorMentions = actorsBetween;
const NEGATIONS = new Set(['not', "n't", 'never']);

// "the Paris, Amsterdam and Lisbon stock exchanges": a capital that modifies a common noun says
// where a thing is, it does not stand for its state as "Moscow said" does.
function isPlaceModifier(doc: Doc, m: RawMention): boolean {
  const s = sentenceAt(doc, m.start);
  let i = s ? s.tokens.findIndex((t) => t.start === m.start) : -1;
  if (!s || i < 0 || s.syntax.length !== s.tokens.length) return false;
  while (s.syntax[i].deprel === 'conj' && s.syntax[i].head >= 0) i = s.syntax[i].head;
  const head = s.syntax[i].head;
  return s.syntax[i].deprel === 'compound' && head >= 0 && s.syntax[head].upos === 'NOUN' && !GROUP_NOUNS.has(s.syntax[head].lemma.toLowerCase());
}

// "Japanese automakers" are not Japan; "the Japanese government" and "the Americans" are.
export function canBeParty(doc: Doc, m: RawMention): boolean {
  if (m.cls.type === 'State' && m.cls.form === 'capital') return !isPlaceModifier(doc, m);
  if (m.cls.type !== 'State' || m.cls.form !== 'demonym') return true;
  const s = sentenceAt(doc, m.start);
  const next = s?.tokens.findIndex((t) => t.start >= m.end) ?? -1;
  return s !== undefined && next >= 0 && GROUP_NOUNS.has(s.syntax[next].lemma.toLowerCase());
}

// "with X", "between X and Y", "with X, Y and Z": the list of actors right after the preposition.
export function listAfter(doc: Doc, from: number, to: number): RawMention[] {
  const out: RawMention[] = [];
  let at = from;
  for (const m of actorMentions(doc, from, to)) {
    const gap = doc.text.slice(at, m.start);
    const titled = out.length > 0 && m.cls.type === 'Person' && isTitle(gap);
    const fits = out.length === 0 ? /^\s*(the\s+|its\s+|their\s+|his\s+|her\s+)?([\w-]+\s+){0,2}$/i.test(gap) : titled || /^\s*(\([^)]*\)\s*)?(,|and|or|, and)\s+(the\s+)?([\w]+-[\w]+\s+)?$/i.test(gap);
    if (!fits) break;
    if (canBeParty(doc, m)) out.push(m);
    at = m.end;
  }
  return out;
}

// "South Korean President X": the words between a state and a person that make them one side.
function isTitle(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return gap.trim().length > 0 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()) || /^(of|the)$/.test(w));
}

export const PREPOSITION_BEFORE = new RegExp(`\\b(${alternation(NOT_PARTY_BEFORE)})\\s+(the\\s+)?$`, 'i');

// "talks without Russia"; "Israel, which is not a party to the talks"; "Britain was excluded"
const EXCLUDING_BEFORE = new RegExp(`\\b(${alternation(EXCLUDING_PHRASES)})\\s+(the\\s+)?$`, 'i');
const NOT_TAKING_PART_AFTER = new RegExp(`^(,?\\s+\\w+){0,2}\\s+(is|are|was|were|have been|has been)\\s+not\\s+(${alternation(NOT_TAKING_PART)})`, 'i');
const LEFT_OUT_AFTER = new RegExp(`^(\\s+\\w+){0,2}\\s+(was|were|has been|have been|is|are)\\s+(${alternation(LEFT_OUT)})`, 'i');
const ADDRESSING = new RegExp(`\\b(${alternation(ADDRESSING_VERBS)})\\s+`, 'i');

const excludedCache = new WeakMap<Sentence, Set<string>>();

export function excludedIn(doc: Doc, s: Sentence): Set<string> {
  const cached = excludedCache.get(s);
  if (cached) return new Set(cached);
  const out = new Set<string>();
  excludedCache.set(s, out);
  const text = doc.text;
  for (const m of actorMentions(doc, s.start, s.end)) {
    const before = text.slice(Math.max(s.start, m.start - 24), m.start);
    const after = text.slice(m.end, Math.min(s.end, m.end + 60));
    if (EXCLUDING_BEFORE.test(before)) out.add(m.entityId!);
    else if (NOT_TAKING_PART_AFTER.test(after)) out.add(m.entityId!);
    else if (LEFT_OUT_AFTER.test(after)) out.add(m.entityId!);
  }
  for (const m of absentees(doc, s)) out.add(m.entityId!);
  return new Set(out);
}

// The addressee of a quote: "I warned the Americans ...: ... with you" makes "you" the Americans.
export function addresseeOf(doc: Doc, st: Statement | undefined): string | undefined {
  if (!st) return undefined;
  const m = ADDRESSING.exec(st.text);
  if (!m) return undefined;
  const at = st.start + m.index + m[0].length;
  return actorMentions(doc, at, at + 30).find((x) => x.start - at <= 4)?.entityId;
}

// "senior French Treasury officials" act for France: a government body named with its state's
// adjective is that state's side.
export function stateBefore(doc: Doc, m: RawMention): string | undefined {
  if (m.cls.type !== 'Organization' || m.cls.kind !== 'government agency') return undefined;
  const before = doc.mentions.find((x) => x.cls.type === 'State' && x.end <= m.start && m.start - x.end <= 1 && x.entityId?.startsWith('state:'));
  return before?.entityId;
}

// "Russia will not attend", "Poland boycotted the summit": the subject of a verb of staying away.
function absentees(doc: Doc, s: Sentence): RawMention[] {
  const p = parsedSentence(doc, s);
  const out: RawMention[] = [];
  s.syntax.forEach((w, v) => {
    if (w.upos !== 'VERB') return;
    const lemma = w.lemma.toLowerCase();
    const negated = p.kids[v].some((c) => s.syntax[c].deprel === 'advmod' && NEGATIONS.has(s.tokens[c].text.toLowerCase()));
    if (!(ABSENCE_VERBS.has(lemma) || (ATTEND_VERBS.has(lemma) && negated))) return;
    const subj = p.kids[v].find((c) => s.syntax[c].deprel === 'nsubj');
    if (subj !== undefined) out.push(...phraseActors(p, subj));
  });
  return out;
}
