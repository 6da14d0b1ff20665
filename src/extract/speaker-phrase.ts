import type { Span } from '../model/index.js';
import type { Doc, RawMention, Sentence } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import { PREPOSITIONS, SENTENCE_OPENERS, WEEKDAYS } from './lexicon/function-words.js';
import { FUNCTION_ENDINGS, MOUTHPIECES, NOT_SPEAKER_OPENERS, PHRASE_STOPS, SAYING_FORMS, SPEAKER_CUE_GAP, SPEAKER_DETERMINERS, SPEAKER_POSTMODIFIERS } from './lexicon/speaker-phrase-words.js';
import { speechVerbLemma } from './lexicon/speech-verbs.js';
import { endsWith, oneOf, opensWith } from './lexicon/word-pattern.js';

/** Who a cue attributes speech to: the words naming them and the mention behind those words. */
export interface SpeakerPhrase {
  span: Span;
  mention?: RawMention;
}

const isGap = oneOf(SPEAKER_CUE_GAP);
const isStop = oneOf(PHRASE_STOPS);
const isFunctionEnd = oneOf(FUNCTION_ENDINGS);
const isDeterminer = oneOf(SPEAKER_DETERMINERS);
const isPostmodifier = oneOf(SPEAKER_POSTMODIFIERS);
const isOpener = oneOf(SENTENCE_OPENERS);
const isSaying = oneOf(SAYING_FORMS);
const isPreposition = oneOf(PREPOSITIONS);
const WEEKDAY_NAMES = new Set<string>(WEEKDAYS);
const PREPOSITIONAL = opensWith(NOT_SPEAKER_OPENERS);
const MOUTHPIECE = endsWith(MOUTHPIECES);
const SPEAKER_TYPES = new Set(['Person', 'Organization', 'State', 'RoleDescription', 'ActorDescription', 'Pronoun']);

// Mentions by sentence, built once per mention list: speaker look-ups run for every cue.
const bySentence = new WeakMap<RawMention[], Map<number, RawMention[]>>();
function mentionsIn(doc: Doc, s: Sentence): RawMention[] {
  let index = bySentence.get(doc.mentions);
  if (!index) {
    index = new Map();
    for (const m of doc.mentions) {
      if (!SPEAKER_TYPES.has(m.cls.type)) continue;
      const list = index.get(m.sentence) ?? [];
      list.push(m);
      index.set(m.sentence, list);
    }
    bySentence.set(doc.mentions, index);
  }
  return index.get(s.index) ?? [];
}

