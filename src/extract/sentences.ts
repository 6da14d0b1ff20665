import type { Span } from '../model/index.js';
import { COMPANY_FORMS, NAME_SUFFIXES, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations.js';

/** A paragraph of the article: sentences never cross one. */
export interface Paragraph extends Span {
  index: number;
}

// Wire copy (Reuters-21578) wraps lines at ~65 columns and marks paragraphs by indentation; modern
// copy puts one paragraph per line. A text counts as hard-wrapped when most of its lines are of that
// length and do not end a sentence.
function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 4) return false;
  const wrapped = lines.filter((l) => l.length >= 40 && l.length <= 90 && !/[.!?"'”’:]\s*$/.test(l));
  return wrapped.length / lines.length > 0.5;
}

/** Splits the text into paragraphs. */
export function splitParagraphs(text: string): Paragraph[] {
  const breaks = isHardWrapped(text) ? /\n\s*\n|\n(?=[ \t]+\S)/g : /\n/g;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length });
  };
  for (const m of text.matchAll(breaks)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

// A period after an abbreviation or a single capital (an initial) ends no sentence.
const ABBREVIATIONS = [...TITLE_ABBREVIATIONS, ...NAME_SUFFIXES, ...COMPANY_FORMS, ...OTHER_ABBREVIATIONS];
const ABBREV = new RegExp(`\\b(?:${ABBREVIATIONS.join('|')}|[A-Z])\\.$`);
const INITIALISM = /\b(?:[A-Za-z]\.){2,}$/;
// After an initialism such as "U.S." a capital letter usually continues the noun phrase ("the U.S.
// Treasury"); only these words show that a new sentence began.
const STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And', 'In', 'On', 'At', 'A', 'An', 'His', 'Her', 'Their', 'Its', 'There', 'However', 'Meanwhile', 'If', 'When', 'As', 'After', 'Earlier', 'Later']);

/** Splits one paragraph into sentence spans. */
function splitParagraph(text: string, p: Span): Span[] {
  const spans: Span[] = [];
  let start = p.start;
  // A sentence ends at . ! ? (plus closing quotes/brackets) before white space and a capital, digit or quote.
  const re = /[.!?]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\d])/gu;
  const chunk = text.slice(p.start, p.end);
  for (const m of chunk.matchAll(re)) {
    const end = p.start + m.index + m[0].length;
    const before = text.slice(start, p.start + m.index + 1);
    if (m[0] === '.' && ABBREV.test(before)) continue;
    if (m[0] === '.' && INITIALISM.test(before)) {
      const next = /^\s+["“‘«(]?([\p{L}]+)/u.exec(text.slice(end, p.end))?.[1] ?? '';
      if (!STARTERS.has(next)) continue;
    }
    spans.push({ start, end });
    start = end;
    while (start < p.end && /\s/.test(text[start])) start++;
  }
  if (start < p.end) spans.push({ start, end: p.end });
  return spans;
}

// Several passes look at every pair of tokens or mentions of a sentence, so a "sentence" of a
// megabyte without punctuation (a scraper's dump, a hostile input) would take minutes. No sentence
// of Reuters-21578 is longer than 655 characters; longer runs are cut at white space into pieces of
// at most this length, which keeps extraction time linear in the length of the text.
const MAX_SENTENCE_CHARS = 2000;

function cutLong(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  while (s.end - start > MAX_SENTENCE_CHARS) {
    let end = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    if (end <= start) end = start + MAX_SENTENCE_CHARS;
    // never between the two halves of a surrogate pair
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--;
    out.push({ start, end });
    start = end;
    while (start < s.end && /\s/.test(text[start])) start++;
  }
  if (start < s.end) out.push({ start, end: s.end });
  return out;
}

/** Splits the text into sentences, never across paragraphs, none longer than MAX_SENTENCE_CHARS. */
export function splitSentences(text: string, paragraphs = splitParagraphs(text)): Span[] {
  return paragraphs.flatMap((p) => splitParagraph(text, p)).flatMap((s) => (s.end - s.start > MAX_SENTENCE_CHARS ? cutLong(text, s) : [s]));
}
