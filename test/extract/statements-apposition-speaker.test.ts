import { speakerOf } from '../helpers/statements.js';

// "The head of X, Name, said": the person whose name fills the apposition speaks, not the body
// named in the description before it; a person before the commas still speaks for themselves.
const rows: Array<[string, string, string, string]> = [
  ['Reuters', 'The head of the National Shipping Authority, Murilo Habbema, was quoted today as saying that foreign ships could be authorized to carry exports.', 'foreign ships could be authorized to carry exports', 'Murilo Habbema'],
  ['BBC', "The shadow chief secretary to the Treasury, George Osborne, said: \"This was more talk from the chancellor.\"", 'This was more talk from the chancellor.', 'George Osborne'],
  ['US paper', 'The chairman of the Senate Finance Committee, Ruth Baker, said the bill would pass by Friday.', 'the bill would pass by Friday', 'Ruth Baker'],
  ['BBC', 'Ana Ruiz, the head of the Electoral Commission, said turnout had fallen sharply.', 'turnout had fallen sharply', 'Ana Ruiz'],
];

describe('a name in apposition after a description', () => {
  test.each(rows)('%s: %s', (_style, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });
});

// ", saying:" after an object: the clause's subject speaks, even when the object ends in a word
// that is also a verb of saying ("the photo call").
const participles: Array<[string, string, string, string]> = [
  ['BBC', 'Conservative co-chairman Liam Fox derided the photo call, saying: "The show of unity was the worst acting I have seen."', 'The show of unity was the worst acting I have seen.', 'Liam Fox'],
  ['US paper', 'Sen. Maria Delgado dismissed the news report, saying the bill had never been in danger.', 'the bill had never been in danger', 'Maria Delgado'],
];

describe('a participle of saying after an object', () => {
  test.each(participles)('%s: %s', (_style, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });
});
