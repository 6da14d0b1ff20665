// Lucene treats these characters as syntax; a researcher's "U.S." or "Al-Qaeda" is text.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
// In capitals these words are operators ("talks AND" is a syntax error); the full-text analyzers
// lowercase every term, so in lower case they are the words a researcher typed.
const OPERATORS = /\b(AND|OR|NOT|TO)\b/g;
// Lucene refuses queries of more than 1024 clauses; a search string past this many words is pasted
// text, not a search, and its first words find what it is about.
const MAX_TERMS = 100;

/** `q` as literal words for a Neo4j full-text query ('' when nothing is left). */
export const escapeLucene = (q: string): string =>
  q
    .replace(LUCENE_SPECIAL, '\\$&')
    .replace(OPERATORS, (w) => w.toLowerCase())
    .trim()
    .split(/\s+/)
    .slice(0, MAX_TERMS)
    .join(' ');

/**
 * `q` as a full-text query that every word must match ("fugitive opposition" finds texts with
 * both, as a search box does; Lucene alone would take either). '' when nothing is left.
 */
export const allWords = (q: string): string =>
  escapeLucene(q)
    .split(' ')
    .filter(Boolean)
    .map((w) => `+${w}`)
    .join(' ');
