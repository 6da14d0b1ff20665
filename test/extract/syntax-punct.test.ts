import { attachPunctuation } from '../../src/extract/syntax/punct-attachment.js';

// Invented sentences with a hand-made tree of their words (1-based heads as in CoNLL-U, 0 = root):
// the parser's heads for the punctuation go in, UD's come out.
type Row = [string, string, number[], number[]];
const rows: Row[] = [
  // a final full stop hangs from the root even when the parser put it on the last word
  ['full stop (wire)', 'Talks resumed on Monday .', [2, 0, 4, 2, 4], [2, 0, 4, 2, 2]],
  // quotes pair up around the word heading the quoted span
  ['quotes (BBC)', 'She called it " a disgrace " .', [2, 0, 2, 6, 6, 2, 2, 2], [2, 0, 2, 6, 6, 2, 6, 2]],
  ['curly quotes', 'He said \u201c no \u201d .', [2, 0, 2, 2, 2, 2], [2, 0, 4, 2, 4, 2]],
  // a bracket pair around an aside goes to the aside's head
  ['brackets (US paper)', 'The firm ( Acme ) fell .', [2, 6, 2, 2, 4, 0, 6], [2, 6, 4, 2, 4, 0, 6]],
  // a comma the parser hung across other arcs (a crossing arc) moves to a projective place
  ['relative clause', 'The envoy , who resigned , spoke .', [2, 7, 1, 5, 2, 5, 0, 7], [2, 7, 5, 5, 2, 5, 0, 7]],
  // the parser's own choice stands when the rule allows it
  ['comma kept', 'Prices rose , analysts said .', [2, 5, 5, 5, 0, 5], [2, 5, 5, 5, 0, 5]],
];

describe('punctuation attached as UD attaches it', () => {
  test.each(rows)('%s: %s', (_label, sentence, parsed, expected) => {
    const forms = sentence.split(' ');
    const isPunct = (i: number) => /^[^\p{L}\p{N}]+$/u.test(forms[i]);
    const heads = attachPunctuation(Int32Array.from(parsed, (h) => h - 1), isPunct, forms);
    expect(Array.from(heads, (h) => h + 1)).toEqual(expected);
  });

  test('words other than punctuation keep their heads', () => {
    const forms = 'Ministers , officials and diplomats met .'.split(' ');
    const parsed = [6, 1, 6, 5, 1, 0, 1];
    const heads = attachPunctuation(Int32Array.from(parsed, (h) => h - 1), (i) => forms[i] === ',' || forms[i] === '.', forms);
    forms.forEach((f, i) => {
      if (f !== ',' && f !== '.') expect(heads[i] + 1).toBe(parsed[i]);
    });
    expect(heads[6] + 1).toBe(6);
  });
});
