/**
 * Closed-class words that rules walking a sentence stop at or skip. Matched on a token's text in
 * any case (see `oneOf` in word-pattern.ts).
 */

/** Prepositions that open a phrase a speaker or party is the object of ("in", "with X"). */
export const PREPOSITIONS = [
  'in', 'at', 'on', 'to', 'of', 'from', 'for', 'with', 'by', 'about', 'against', 'after', 'before', 'during', 'under', 'over',
  'into', 'like', 'than', 'between', 'among', 'since', 'until', 'via',
] as const;

/** Determiners and possessives that open a noun phrase ("the", "a", "his"). */
export const NOUN_PHRASE_OPENERS = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'] as const;

/** Subject pronouns and the expletive "there": a clause begins with them. */
export const SUBJECT_PRONOUNS = ['he', 'she', 'they', 'we', 'i', 'it', 'there'] as const;

/** Conjunctions and sentence adverbs a sentence may open with before its subject ("But", "Still,"). */
export const SENTENCE_OPENERS = ['but', 'and', 'still', 'yet', 'however', 'meanwhile', 'also', 'so', 'then'] as const;

/** Auxiliary and modal verb forms and the negation they take. */
export const AUXILIARIES = [
  'is', 'are', 'was', 'were', 'had', 'has', 'have', 'been', 'be', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'can', 'did', 'does', 'do', 'not',
] as const;

/** Interrogative words that open an indirect question ("asked whether", "asked why"). */
export const QUESTION_WORDS = ['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who'] as const;

/** Week days, as written in running text; they open a time phrase ("said on Monday"). */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Forms of "be", which with a past participle make the passive ("was quoted as saying"). */
export const BE_FORMS = ['was', 'were', 'is', 'are', 'been', 'be', 'being'] as const;

/** Words after which an apposition's title may open ("the", "by", a comma): case as written. */
export const APPOSITION_OPENERS = ['the', 'its', 'his', 'her', 'their', ',', ':', ';', 'by', 'and', 'but', 'with'] as const;

/** Words after a name's comma that open a list or a clause, not an apposition ("X, and the French president, Y"). */
export const LIST_OR_CLAUSE_OPENERS = ['and', 'or', 'but', 'while', 'who', 'which'] as const;

/** Determiners that may open an apposition's title ("X, the minister", "X, its chairman"). */
export const TITLE_DETERMINERS = ['the', 'a', 'an', 'his', 'her', 'its', 'their'] as const;
