// Lucene treats these characters as syntax; a researcher's "U.S." or "Al-Qaeda" is text.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** `q` as literal words for a Neo4j full-text query ('' when nothing is left). */
export const escapeLucene = (q: string): string => q.replace(LUCENE_SPECIAL, '\\$&').trim();