// Whether an offset lies inside double quotes that open in the same sentence.
const inQuote = (doc: Doc, s: Sentence, at: number) => (doc.text.slice(s.start, at).match(/["“”]/g)?.length ?? 0) % 2 === 1;

function speakerMentionEndingAt(doc: Doc, s: Sentence, end: number): RawMention | undefined {
  // The longest mention that ends here wins ("the Belarusian leader" over "Belarusian").
  return mentionsIn(doc, s)
    .filter((m) => m.end === end)
    .sort((a, b) => a.start - b.start)[0];
}

function withTitle(claims: RoleClaim[], m: RawMention): number {
  const c = claims.find((x) => x.holder === m && x.evidence.end === m.end);
  return c ? c.evidence.start : m.start;
}

// An unnamed speaker ("a State Department spokesman", "Belarusian officials"): the words back to
// a determiner, stopping at clause boundaries; it speaks for the actor named inside it, if any.
function nounPhraseEndingAt(doc: Doc, s: Sentence, k: number): SpeakerPhrase | undefined {
  // a phrase that ends on a function word is no noun phrase ("right to", "Donald Trump in")
  if (k < 0 || isFunctionEnd(s.tokens[k].text)) return undefined;
  let i = k;
  let n = 0;
  while (i >= 0 && n < 6 && !isStop(s.tokens[i].text)) {
    n++;
    if (isDeterminer(s.tokens[i].text)) break;
    i--;
  }
  // "two officials familiar with the talks": a prepositional phrase after the head noun
  if (i > 1 && isDeterminer(s.tokens[i]?.text) && isPostmodifier(s.tokens[i - 1].text)) {
    let h = i - 2;
    let m = 0;
    while (h >= 0 && m < 5 && !isStop(s.tokens[h].text) && !isDeterminer(s.tokens[h].text)) {
      h--;
      m++;
    }
    if (h >= 0 && isDeterminer(s.tokens[h].text)) i = h;
    else if (h < 0 || isStop(s.tokens[h].text)) i = h + 1;
  }
  if (i < 0 || isStop(s.tokens[i]?.text ?? ',')) i++;
  if (i > k) return undefined;
  // a finite verb inside means the words are a clause's tail ("attacked UK policy on immigration"), no speaker
  // ("..., says Tory leader X": the inverted cue that opens the phrase is no such verb)
  const from = speechVerbLemma(s.tokens[i].text) ? i + 1 : i;
  if (s.syntax.length === s.tokens.length && s.syntax.slice(from, k + 1).some((w) => /^VB[DZP]$/.test(w.xpos) && w.upos === 'VERB')) return undefined;
  const span = { start: s.tokens[i].start, end: s.tokens[k].end };
  const words = doc.text.slice(span.start, span.end);
  // a speaker is not a prepositional phrase ("in his opening") or a negated verb ("n't come out")
  if (PREPOSITIONAL.test(words) || /n['’]t\b/i.test(words)) return undefined;
  if (!/^[\p{L}\d\s.'’-]*\p{L}$/u.test(words)) return undefined;
  if (/^\p{Ll}+$/u.test(words) && !/s$/.test(words)) return undefined; // a lone common noun that is not a plural ("it")
  const inner = mentionsIn(doc, s).filter((m) => m.start >= span.start && m.end <= span.end && m.entityId);
  if (inner.length === 0 && /^(his|her)$/i.test(s.tokens[i].text) && MOUTHPIECE.test(words)) {
    // "his press service said": the person the possessive points back to speaks through it
    const owner = mentionsIn(doc, s).find((m) => m.end <= span.start && m.entityId?.startsWith('person:') && m.cls.type !== 'Pronoun');
    return { span, mention: owner };
  }
  return { span, mention: inner[inner.length - 1] };
}

function subjectBeforeCommas(doc: Doc, s: Sentence, j: number): RawMention | undefined {
  const toks = s.tokens;
  // the sentence may open with a conjunction or an adverb ("But Mr. Guerrero, ...", "Still, Tad Devine, ...")
  let i = 0;
  while (i < j && isOpener(toks[i].text)) i++;
  if (toks[i]?.text === ',') i++;
  const m = mentionsIn(doc, s).find((x) => x.start === toks[i]?.start && x.cls.type === 'Person');
  if (!m) return undefined;
  const after = toks.findIndex((t) => t.start >= m.end);
  if (toks[after]?.text !== ',' || after >= j) return undefined;
  // no other verb of saying between the name and the cue
  if (toks.slice(after, j).some((t) => isSaying(t.text))) return undefined;
  // the longest mention starting there (a name with its title) is the speaker
  return m;
}

/** The speaker named right before token `k` (the cue): skips adverbs and an apposition in commas. */
export function speakerBefore(doc: Doc, s: Sentence, k: number, claims: RoleClaim[]): SpeakerPhrase | undefined {
  let j = k - 1;
  while (j >= 0 && isGap(s.tokens[j].text)) j--;
  // "Rep. Jane Doe (D-Wis.) said": the party and state in brackets belong to the name.
  if (s.tokens[j]?.text === ')') {
    let open = j;
    while (open > 0 && s.tokens[open].text !== '(' && j - open < 8) open--;
    if (s.tokens[open].text === '(') j = open - 1;
  }
  // "on Tuesday", "in a statement" between speaker and verb
  if (j >= 1 && WEEKDAY_NAMES.has(s.tokens[j].text) && /^on$/i.test(s.tokens[j - 1].text)) j -= 2;
  if (j < 0) return undefined;
  if (s.tokens[j].text === ',') {
    // "Greg Raiff, chief executive of X, a consulting firm, said": a person who opens the sentence and is
    // followed by a comma is the speaker, however long the apposition.
    const first = subjectBeforeCommas(doc, s, j);
    if (first) return { span: { start: withTitle(claims, first), end: first.end }, mention: first };
    // "John Smith, deputy to ..., announced": the speaker is before the apposition
    let c = j - 1;
    while (c >= 0 && s.tokens[c].text !== ',') c--;
    if (c > 0) {
      const m = speakerMentionEndingAt(doc, s, s.tokens[c - 1].end);
      // "The EU's foreign policy chief, Josep Borrell, said", "The head of the Marine Authority,
      // Murilo Habbema, was quoted": a person's name filling the apposition is who speaks, unless
      // a person stands before it ("Ana Ruiz, Tom Hale, ...")
      const inner = speakerMentionEndingAt(doc, s, s.tokens[j - 1].end);
      const named = inner && inner.start === s.tokens[c + 1]?.start && inner.cls.type === 'Person';
      if (named && m?.cls.type !== 'Person') return { span: { start: inner.start, end: inner.end }, mention: inner };
      if (m && !inQuote(doc, s, m.start)) return { span: { start: withTitle(claims, m), end: m.end }, mention: m };
    }
    return undefined;
  }
  const m = speakerMentionEndingAt(doc, s, s.tokens[j].end);
  if (m) {
    // "the Xinhua news agency": a name followed by its description is still that name
    return { span: { start: withTitle(claims, m), end: m.end }, mention: m };
  }
  return nounPhraseEndingAt(doc, s, j);
}

/** The speaker named right after token `k` (inverted order: `said the minister`). */
export function speakerAfter(doc: Doc, s: Sentence, k: number): SpeakerPhrase | undefined {
  const next = s.tokens[k + 1];
  if (!next) return undefined;
  const starts = mentionsIn(doc, s).filter((m) => m.start >= next.start && m.start <= next.start + 4);
  const m = starts.sort((a, b) => b.end - a.end)[0];
  if (m?.cls.type === 'State') {
    const head = headAfterCountry(doc, s, k, m);
    if (head) return head;
  }
  if (m) return { span: { start: next.start, end: m.end }, mention: m };
  let e = k + 1;
  while (s.tokens[e + 1] && !isStop(s.tokens[e + 1].text) && e - k < 5) e++;
  return nounPhraseEndingAt(doc, s, e);
}

// "said Russian oil official Sergei Oganesyan", "according to Russian newspaper Vedomosti": a
// country word opening the phrase modifies it; the person or outlet at its end speaks. A name the
// model did not find leaves the speaker unknown rather than the country.
function headAfterCountry(doc: Doc, s: Sentence, k: number, country: RawMention): SpeakerPhrase | undefined {
  let e = s.tokens.findIndex((t) => t.start >= country.end);
  if (e < 0 || isStop(s.tokens[e].text) || /^['’]s$/.test(s.tokens[e].text)) return undefined;
  while (s.tokens[e + 1] && !isStop(s.tokens[e + 1].text) && e - k < 8) e++;
  const last = s.tokens[e];
  const span = { start: s.tokens[k + 1].start, end: last.end };
  const head = mentionsIn(doc, s).filter((x) => x.start >= country.end && x.end <= last.end && (x.cls.type === 'Person' || x.cls.type === 'Organization')).at(-1);
  if (head) return { span, mention: head };
  return s.syntax[e].xpos === 'NNP' ? { span } : undefined;
}

/**
 * The subject of the clause a participle cue hangs on ("Trump defended the tweets, saying ..."):
 * the first speaker mention of the sentence before the cue that is not the object of a preposition.
 */
export function speakerOfClause(doc: Doc, s: Sentence, k: number): SpeakerPhrase | undefined {
  const cueStart = s.tokens[k].start;
  for (const m of mentionsIn(doc, s)) {
    if (m.start >= cueStart) break;
    // a name inside the quote ('"We have a position on Nigeria," the sources said, adding') is the speaker's words
    if (inQuote(doc, s, m.start)) continue;
    const i = s.tokens.findIndex((t) => t.start >= m.start);
    const before = s.tokens[i - 1];
    const after = s.tokens.find((t) => t.start >= m.end);
    if ((before && isPreposition(before.text)) || /^['’]s$/.test(after?.text ?? '')) continue;
    if (m.cls.type === 'Location') continue;
    return { span: { start: m.start, end: m.end }, mention: m };
  }
  return undefined;
}

/**
 * "Clark pressed for action on acid rain but said he won no promises": a cue verb coordinated
 * with an earlier verb (conj) and no subject of its own shares that verb's subject, which the
 * words right before the cue ("acid rain") are not.
 */
export function sharedSubject(doc: Doc, s: Sentence, k: number): SpeakerPhrase | undefined {
  const w = s.syntax[k];
  if (!w || w.deprel !== 'conj' || w.head < 0 || w.head >= k) return undefined;
  if (s.syntax.some((x) => x.head === k && x.deprel.startsWith('nsubj'))) return undefined;
  if (!s.syntax.some((x, i) => x.head === k && x.deprel === 'cc' && i < k)) return undefined;
  const subject = s.syntax.findIndex((x) => x.head === w.head && x.deprel.startsWith('nsubj'));
  if (subject < 0) return undefined;
  const t = s.tokens[subject];
  const m = mentionsIn(doc, s).find((x) => x.start <= t.start && t.end <= x.end);
  return m && !inQuote(doc, s, m.start) ? { span: { start: m.start, end: m.end }, mention: m } : undefined;
}
