import type { RelationType, Span } from '../model/index.js';
import type { Doc, RawMention, Sentence } from './doc.js';
import { mentionsOfSentence } from './mention-index.js';
import { KIN_WORDS, ROLE_ADJECTIVES, ROLE_WORDS, STATE_OFFICE } from './lexicon/roles.js';

/** A role stated for a person: "UN special envoy Staffan de Mistura", "X, deputy to Y". */
export interface RoleClaim {
  holder: RawMention;
  role: string;
  relation: RelationType;
  /** The state, organization or person the role is of or to. */
  target?: RawMention;
  /** "presidential spokeswoman": the target is whoever holds this role for `target`'s state. */
  targetRole?: string;
  former: boolean;
  evidence: Span;
}

const ADJ = /^(former|new|current|outgoing|incoming|acting|then|late|top|senior|special|chief|deputy|foreign|vice|interim|longtime|veteran|first)$/i;

function relationFor(role: string): RelationType {
  if (role === 'deputy') return 'DEPUTY_TO';
  if (role === 'spokesperson') return 'SPOKESPERSON_OF';
  if (/envoy|ambassador/.test(role)) return 'ENVOY_OF';
  return 'HOLDS_ROLE';
}

// The longest role phrase that ends at token `end` (exclusive): "special envoy", "prime minister".
function roleEndingAt(s: Sentence, end: number): { role: string; start: number } | undefined {
  for (const n of [3, 2, 1]) {
    if (end - n < 0) continue;
    const phrase = s.tokens.slice(end - n, end).map((t) => t.text.toLowerCase()).join(' ');
    const role = ROLE_WORDS.get(phrase);
    if (role) return { role, start: end - n };
  }
  return undefined;
}

function mentionAtTokens(mentions: RawMention[], s: Sentence, from: number, to: number): RawMention | undefined {
  return mentions.find((m) => m.start === s.tokens[from].start && m.end === s.tokens[to - 1].end);
}

function tokenIndex(s: Sentence, offset: number): number {
  return s.tokens.findIndex((t) => t.start === offset);
}

// Titles before a name: "[Belarusian|US|OPEC] [former] [presidential] ROLE NAME".
function titleBefore(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const p = tokenIndex(s, person.start);
  if (p <= 0) return undefined;
  const r = roleEndingAt(s, p);
  if (!r) return undefined;
  let i = r.start;
  let target: RawMention | undefined;
  let targetRole: string | undefined;
  let former = false;
  let role = r.role;
  let relation = relationFor(r.role);
  while (i > 0) {
    const t = s.tokens[i - 1];
    const w = t.text.toLowerCase();
    const m = mentions.find((x) => x.end === t.end && x.cls.type !== 'Pronoun' && x.cls.type !== 'RoleDescription');
    // "Prime Minister Sheikh X": the office before an honorific is the role that counts
    const office = !target ? roleEndingAt(s, i) : undefined;
    if (office && office.start < i - 1 && STATE_OFFICE.has(office.role) && !STATE_OFFICE.has(role)) {
      role = office.role;
      relation = relationFor(office.role);
      i = office.start;
      continue;
    }
    if (m && (m.cls.type === 'State' || m.cls.type === 'Organization') && !target) {
      target = m;
      i = tokenIndex(s, m.start);
    } else if (w === "'s" && i >= 2) {
      i--;
    } else if (ROLE_ADJECTIVES.has(w)) {
      targetRole = ROLE_ADJECTIVES.get(w);
      i--;
    } else if (ADJ.test(w)) {
      if (w === 'former') former = true;
      if (w === 'deputy' && role !== 'deputy') role = `deputy ${role}`;
      i--;
    } else if (ROLE_WORDS.has(w) && !target) {
      i--;
    } else break;
  }
  const start = s.tokens[i].start;
  return { holder: person, role, relation, target, targetRole, former, evidence: { start, end: person.end } };
}

