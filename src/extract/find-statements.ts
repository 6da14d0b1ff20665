import type { Span, Statement } from '../model/index.js';
import type { Doc, RawMention, Sentence } from './doc.js';
import type { RoleClaim } from './find-titles.js';
import type { QuoteSegment } from './find-quotes.js';
import { quoteWords } from './find-quotes.js';
import { speechVerbLemma, WEAK_CUES } from './lexicon/speech-verbs.js';
import { speakerAfter, speakerBefore, type SpeakerPhrase } from './speaker-phrase.js';

interface Cue {
  k: number; // token index in the sentence
  lemma: string;
  span: Span;
}

interface Draft {
  speaker?: SpeakerPhrase;
  cue?: Cue;
  kind: Statement['kind'];
  content: Span;
  quotes: QuoteSegment[];
  origin: string;
  confidence: number;
}

const inside = (span: Span, q: Span) => q.start <= span.start && span.end <= q.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function cuesOf(doc: Doc, s: Sentence, quotes: QuoteSegment[]): Cue[] {
  const out: Cue[] = [];
  s.tokens.forEach((t, k) => {
    if (quotes.some((q) => inside(t, q.content))) return;
    const lower = t.text.toLowerCase();
    if (lower === 'according' && s.tokens[k + 1]?.text.toLowerCase() === 'to') {
      out.push({ k, lemma: 'according to', span: { start: t.start, end: s.tokens[k + 1].end } });
      return;
    }
    if (lower === 'point' || lower === 'pointed' || lower === 'points') {
      if (s.tokens[k + 1]?.text.toLowerCase() === 'out') out.push({ k, lemma: 'point out', span: { start: t.start, end: s.tokens[k + 1].end } });
      return;
    }
    const lemma = speechVerbLemma(t.text);
    // A capitalized cue word that is not sentence-initial is part of a name ("Tell", "Says").
    if (lemma && (k === 0 || /^\p{Ll}/u.test(t.text))) out.push({ k, lemma, span: { start: t.start, end: t.end } });
  });
  return out;
}

