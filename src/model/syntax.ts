/** One word of a parsed sentence (Universal Dependencies), index-aligned with the sentence's tokens. */
export interface SyntaxWord {
  /** Universal POS tag (NOUN, VERB, PROPN, ...). */
  upos: string;
  /** Penn Treebank tag (VBD, VBN, NNS, ...): tense and participles that UPOS does not show. */
  xpos: string;
  /** Index of the head word in the same sentence, -1 for the root. */
  head: number;
  /** UD relation to the head (nsubj, obj, ccomp, obl:agent, ...). */
  deprel: string;
  /** Dictionary form (said -> say, talks -> talk). */
  lemma: string;
}
