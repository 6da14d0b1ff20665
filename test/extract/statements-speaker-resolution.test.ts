import type { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

// Speakers named by a relative "who", a role word with no description found ("the Florida
// senator"), an age ("the 46-year-old"), and "he"/"she" that an honorific rules out. Invented
// articles in BBC, Reuters and US-paper styles. null: no statement kept for that content.
function speakerOf(graph: ArticleGraph, content: string): string | null {
  const s = graph.statements.find((x) => x.text.startsWith(content));
  return s?.speakerId ? graph.entities.find((e) => e.id === s.speakerId)?.name ?? s.speakerId : null;
}

const rows: Array<[string, string, string, string | null]> = [
  [
    'relative who after an apposition (US paper)',
    'The bill was debated on Monday.\n\nSeth McKee, a political scientist at Texas Tech University, who has studied the party for years, said the vote would be close.',
    'the vote would be close',
    'Seth McKee',
  ],
  [
    'the STATE senator: the senator titled by abbreviation (US paper)',
    'Sen. Marco Delgado spoke in Miami on Tuesday, with Florida behind him.\n\n"I stand by everything I said," the Florida senator told reporters.',
    'I stand by everything I said',
    'Marco Delgado',
  ],
  [
    'the STATE senator: not a senator the text ties to another state (US paper)',
    'Vermont Sen. Ruth Abbott spoke in Burlington on Tuesday.\n\n"We will not back down," the Ohio senator told reporters.',
    'We will not back down',
    null,
  ],
  [
    'an age points back to the person named (US paper)',
    'Lisa Marno spoke at the convention on Monday night.\n\nThe 46-year-old said her husband would make the country proud.',
    'her husband would make the country proud',
    'Lisa Marno',
  ],
  [
    '"he" never points back to "Ms X" (BBC)',
    'Ms Kelly told reporters the deal was close.\n\nHe said the unions would be consulted first.',
    'the unions would be consulted first',
    null,
  ],
  [
    '"she" skips "Mr X" for the woman named before him (BBC)',
    'Baroness Thirlby chaired the inquiry. Mr Ross gave evidence on Tuesday.\n\nShe said the report would be published in the spring.',
    'the report would be published in the spring',
    'Thirlby',
  ],
  [
    '"told the BBC": the outlet told is not part of the content (BBC)',
    'Ms Thirlby told the BBC the report was damning.',
    'the report was damning',
    'Thirlby',
  ],
  [
    '"X\'s lawyer said": the lawyer named before, not X (US paper)',
    'Bryan Pagliano did not appear. His lawyer, Mark MacDougall, wrote to the panel on Monday.\n\nPagliano\'s lawyer said he would refuse to answer any questions.',
    'he would refuse to answer any questions',
    'Mark MacDougall',
  ],
  [
    '"his wife said" with no wife named: no speaker (BBC)',
    'Mr Okafor was arrested on Tuesday.\n\nHis wife said the family was exhausted by the ordeal.',
    'the family was exhausted',
    null,
  ],
  [
    '"Mr X\'s spokesman said" still speaks for X (BBC)',
    'Mr Blair\'s official spokesman said the prime minister was confident of a deal.',
    'the prime minister was confident',
    'Blair',
  ],
  [
    '"the bank said" after two banks: no telling which (Reuters)',
    'Barclays said on Monday it would cut 500 jobs. Rival lender HSBC is expected to follow with its own cuts.\n\nThe bank said the cuts would fall mainly on branches.',
    'the cuts would fall mainly on branches',
    null,
  ],
  [
    '"the company said" after one company: that company (Reuters)',
    'Unilever said profits rose by 4% in the year.\n\nThe company said the outlook for next year was uncertain.',
    'the outlook for next year was uncertain',
    'Unilever',
  ],
  [
    '"according to the FT": the outlet named before by its initials (BBC business)',
    'The tie-up has been delayed by regulators, according to the Financial Times.\n\nAccording to the FT, the regulator has been annoyed by the decision.',
    'the regulator has been annoyed',
    'Financial Times',
  ],
  [
    'initials the name model reads as an organization, with none named before: that organization (BBC)',
    'The tie-up has been delayed by regulators.\n\nAccording to the FT, the regulator has been annoyed by the decision.',
    'the regulator has been annoyed',
    'FT',
  ],
  [
    '"X did A but said B": the subject X, not the noun before "said" (Reuters)',
    'Foreign Minister Joe Clark pressed for firm action on acid rain but said he won no promises.',
    'he won no promises',
    'Joe Clark',
  ],
  [
    '"the paper said" after a paper the name model gave no kind (BBC business)',
    'The Observer reported on Sunday that 3,000 jobs could be lost at the plant. Shanghai Automotive declined to comment.\n\nThe paper said that officials believe cutbacks will be required.',
    'officials believe cutbacks',
    'Observer',
  ],
  [
    '"who" hung on a country by the parse is no State speaking (BBC)',
    'The minister met Princess Elena of Norway, the eldest daughter of King Harald of Norway, who said the visit had gone well.',
    'the visit had gone well',
    null,
  ],
];

describe('speaker resolution', () => {
  test.each(rows)('%s', (_label, text, content, expected) => {
    expect(speakerOf(extract(text), content)).toBe(expected);
  });
});
