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

/** A test for one token: whether its text, in any case, is one of the words. */
export function oneOf(words: readonly string[]): (word: string | undefined) => boolean {
  const set = new Set(words.map((w) => w.toLowerCase()));
  return (word) => word !== undefined && set.has(word.toLowerCase());
}

/** Matches a phrase that opens with one of the words, ignoring case. */
export function opensWith(words: readonly string[]): RegExp {
  return new RegExp(`^(${alternation(words)})\\b`, 'i');
}

/** Matches a phrase that ends with one of the words or phrases, ignoring case. */
export function endsWith(words: readonly string[]): RegExp {
  return new RegExp(`\\b(${alternation(words)})$`, 'i');
}
