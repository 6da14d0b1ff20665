/** Word forms that name talks ("talks" as a noun only: "he talks" is no negotiation). */
export const TALK_WORDS: ReadonlySet<string> = new Set([
  'negotiation', 'negotiations', 'negotiate', 'negotiates', 'negotiated', 'negotiating', 'talks', 'dialogue',
  'discussions', 'consultations', 'consultation', 'summit', 'mediation', 'mediate', 'mediated', 'mediating', 'accession',
]);

/** Forms that name a meeting: talks (CAMEO 040 consult) only with a named counterpart. */
export const MEETING_WORDS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'met']);

/** Forms that name an agreement reached: talks that ended in a deal, only with a named counterpart. */
export const AGREEMENT_WORDS: ReadonlySet<string> = new Set([
  'agreement', 'agreements', 'deal', 'accord', 'treaty', 'pact', 'truce', 'ceasefire', 'cease-fire', 'memorandum',
]);

/**
 * Forms of "agree" that tell a deal when two parties are its subject ("X and Y agreed to ...");
 * "X agreed with Y" is as often an opinion shared as a deal, and stays out.
 */
export const AGREE_VERBS: ReadonlySet<string> = new Set(['agree', 'agrees', 'agreed']);

/** Verbs (lemmas) of taking part in talks: their subject attends; negated ("will not attend"), it stays away. */
export const ATTEND_VERBS: ReadonlySet<string> = new Set(['attend', 'join', 'participate', 'go']);

/** Verbs (lemmas) of staying away from talks: their subject is excluded ("Russia boycotted the summit"). */
export const ABSENCE_VERBS: ReadonlySet<string> = new Set(['boycott', 'skip', 'snub', 'shun']);

/** Talk words whose other side also comes after these prepositions ("accession to the EU"). */
export const EXTRA_PARTNER_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['accession', new Set(['to', 'into'])]]);

/** Participles that make the actor after "by" a mediator ("mediated by Qatar"), or before a hyphen ("Qatar-brokered"). */
export const MEDIATION_PARTICIPLES: readonly string[] = ['mediated', 'brokered', 'hosted', 'sponsored'];
/** Nouns that make the actor after "of" a mediator ("the good offices of Norway"). */
export const MEDIATION_NOUNS: readonly string[] = ['mediation', 'good offices', 'help', 'assistance'];
/** Nouns that name mediators before their names ("mediators Qatar and Egypt"). */
export const MEDIATOR_NOUNS: readonly string[] = ['mediator', 'mediators'];

/** Phrases right before an actor that keep it out of the talks ("talks without Russia"). */
export const EXCLUDING_PHRASES: readonly string[] = ['not with', 'without', 'excluding', 'except', 'other than', 'but not'];
/** Predicates after an actor, under "not", that keep it out ("Israel is not a party to the talks"). */
export const NOT_TAKING_PART: readonly string[] = ['involved', 'a party', 'a part', 'part', 'included', 'participating', 'taking part', 'invited'];
/** Participles after an actor that keep it out ("Britain was excluded"). */
export const LEFT_OUT: readonly string[] = ['excluded', 'left out', 'shut out', 'sidelined'];

/** Verbs of addressing someone, whose object is the "you" of the quote ("I warned the Americans: ... with you"). */
export const ADDRESSING_VERBS: readonly string[] = ['warned', 'told', 'tell', 'warn', 'asked', 'ask', 'assured', 'promised', 'informed'];

/** Verbs (lemmas) whose object or passive subject is an agreement concluded ("signed an accord", "a deal was reached"). */
export const CONCLUDING_VERBS: ReadonlySet<string> = new Set(['sign', 'reach', 'conclude', 'clinch', 'strike', 'seal', 'initial', 'finalise', 'finalize', 'ratify', 'agree', 'hammer']);
