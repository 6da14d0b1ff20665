import { NerTagger, type NerSpan } from '../../src/extract/ner/tagger.js';

/** Entities the project's tagger finds in one sentence (space-separated tokens), as "words/TYPE". */
export function nerEntities(sentence: string): string[] {
  const tokens = sentence.split(' ');
  const [spans] = NerTagger.default().spansOfDocument([tokens]);
  return spans.map((s: NerSpan) => `${tokens.slice(s.start, s.end).join(' ')}/${s.type}`);
}
