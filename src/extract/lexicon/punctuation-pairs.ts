/**
 * Marks that open and close a span (quotes, brackets) and the marks that end a sentence, as the
 * syntax layer's punctuation attachment reads them. Straight quotes close themselves; the project's
 * tokens keep curly quotes and PTB's `` '' (normalised to straight ones only for the models).
 */
const PAIRS = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['``', "''"],
  ['\u00ab', '\u00bb'],
]);
const CLOSING = new Set(PAIRS.values());
const SENTENCE_FINAL = new Set(['.', '?', '!', '...', '\u2026']);

/** Whether `form` opens a span that a matching mark closes. */
export const isOpeningPunct = (form: string) => PAIRS.has(form);

/** Whether `form` closes a span ('"' both opens and closes). */
export const isClosingPunct = (form: string) => CLOSING.has(form);

/** The mark that closes a span `open` opens (undefined if it opens none). */
export const pairedPunct = (open: string) => PAIRS.get(open);

/** Whether `form` ends a sentence (and so attaches to what precedes it, never to what follows). */
export const isSentenceFinalPunct = (form: string) => SENTENCE_FINAL.has(form);
