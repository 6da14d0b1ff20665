import { extract } from '../helpers/seed.js';

// Who negotiates, read off the parse of the sentence: a state's word before a named company or person
// only says where they are from; a party told as a resolved pronoun, after "with" on the verb, or
// as the object of "met" counts; a government body stays its state's.
const rows: Array<[string, string, { parties: string[]; not?: string[] }]> = [
  ['BBC', 'Shares rose after Nordic lender Danske Bank said it was in talks with British insurer Aviva Group over a sale of its pensions arm.', { parties: ['Danske Bank', 'Aviva Group'], not: ['United Kingdom'] }],
  ['Reuters', 'West German car maker Volkswagen AG held talks with Japanese rival Toyota Motor Corp on a joint plant, company officials said.', { parties: ['Volkswagen AG', 'Toyota Motor Corp'], not: ['Japan', 'Germany'] }],
  ['US paper', 'Chilean copper miner Codelco is negotiating with Chinese buyer Minmetals over long-term supply contracts.', { parties: ['Codelco', 'Minmetals'], not: ['China', 'Chile'] }],
  ['BBC', "Spain's largest lender BBVA is in talks with US bank Citizens Financial Group about a merger.", { parties: ['BBVA', 'Citizens Financial Group'], not: ['United States', 'Spain'] }],
  ['Reuters', "Boeing announced a deal with India's Tata Advanced Systems to build fuselages.", { parties: ['Boeing', 'Tata Advanced Systems'], not: ['India'] }],
  ['BBC', 'Dutch officials met their Belgian counterparts in Brussels on Monday to discuss the border toll.', { parties: ['Netherlands', 'Belgium'] }],
  ['BBC', "Talks on Georgia's accession to the EU opened in Brussels on Tuesday.", { parties: ['Georgia', 'European Union'] }],
  ['Reuters', "Iran's talks with the IAEA on inspections stalled last week.", { parties: ['Iran', 'IAEA'] }],
  // hyphenated compounds name each of their states and bodies, not one organization
  ['Reuters', 'EU-US talks on steel tariffs resumed in Brussels on Monday.', { parties: ['European Union', 'United States'] }],
  ['BBC', 'Sino-Japanese talks on the gas field ended without agreement.', { parties: ['China', 'Japan'] }],
  ['US paper', 'West German diplomats said they would insist on the clause in any EC-Comecon agreement.', { parties: ['European Community', 'Comecon'], not: ['Germany'] }],
  ['Reuters', 'Renault and Chrysler Corp signed a memorandum of understanding on Monday.', { parties: ['Renault', 'Chrysler Corp'] }],
  // a state at the very start of the text: the window before it must not wrap around to the end
  // the parse's subject holds the talks, not the subject of the reporting verb before it
  ['BBC', 'The revelation came as the Russian government said Rosneft had signed a long-term oil supply deal with China.', { parties: ['Rosneft', 'China'], not: ['Russia'] }],
  ['Reuters', 'Brazilian officials said state oil firm Petrobras had agreed a supply deal with Bolivia.', { parties: ['Petrobras', 'Bolivia'], not: ['Brazil'] }],
  // names listed before the parse's subject hold the talks too, however the tagger read them
  ['Reuters', 'LIMA, March 3, 2021 (Reuters) - Chile and Peru held talks on fishing, officials said.', { parties: ['Chile', 'Peru'] }],
  // a deal that is a verb's transaction: its other side is the object, or who sells, buys or supplies
  ['BBC', 'Kingfisher Airlines is to buy 10 A320 aircraft from Airbus in a deal worth up to $1bn.', { parties: ['Kingfisher Airlines', 'Airbus'] }],
  ['Reuters', 'Vodafone bought a 20% stake in Italy\'s Telecom Italia Mobile under a deal agreed last year.', { parties: ['Vodafone', 'Telecom Italia Mobile'], not: ['Italy'] }],
  ['Reuters', 'U.S.-Japan talks on semiconductors resumed in Tokyo on Monday.', { parties: ['United States', 'Japan'] }],
  ['Reuters', 'Kenya\'s Ministry of Finance opened talks with Uganda on the pipeline tariff.', { parties: ['Kenya', 'Uganda'] }],
];

describe('negotiation parties from the parse', () => {
  test.each(rows)('%s: %s', (_style, text, want) => {
    const g = extract(text, '2024-05-06');
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
    const talks = g.negotiations.map((n) => n.partyIds.map(name));
    expect(talks).toContainEqual(expect.arrayContaining(want.parties));
    for (const p of want.not ?? []) expect(talks.flat()).not.toContain(p);
  });

  test.each([
    ['Reuters', 'Leaders of Germany, France and Italy attended the summit in Rome on Friday. Poland will not attend the summit, its foreign ministry said.', ['DEU', 'FRA', 'ITA'], ['POL']],
    ['BBC', "Britain, France and Germany will hold a summit on Iran's nuclear programme in Paris next week; Russia will not attend.", ['GBR', 'FRA', 'DEU'], ['RUS']],
    ['US paper', 'Mexico and Canada opened trade talks in Ottawa. Cuba skipped the talks.', ['MEX', 'CAN'], ['CUB']],
  ])('%s: who attends is a party, who stays away is excluded: %s', (_style, text, parties, excluded) => {
    const g = extract(text, '2024-05-06');
    const n = g.negotiations.find((x) => parties.every((p) => x.partyIds.includes(`state:${p}`)));
    expect(n).toBeDefined();
    expect(n!.excludedIds.sort()).toEqual(excluded.map((x) => `state:${x}`).sort());
    for (const x of excluded) expect(n!.partyIds).not.toContain(`state:${x}`);
  });

  test.each([
    ['France and Germany agreed to cut tariffs on steel.', true],
    ['Chile and Peru agreed on a new fishing quota on Monday.', true],
    ['France and Germany agreed that the plan was flawed.', false],
    ['Lord Woolf and Lord Falconer agreed about what happened in practice.', false],
  ])('"X and Y agreed" is a deal only when something is agreed to, on or outright: %s', (text, deal) => {
    const g = extract(text, '2024-05-06');
    expect(g.negotiations.some((n) => n.status === 'agreed' && n.partyIds.length === 2)).toBe(deal);
  });

  test('each report keeps the words that name the talks', () => {
    const text = 'Chile opened talks with Peru on Monday. Chile later reached an agreement with Peru on fishing.';
    const g = extract(text, '2024-05-06');
    const n = g.negotiations.find((x) => x.partyIds.includes('state:PER'));
    expect(n?.triggers.map((t) => text.slice(t.start, t.end))).toEqual(['talks', 'agreement']);
  });
});

describe('an agreement is named by a noun', () => {
  test.each<[string, string[][]]>([
    ['The administration had begun to deal seriously with Canada, the minister said.', []],
    ['The meetings are part of a routine U.S.-Canadian consultation.', [['state:CAN', 'state:USA']]],
  ])('%s', (text, expected) => {
    const g = extract(text);
    expect(g.negotiations.map((n) => [...n.partyIds].sort())).toEqual(expected);
  });
});
