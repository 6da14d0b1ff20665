// Verbs of belief, knowledge and intention whose clausal complement is an attributed proposition
// ("X believes that ...", "X fears the deal will fail"). PolNeAR annotates them as attributions
// beside the verbs of saying; a researcher asking "who holds what view" wants them too.
// Lemmas: the parse gives each word its lemma, so no inflected forms are listed.
const COGNITION = [
  'think', 'believe', 'expect', 'hope', 'fear', 'know', 'feel', 'doubt', 'worry', 'suspect', 'assume',
  'realize', 'realise', 'recognize', 'recognise', 'understand', 'figure', 'reckon', 'guess', 'imagine',
  'suppose', 'conclude', 'decide', 'agree', 'insist', 'acknowledge', 'find', 'hold', 'see',
  'consider', 'argue', 'wonder', 'question', 'learn', 'remember', 'forget', 'bet', 'trust', 'presume',
  'speculate', 'anticipate', 'predict', 'hint', 'signal', 'indicate', 'show', 'prove', 'suggest',
];

/** Verbs whose "to"-infinitive complement is what the subject wants or intends ("X wants to ..."). */
const INTENTION = ['want', 'plan', 'intend', 'hope', 'wish', 'seek', 'vow', 'pledge', 'promise', 'threaten', 'refuse', 'urge'];

const COGNITION_SET = new Set(COGNITION);
const INTENTION_SET = new Set(INTENTION);

/** True for the lemma of a verb of belief or knowledge that takes a clause. */
export const isCognitionLemma = (lemma: string) => COGNITION_SET.has(lemma);

/** True for the lemma of a verb of intention that takes a "to"-infinitive. */
export const isIntentionLemma = (lemma: string) => INTENTION_SET.has(lemma);

// Verbs of stance whose direct object is what the stance is about ("X criticized the decision",
// "X backs the deal"): PolNeAR annotates the object as the attributed content.
const STANCE = [
  'support', 'back', 'endorse', 'oppose', 'criticize', 'criticise', 'praise', 'condemn', 'blame', 'slam',
  'blast', 'welcome', 'reject', 'dismiss', 'applaud', 'thank', 'discuss', 'describe', 'mention', 'propose',
  'recommend', 'demand', 'request', 'defend', 'dispute', 'challenge', 'tout', 'cite', 'favor', 'favour',
  'mock', 'ridicule', 'decry', 'denounce', 'embrace', 'question', 'deny', 'announce', 'predict', 'promise',
  'champion', 'hail', 'lament', 'acknowledge', 'admit', 'reaffirm', 'repeat', 'reiterate', 'echo', 'highlight',
  'protest', 'pan', 'label', 'brand', 'coin', 'tweet', 'post', 'advocate', 'fault', 'assail', 'lambast', 'laud',
  'commend', 'congratulate', 'deplore', 'float', 'unveil', 'outline', 'vow', 'pledge',
];

// Verbs whose prepositional object is the topic of what was said or felt ("spoke about the talks",
// "called for a ceasefire", "warned of a crisis"), with the prepositions that introduce it.
const TOPIC = [
  'speak', 'talk', 'comment', 'complain', 'warn', 'worry', 'ask', 'call', 'argue', 'write', 'testify',
  'boast', 'joke', 'tweet', 'lobby', 'push', 'campaign', 'rail', 'caution', 'press', 'plead', 'appeal',
  'advocate', 'insist', 'speculate', 'brag', 'report', 'say', 'agree', 'disagree', 'care', 'think', 'know',
  'respond', 'reply', 'react', 'refer', 'weigh', 'chime', 'focus', 'hint', 'elaborate', 'remark', 'testify',
];
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on', 'against', 'over', 'regarding']);
// "to" is a topic only after answering verbs ("responded to the remarks", "referred to the deal").
const TO_TOPIC = new Set(['respond', 'reply', 'react', 'refer']);
// "for" is a topic only after asking and pushing ("called for a ceasefire"), not "spoke for an hour".
const FOR_TOPIC = new Set(['call', 'ask', 'push', 'press', 'campaign', 'lobby', 'plead', 'appeal', 'advocate']);

const STANCE_SET = new Set(STANCE);
const TOPIC_SET = new Set(TOPIC);

/** True for the lemma of a verb whose direct object is the content of a stance. */
export const isStanceLemma = (lemma: string) => STANCE_SET.has(lemma);

/** True when `preposition` after a verb with this lemma introduces the topic of what was said. */
export const isTopicPhrase = (lemma: string, preposition: string) =>
  TOPIC_SET.has(lemma) &&
  (TOPIC_PREPOSITIONS.has(preposition.toLowerCase()) ||
    (preposition.toLowerCase() === 'for' && FOR_TOPIC.has(lemma)) ||
    (preposition.toLowerCase() === 'to' && TO_TOPIC.has(lemma)));

// Adjectives of attitude after a copula: "X is critical of Y", "X is confident that ...".
const ATTITUDE = [
  'critical', 'supportive', 'appreciative', 'upbeat', 'optimistic', 'pessimistic', 'confident', 'sure', 'certain',
  'concerned', 'worried', 'skeptical', 'sceptical', 'tired', 'proud', 'happy', 'angry', 'furious', 'disappointed',
  'wary', 'aware', 'convinced', 'hopeful', 'adamant', 'unhappy', 'enthusiastic', 'opposed', 'dismissive',
  'forthcoming', 'afraid', 'glad', 'pleased', 'frustrated', 'satisfied', 'dissatisfied', 'doubtful', 'fearful',
  'mindful', 'vocal', 'clear', 'keen', 'eager', 'reluctant', 'determined', 'open', 'comfortable', 'uncomfortable',
];
const ATTITUDE_SET = new Set(ATTITUDE);

/** True for an adjective whose complement ("of Y", "that ...") is its subject's stated attitude. */
export const isAttitudeAdjective = (lemma: string) => ATTITUDE_SET.has(lemma);
