import { isQuotingLemma, speechVerbLemma } from './lexicon/speech-verbs.js';
import type { Doc, Sentence } from '../model/doc.js';
import { sentenceAt } from './sentence-at.js';
import type { RoleClaim } from '../model/role-claim.js';
import type { QuoteSegment } from './find-quotes.js';
import { sharedSubject, speakerAfter, speakerBefore, speakerOfClause, type SpeakerPhrase } from './speaker-phrase.js';
import type { Cue, Draft } from './statement-draft.js';
import { BE_FORMS } from './lexicon/function-words.js';
import { CLAUSE_WORDS } from './lexicon/reported-speech-words.js';
import { anyWordOf, oneOf } from './lexicon/word-pattern.js';

const DASH = /^\s*(―|—|–|--)\s*/;
const CLAUSE_WORD = anyWordOf(CLAUSE_WORDS);
const isBe = oneOf(BE_FORMS);

// Words that may open a speaker phrase before the part our mentions cover: titles, articles,
// "a narrator in": few words, no clause, no sentence end (periods only after abbreviations).
function isSpeakerLead(gap: string): boolean {
  const words = gap.replace(/^[\s,—–-]+/, '').split(/\s+/).filter(Boolean);
  if (words.length > 6 || /["“”«»]/.test(gap) || CLAUSE_WORD.test(gap)) return false;
  return words.every((w) => !/[.!?]$/.test(w) || /^(\p{Lu}[\p{L}]{0,3}|\p{Lu}(\.\p{Lu})*)\.$/u.test(w));
}

// The sentences a quote's attribution can be in: the ones it touches and one on either side.
function sentencesNear(doc: Doc, q: QuoteSegment): Sentence[] {
  const first = sentenceAt(doc, q.open)?.index ?? sentenceAt(doc, q.open + 1)?.index;
  const last = sentenceAt(doc, Math.max(q.open, q.close - 1))?.index ?? first;
  if (first === undefined || last === undefined) return [];
  return doc.sentences.slice(Math.max(0, first - 1), last + 2);
}

/** Who speaks through a cue that stands before its content: `X said`, `X, 82, told me`, `..., saying`. */
export function speakerOfCue(doc: Doc, s: Sentence, cue: Cue, claims: RoleClaim[]): SpeakerPhrase | undefined {
  // "The statement quoted Chairman Robert Hale as saying ...": the one quoted speaks; in the
  // passive ("Nazer was quoted by the agency as saying") the subject does, not the agent
  if (/ing$/i.test(s.tokens[cue.k].text) && /^as$/i.test(s.tokens[cue.k - 1]?.text ?? '')) {
    const quoting = s.syntax.findIndex((w, i) => i < cue.k - 1 && isQuotingLemma(w.lemma) && (w.upos === 'VERB' || w.xpos === 'VBN'));
    const passive = quoting > 0 && s.syntax[quoting].xpos === 'VBN' && isBe(s.tokens[quoting - 1].text);
    const quoted = quoting < 0 ? undefined : passive ? speakerBefore(doc, s, quoting, claims) : quoting < cue.k - 2 ? speakerBefore(doc, s, cue.k - 1, claims) : undefined;
    if (quoted?.mention) return quoted;
  }
  // "He defended the remark, saying, ..." / "..., adding that ...": the subject of the clause, or
  // in "..., Mr. X said, adding that ..." the one who said; the words right before the comma are
  // the first clause's object ("derided the photo call, saying"), never the speaker
  const participle = s.tokens[cue.k - 1]?.text === ',' && /ing$/i.test(s.tokens[cue.k].text);
  const before = sharedSubject(doc, s, cue.k) ?? (participle ? undefined : speakerBefore(doc, s, cue.k, claims));
  if (before) return before;
  if (participle) {
    const prior = s.tokens[cue.k - 2];
    if (prior && speechVerbLemma(prior.text) && s.syntax[cue.k - 2]?.xpos.startsWith('VB')) {
      const said = speakerBefore(doc, s, cue.k - 2, claims) ?? speakerAfter(doc, s, cue.k - 2);
      if (said) return said;
    }
    return speakerOfClause(doc, s, cue.k);
  }
  return undefined;
}

// `"...," he said` / `"...," said the minister` / `"...," Mr. King, 82, told me`: a cue after the
// closing mark with only the speaker (or nothing) between, in the sentence the quote closes.
function cueAfter(doc: Doc, q: QuoteSegment, s: Sentence, cue: Cue, claims: RoleClaim[]): SpeakerPhrase | undefined {
  if (cue.span.start <= q.close || cue.span.start - q.close > 100) return undefined;
  // `?" Smith asked.` may be split after the mark, but a full stop there starts a new sentence.
  if (!/^\s*$/.test(doc.text.slice(q.close + 1, Math.max(q.close + 1, s.start)))) return undefined;
  if (s.paragraph !== sentenceAt(doc, q.close)?.paragraph) return undefined;
  // `"... Parliament." She said new mothers were ...`: a sentence of its own whose verb has its own
  // complement reports something else; the quote goes on from the speaker before it
  if (s.start > q.close && s.syntax.some((w, i) => i > cue.k && w.head === cue.k && w.deprel === 'ccomp')) return undefined;
  const between = doc.text.slice(q.close + 1, cue.span.start);
  if (/^[\s,—–-]*$/.test(between)) return speakerAfter(doc, s, cue.k);
  if (!/^[\s,—–-]+\S/.test(between)) return undefined;
  const speaker = speakerBefore(doc, s, cue.k, claims);
  // Only the speaker phrase may stand between the mark and the cue ("a narrator in the ad",
  // "Mr. King"), not another clause (`"Miss Piggy" as examples of Trump's comments`).
  if (!speaker || speaker.span.start < q.close) return undefined;
  const gap = doc.text.slice(q.close + 1, speaker.span.start);
  if (!isSpeakerLead(gap)) return undefined;
  return speaker;
}

// `X said: "..."`, `X told CBS, "..."`, `X says of Clinton, "..."`, `..., saying, "..."`: a cue
// before the opening mark, with at most a short complement ending in a comma or colon between.
function cueBefore(doc: Doc, q: QuoteSegment, s: Sentence, cue: Cue, claims: RoleClaim[]): SpeakerPhrase | undefined {
  if (cue.span.end > q.open || q.open - cue.span.end > 60) return undefined;
  const between = doc.text.slice(cue.span.end, q.open);
  // Only a colon lets the quote start a new paragraph ("He said:" above a block quote).
  const plain = /^[\s,:]*$/.test(between) && (!between.includes('\n') || between.includes(':'));
  const complement = /^\s[^.!?"“”«»\n]{1,50}[,:]\s*$/.test(between) && between.trim().split(/\s+/).length <= 6;
  if (!plain && !complement) return undefined;
  // "quoted X as saying, ...": the nearer cue attributes the quote
  if (complement && between.split(/[\s,:]+/).some((w) => speechVerbLemma(w))) return undefined;
  return speakerOfCue(doc, s, cue, claims) ?? speakerAfter(doc, s, cue.k);
}

// Pull quotes and reader panels: `"..." ― Jane Doe` closing a paragraph. The dash is the cue.
function dashAttribution(doc: Doc, q: QuoteSegment): Draft | undefined {
  const dash = DASH.exec(doc.text.slice(q.close + 1, q.close + 8));
  if (!dash) return undefined;
  const s = sentenceAt(doc, q.close + 1 + dash[0].length);
  const k = s?.tokens.findIndex((t) => t.start >= q.close + 1 && /^(―|—|–|--)$/.test(t.text)) ?? -1;
  if (!s || k < 0) return undefined;
  const speaker = speakerAfter(doc, s, k);
  // The name must close the paragraph, or this is a dash inside running prose.
  if (!speaker || !/^\p{Lu}/u.test(doc.text.slice(speaker.span.start, speaker.span.end))) return undefined;
  const lineEnd = doc.text.indexOf('\n', speaker.span.end);
  if (!/^[\s.]*$/.test(doc.text.slice(speaker.span.end, lineEnd < 0 ? undefined : lineEnd))) return undefined;
  const cue = { k, lemma: 'say', span: { start: s.tokens[k].start, end: s.tokens[k].end } };
  return { speaker, cue, kind: 'direct', content: q.content, quotes: [q], origin: 'rule:quote-dash', confidence: 0.8 };
}

/** The attribution of a direct quote: a cue right after it, right before it, or a closing dash and name. */
export function attributeQuote(doc: Doc, q: QuoteSegment, cues: Map<number, Cue[]>, claims: RoleClaim[]): Draft | undefined {
  const near = sentencesNear(doc, q);
  // `Jones said “...”`: a cue right before the opening mark, in its sentence, is the quote's own,
  // whatever cue follows its close (`“...!” Adelson told Reuters` belongs to the next quote).
  const opening = sentenceAt(doc, q.open) ?? sentenceAt(doc, q.open + 1);
  for (const cue of (opening && cues.get(opening.index)) || []) {
    if (cue.span.end > q.open || !/^[ \t,:]*$/.test(doc.text.slice(cue.span.end, q.open))) continue;
    const speaker = cueBefore(doc, q, opening!, cue, claims);
    if (speaker) return { speaker, cue, kind: 'direct', content: q.content, quotes: [q], origin: 'rule:quote-attribution-before', confidence: 0.9 };
  }
  for (const [rule, find] of [['after', cueAfter], ['before', cueBefore]] as const) {
    for (const s of near) {
      for (const cue of cues.get(s.index) ?? []) {
        const speaker = find(doc, q, s, cue, claims);
        if (speaker) return { speaker, cue, kind: 'direct', content: q.content, quotes: [q], origin: `rule:quote-attribution-${rule}`, confidence: 0.9 };
      }
    }
  }
  return dashAttribution(doc, q);
}
