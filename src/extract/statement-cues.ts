import type { Sentence } from '../model/doc.js';
import type { QuoteSegment } from './find-quotes.js';
import { speechVerbLemma } from './lexicon/speech-verbs.js';
import { inside, overlaps, type Cue } from './statement-draft.js';
import { NOUN_CUE_MODIFIERS, NOUN_CUE_PREPOSITIONS } from './lexicon/reported-speech-words.js';
import { oneOf } from './lexicon/word-pattern.js';

// Multi-word cues: the first word, the words that must follow it, and the lemma they stand for.
const PHRASES: Array<[RegExp, string[], string]> = [
  [/^according$/i, ['to'], 'according to'],
  [/^point(s|ed|ing)?$/i, ['out'], 'point out'],
];

const isNounModifier = oneOf(NOUN_CUE_MODIFIERS);

const isNounPreposition = oneOf(NOUN_CUE_PREPOSITIONS);

/** The speech cues of a sentence outside its quotes, in token order. */
export function cuesOf(s: Sentence, quotes: QuoteSegment[]): Cue[] {
  const out: Cue[] = [];
  const mine = quotes.filter((q) => overlaps(q.content, s));
  const inQuote = (k: number) => mine.some((q) => inside(s.tokens[k], q.content));
  s.tokens.forEach((t, k) => {
    if (inQuote(k)) return;
    for (const [first, rest, lemma] of PHRASES) {
      if (!first.test(t.text)) continue;
      if (rest.every((w, i) => s.tokens[k + 1 + i]?.text.toLowerCase() === w)) {
        out.push({ k, lemma, span: { start: t.start, end: s.tokens[k + rest.length].end } });
      }
      return;
    }
    const lemma = speechVerbLemma(t.text);
    // After a determiner or possessive the word is a noun ("his latest remarks", "Trump's comments").
    if (lemma && k > 0 && isNounModifier(s.tokens[k - 1].text)) return;
    // After a preposition a word the tagger calls a noun is one ("over claims made in a book", "amid warnings").
    if (lemma && k > 0 && isNounPreposition(s.tokens[k - 1].text) && s.syntax[k]?.xpos.startsWith('NN')) return;
    // A capitalized cue word that is not sentence-initial is part of a name ("Tell", "Says").
    if (lemma && (k === 0 || /^\p{Ll}/u.test(t.text))) out.push({ k, lemma, span: { start: t.start, end: t.end } });
  });
  return out;
}

/** Tokens a cue takes up ("according to" and "point out" take two). */
export const cueLength = (cue: Cue) => (cue.lemma.includes(' ') ? 2 : 1);
