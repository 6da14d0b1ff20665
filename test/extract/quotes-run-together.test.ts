import { extract } from '../helpers/seed.js';

// Copy that runs paragraphs together opens each quoted paragraph anew without closing the one
// before: the quotes must not be read inside out, and a sentence after a quote that reports with
// its own complement keeps its cue.
const rows: Array<[string, string, string[], string]> = [
  [
    'BBC',
    'Ms Okafor said: "We have already doubled the grant. "We are going to double it again by 2007." She said councils would be consulted on the plan.',
    ['We have already doubled the grant.', 'We are going to double it again by 2007.', 'councils would be consulted on the plan'],
    'Okafor',
  ],
  [
    'BBC business',
    'Mr Lindqvist told reporters: "The merger makes sense for both firms. "Our shareholders will back it." He said the board would meet on Friday.',
    ['The merger makes sense for both firms.', 'Our shareholders will back it.', 'the board would meet on Friday'],
    'Lindqvist',
  ],
  [
    'US paper',
    'Sen. Maria Delgado said, “The bill is dead. “Nobody wants to vote on it before November.” She said leaders had given up.',
    ['The bill is dead.', 'Nobody wants to vote on it before November.', 'leaders had given up'],
    'Delgado',
  ],
];

describe('quotes reopened without a closing mark', () => {
  test.each(rows)('%s: %s', (_style, text, contents, speaker) => {
    const g = extract(text, '2024-05-06');
    for (const content of contents) {
      const st = g.statements.find((s) => text.slice(s.start, s.end).replace(/\.$/, '') === content.replace(/\.$/, ''));
      expect({ content, found: !!st }).toEqual({ content, found: true });
      expect(g.entities.find((e) => e.id === st!.speakerId)?.name).toMatch(new RegExp(`${speaker}$`));
    }
    // the narrative between the pieces is never read as a quote
    expect(g.statements.some((s) => /said|told/.test(text.slice(s.start, s.end)))).toBe(false);
  });
});

// A quote that closes normally is still one piece, and "." inside a quote does not split it.
const kept: Array<[string, string, string]> = [
  ['Reuters', '"Prices will rise. Demand is strong," the minister said.', 'Prices will rise. Demand is strong'],
  ['BBC', 'He said: "It was a mistake. I am sorry." The party declined to comment.', 'It was a mistake. I am sorry.'],
];

describe('closed quotes stay whole', () => {
  test.each(kept)('%s: %s', (_style, text, content) => {
    const g = extract(text, '2024-05-06');
    expect(g.statements.map((s) => text.slice(s.start, s.end))).toContain(content);
  });
});
