/**
 * Event triggers read off the parse: per event type, the verb lemmas and nominalisations that report
 * it, with the CAMEO code of the type (../shared/data/cameo/CAMEO_codefile.txt: 0841 release persons,
 * 057 sign formal agreement, 130 threaten, 100 demand, 020 appeal, 040 consult, 042 make a visit,
 * 163 impose embargo, boycott or sanctions) and the prepositions that mark the side acted upon.
 */
export interface EventTrigger {
  type: string;
  cameo: string;
  /** Verb lemmas that report the event by themselves ("Iran released ...", "X met Y"). */
  verbs: readonly string[];
  /** Noun lemmas that name it ("the release of ...", "her visit to ...", "talks with ..."). */
  nouns: readonly string[];
  /**
   * When set, a noun counts only as the object (or passive subject) of one of these verbs: an
   * agreement is an event when signed or reached, sanctions when imposed, not when discussed.
   */
  nounVerbs?: readonly string[];
  /** Prepositions whose object is the target ("visit to", "meet with", "sanctions on"). */
  targetCases: readonly string[];
  /** What the verb's direct object is: the side acted upon, or the people released. */
  object: 'target' | 'beneficiary';
  /** Either side may be written first ("X met Y" = "Y met X"). */
  symmetric?: boolean;
}

const AGREEMENT_NOUNS = ['agreement', 'accord', 'deal', 'treaty', 'pact', 'memorandum', 'contract', 'protocol', 'communique', 'convention', 'declaration', 'settlement', 'intent', 'understanding'];
const SANCTION_NOUNS = ['sanction', 'embargo', 'boycott', 'tariff', 'duty', 'fine', 'penalty', 'ban', 'levy', 'quota'];

export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  { type: 'release', cameo: '0841', verbs: ['release', 'free', 'liberate'], nouns: ['release'], targetCases: [], object: 'beneficiary' },
  { type: 'pardon', cameo: '0841', verbs: ['pardon', 'amnesty'], nouns: ['pardon', 'amnesty'], targetCases: ['to'], object: 'beneficiary' },
  { type: 'prisoner_exchange', cameo: '0841', verbs: ['exchange', 'swap', 'trade'], nouns: ['exchange', 'swap'], targetCases: ['with', 'between'], object: 'beneficiary', symmetric: true },
  {
    type: 'agreement_signed',
    cameo: '057',
    verbs: [],
    nouns: AGREEMENT_NOUNS,
    nounVerbs: ['sign', 'initial', 'conclude', 'seal', 'ink', 'reach', 'strike', 'agree', 'finalise', 'finalize', 'clinch', 'complete'],
    targetCases: ['with', 'between'],
    object: 'target',
    symmetric: true,
  },
  // an announced measure not yet in force is a threat of it ("announced tariffs on Japanese goods")
  { type: 'threat', cameo: '130', verbs: ['threaten'], nouns: SANCTION_NOUNS, nounVerbs: ['announce', 'unveil'], targetCases: ['on', 'against', 'to'], object: 'target' },
  // "gave Tokyo a clear warning of sanctions", "issued an ultimatum to X"
  { type: 'threat', cameo: '130', verbs: [], nouns: ['warning', 'threat', 'ultimatum'], nounVerbs: ['give', 'issue', 'deliver', 'send', 'make'], targetCases: ['to'], object: 'target' },
  // "demand" as a noun is mostly the economists' ("domestic demand"): only a demand made or tabled counts
  {
    type: 'demand',
    cameo: '100',
    verbs: ['demand', 'urge', 'press', 'call', 'pressure'],
    nouns: ['demand', 'ultimatum'],
    nounVerbs: ['make', 'issue', 'present', 'table', 'deliver', 'submit', 'repeat', 'renew', 'reiterate', 'send'],
    targetCases: ['on', 'of', 'to'],
    object: 'target',
  },
  { type: 'appeal', cameo: '020', verbs: ['appeal'], nouns: ['appeal'], targetCases: ['to'], object: 'target' },
  { type: 'meeting', cameo: '040', verbs: ['meet', 'host'], nouns: ['meeting', 'talk', 'summit'], targetCases: ['with', 'between'], object: 'target', symmetric: true },
  { type: 'visit', cameo: '042', verbs: ['visit', 'tour', 'arrive', 'travel', 'fly'], nouns: ['visit', 'trip', 'tour'], targetCases: ['to', 'in', 'at'], object: 'target' },
  {
    type: 'sanction',
    cameo: '163',
    verbs: ['sanction', 'fine', 'expel', 'embargo', 'boycott', 'blacklist', 'ban', 'suspend'],
    nouns: SANCTION_NOUNS,
    nounVerbs: ['impose', 'slap', 'levy', 'apply', 'enforce', 'tighten', 'extend', 'place', 'put', 'introduce', 'raise'],
    targetCases: ['on', 'against', 'to'],
    object: 'target',
  },
];

