// Verbs that introduce what someone said, each inflected form mapped to its lemma. Beliefs and
// intentions ("backs", "wants") are left out on purpose: a researcher asks who *said* what.
const LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  note: ['note', 'notes', 'noted', 'noting'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised', 'emphasizing', 'emphasising'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  state: ['state', 'states', 'stated'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  report: ['report', 'reports', 'reported', 'reporting'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  write: ['write', 'writes', 'wrote', 'written'],
  ask: ['ask', 'asks', 'asked'],
  call: ['call', 'calls', 'called', 'calling'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  admit: ['admit', 'admits', 'admitted'],
  comment: ['comment', 'comments', 'commented'],
  predict: ['predict', 'predicts', 'predicted'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  urge: ['urge', 'urges', 'urged'],
  suggest: ['suggest', 'suggests', 'suggested'],
  recall: ['recall', 'recalls', 'recalled'],
  repeat: ['repeat', 'repeats', 'repeated'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  complain: ['complain', 'complains', 'complained'],
  concede: ['concede', 'concedes', 'conceded'],
  observe: ['observe', 'observes', 'observed'],
  remark: ['remark', 'remarks', 'remarked'],
  assert: ['assert', 'asserts', 'asserted'],
  maintain: ['maintain', 'maintains', 'maintained'],
  contend: ['contend', 'contends', 'contended'],
  caution: ['caution', 'cautions', 'cautioned'],
  allege: ['allege', 'alleges', 'alleged'],
  underline: ['underline', 'underlines', 'underlined'],
  underscore: ['underscore', 'underscores', 'underscored'],
  indicate: ['indicate', 'indicates', 'indicated'],
  disclose: ['disclose', 'discloses', 'disclosed'],
  reveal: ['reveal', 'reveals', 'revealed'],
  estimate: ['estimate', 'estimates', 'estimated'],
  forecast: ['forecast', 'forecasts', 'forecasted'],
  agree: ['agree', 'agrees', 'agreed'],
  accuse: ['accuse', 'accuses', 'accused'],
  threaten: ['threaten', 'threatens', 'threatened'],
  demand: ['demand', 'demands', 'demanded'],
  propose: ['propose', 'proposes', 'proposed'],
  describe: ['describe', 'describes', 'described'],
  confess: ['confess', 'confesses', 'confessed'],
  hint: ['hint', 'hints', 'hinted'],
  signal: ['signal', 'signals', 'signalled', 'signaled'],
  reckon: ['reckon', 'reckons', 'reckoned'],
  wonder: ['wonder', 'wonders', 'wondered'],
  quote: ['quoted'],
  testify: ['testify', 'testifies', 'testified'],
  answer: ['answer', 'answers', 'answered'],
  continue: ['continued'],
  conclude: ['conclude', 'concludes', 'concluded'],
  boast: ['boast', 'boasts', 'boasted', 'boasting'],
  brag: ['brag', 'brags', 'bragged', 'bragging'],
  joke: ['joked', 'jokes', 'joking'],
  quip: ['quipped', 'quips'],
  shout: ['shouted', 'shouts', 'shouting'],
  yell: ['yelled', 'yells', 'yelling'],
  chant: ['chanted', 'chants', 'chanting'],
  exclaim: ['exclaim', 'exclaims', 'exclaimed'],
  retort: ['retorted', 'retorts'],
  counter: ['countered'],
  lament: ['lamented', 'laments'],
  scoff: ['scoffed', 'scoffs'],
  plead: ['pleaded', 'pleads'],
  pledge: ['pledged', 'pledges'],
  proclaim: ['proclaim', 'proclaims', 'proclaimed'],
  mention: ['mentioned', 'mentions'],
  recount: ['recounted', 'recounts'],
  point_out: [],
};

const FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(LEMMAS)) for (const f of forms) FORMS.set(f, lemma);

/** The lemma of a speech verb form ("emphasised" -> "emphasize"), or undefined if it is not one. */
export function speechVerbLemma(word: string): string | undefined {
  return FORMS.get(word.toLowerCase());
}

// Verbs that take a "that"-clause or a quote only when they report speech, not when they take an
// object: "agreed to", "threatened to" are events, handled by their own passes, so these count as
// cues only before "that" or a quote.
export const WEAK_CUES = new Set(['call', 'agree', 'threaten', 'demand', 'propose', 'describe', 'quote', 'continue', 'estimate', 'forecast', 'accuse', 'ask', 'urge', 'promise', 'vow', 'report', 'state', 'maintain', 'observe', 'answer', 'conclude', 'write', 'reveal', 'indicate', 'disclose', 'recall', 'repeat', 'predict', 'deny', 'confirm', 'admit', 'acknowledge',
  // manner-of-speaking verbs: mostly before a quote ("chanted, ...") or a that-clause
  'boast', 'brag', 'joke', 'quip', 'shout', 'yell', 'chant', 'exclaim', 'retort', 'counter', 'lament', 'scoff', 'plead', 'pledge', 'proclaim', 'mention', 'recount']);

// Verbs that report someone else's words: "quoted X as saying", "cited X as saying".
const QUOTING = new Set(['quote', 'cite']);

/** Whether a lemma reports another's words, whose object is the speaker ("quoted X as saying"). */
export const isQuotingLemma = (lemma: string) => QUOTING.has(lemma);