function trimContent(doc: Doc, start: number, end: number): Span {
  const t = doc.text;
  while (start < end && /[\s,:;—–-]/.test(t[start])) start++;
  while (end > start && /[\s.,;:!?"”’'»)\]]/.test(t[end - 1]) && !(t[end - 1] === ']' && t.lastIndexOf('[', end) > start)) end--;
  return { start, end };
}

const words = (doc: Doc, s: Span) => doc.text.slice(s.start, s.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

// Tokens that may stand between a post-posed cue and the end of the sentence: "..., he said on
// Tuesday.", "..., the ministry said in a statement."
function onlyTrailer(s: Sentence, from: number): boolean {
  const rest = s.tokens.slice(from).map((t) => t.text);
  const text = rest.join(' ');
  return rest.length <= 12 && !/[,;]/.test(text.replace(/,\s*(adding|noting|citing)\b.*$/, '')) && !/\bthat\b/.test(text);
}

/** Where the reported content ends: before a trailing attribution such as ", the agency reported". */
function contentEnd(doc: Doc, s: Sentence, fromTok: number, cues: Cue[]): number {
  for (const c of cues) {
    if (c.k <= fromTok) continue;
    const comma = s.tokens.slice(fromTok, c.k).map((t) => t.text).lastIndexOf(',');
    if (comma >= 0 && onlyTrailer(s, c.k + 1)) return s.tokens[fromTok + comma].start;
  }
  return s.end;
}

function reported(doc: Doc, s: Sentence, cue: Cue, cues: Cue[], claims: RoleClaim[], quotes: QuoteSegment[]): Draft | undefined {
  const toks = s.tokens;
  let k = cue.k + (cue.lemma === 'according to' || cue.lemma === 'point out' ? 2 : 1);
  if (cue.lemma === 'according to') {
    // "According to X, CONTENT." or "CONTENT, according to X."
    const commaAfter = toks.findIndex((t, i) => i >= k && t.text === ',');
    const speaker = speakerAfter(doc, s, cue.k + 1);
    if (cue.k === 0 && commaAfter > 0) {
      const content = trimContent(doc, toks[commaAfter].end, s.end);
      return words(doc, content) >= 3 ? { speaker, cue, kind: 'indirect', content, quotes: [], origin: 'rule:according-to', confidence: 0.8 } : undefined;
    }
    const content = trimContent(doc, s.start, cue.span.start);
    return cue.k > 2 ? { speaker, cue, kind: 'indirect', content, quotes: [], origin: 'rule:according-to', confidence: 0.75 } : undefined;
  }
  // Post-posed: "CONTENT, X said." / "CONTENT, said X."
  if (onlyTrailer(s, cue.k + 1)) {
    const before = toks.slice(0, cue.k).map((t) => t.text);
    const comma = before.lastIndexOf(',');
    if (comma > 2) {
      const speaker = comma === cue.k - 1 ? speakerAfter(doc, s, cue.k) : speakerBefore(doc, s, cue.k, claims);
      const content = trimContent(doc, s.start, toks[comma].start);
      if (speaker && words(doc, content) >= 3 && !quotes.some((q) => overlaps(q.content, content) && quoteWords(doc.text, q) >= words(doc, content) - 2)) {
        return { speaker, cue, kind: 'indirect', content, quotes: [], origin: 'rule:reported-postposed', confidence: 0.75 };
      }
    }
  }
  // Preposed: "X said (on Tuesday) (that) CONTENT", "X told reporters (that) CONTENT".
  const speaker = speakerBefore(doc, s, cue.k, claims);
  if (!speaker) return undefined;
  let that = -1;
  for (let i = k; i < Math.min(toks.length, k + 8); i++) {
    if (toks[i].text.toLowerCase() === 'that') {
      that = i;
      break;
    }
    if (speechVerbLemma(toks[i].text) || toks[i].text === '.') break;
  }
  if (that >= 0) k = that + 1;
  else if (toks[k]?.text === ':') k += 1;
  else if (WEAK_CUES.has(cue.lemma)) return undefined;
  else if (cue.lemma === 'tell') {
    const obj = doc.mentions.find((m) => m.sentence === s.index && m.start === toks[k]?.start);
    k = obj ? toks.findIndex((t) => t.start >= obj.end) : k + 1;
    if (k < 0) return undefined;
  } else if (toks[k] && /^(to|for|with|about|of|in|on|at|by|it|so|no|yes|this|nothing|something|a|an)$/i.test(toks[k].text)) return undefined;
  if (!toks[k]) return undefined;
  const end = contentEnd(doc, s, k, cues);
  const content = trimContent(doc, toks[k].start, end);
  if (words(doc, content) < 3) return undefined;
  const within = quotes.filter((q) => overlaps(q.content, content));
  return { speaker, cue, kind: within.length ? 'mixed' : 'indirect', content, quotes: within, origin: that >= 0 ? 'rule:reported-that' : 'rule:reported', confidence: that >= 0 ? 0.85 : 0.7 };
}

// The attribution of a direct quote: a cue right after its closing mark (`," he said`, `," said X`)
// or right before its opening mark (`X said: "`).
function attributeQuote(doc: Doc, q: QuoteSegment, cues: Map<number, Cue[]>, claims: RoleClaim[]): Draft | undefined {
  const after = doc.text.slice(q.close + 1, q.close + 120);
  for (const [si, list] of cues) {
    const s = doc.sentences[si];
    for (const cue of list) {
      if (cue.span.start > q.close && cue.span.start - q.close < 100) {
        const between = doc.text.slice(q.close + 1, cue.span.start);
        if (!/^[\s,—–-]*$/.test(between) && !/^[\s,—–-]+\S/.test(between)) continue;
        const speaker = /^[\s,—–-]*$/.test(between) ? speakerAfter(doc, s, cue.k) : speakerBefore(doc, s, cue.k, claims);
        if (speaker && speaker.span.start >= q.close && !/[.!?]/.test(doc.text.slice(q.close + 1, speaker.span.start))) {
          return { speaker, cue, kind: 'direct', content: q.content, quotes: [q], origin: 'rule:quote-attribution-after', confidence: 0.9 };
        }
      }
      if (cue.span.end <= q.open && q.open - cue.span.end < 40) {
        const between = doc.text.slice(cue.span.end, q.open);
        if (!/^[\s,:]*$/.test(between) && !/^\s*(to|at|in)\s[^"“]{0,30}[,:]\s*$/.test(between)) continue;
        const speaker = speakerBefore(doc, s, cue.k, claims) ?? speakerAfter(doc, s, cue.k);
        if (speaker) return { speaker, cue, kind: 'direct', content: q.content, quotes: [q], origin: 'rule:quote-attribution-before', confidence: 0.9 };
      }
    }
  }
  void after;
  return undefined;
}

/** Finds direct quotes, split and multi-paragraph quotes, and reported speech, each with its speaker. */
export function findStatementDrafts(doc: Doc, quotes: QuoteSegment[], claims: RoleClaim[]): Draft[] {
  const cues = new Map<number, Cue[]>();
  for (const s of doc.sentences) cues.set(s.index, cuesOf(doc, s, quotes));
  const drafts: Draft[] = [];
  const used = new Set<QuoteSegment>();
  const usedCues = new Set<Cue>();
  // 1. direct quotes with their own attribution
  const nearby = (q: QuoteSegment) => new Map([...cues].filter(([si]) => doc.sentences[si].end >= q.open - 200 && doc.sentences[si].start <= q.close + 200));
  for (const q of quotes) {
    if (quoteWords(doc.text, q) < 2 && !q.continues) continue;
    const d = attributeQuote(doc, q, nearby(q), claims);
    if (d) {
      drafts.push(d);
      used.add(q);
      usedCues.add(d.cue!);
    }
  }
  // 2. reported speech around the remaining cues
  for (const s of doc.sentences) {
    const list = cues.get(s.index)!;
    for (const cue of list) {
      if (usedCues.has(cue)) continue;
      const d = reported(doc, s, cue, list, claims, quotes);
      if (!d || drafts.some((x) => overlaps(x.content, d.content))) continue;
      drafts.push(d);
      usedCues.add(cue);
      for (const q of d.quotes) used.add(q);
    }
  }
  // 3. quotes without an attribution of their own: the second half of a split quote, a paragraph
  // that continues a quote, or a whole-paragraph quote after a statement by someone named.
  for (const q of quotes) {
    if (used.has(q) || quoteWords(doc.text, q) < 4 || q.single) continue;
    if (drafts.some((d) => overlaps(d.content, q.content))) continue;
    const prev = drafts.filter((d) => d.content.end <= q.open && d.kind !== 'indirect').sort((a, b) => b.content.end - a.content.end)[0];
    const prevQuote = quotes.filter((x) => x.close < q.open).at(-1);
    const gap = prev ? doc.text.slice(prev.content.end, q.open) : '';
    const split = prev && prev.quotes.length > 0 && !/[\n]/.test(gap) && gap.length < 80;
    const continued = prevQuote?.continues && prev && prev.quotes.includes(prevQuote);
    const paragraphQuote = prev && /\n/.test(gap) && doc.text.slice(prev.content.end, q.open).split('\n').length <= 3 && /^\s*$/.test(doc.text.slice(doc.text.lastIndexOf('\n', q.open) + 1, q.open));
    if (prev && (split || continued || paragraphQuote)) {
      drafts.push({ speaker: prev.speaker, cue: prev.cue, kind: 'direct', content: q.content, quotes: [q], origin: split ? 'rule:split-quote' : 'rule:continued-quote', confidence: split ? 0.85 : 0.7 });
      used.add(q);
    }
  }
  // a paragraph that opened a multi-paragraph quote gets the speaker named at its end
  for (const q of quotes) {
    if (used.has(q) || !q.continues) continue;
    const next = drafts.find((d) => d.quotes.some((x) => x.open > q.open)) ;
    if (next) drafts.push({ speaker: next.speaker, cue: next.cue, kind: 'direct', content: q.content, quotes: [q], origin: 'rule:continued-quote', confidence: 0.7 });
  }
  return drafts.sort((a, b) => a.content.start - b.content.start);
}

/** Resolves a speaker phrase to an entity: pronouns prefer the speaker of the statement before. */
export function speakerEntity(doc: Doc, speaker: SpeakerPhrase | undefined, previous: { id: string | null; at: number } | undefined): string | null {
  const m: RawMention | undefined = speaker?.mention;
  if (!m) return null;
  if (m.cls.type === 'Pronoun') {
    if (m.cls.person === 'he' || m.cls.person === 'she') {
      if (previous?.id?.startsWith('person:') && m.start - previous.at < 1200) return previous.id;
      return m.entityId ?? null;
    }
    return previous?.id ?? m.entityId ?? null;
  }
  return m.entityId ?? null;
}
