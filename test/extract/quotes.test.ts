import { findQuotes } from '../../src/extract/find-quotes.js';
import { splitParagraphs } from '../../src/extract/sentences.js';

// [text, the quoted contents findQuotes must return, in order]
const rows: Array<[string, string[]]> = [
  ['He said "we will win" today.', ['we will win']],
  ['He said “we will win” today.', ['we will win']],
  ['He said ‘we will win’ today.', ['we will win']],
  ["He said 'we will win' today.", ['we will win']],
  ['He said «we will win» today.', ['we will win']],
  ["He said ''we will win'' today.", ['we will win']],
  ['“We will win,” he said, “and soon.”', ['We will win', 'and soon.']],
  ['"They said \'never\' to us," he said.', ['They said \'never\' to us']],
  ['”Fear. I am truly afraid of what comes next.” ― A reader', ['Fear. I am truly afraid of what comes next.']],
  // apostrophes are not quotes
  ["It's the party's plan, the voters' choice.", []],
];

describe('findQuotes', () => {
  test.each(rows)('%s', (text, expected) => {
    const quotes = findQuotes(text, splitParagraphs(text));
    expect(quotes.map((q) => text.slice(q.content.start, q.content.end))).toEqual(expected);
  });

  test('a quote over several paragraphs, each opening with a quote mark, is marked as continuing', () => {
    const text = '"The talks have failed.\n\n"We will not return.\n\n"There will be no second chance."';
    const quotes = findQuotes(text, splitParagraphs(text));
    expect(quotes.map((q) => q.continues)).toEqual([true, true, false]);
  });
});
