import { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

// Odd inputs a feed really contains: extraction must return a valid graph for each, never throw.
const inputs: [string, string][] = [
  ['punctuation only', '!!! ... ??? ---'],
  ['unbalanced quotes', 'He said "this never closes. And \u201cthis neither, she added.'],
  ['Windows line endings', 'LONDON, May 2 (Reuters) - Britain said so.\r\n\r\n"We agree," he said.\r\n'],
  ['one very long sentence', `The minister said ${'that the talks with France would go on and '.repeat(400)}end.`],
  ['non-Latin scripts', 'Президент сказал. 总统说。 Le président a dit « oui ».'],
  ['a dateline and nothing else', 'MINSK, August 22. /TASS/.'],
  ['titles without names', 'The President said. The Prime Minister agreed. The envoy, the deputy, and the spokeswoman met.'],
  ['brackets and dashes', '[UPDATE 2] -- (AP) — The talks — which began in May — stalled [sources said].'],
];

describe('odd inputs', () => {
  test.each(inputs)('%s', (_, text) => {
    const g = extract(text);
    expect(() => ArticleGraph.parse(g)).not.toThrow();
    for (const s of g.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
