import type { Sentence } from '../model/doc.js';
import { childrenOf } from './syntax/dep-labeller.js';
import { subtreeRange } from './syntax/subtree-range.js';
import { speechVerbLemma } from './lexicon/speech-verbs.js';
import { isCognitionLemma, isStanceLemma } from './lexicon/cognition-verbs.js';
import { SEQUENCE_ADVERBS } from './lexicon/reported-speech-words.js';
import { oneOf } from './lexicon/word-pattern.js';

const PAST = new Set(['VBD', 'VBN']);
const PRESENT = new Set(['VBZ', 'VBP']);

// A verb of saying or stance in the cue's own tense ("said ... and called", "says ... but argues"):
// a second act of the speaker's, where a verb of the reported clause would rarely be one of saying.
function isSecondAct(s: Sentence, cue: number, i: number): boolean {
  const w = s.syntax[i];
  const word = s.tokens[i].text.toLowerCase();
  const saying = !!speechVerbLemma(word) || ((w.upos === 'VERB') && (isStanceLemma(w.lemma) || isCognitionLemma(w.lemma)));
  if (!saying) return false;
  const tense = s.syntax[cue].xpos;
  // the tagger may call a present "argues" a plural noun: the -s form is read off the word
  if (PRESENT.has(tense)) return PRESENT.has(w.xpos) || /[^s]s$/.test(word);
  return PAST.has(tense) && PAST.has(w.xpos) && word !== s.tokens[cue].text.toLowerCase();
}

const COORDINATOR = /^(and|but)$/i;
const isSequenceAdverb = oneOf(SEQUENCE_ADVERBS);

/**
 * Where what a verb of saying reports ends: before the speaker's next act after it, coordinated
 * with the cue ("said the talks had failed and called for new ones", "says she respects him but
 * argues ...") or a participle clause (", adding that ..."), and before a parenthetical clause the
 * parse hangs on the cue. Such verbs belong to the speaker, not to what was said. The parse
 * attaches the coordinated verb to the cue or to the complement's verb about equally often, so
 * the coordinated verb is found by its tag and tense, and the parse decides the rest. Returns the
 * token index the content stops before (`s.tokens.length` when nothing cuts it), never before
 * `from` + 2.
 */
export function reportedContentStop(s: Sentence, cue: number, from: number): number {
  const toks = s.tokens;
  if (s.syntax.length !== toks.length) return toks.length;
  let open = false;
  for (let i = from + 2; i < toks.length - 1; i++) {
    if (/^["“”]$/.test(toks[i].text)) open = !open;
    if (open) continue;
    let v = i + 1;
    while (v < toks.length - 1 && isSequenceAdverb(toks[v].text)) v++;
    if (COORDINATOR.test(toks[i].text) && isSecondAct(s, cue, v)) return i;
    // ", adding that ...", ", insisting ...": a participle of saying with no subject of its own
    if (toks[i].text === ',' && s.syntax[v].xpos === 'VBG' && speechVerbLemma(toks[v].text)) return i;
  }
  const kids = childrenOf(Int32Array.from(s.syntax, (w) => w.head));
  const comp = kids[cue].find((c) => c > cue && s.syntax[c].deprel === 'ccomp');
  if (comp === undefined) return toks.length;
  const aside = kids[cue].filter((c) => c > comp && s.syntax[c].deprel === 'parataxis').map((c) => subtreeRange(kids, c)[0]);
  return Math.max(from + 2, Math.min(toks.length, ...aside));
}
