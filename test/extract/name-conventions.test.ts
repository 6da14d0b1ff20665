import type { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

const names = (g: ArticleGraph, type: string) =>
  g.entities
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
const kinds = (g: ArticleGraph) => Object.fromEntries(g.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, e.kind]));

// British and international naming conventions (issue 7 item 3), in the styles of several outlets.
describe('honorifics without a period open a person name', () => {
  test.each<[string, string, string[]]>([
    ['BBC', 'Mr Okafor said the plan would fail. Mrs Adeyemi and Ms Kowalczyk disagreed.', ['Adeyemi', 'Kowalczyk', 'Okafor']],
    ['BBC', 'Dr Nwosu told the inquiry the drug was safe.', ['Nwosu']],
    ['BBC', 'Sir Malcolm Brennan met Lord Ashworth and Baroness Thirlby in London.', ['Ashworth', 'Malcolm Brennan', 'Thirlby']],
    ['Reuters', 'LONDON, March 3 (Reuters) - Mr. Okafor said on Tuesday the plan would fail.', ['Okafor']],
  ])('%s: %s', (_outlet, text, expected) => {
    const g = extract(text);
    expect(names(g, 'Person')).toEqual(expected);
  });

  test('wire style: a surname no list knows, opening a sentence before "said", is a person', () => {
    expect(names(extract('LAGOS, May 2 (Reuters) - Okonkwo said on Tuesday the refinery would reopen.'), 'Person')).toEqual(['Okonkwo']);
  });

  test('an honorific with no name after it is no person', () => {
    expect(names(extract('Thank you, Sir, the witness said. The Lord Chancellor disagreed.'), 'Person')).toEqual([]);
  });
});

describe('middle initials without a period stay inside the name', () => {
  test.each<[string, string, string[]]>([
    ['US news', 'Harry S Truman was the 33rd president of the United States.', ['Harry S Truman']],
    ['US news', 'Former senator Thomas J Whitfield said he would not run again.', ['Thomas J Whitfield']],
    ['Reuters', 'WASHINGTON, May 2 (Reuters) - Thomas J. Whitfield said he would not run again.', ['Thomas J. Whitfield']],
  ])('%s: %s', (_outlet, text, expected) => {
    expect(names(extract(text), 'Person')).toEqual(expected);
  });
});

describe('chambers of parliament are institutions, never persons', () => {
  test.each<[string, string, string[]]>([
    ['BBC', 'The bill passed the Commons but the Lords rejected it on Tuesday.', ['House of Commons', 'House of Lords']],
    ['BBC', 'Peers in the House of Lords voted against the plan.', ['House of Lords']],
    ['Reuters', 'LONDON, June 4 (Reuters) - Britain\'s House of Commons approved the budget on Wednesday.', ['House of Commons', 'Reuters']],
  ])('%s: %s', (_outlet, text, expected) => {
    const g = extract(text);
    expect(names(g, 'Person')).toEqual([]);
    expect(names(g, 'Organization')).toEqual(expected);
  });
});

describe('parties by their short names are organizations of kind party', () => {
  test.each<[string, string, Record<string, string>]>([
    ['BBC', 'Labour and the Tories clashed over tax, while the Lib Dems and the SNP abstained.', { 'Labour Party': 'party', 'Conservative Party': 'party', 'Liberal Democrats': 'party', 'Scottish National Party': 'party' }],
    ['BBC', 'The Conservatives said the vote was unfair.', { 'Conservative Party': 'party' }],
    ['Reuters', 'BERLIN, Nov 5 (Reuters) - The SPD and the CDU agreed on a coalition deal, officials said.', { 'Social Democratic Party of Germany': 'party', 'Christian Democratic Union': 'party', Reuters: 'news agency' }],
    ['US news', 'Democrats and Republicans in Congress failed to agree on the budget.', { 'Democratic Party': 'party', 'Republican Party': 'party', 'U.S. Congress': 'government agency' }],
  ])('%s: %s', (_outlet, text, expected) => {
    const g = extract(text);
    expect(kinds(g)).toEqual(expected);
    expect(names(g, 'Person')).toEqual([]);
  });
});

describe('companies named alone are organizations of kind company', () => {
  test.each<[string, string, Record<string, string>]>([
    ['US news', 'Airbus and Boeing said orders rose, while FedEx cut 5,000 jobs.', { Airbus: 'company', Boeing: 'company', FedEx: 'company' }],
    ['headline', 'AIRBUS AND BOEING WIN BIG ORDERS', { AIRBUS: 'company', BOEING: 'company' }],
    ['BBC', 'FedEx said it would hire 5,000 workers. Siemens disagreed.', { FedEx: 'company', Siemens: 'company' }],
  ])('%s: %s', (_outlet, text, expected) => {
    const g = extract(text);
    expect(kinds(g)).toEqual(expected);
    expect(names(g, 'Person')).toEqual([]);
  });
});

describe('a name ends where prose begins', () => {
  test.each<[string, string, string[]]>([
    ['Reuters', 'The company broke off talks with the United Automobile Workers union on a concessionary contract covering workers at its Wisconsin plants.', ['United Automobile Workers']],
    ['BBC', 'The Scottish Prison Service with local authority support will run the scheme.', ['Scottish Prison Service']],
    ['Reuters', 'The British firm Cable and Wireless Plc is trying to win contracts. Cable and Wireless will take part in talks.', ['Cable and Wireless Plc']],
    ['BBC', 'The Confederation of Swiss Watch and Clock Makers in Geneva said exports would slow.', ['Confederation of Swiss Watch and Clock Makers']],
  ])('%s: %s', (_outlet, text, expected) => {
    const orgs = names(extract(text), 'Organization');
    expect(orgs).toEqual(expected);
  });
});

describe('name particles stay inside a person name', () => {
  test.each<[string, string, string[]]>([
    ['Reuters', "Kuwait's Oil Minister, Sheikh Ali al-Khalifa al-Sabah, said the country would keep to its quota.", ['Ali al-Khalifa al-Sabah']],
    ['Reuters', 'The Saudi envoy, Abdulaziz al-Salim, met the minister on Monday.', ['Abdulaziz al-Salim']],
  ])('%s: %s', (_outlet, text, expected) => {
    expect(names(extract(text), 'Person')).toEqual(expected);
  });
});
