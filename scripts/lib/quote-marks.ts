import type { Span } from '../../src/model/index.js';

/** Characters that open or close a quotation in the corpora we read (ASCII and typographic). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E']);

const isQuote = (c: string | undefined) => c !== undefined && QUOTE_MARKS.has(c);
const CLOSING_PUNCTUATION = /[.,;:!?\u2026]/;

/**
 * True when the content is a direct quote: a quote mark opens it (its first character, or the one
 * just before it) AND one closes it (its last character, or the next one, possibly after up to two
 * punctuation marks: `it,”` cut before the comma). Both ends are required so that a paraphrase
 * ending in a quoted phrase (`said he was “very concerned”`) is not counted as direct.
 */
export function isDirectQuote(text: string, fragments: readonly Span[]): boolean {
  if (fragments.length === 0) return false;
  const start = fragments[0].start;
  const end = fragments[fragments.length - 1].end;
  const opens = isQuote(text[start]) || isQuote(text[start - 1]);
  let closes = isQuote(text[end - 1]) || isQuote(text[end]);
  for (let i = end, skipped = 0; !closes && skipped < 2 && CLOSING_PUNCTUATION.test(text[i] ?? ''); i++, skipped++) {
    closes = isQuote(text[i + 1]);
  }
  return opens && closes;
}
