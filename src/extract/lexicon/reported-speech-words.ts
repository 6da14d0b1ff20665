import { WEEKDAYS } from './function-words.js';

/**
 * Words the reported-speech rules of statement-reported.ts read around a cue, on a token's text in
 * any case unless said otherwise.
 */

/** First words of what may follow a post-posed cue to the sentence's end: a time or place, not a clause ("..., he said on Tuesday."). */
export const TRAILER_STARTS = [
  'on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'to', 'from', 'via', 'last', 'this', 'earlier', 'later', 'yesterday',
  'today', 'tonight', 'recently', 'again', 'then', 'also', 'late', 'early', ...WEEKDAYS, 'adding', 'noting', 'citing', 'according',
] as const;

/** Words that open a clause after ", X said," which is no part of the trailer ("adding that", "as mediators pressed"). */
export const CLAUSE_AFTER_CUE = [
  'adding', 'noting', 'saying', 'citing', 'explaining', 'stressing', 'warning', 'insisting', 'as', 'while', 'after', 'when', 'before',
  'amid', 'because', 'since',
] as const;

/** Participles after a trailer's comma that add a statement of their own (", adding ..."), lower case. */
export const ADDING_PARTICIPLES = ['adding', 'noting', 'citing'] as const;

/** Lower-case determiners that may open a speaker's description before a post-posed cue ("the CBI"). */
export const DESCRIPTION_OPENERS = ['the', 'a', 'an', 'its', 'their'] as const;

/** Words that join the capitalised words of a title ("Work and Pensions Secretary"). */
export const TITLE_JOINERS = ['and', 'of', 'for', '&'] as const;

/** Words after a cue that show its content has begun: a subject, an auxiliary, or the sentence's end. */
export const CLAUSE_STARTS = [
  '.', ';', ':', 'i', 'he', 'she', 'it', 'we', 'they', 'you', 'there', 'is', 'was', 'are', 'were', 'will', 'would', 'had', 'has', 'have',
  'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'not',
] as const;

/** Prepositions after a cue: it takes an object or a prepositional phrase, not what was said ("said to", "spoke of"). */
export const CUE_PREPOSITIONS = ['to', 'for', 'with', 'about', 'of', 'in', 'on', 'at', 'by'] as const;

/** Words that end what a cue says when nothing follows them ("said so.", "said no,"); with more words they begin it. */
export const SHORT_ANSWERS = ['it', 'so', 'no', 'yes', 'this', 'nothing', 'something', 'a', 'an'] as const;

/** Words that open the content after the one told ("told reporters the talks ...", "told him they ..."). */
export const CONTENT_OPENERS = ['he', 'she', 'they', 'we', 'i', 'it', 'there', 'the', 'a', 'an', 'this'] as const;

/** Words of a clause, which no speaker phrase between a quote and its cue holds ("as", "which", "was"). */
export const CLAUSE_WORDS = ['as', 'that', 'which', 'who', 'because', 'when', 'while', 'but', 'and', 'if', 'is', 'was', 'are', 'were', 'has', 'had', 'have'] as const;

/** Words before a cue word that make it a noun ("the warning", "his claim", "Blair's statement"). */
export const NOUN_CUE_MODIFIERS = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'such', "'s", '’s', 'latest', 'recent',
  'earlier', 'previous', 'public', 'many', 'several', 'some', 'no',
] as const;

/** Prepositions before a cue word that make it a noun ("amid warnings", "despite claims"). */
export const NOUN_CUE_PREPOSITIONS = [
  'over', 'amid', 'despite', 'about', 'of', 'following', 'against', 'after', 'before', 'with', 'without', 'on', 'by', 'to', 'from', 'for', 'in',
] as const;

/** Pro-forms that make no stance content on their own ("believes it", "thinks so"). */
export const PRO_FORMS = ['it', 'this', 'that', 'them', 'him', 'her', 'so'] as const;

/** Prepositions of the thing an attitude adjective is about ("worried about X", "confident of X"). */
export const ATTITUDE_PREPOSITIONS = ['of', 'about', 'with', 'regarding', 'on', 'over', 'to', 'toward', 'towards'] as const;

/** Capitalised words before a run of capitals that are not part of a name ("The", "But", "Mr"). */
export const NOT_NAME_STARTS = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'mr', 'mrs',
  'ms', 'dr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
] as const;

/** Modifiers of an office that make it another office than the one named ("shadow chancellor", "former minister"). */
export const OTHER_OFFICE_MODIFIERS = ['shadow', 'former', 'ex', 'deputy', 'vice', 'acting', 'junior'] as const;

/** Adverbs between a conjunction and the speaker's next verb ("and then called for"). */
export const SEQUENCE_ADVERBS = ['also', 'then', 'later', 'again', 'repeatedly'] as const;

/** Labels of a web page's lines ("Update:", "Read more:") that look like a speaker before a colon but are none. */
export const PAGE_LABELS = [
  'note', 'update', 'updated', "editor's note", 'editor’s note', 'correction', 'related', 'watch', 'read more', 'photo', 'photos', 'video',
  'source', 'sources', 'by', 'posted', 'published', 'share', 'tags', 'topics', 'advertisement', 'click here', 'see also', 'subscribe',
] as const;
