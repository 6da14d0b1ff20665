import type { Span } from '../model/index.js';
import type { Doc, Sentence } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import type { QuoteSegment } from './find-quotes.js';
import { quoteWords } from './find-quotes.js';
import { NOUN_PHRASE_OPENERS, QUESTION_WORDS } from './lexicon/function-words.js';
import { ADDING_PARTICIPLES, CLAUSE_AFTER_CUE, CLAUSE_STARTS, CONTENT_OPENERS, CUE_PREPOSITIONS, DESCRIPTION_OPENERS, SHORT_ANSWERS, TITLE_JOINERS, TRAILER_STARTS } from './lexicon/reported-speech-words.js';
import { speechVerbLemma, WEAK_CUES } from './lexicon/speech-verbs.js';
import { alternation, oneOf } from './lexicon/word-pattern.js';
import { speakerBefore, speakerAfter, type SpeakerPhrase } from './speaker-phrase.js';
import { cueLength } from './statement-cues.js';
import { overlaps, wordsIn, type Cue, type Draft } from './statement-draft.js';
import { speakerOfCue } from './statement-quote-attribution.js';
import { reportedContentStop } from './statement-content-end.js';

function trimContent(doc: Doc, start: number, end: number): Span {
  const t = doc.text;
  while (start < end && /[\s,:;—–-]/.test(t[start])) start++;
  while (end > start && /[\s.,;:!?"”’'»)\]]/.test(t[end - 1]) && !(t[end - 1] === ']' && t.lastIndexOf('[', end) > start)) end--;
  return { start, end };
}

// What may follow a post-posed cue to the end of the sentence: "..., he said on Tuesday.", "...,
// the ministry said in a statement.", "..., she told reporters." — a time or place, not a clause.
const isTrailerStart = oneOf(TRAILER_STARTS);
const isClauseAfterCue = oneOf(CLAUSE_AFTER_CUE);
const ADDED_REMARK = new RegExp(`,\\s*(${alternation(ADDING_PARTICIPLES)})\\b.*$`);

const DESCRIPTION_OPENER = new Set<string>(DESCRIPTION_OPENERS);
const isTitleJoiner = oneOf(TITLE_JOINERS);

function isTrailer(s: Sentence, from: number, cue: Cue): boolean {
  let rest = s.tokens.slice(from).map((t) => t.text);
  // "..., X said, adding that ...": the participle clause is a statement of its own; "..., X said,
  // as mediators pressed ..." adds a circumstance, not more speech
  const participle = rest.findIndex((w, j) => w === ',' && isClauseAfterCue(rest[j + 1]));
  if (participle >= 0) rest = rest.slice(0, participle);
  while (rest.length && /^[.!?"”’'»)]$/.test(rest[rest.length - 1])) rest.pop();
  if (rest.length === 0) return true;
  const text = rest.join(' ');
  if (rest.length > 12 || /\bthat\b/i.test(text) || /[,;]/.test(text.replace(ADDED_REMARK, ''))) return false;
  // "told reporters on Tuesday", "told CNBC": the one told comes first.
  const i = cue.lemma === 'tell' ? rest.findIndex((w, j) => j > 0 && isTrailerStart(w)) : 0;
  return cue.lemma === 'tell' ? i < 0 ? rest.length <= 3 : i <= 3 : isTrailerStart(rest[0]);
}

/** Where the reported content ends: before a trailing attribution such as ", the agency reported". */
function contentEnd(s: Sentence, fromTok: number, cues: Cue[]): number {
  for (const c of cues) {
    if (c.k <= fromTok) continue;
    const comma = s.tokens.slice(fromTok, c.k).map((t) => t.text).lastIndexOf(',');
    if (comma >= 0 && isTrailer(s, c.k + cueLength(c), c)) return s.tokens[fromTok + comma].start;
  }
  return s.end;
}

function draft(speaker: SpeakerPhrase | undefined, cue: Cue, content: Span, origin: string, confidence: number, quotes: QuoteSegment[] = []): Draft {
  return { speaker, cue, kind: quotes.length ? 'mixed' : 'indirect', content, quotes, origin, confidence };
}

// "According to X, CONTENT." or "CONTENT, according to X."
function accordingTo(doc: Doc, s: Sentence, cue: Cue): Draft | undefined {
  const toks = s.tokens;
  const speaker = speakerAfter(doc, s, cue.k + 1);
  const commaAfter = toks.findIndex((t, i) => i > cue.k + 1 && t.text === ',');
  if (cue.k === 0 && commaAfter > 0) {
    const content = trimContent(doc, toks[commaAfter].end, s.end);
    return wordsIn(doc, content) >= 3 ? draft(speaker, cue, content, 'rule:according-to', 0.8) : undefined;
  }
  const content = trimContent(doc, s.start, cue.span.start);
  return cue.k > 2 ? draft(speaker, cue, content, 'rule:according-to', 0.75) : undefined;
}

// "CONTENT, X said (on Tuesday)." / "CONTENT, said X, a spokesman for Y."
function postposed(doc: Doc, s: Sentence, cue: Cue, claims: RoleClaim[], quotes: QuoteSegment[]): Draft | undefined {
  const toks = s.tokens;
  let speaker: SpeakerPhrase | undefined;
  let comma: number;
  // Inverted order takes a finite verb and the speaker right after it ("..., said X"), not
  // ", adding that ..." (a participle) — that is preposed speech of the clause's subject.
  // "X, an apposition, said CONTENT" is preposed speech: a name right before the comma rules out the inverted order.
  const appositionBefore = toks[cue.k - 1]?.text === ',' && speakerBefore(doc, s, cue.k, claims)?.mention !== undefined;
  if (toks[cue.k - 1]?.text === ',' && !appositionBefore && !/ing$/i.test(toks[cue.k].text) && !/^that$/i.test(toks[cue.k + 1]?.text ?? '')) {
    speaker = speakerAfter(doc, s, cue.k);
    comma = cue.k - 1;
    if (!speaker || /^to$/i.test(toks[cue.k + 1]?.text ?? '')) return undefined; // "..., said to be"
    // After the speaker comes an apposition or a time, not a clause ("X, his deputy, said the talks were").
    const next = toks.find((t) => t.start >= speaker!.span.end);
    if (next && !/^[,.(;!?"”’]$/.test(next.text) && !isTrailerStart(next.text)) return undefined;
  } else {
    if (!isTrailer(s, cue.k + 1, cue)) return undefined;
    speaker = speakerOfCue(doc, s, cue, claims);
    // Only the speaker stands between the comma and the cue ("..., John Smith, his deputy, said"),
    // with its determiner and modifiers ("..., the Russian Defense Ministry said").
    comma = speaker ? toks.findIndex((t) => t.start >= speaker!.span.start) - 1 : -1;
    // "..., Work and Pensions Secretary Alan Johnson has warned", "..., business lobby group the
    // CBI says": a title's joining words between capitalised ones, and a short description
    const describes = (i: number) =>
      DESCRIPTION_OPENER.has(toks[i].text) || /^\p{Lu}[\p{L}.'’-]*$/u.test(toks[i].text) ||
      (isTitleJoiner(toks[i].text) && /^\p{Lu}/u.test(toks[i - 1]?.text ?? '') && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) ||
      (s.syntax[i]?.upos === 'NOUN' && /^\p{Ll}/u.test(toks[i].text));
    for (let n = 0; n < 6 && comma > 0 && toks[comma].text !== ',' && describes(comma); n++) comma--;
    if (!speaker || toks[comma]?.text !== ',') return undefined;
    speaker = { ...speaker, span: { start: toks[comma + 1].start, end: speaker.span.end } };
  }
  if (comma <= 2) return undefined;
  const content = trimContent(doc, s.start, toks[comma].start);
  // A quote that makes up the content was attributed as a direct quote already.
  if (wordsIn(doc, content) < 3 || quotes.some((q) => overlaps(q.content, content) && quoteWords(doc.text, q) >= wordsIn(doc, content) - 2)) return undefined;
  return draft(speaker, cue, content, 'rule:reported-postposed', 0.75);
}

const isClauseStart = oneOf(CLAUSE_STARTS);

// Words after a cue that show it takes an object or a prepositional phrase, not what was said.
const isCuePreposition = oneOf(CUE_PREPOSITIONS);
// Words that end what a cue says when nothing follows them ("said so.", "said no,", "said it.");
// followed by more words they begin the content ("said no one", "said it was").
const isShortAnswer = oneOf(SHORT_ANSWERS);
const isQuestionWord = oneOf(QUESTION_WORDS);
const isNounPhraseOpener = oneOf(NOUN_PHRASE_OPENERS);
const isContentOpener = oneOf(CONTENT_OPENERS);
const CAPITALISED_OPENERS = new Set(CONTENT_OPENERS.map((w) => w[0].toUpperCase() + w.slice(1)));

// "X said (on Tuesday) (that) CONTENT", "X told reporters (that) CONTENT", "..., saying CONTENT".
function preposed(doc: Doc, s: Sentence, cue: Cue, cues: Cue[], claims: RoleClaim[], quotes: QuoteSegment[]): Draft | undefined {
  const toks = s.tokens;
  const speaker = speakerOfCue(doc, s, cue, claims);
  if (!speaker) return undefined;
  let k = cue.k + cueLength(cue);
  let that = -1;
  for (let i = k; i < Math.min(toks.length, k + 8); i++) {
    // "said that was impossible": a "that" before a verb is the clause's subject, not its complementizer
    if (toks[i].text.toLowerCase() === 'that') {
      if (s.syntax[i + 1]?.upos !== 'AUX') that = i;
      break;
    }
    // A subject or a verb first means the content has begun: "said she was not going to do that";
    // an infinitive means the cue took an object clause ("agreed to resume talks that ...").
    if (speechVerbLemma(toks[i].text) || isClauseStart(toks[i].text) || /^to$/i.test(toks[i].text)) break;
  }
  if (that >= 0) k = that + 1;
  // "called for X" says X is wanted; "asked whether X" asks X
  else if (cue.lemma === 'call' && /^for$/i.test(toks[k]?.text ?? '')) k += 1;
  else if (cue.lemma === 'accuse' && toks[k] && /^of$/i.test(toks.slice(k, k + 6).find((t) => /^of$/i.test(t.text))?.text ?? '')) {
    // "accused Israel of blocking a deal": whom and of what
  }
  else if (cue.lemma === 'call') {
    // "Ryan called Trump's remarks ''racist''": what is called, and the quoted word for it
    const q = quotes.find((x) => x.open > toks[k]?.start && x.open <= (toks[Math.min(toks.length - 1, k + 12)]?.start ?? 0) && x.close <= s.end);
    if (!q || !toks[k] || doc.text.slice(toks[k].start, q.open).includes(',')) return undefined;
    return draft(speaker, cue, { start: toks[k].start, end: q.content.end }, 'rule:called-quote', 0.7, [q]);
  }
  else if (cue.lemma === 'ask' && isQuestionWord(toks[k]?.text)) {
    // the question is the content, its wh-word included
  }
  else if (toks[k]?.text === ':') k += 1;
  else if (WEAK_CUES.has(cue.lemma)) return undefined;
  else if (cue.lemma === 'tell') {
    // "told POLITICO he planned", "told reporters the talks", "told his advisers they": skip the one told
    const det = isNounPhraseOpener(toks[k]?.text) ? 1 : 0;
    const obj = doc.mentions.find((m) => m.sentence === s.index && (m.start === toks[k]?.start || (det && m.start === toks[k + 1]?.start)));
    let next = obj ? toks.findIndex((t) => t.start >= obj.end) : k + 1;
    if (!obj && isNounPhraseOpener(toks[k]?.text)) {
      // "told the BBC the report was", "told the Financial Times prices would": a name the name
      // pass missed after the determiner is still the one told
      while (next < toks.length && next - k < 5 && /^\p{Lu}/u.test(toks[next].text) && !CAPITALISED_OPENERS.has(toks[next].text)) next++;
      while (next < toks.length && next - k < 5 && !isContentOpener(toks[next].text) && toks[next].text.toLowerCase() !== 'that' && !/^\p{Lu}/u.test(toks[next].text)) next++;
    }
    // the content opens with a word, not with punctuation or a number
    if (next < 0 || !toks[next] || !/^\p{L}/u.test(toks[next].text)) return undefined;
    k = next;
  } else if (toks[k] && (isCuePreposition(toks[k].text) || (isShortAnswer(toks[k].text) && !/^[\p{L}'’]/u.test(toks[k + 1]?.text ?? '')))) {
    // "said it" ends there or takes a preposition; "said it would" goes on into the content.
    return undefined;
  }
  if (!toks[k]) return undefined;
  // "X, who said ..., spoke": a relative clause ends at its closing comma
  let end = contentEnd(s, k, cues);
  const stop = reportedContentStop(s, cue.k, k);
  if (stop > k && stop < toks.length) end = Math.min(end, toks[stop].start);
  if (speaker.mention?.cls.type === 'Pronoun' && speaker.mention.cls.person === 'who') {
    const comma = toks.findIndex((t, i) => i > k && t.text === ',');
    if (comma > 0) end = Math.min(end, toks[comma].start);
  }
  const content = trimContent(doc, toks[k].start, end);
  if (wordsIn(doc, content) < 3) return undefined;
  const within = quotes.filter((q) => overlaps(q.content, content));
  return draft(speaker, cue, content, that >= 0 ? 'rule:reported-that' : 'rule:reported', that >= 0 ? 0.85 : 0.7, within);
}

/** Reported speech around one cue: "according to", post-posed ", X said." or preposed "X said (that)". */
export function reportedSpeech(doc: Doc, s: Sentence, cue: Cue, cues: Cue[], claims: RoleClaim[], quotes: QuoteSegment[]): Draft | undefined {
  if (cue.lemma === 'according to') return accordingTo(doc, s, cue);
  return postposed(doc, s, cue, claims, quotes) ?? preposed(doc, s, cue, cues, claims, quotes);
}
