import { isLowercaseSequence, truecase } from '../../src/extract/ner/truecase.js';
import { nerEntities as entities } from '../helpers/ner-entities.js';

// One table per writing style the tagger meets outside CoNLL's Reuters copy. Names are made up or
// generic, so the rows test what generalizes, not what the training data happened to contain.
describe('NerTagger across casing and styles', () => {
  test.each<[string, string, string[]]>([
    ['all-caps headline', 'CLINTON AND YELTSIN TO MEET IN HELSINKI', ['CLINTON/PER', 'YELTSIN/PER', 'HELSINKI/LOC']],
    ['all-caps headline', 'PRIME MINISTER VISITS JAPAN AND SOUTH KOREA', ['JAPAN/LOC', 'SOUTH KOREA/LOC']],
    ['lower-cased text', 'officials from norway and chile met in oslo on monday .', ['norway/LOC', 'chile/LOC', 'oslo/LOC']],
    ['lower-cased text', 'the european union said on friday it would appeal .', ['european union/ORG']],
    ['honorific without a period', 'Mr Okafor said the plan would fail .', ['Okafor/PER']],
    ['honorific without a period', 'Mrs Adeyemi and Ms Kowalczyk disagreed .', ['Adeyemi/PER', 'Kowalczyk/PER']],
    ['honorific without a period', 'Dr Nwosu told reporters the drug was safe .', ['Nwosu/PER']],
    ['honorific without a period', 'Sir Malcolm Brennan will chair the inquiry .', ['Malcolm Brennan/PER']],
    ['initials without periods', 'Harry S Truman was president .', ['Harry S Truman/PER']],
    ['initials without periods', 'Thomas J Whitfield , the chairman , resigned .', ['Thomas J Whitfield/PER']],
  ])('%s: %s', (_style, sentence, expected) => {
    expect(entities(sentence)).toEqual(expected);
  });

  // CoNLL tags a maker's name MISC where it names a product; find-names makes a listed company
  // named alone an organization (test/extract/name-conventions.test.ts). Here: found, not missed.
  test.each<[string, string[]]>([
    ['Airbus and Boeing said orders rose , while FedEx cut jobs .', ['Airbus', 'Boeing', 'FedEx']],
    ['Siemens reported higher profits on Thursday .', ['Siemens']],
  ])('companies named alone: %s', (sentence, expected) => {
    const found = entities(sentence);
    expect(found.map((e) => e.split('/')[0])).toEqual(expected);
    expect(found.every((e) => /\/(ORG|MISC)$/.test(e))).toBe(true);
  });

  test('an honorific alone is no person', () => {
    expect(entities('He was addressed as Sir throughout the hearing .')).toEqual([]);
  });
});

describe('truecase', () => {
  test.each<[string[], boolean]>([
    [['talks', 'in', 'oslo'], true],
    [['Talks', 'in', 'Oslo'], false],
    [['1996', '-', '08'], false],
  ])('isLowercaseSequence(%j) is %s', (seq, expected) => {
    expect(isLowercaseSequence(seq)).toBe(expected);
  });

  test('restores the capital of words news capitalizes, and only those', () => {
    const stats = new Map([['oslo', 5], ['talks', 0], ['ocean', 2]]);
    expect(truecase(['talks', 'in', 'oslo', 'ocean'], stats)).toEqual(['talks', 'in', 'Oslo', 'ocean']);
  });
});
