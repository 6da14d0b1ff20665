import type { Span, Statement } from '../model/index.js';
import type { Doc } from '../model/doc.js';
import type { QuoteSegment } from './find-quotes.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** A speech cue in a sentence: `k` is its first token's index there, `lemma` the verb's lemma. */
export interface Cue {
  k: number;
  lemma: string;
  span: Span;
}

/** A statement before its speaker is resolved to an entity (extract-article does that). */
export interface Draft {
  speaker?: SpeakerPhrase;
  cue?: Cue;
  kind: Statement['kind'];
  content: Span;
  quotes: QuoteSegment[];
  origin: string;
  confidence: number;
}

/** True when `span` lies within `q`. */
export const inside = (span: Span, q: Span) => q.start <= span.start && span.end <= q.end;

/** True when the spans share a character. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** How many words (tokens with a letter) a span holds. */
export const wordsIn = (doc: Doc, s: Span) => doc.text.slice(s.start, s.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