/**
 * Verbs that report an event only with a particular argument: "call" demands when it calls ON a
 * party ("called on Japan to"), "press" when it presses a party, "ban" and "suspend" when a party is
 * banned ("suspended talks" is no sanction), "host" when the guest is a party, "sanction" when it
 * punishes a party ("a resolution sanctioning military action" authorises).
 */
export const NEEDS_ACTOR_OBJECT = new Set(['press', 'pressure', 'urge', 'call', 'fine', 'expel', 'tour', 'host', 'ban', 'suspend', 'sanction', 'boycott', 'embargo', 'blacklist']);

/** Nouns for people held or released: "the 12 sailors", "prisoners", "the hostages". */
export const CAPTIVE_NOUNS = new Set([
  'prisoner', 'hostage', 'detainee', 'captive', 'sailor', 'soldier', 'serviceman', 'journalist', 'reporter', 'activist',
  'dissident', 'inmate', 'national', 'citizen', 'fisherman', 'seaman', 'crew', 'worker', 'aid worker', 'pow', 'people',
  'person', 'man', 'woman', 'child', 'student', 'protester', 'opponent', 'tourist', 'missionary', 'pilot', 'marine',
]);

/**
 * Verbs under which an event is wanted, planned, refused or talked about, not reported as done:
 * "refused to sign", "agreed to meet", "called for the release", "talks on the release of ...".
 */
export const IRREALIS_GOVERNORS = new Set([
  'plan', 'want', 'hope', 'propose', 'offer', 'seek', 'refuse', 'fail', 'decline', 'expect', 'intend', 'agree', 'try',
  'aim', 'wish', 'prepare', 'consider', 'discuss', 'negotiate', 'demand', 'urge', 'ask', 'call', 'press', 'push',
  'threaten', 'promise', 'pledge', 'vow', 'insist', 'suggest', 'favour', 'favor', 'oppose', 'reject', 'block', 'veto',
  'delay', 'postpone', 'cancel', 'scrap', 'rule', 'deny', 'need', 'require', 'allow', 'arrange', 'schedule', 'set',
  'invite', 'await', 'attempt', 'look', 'obstruct', 'prevent', 'avoid', 'stop', 'seem', 'likely', 'able', 'ready', 'due', 'urge', 'lobby',
]);

/** Nouns whose clause is alleged, not reported as fact: "allegations he pressured X", "speculation that they met". */
export const ALLEGATION_NOUNS = new Set(['allegation', 'claim', 'rumour', 'rumor', 'speculation', 'suggestion', 'accusation', 'charge', 'fear', 'hope', 'possibility', 'prospect', 'idea', 'plan', 'proposal']);

/** Governing verbs through which the event did happen ("began talks", "managed to sign"). */
export const IMPLICATIVE_GOVERNORS = new Set(['begin', 'start', 'continue', 'resume', 'manage', 'go', 'end', 'open', 'conclude', 'hold', 'complete']);

/** Modal auxiliaries that make an event future or possible ("will meet", "could impose"). */
export const IRREALIS_AUX = new Set(['will', 'would', 'shall', 'should', 'could', 'may', 'might', 'can', 'must', "'ll", 'wo', 'ca']);

/** Adjectives that make a nominalised event planned or possible ("the planned visit", "proposed talks"). */
export const IRREALIS_ADJECTIVES = new Set(['proposed', 'planned', 'possible', 'future', 'upcoming', 'forthcoming', 'expected', 'scheduled', 'potential', 'prospective', 'likely']);

/** Prepositions under which a nominalised event is a topic, not a report ("talks on the release of"). */
export const TOPIC_CASES = new Set(['on', 'about', 'over', 'regarding', 'concerning', 'for', 'towards', 'toward']);

/** Measures whose announcement or warning is a threat ("warned Tokyo of sanctions", "would retaliate"). */
export const COERCIVE_LEMMAS = new Set(['sanction', 'retaliation', 'retaliate', 'tariff', 'embargo', 'boycott', 'veto', 'strike', 'expel', 'ban', 'reprisal', 'punish', 'penalty', 'action', 'impose']);

/** Governors under which a coercive measure is announced, so threatened: "planned to raise tariffs". */
export const THREAT_GOVERNORS = new Set(['plan', 'intend', 'threaten', 'prepare', 'decide', 'announce', 'vow', 'warn', 'set', 'poised', 'ready', 'move']);

/** Nouns of asking that name a requester: "at the request of X", "at X's invitation". */
export const REQUEST_NOUNS = new Set(['request', 'behest', 'invitation', 'urging']);

/** Number words for counts of the people released ("three journalists"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, hundred: 100, dozens: 24, hundreds: 200,
};
