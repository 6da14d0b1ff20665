import { isDirectQuote } from '../../scripts/lib/quote-marks.js';
import { isSpeechCue, lemmaCandidates } from '../../scripts/lib/speech-cues.js';

describe('isSpeechCue', () => {
  const rows: Array<[string, boolean]> = [
    ['said', true],
    ['says', true],
    ['has said', true],
    ['said Friday', true],
    ['told', true],
    ['noted', true],
    ['denied', true],
    ['admitted', true],
    ['tweeted', true],
    ['according to', true],
    ['pointed out', true],
    ['called for', true],
    ['did not immediately respond', true],
    ['continued:', true],
    [':', true],
    ['―', true],
    ['wants', false],
    ['believes', false],
    ['shows', false],
    ['found', false],
    ['endorses', false],
    ['in', false],
    ['', false],
  ];
  it.each(rows)('%j -> %s', (cue, expected) => expect(isSpeechCue(cue)).toBe(expected));

  it.each([
    ['noted', 'note'],
    ['denies', 'deny'],
    ['urges', 'urge'],
    ['warning', 'warn'],
    ['admitting', 'admit'],
  ])('lemma of %s includes %s', (word, lemma) => expect(lemmaCandidates(word)).toContain(lemma));
});

describe('isDirectQuote', () => {
  const at = (text: string, piece: string) => {
    const start = text.indexOf(piece);
    return [{ start, end: start + piece.length }];
  };
  const rows: Array<[string, string, string, boolean]> = [
    ['PolNeAR style, marks inside', '“We won,” he said.', '“We won,”', true],
    ['marks just outside', 'He said "we won" today.', 'we won', true],
    ['cut before the comma', '"We won," he said.', 'We won', true],
    ['indirect', 'He said that they won.', 'that they won', false],
    ['paraphrase ending in a quoted phrase', 'He said he was “very concerned.”', 'he was “very concerned.', false],
    ['single quotes', "He said 'no'.", 'no', true],
  ];
  it.each(rows)('%s', (_name, text, piece, expected) => expect(isDirectQuote(text, at(text, piece))).toBe(expected));

  it('uses the first and last fragment of a split quote', () => {
    const text = '“One,” said X. “Two.”';
    expect(isDirectQuote(text, [{ start: 0, end: 6 }, { start: 15, end: 21 }])).toBe(true);
  });
});
