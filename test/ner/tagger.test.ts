import { NerTagger } from '../../src/extract/ner/tagger.js';
import { nerEntities as entities } from '../helpers/ner-entities.js';

const tagger = NerTagger.default();

describe('NerTagger on sentences in several outlet styles', () => {
  test.each<[string, string, string[]]>([
    ['wire dateline', 'NAIROBI , March 4 ( Reuters ) - Kenyan Finance Minister Wanjiru Otieno said on Tuesday the budget would be revised .', ['NAIROBI/LOC', 'Reuters/ORG', 'Kenyan/MISC', 'Wanjiru Otieno/PER']],
    ['new person name', 'Zorvath Keldimar , a former banker , will lead the new commission .', ['Zorvath Keldimar/PER']],
    ['countries and a capital', 'Officials from Norway and Chile met in Oslo to discuss fishing quotas .', ['Norway/LOC', 'Chile/LOC', 'Oslo/LOC']],
    ['organization with "the"', 'The World Trade Organization ruled against the tariffs on Friday .', ['World Trade Organization/ORG']],
    ['sentence-initial adverb', 'Rather , the talks stalled after a week .', []],
    ['headline case', 'CHILE AND NORWAY AGREE ON FISHING QUOTAS', ['CHILE/LOC', 'NORWAY/LOC']],
    ['broadsheet, title before name', 'The deal was announced by chief executive Jacques Calvet in Paris .', ['Jacques Calvet/PER', 'Paris/LOC']],
    ['company', 'Shares of General Motors Corp rose 2 percent on Wednesday .', ['General Motors Corp/ORG']],
  ])('%s', (_style, sentence, expected) => {
    expect(entities(sentence)).toEqual(expected);
  });

  test('tagDocument returns IOB2 tags, one per token, sentence by sentence', () => {
    const doc = [['Talks', 'in', 'Oslo', '.'], ['Peter', 'Blackburn', 'reported', '.']];
    expect(tagger.tagDocument(doc)).toEqual([
      ['O', 'O', 'B-LOC', 'O'],
      ['B-PER', 'I-PER', 'O', 'O'],
    ]);
  });

  test('an empty document and an empty sentence are fine', () => {
    expect(tagger.tagDocument([])).toEqual([]);
    expect(tagger.tagDocument([[]])).toEqual([[]]);
  });

  test('default() is a singleton', () => {
    expect(NerTagger.default()).toBe(tagger);
  });
});
