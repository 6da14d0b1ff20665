import { fixPersonSpans } from '../../src/extract/ner/person-spans.js';
import { labelsToSpans, NER_TYPES } from '../../src/extract/ner/labels.js';
import { nerEntities as entities } from '../helpers/ner-entities.js';

// Styles test/ner/styles.test.ts does not cover: US papers' abbreviated titles, British peers and
// titles without a period, a Reuters dateline, headlines of several outlets. Names are invented.
describe('NerTagger on more outlets and styles', () => {
  test.each<[string, string, string[]]>([
    ['US abbreviated title', 'Sen. Patricia Alvarez voted against the bill on Tuesday .', ['Patricia Alvarez/PER']],
    ['US abbreviated title', 'Gov. Ruiz vetoed the measure in Sacramento .', ['Ruiz/PER', 'Sacramento/LOC']],
    ['US honorific with a period', 'Mr. Okafor told The Daily Ledger he would appeal .', ['Okafor/PER', 'The Daily Ledger/ORG']],
    ['BBC peers', 'Lord Hennessy and Baroness Kirkby spoke in the debate .', ['Hennessy/PER', 'Kirkby/PER']],
    ['BBC honorific and full name', 'Dr Amara Osei , a scientist at the University of Leeds , said the findings were clear .', ['Amara Osei/PER', 'University of Leeds/ORG']],
    ['Reuters dateline', 'LONDON , March 3 ( Reuters ) - Britain and Ireland agreed on Tuesday to reopen the border .', ['LONDON/LOC', 'Reuters/ORG', 'Britain/LOC', 'Ireland/LOC']],
    ['lower-cased text', 'the prime minister met angela merkel in berlin .', ['angela merkel/PER', 'berlin/LOC']],
  ])('%s: %s', (_style, sentence, expected) => {
    expect(entities(sentence)).toEqual(expected);
  });
});

describe('fixPersonSpans', () => {
  // Labels: 0 O, 1 B-PER, 2 I-PER, 3 L-PER, 4 U-PER (labels.ts).
  test.each<[string[], number[], string[]]>([
    [['Sen.', 'Ann', 'Webb', 'said'], [1, 2, 3, 0], ['Ann Webb/PER']],
    [['Mr', 'Okafor', 'left'], [1, 3, 0], ['Okafor/PER']],
    [['Gov.', 'Ruiz'], [1, 3], ['Ruiz/PER']],
    [['Sir'], [4], []],
    // Without its period a title abbreviation may be a word of the name.
    [['Col', 'Brennan'], [1, 3], ['Col Brennan/PER']],
    [['Thomas', 'J.', 'Whitfield'], [0, 1, 3], ['Thomas J. Whitfield/PER']],
  ])('%j', (words, labels, expected) => {
    const out = [...labels];
    fixPersonSpans(words, out);
    expect(labelsToSpans(out).map(([a, b, t]) => `${words.slice(a, b).join(' ')}/${NER_TYPES[t]}`)).toEqual(expected);
  });
});
