import { extract } from '../helpers/seed.js';
import { speakerOf } from '../helpers/statements.js';

// A story that names its source by kind first ("the report", "the watchdog") and by name in the
// next sentences: the organization named next speaks; with an organization already in view, the
// earlier rules decide.
const rows: Array<[string, string, string, string]> = [
  ['BBC', 'The report said the sale had cost taxpayers £28m. The National Audit Office said lessons had to be learned.', 'the sale had cost taxpayers £28m', 'National Audit Office'],
  ['BBC business', 'The watchdog said fees on store cards were too high. The Competition Commission said it would publish its findings in March.', 'fees on store cards were too high', 'Competition Commission'],
  ['Reuters', 'The company said first-quarter profits would fall. Nordic Steel said the strike had cost it 40 mln crowns.', 'first-quarter profits would fall', 'Nordic Steel'],
];

describe('a source named by kind before its name', () => {
  test.each(rows)('%s: %s', (_style, text, content, speaker) => {
    expect(speakerOf(text, content)).toMatch(new RegExp(`${speaker}$`));
  });
});

test('a person named next is not an organization anaphor\'s speaker', () => {
  const text = 'The company said profits would fall. Chief executive Anna Berg said the strike was to blame.';
  const g = extract(text, '2024-05-06');
  const st = g.statements.find((s) => text.slice(s.start, s.end) === 'profits would fall');
  expect(st?.speakerId ?? null).toBeNull();
});

// A lead ending in its source: a title with joining words, or a description before the name.
const postposed: Array<[string, string, string, string]> = [
  ['BBC', 'Ministers would not rule out scrapping the agency if it failed to improve, Work and Pensions Secretary Ana Ruiz has warned.', 'Ministers would not rule out scrapping the agency if it failed to improve', 'Ana Ruiz'],
  ['BBC business', 'Rising costs are hitting confidence among small manufacturers, business lobby group the CBI says.', 'Rising costs are hitting confidence among small manufacturers', 'CBI'],
  ['Reuters', 'The dispute could last for months, Secretary of State for Trade Tom Hale said on Monday.', 'The dispute could last for months', 'Tom Hale'],
];

describe('a lead that ends in its source', () => {
  test.each(postposed)('%s: %s', (_style, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });
});
