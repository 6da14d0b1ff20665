import { AUXILIARIES } from './function-words.js';

/**
 * Words the speaker rules of speaker-phrase.ts walk over or stop at, read on a token's text in any
 * case.
 */

/** Adverbs, auxiliaries and conjunctions between a speaker and the verb of saying ("X has also said"). */
export const SPEAKER_CUE_GAP = [
  'not', "n't", 'n’t', 'did', 'does', 'do', 'could', 'should', 'may', 'might', 'must', 'can', 'then', 'also', 'later', 'again',
  'further', 'furthermore', 'recently', 'previously', 'earlier', 'separately', 'repeatedly', 'once', 'has', 'had', 'have', 'was',
  'is', 'were', 'would', 'will', 'reportedly', 'publicly', 'privately', 'today', 'yesterday', 'tonight', 'now', 'simply', 'just',
  'only', 'however', 'openly', 'flatly', 'bluntly', 'clearly', 'firmly', 'explicitly', 'specifically', 'quickly', 'immediately',
  'subsequently', 'finally', 'initially', 'frequently', 'often', 'never', 'always', 'already', 'still', 'even', 'but', 'and',
] as const;

/** Where a speaker phrase read back from its cue ends: a clause word, punctuation, a verb of saying, an auxiliary. */
export const PHRASE_STOPS = [
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'if', 'when', 'while', 'because', 'as', 'after', 'before', 'since',
  'although', 'though', ',', ';', ':', '.', '"', '“', '”', "'", '‘', '’', '(', ')', '--', '—', '–', 'said', 'told',
  ...AUXILIARIES,
] as const;

/** Words a noun phrase never ends on ("right to", "Donald Trump in"). */
export const FUNCTION_ENDINGS = [
  'to', 'in', 'on', 'at', 'by', 'of', 'for', 'with', 'from', 'into', 'as', 'than', 'and', 'or', 'but', "n't", 'n’t', 'not',
  'very', 'just', 'also', 'never', 'essentially', 'necessarily', 'soon', 'later', 'today',
] as const;

/** Determiners and quantifiers that open an unnamed speaker ("two officials", "its spokesman"). */
export const SPEAKER_DETERMINERS = [
  'the', 'a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'most', 'other', 'its', 'his', 'her', 'their', 'our',
] as const;

/** Prepositions of a phrase after the speaker's head noun ("two officials familiar with the talks"). */
export const SPEAKER_POSTMODIFIERS = ['with', 'of', 'for', 'from', 'in', 'on'] as const;

/** First words of a prepositional phrase, which is no speaker ("in his opening"). */
export const NOT_SPEAKER_OPENERS = ['of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'during', 'after', 'before', 'to'] as const;

/** Heads through which the person a possessive names speaks ("his press service said"). */
export const MOUTHPIECES = [
  'press service', 'press office', 'office', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'aide', 'aides',
  'campaign', 'staff', 'lawyer', 'lawyers', 'attorney', 'attorneys',
] as const;

/** Forms of saying that mark a second cue between a name and the one read ("X, who told ..., said"). */
export const SAYING_FORMS = ['said', 'says', 'told', 'added'] as const;