// Apposition after a name: "NAME, [the] [US] ROLE (of|to|for) X," and "NAME, the husband of X".
function appositionAfter(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const idx = s.tokens.findIndex((t) => t.start >= person.end);
  if (idx < 0 || s.tokens[idx].text !== ',') return undefined;
  // "X, and the French president, Y": a list, not an apposition
  if (/^(and|or|but|while|who|which)$/i.test(s.tokens[idx + 1]?.text ?? '')) return undefined;
  let close = s.tokens.findIndex((t, k) => k > idx && (t.text === ',' || t.text === ';' || t.text === '.'));
  if (close < 0) close = s.tokens.length;
  let i = idx + 1;
  if (s.tokens[i] && /^(the|a|an|his|her)$/i.test(s.tokens[i].text)) i++;
  let role: string | undefined;
  let relation: RelationType | undefined;
  let target: RawMention | undefined;
  let targetRole: string | undefined;
  let former = false;
  // Scan the apposition for its role word, then take the last name after "of/to/for" as its target.
  for (let k = i; k < close; k++) {
    const w = s.tokens[k].text.toLowerCase();
    if (w === 'former') former = true;
    if (!role && KIN_WORDS.has(w)) {
      role = w;
      relation = KIN_WORDS.get(w);
    }
    const r = !role ? roleEndingAt(s, k + 1) : undefined;
    if (r && !(k + 1 < close && ROLE_WORDS.has(`${w} ${s.tokens[k + 1].text.toLowerCase()}`))) {
      role = r.role;
      relation = relationFor(r.role);
    }
    if (role && /^(of|to|for)$/.test(w)) {
      const inner = mentions.filter((m) => m.start > s.tokens[k].start && m.end <= (s.tokens[close]?.start ?? s.end) && ['Person', 'State', 'Organization'].includes(m.cls.type));
      target = inner.find((m) => m.cls.type === 'Person') ?? inner[inner.length - 1];
      break;
    }
    if (role && !target) {
      const m = mentions.find((x) => x.start === s.tokens[k].start && (x.cls.type === 'State' || x.cls.type === 'Organization'));
      if (m && k < close) target = m;
    }
  }
  if (!role || !relation) return undefined;
  // "Japan's foreign minister" after a name: the state came before the role.
  const firstTok = mentionAtTokens(mentions, s, i, i + 1);
  if (!target && firstTok && firstTok.cls.type === 'State') target = firstTok;
  const end = s.tokens[close - 1]?.end ?? person.end;
  return { holder: person, role, relation, target, targetRole, former, evidence: { start: person.start, end } };
}

// A role given by a predicate: "X was named foreign minister in March", "X became prime minister",
// "X, who was elected president of Chile".
const PREDICATE = /^\s*(?:,\s*who\s+)?(?:was|has been|had been|is|will be)?\s*(?:named|appointed|elected|sworn in as|became|becomes|nominated as|installed as)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?/i;
function rolePredicate(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const m = PREDICATE.exec(doc.text.slice(person.end, Math.min(s.end, person.end + 60)));
  if (!m) return undefined;
  const from = person.end + m[0].length;
  const k = s.tokens.findIndex((t) => t.start >= from);
  if (k < 0) return undefined;
  // optional state or demonym before the role ("named Japan's foreign minister")
  let j = k;
  let target = mentions.find((x) => x.start === s.tokens[k].start && x.cls.type === 'State');
  if (target) {
    j = s.tokens.findIndex((t) => t.start >= target!.end);
    if (s.tokens[j]?.text === "'s") j++;
    if (j < 0 || j >= s.tokens.length) return undefined;
  }
  for (const n of [3, 2, 1]) {
    if (j + n > s.tokens.length) continue;
    const r = roleEndingAt(s, j + n);
    if (!r || r.start !== j) continue;
    const of = s.tokens[j + n]?.text === 'of' ? mentions.find((x) => x.start === s.tokens[j + n + 1]?.start && (x.cls.type === 'State' || x.cls.type === 'Organization')) : undefined;
    target = of ?? target;
    return { holder: person, role: r.role, relation: relationFor(r.role), target, former: false, evidence: { start: person.start, end: s.tokens[j + n - 1].end } };
  }
  return undefined;
}

// British style puts the title first, in commas: "the prime minister, Keir Starmer," and "the French
// president, Emmanuel Macron,".
function descriptionBefore(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const p = tokenIndex(s, person.start);
  if (p < 2 || s.tokens[p - 1].text !== ',') return undefined;
  const d = mentions.find((x) => x.cls.type === 'RoleDescription' && x.end === s.tokens[p - 2].end);
  if (!d || d.cls.type !== 'RoleDescription') return undefined;
  const state = d.cls.stateIso3 ? mentions.find((x) => x.cls.type === 'State' && x.cls.iso3 === (d.cls as { stateIso3?: string }).stateIso3 && x.start >= d.start && x.end <= d.end) : undefined;
  return { holder: person, role: d.cls.role, relation: relationFor(d.cls.role), target: state, former: /former/i.test(d.text), evidence: { start: d.start, end: person.end } };
}

/** Finds the roles stated for each person mention, from titles before and appositions after. */
export function findTitles(doc: Doc): RoleClaim[] {
  const claims: RoleClaim[] = [];
  for (const s of doc.sentences) {
    const here = mentionsOfSentence(doc, s.index);
    for (const person of here.filter((m) => m.cls.type === 'Person')) {
      const before = titleBefore(doc, s, person, here) ?? descriptionBefore(doc, s, person, here);
      if (before) claims.push(before);
      const after = appositionAfter(doc, s, person, here) ?? rolePredicate(doc, s, person, here);
      if (after) claims.push(after);
    }
  }
  return claims;
}
