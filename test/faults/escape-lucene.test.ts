import { allWords, escapeLucene } from '../../src/serve/escape-lucene.js';

describe('escapeLucene', () => {
  test.each([
    ['U.S.-China talks', 'U.S.\\-China talks'],
    ['name:* ~2 (a', 'name\\:\\* \\~2 \\(a'],
    ['talks AND', 'talks and'],
    ['NOT a OR b', 'not a or b'],
    ['ANDREW ORTON', 'ANDREW ORTON'],
    ['  ', ''],
    ['a '.repeat(500), 'a '.repeat(100).trim()],
  ])('%j', (q, want) => {
    expect(escapeLucene(q)).toBe(want);
  });
});

describe('allWords', () => {
  test.each([
    ['fugitive opposition', '+fugitive +opposition'],
    ['U.S.-China  talks', '+U.S.\\-China +talks'],
    ['talks AND', '+talks +and'],
    ['  ', ''],
  ])('%j', (q, want) => {
    expect(allWords(q)).toBe(want);
  });
});
