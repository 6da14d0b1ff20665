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

/** Prepositions that introduce what talks are about ("talks on the release", "negotiating over quotas"). */
export const TOPIC_MARKERS = ['on', 'about', 'over', 'regarding', 'concerning', 'for', 'of'] as const;

/** Words that end the search for a topic after a trigger: a clause or another verb of saying begins. */
export const TOPIC_SEARCH_STOPS = ['that', 'which', 'but', 'said', 'after', 'before', 'because', 'when', 'while'] as const;

/** Words that end a topic phrase ("talks on trade [with Japan]", "[were] held"). */
export const TOPIC_ENDS = [
  'are', 'is', 'was', 'were', 'will', 'would', 'have', 'has', 'had', 'be', 'been', 'being', 'with', 'between', 'in', 'at', ',', '.', ';',
  ':', 'that', 'which', 'but', 'said', 'to', 'after', 'before', 'on', '"', '“', '”',
] as const;

/** Verb forms of negotiating, which take no noun modifiers as a topic ("negotiated", "mediating"). */
export const NEGOTIATING_VERB_FORMS = ['negotiate', 'negotiates', 'negotiated', 'negotiating', 'mediate', 'mediated', 'mediating'] as const;

/**
 * Lower-case words before a trigger that are not its topic ("the new trade talks": "new" is not;
 * "trade" is): function words, verbs around talks, and adjectives of kind or time.
 */
export const NOT_TOPIC_WORDS = [
  'said', 'says', 'say', 'told', 'tells', 'would', 'could', 'should', 'will', 'may', 'might', 'must', 'can', 'are', 'is', 'was', 'were',
  'has', 'have', 'had', 'been', 'be', 'to', 'for', 'after', 'before', 'when', 'while', 'since', 'during', 'under', 'over', 'at', 'by',
  'the', 'a', 'an', 'of', 'in', 'on', 'with', 'and', 'all', 'any', 'these', 'those', 'this', 'that', 'new', 'further', 'similar',
  'broken', 'off', 'out', 'up', 'down', 'separate', 'broader', 'wider', 'landmark', 'historic', 'tentative', 'interim', 'comprehensive',
  'major', 'key', 'direct', 'bilateral', 'formal', 'informal', 'fresh', 'final', 'possible', 'such', 'some', 'no', 'its', 'their', 'our',
  'his', 'her', 'more', 'current', 'ongoing', 'secret', 'high-level', 'two-day', 'three-day', 'preliminary', 'renewed', 'stop', 'hold',
  'held', 'resume', 'start', 'begin', 'continue', 'reach', 'reached', 'reaching', 'sign', 'signed', 'conducted', 'immediately',
] as const;

/** Subjects that make "talks" a verb ("he talks", "who talks"), not talks between parties. */
export const TALKING_SUBJECTS = ['he', 'she', 'it', 'who', 'they', 'we', 'one'] as const;

/** Prepositions before an agreement word that make it what talks are about ("talks on a peace treaty"). */
export const AGREEMENT_TOPIC_MARKERS = ['on', 'about', 'over', 'for', 'toward', 'towards', 'regarding', 'concerning'] as const;

/** Determiners between such a preposition and the agreement ("on a new", "over the"). */
export const AGREEMENT_TOPIC_DETERMINERS = ['a', 'an', 'the', 'its', 'their', 'a new', 'a possible'] as const;

/** Words right before an actor that make it no party: a place or object of another relation ("in Geneva", "visited Iran"). */
export const NOT_PARTY_BEFORE = [
  'in', 'at', 'to', 'from', 'of', 'for', 'on', 'by', 'with', 'into', 'near', 'after', 'before', 'than', 'about', 'against', 'visit',
  'visiting', 'visited',
] as const;
