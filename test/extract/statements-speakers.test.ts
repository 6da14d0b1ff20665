import type { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

// Who said it, when the speaker is not a name next to the cue: "he said" after another person was
// quoted, "the company said", "it said", "the paper reported", a country word inside the speaker's
// phrase, "quoted X as saying". Invented articles in the styles of BBC, Reuters and US papers.
// null: no speaker to cite, so the graph keeps no statement (attributedStatements)
function speakerOf(graph: ArticleGraph, content: string): string | null | undefined {
  const s = graph.statements.find((x) => x.text.startsWith(content));
  if (!s) return null;
  return s.speakerId ? graph.entities.find((e) => e.id === s.speakerId)?.name ?? s.speakerId : null;
}

const rows: Array<[string, string, string, string | null]> = [
  [
    'he said: the person last named as a subject, not the last person quoted (BBC)',
    'Mark Ellison is urging ministers to act on housing.\n\n' +
      'Opposition leader Ruth Baker said the plans were too timid. Mr Ellison has long been closer to the unions than any other minister.\n\n' +
      'He said the shortage was the worst in a generation.',
    'the shortage was the worst in a generation',
    'Mark Ellison',
  ],
  [
    'he said: a named object in between does not take over (wire)',
    'Finance Minister Kofi Mensah met central bank governor Peter Adjei on Tuesday.\n\nHe said the currency would recover by June.',
    'the currency would recover by June',
    'Kofi Mensah',
  ],
  [
    'he told: the subject named in apposition ("The head of X, NAME, was quoted")',
    'Union leader Jorge Santos said the strike would go on.\n\n' +
      'The head of the port authority, Miguel Ortega, was quoted as saying the ports would stay open.\n\n' +
      '"We cannot let exports stop," he told a local newspaper.',
    'We cannot let exports stop',
    'Miguel Ortega',
  ],
  [
    'the company said: the company the story is about, not the one mentioned last (BBC business)',
    'Harlow Foods said it was in talks with Brenton Holdings over a merger.\n\n' +
      'The company said Brenton Holdings had not yet made a formal offer.',
    'Brenton Holdings had not yet made a formal offer',
    'Harlow Foods',
  ],
  [
    'it said: the organization last named as speaker',
    'Harlow Foods expects profits to rise this year, with sales up 8%.\n\n' +
      'It said the cold winter had boosted demand for soups.',
    'the cold winter had boosted demand for soups',
    'Harlow Foods',
  ],
  [
    'the fund said: an unnamed definite phrase points back to the organization',
    'The International Monetary Fund said the world economy would grow 3% this year.\n\n' +
      'But the fund said that advanced economies would slow as trade weakened.',
    'advanced economies would slow as trade weakened',
    'International Monetary Fund',
  ],
  [
    'the report found: a document speaks for the organization that issued it',
    'The National Audit Office said the sale of the stadium had been badly managed.\n\n' +
      'The report said that too many advisers had been hired at high cost.',
    'too many advisers had been hired at high cost',
    'National Audit Office',
  ],
  [
    'the paper said: an outlet, never the company it reports on',
    'Harlow Foods is planning to cut 300 jobs, according to the Daily Telegraph.\n\n' +
      'The paper said that Harlow Foods would announce the cuts on Monday.',
    'Harlow Foods would announce the cuts on Monday',
    'Daily Telegraph',
  ],
  [
    'said COUNTRY-WORD official NAME: the person, not the country (wire)',
    'The two companies signed a supply deal on Monday.\n\n' +
      '"The pre-payment covers five years," said Russian oil official Sergei Ivanov.',
    'The pre-payment covers five years',
    'Sergei Ivanov',
  ],
  [
    'quoted X as saying: X said it (US paper)',
    'Chrysler agreed to buy the carmaker on Monday.\n\n' +
      'The company statement quoted Chrysler Chairman Robert Hale as saying the deal would create jobs.',
    'the deal would create jobs',
    'Robert Hale',
  ],
  [
    'quoted X as saying, "...": X said the quote, not the statement that quotes him',
    'Chrysler agreed to buy the carmaker on Monday.\n\n' +
      'The statement quoted Chrysler Chairman Robert Hale as saying, "We welcome the shareholders into the family."',
    'We welcome the shareholders into the family',
    'Robert Hale',
  ],
  [
    'an outlet the name model may miss, as the object of "according to" (BBC)',
    'Harlow Foods will close two plants, according to the Financial Times.\n\nThe closures would cost 300 jobs.',
    'Harlow Foods will close two plants',
    'Financial Times',
  ],
  [
    'according to COUNTRY-WORD newspaper NAME: the newspaper',
    'Oil prices rose on Monday.\n\nAccording to Russian newspaper Vedomosti, the loans would be repaid in oil.',
    'the loans would be repaid in oil',
    'Vedomosti',
  ],
  [
    'a one-word company as the subject of "said" (wire)',
    'Shares rose 4% in Paris on Friday.\n\nHowever, Euronext said it could not guarantee a cash offer.',
    'it could not guarantee a cash offer',
    'Euronext',
  ],
  [
    '"the sources said" goes on with "X sources said" (wire)',
    'Kestrel Bank halted its cover for exports to Nigeria in 1983, Kestrel Bank sources said.\n\n' +
      '"We have an open position regarding Nigeria," the sources said.',
    'We have an open position regarding Nigeria',
    'Kestrel Bank',
  ],
  [
    '", adding that": not a name inside the quote before it',
    'Kestrel Bank halted its cover for exports in 1983, Kestrel Bank sources said.\n\n' +
      '"We have an open position regarding Nigeria," the sources said, adding that it was for the finance minister to decide.',
    'it was for the finance minister to decide',
    'Kestrel Bank',
  ],
  [
    'a wire lead "A British minister said": the minister named next, not the country',
    'A British minister said he had given Japan a clear warning of sanctions.\n\n' +
      'Trade Minister Alan Grey said on his return from Tokyo that the Japanese were beginning to listen.',
    'he had given Japan a clear warning of sanctions',
    'Alan Grey',
  ],
  [
    '"the French president told": the person titled so, not the person named last (BBC)',
    'French President Pierre Lamont met US President Mark Ellis in Brussels on Friday.\n\n' +
      'Mr Ellis praised the summit. The French president told reporters that Europe needed to reinforce its unity.',
    'Europe needed to reinforce its unity',
    'Pierre Lamont',
  ],
  [
    '"the chancellor said": the person titled so',
    'Chancellor Gordon Brown will visit Africa next week.\n\nOpposition leader Mark Ellis attacked the plans. The chancellor said the visit would help trade.',
    'the visit would help trade',
    'Gordon Brown',
  ],
  [
    '"the shadow chancellor said" is another office: not the chancellor',
    'Chancellor Gordon Brown will visit Africa next week.\n\nThe shadow chancellor said the visit was a waste of money.',
    'the visit was a waste of money',
    null,
  ],
  [
    'a paragraph all in quotes after reported speech goes on with its speaker (wire)',
    'Trade Minister Alan Grey said the government had wide powers to act against Japanese firms.\n\n' +
      '"It is not simply a question of refusing licences. We can ban firms from certain kinds of business."\n\nTalks resume next week.',
    'It is not simply a question of refusing licences',
    'Alan Grey',
  ],
  [
    'X was quoted by the agency as saying: X, not the agency (wire)',
    'Oil prices fell on Monday.\n\nOil Minister Hisham Nazer was quoted by the agency as saying, "We will never sell below official prices."',
    'We will never sell below official prices',
    'Hisham Nazer',
  ],
];

describe('speakers not named at the cue', () => {
  test.each(rows)('%s', (_label, text, content, expected) => {
    expect(speakerOf(extract(text), content)).toBe(expected);
  });

  test('according to COUNTRY-WORD newspaper NAME: not the country', () => {
    const text = 'Oil prices rose on Monday.\n\nAccording to Russian newspaper Kommersant, the loans would be repaid in oil.';
    const g = extract(text);
    const s = g.statements.find((x) => x.text.startsWith('the loans would be repaid in oil'));
    expect(s).toBeDefined();
    expect(s!.speakerId).not.toBe('state:RUS');
  });
});
