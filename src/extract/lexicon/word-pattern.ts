/**
 * A regular-expression alternation of the words and phrases of a lexicon list: escaped, longest
 * first (so "broke off" is tried before "broke"), a space matching any run of white space.
 */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Matches any of the words, as whole words, ignoring case. */
export function anyWordOf(words: readonly string[]): RegExp {
  return new RegExp(`\\b(${alternation(words)})\\b`, 'i');
}
