/**
 * Verbs of saying, as lemmas. PolNeAR also annotates attributed beliefs, intentions and evidence
 * ("wants", "backs", "shows", "found"); the extractor only reports speech, so by default the gold is
 * cut down to attributions whose cue contains one of these lemmas.
 */
export const SPEECH_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'announce', 'argue', 'claim', 'explain', 'note', 'warn', 'write', 'ask',
  'insist', 'deny', 'suggest', 'report', 'reply', 'respond', 'acknowledge', 'admit', 'declare', 'comment',
  'testify', 'tweet', 'predict', 'promise', 'vow', 'urge', 'call', 'describe', 'confirm', 'recall',
  'repeat', 'continue', 'mention', 'emphasize', 'stress', 'assert', 'contend', 'concede', 'remark',
  'quip', 'joke', 'shout', 'chant', 'speak', 'answer', 'complain', 'pledge', 'reiterate', 'retort',
  'propose', 'boast', 'accuse', 'charge', 'blast', 'criticize', 'condemn', 'attack', 'praise', 'demand',
  'question', 'echo', 'proclaim', 'allege', 'post', 'disclose', 'reveal', 'maintain', 'observe',
  'counter', 'lament', 'scoff', 'advise', 'discuss', 'quote', 'cite', 'recount', 'brag', 'plead',
]);

/** Multi-word cues matched as phrases in the lower-cased cue text. */
export const SPEECH_CUE_PHRASES: readonly string[] = [
  'according to', 'point out', 'pointed out', 'points out', 'pointing out', 'put it', 'weigh in',
  'weighed in', 'went on', 'go on', 'goes on', 'in a statement', 'in an interview',
];

// Colons and dashes are cues in PolNeAR when they introduce a quote ("Pat Caddell: Democrat voters
// ..." headlines, "“...” ― Trump" pull quotes): speech by any reasonable reading.
const PUNCTUATION_CUE = /^[\s:\u2012-\u2015-]+$/;

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', spoke: 'speak',
  spoken: 'speak', went: 'go', gone: 'go', put: 'put', quoted: 'quote',
};

/** Lemma candidates of one lower-case word form by suffix stripping (noted -> note, denied -> deny). */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (IRREGULAR[w]) return [IRREGULAR[w]];
  const out = [w];
  const strip = (suffix: string, add = '') => {
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) out.push(w.slice(0, -suffix.length) + add);
  };
  strip('ies', 'y');
  strip('ied', 'y');
  strip('es');
  strip('s');
  strip('ed');
  strip('ed', 'e');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  // admitted -> admit, admitting -> admit
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(w);
  if (doubled) out.push(doubled[1]);
  return out;
}

/** True when a cue (as written, any tense, possibly with auxiliaries or adverbs) is a verb of saying. */
export function isSpeechCue(cueText: string): boolean {
  const lower = cueText.toLowerCase().replace(/\s+/g, ' ').trim();
  if (lower === '') return false;
  if (PUNCTUATION_CUE.test(lower)) return true;
  if (SPEECH_CUE_PHRASES.some((p) => new RegExp(`(^|\\W)${p}(\\W|$)`).test(lower))) return true;
  return lower
    .split(/[^a-z’']+/)
    .filter(Boolean)
    .some((word) => lemmaCandidates(word).some((l) => SPEECH_CUE_LEMMAS.has(l)));
}

/** The rule in words, printed with the results so a reader knows what "speech" meant. */
export const SPEECH_CUE_RULE =
  'speech cues = cue contains a word whose lemma is one of ' +
  `{${[...SPEECH_CUE_LEMMAS].join(', ')}}, or a phrase {${SPEECH_CUE_PHRASES.join(', ')}}, ` +
  'or the cue is only a colon/dash introducing a quote; attributions without a cue are excluded';
