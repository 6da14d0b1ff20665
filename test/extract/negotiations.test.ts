import { extract } from '../helpers/seed.js';

type Row = [string, { parties: string[]; status: string; cameo?: string; excluded?: string[]; mediators?: string[]; topic?: RegExp }];

// One row per status and per way of naming the parties, from sentences in several outlets' styles.
const rows: Row[] = [
  ['Japan and South Korea held talks on fishing rights in Tokyo on Monday.', { parties: ['JPN', 'KOR'], status: 'ongoing', cameo: '046', topic: /fishing rights/ }],
  ['GENEVA, March 3 (Reuters) - The United States is negotiating with Brazil over coffee quotas, officials said.', { parties: ['USA', 'BRA'], status: 'ongoing', topic: /coffee quotas/ }],
  ['France proposed talks with Algeria on gas prices.', { parties: ['FRA', 'DZA'], status: 'proposed', cameo: '036' }],
  ['India and Pakistan reached an agreement on the release of fishermen.', { parties: ['IND', 'PAK'], status: 'agreed', cameo: '057', topic: /release of fishermen/ }],
  ['Egypt signed a trade deal with Sudan on Tuesday.', { parties: ['EGY', 'SDN'], status: 'agreed', cameo: '057' }],
  ['Talks between Greece and Turkey on the Aegean dispute have stalled.', { parties: ['GRC', 'TUR'], status: 'stalled' }],
  ['Venezuela suspended negotiations with Colombia after the border incident.', { parties: ['VEN', 'COL'], status: 'halted', cameo: '164' }],
  ['Iran threatened to walk out of the talks with Germany over sanctions.', { parties: ['IRN', 'DEU'], status: 'threatened', cameo: '134' }],
  ['Sweden is negotiating only with Norway, but not with Denmark, on the bridge tolls.', { parties: ['SWE', 'NOR'], status: 'ongoing', excluded: ['DNK'] }],
  ['Armenia and Azerbaijan resumed talks with the mediation of Kazakhstan.', { parties: ['ARM', 'AZE'], status: 'ongoing', mediators: ['KAZ'] }],
  ['Ethiopia and Eritrea held peace talks mediated by Kenya.', { parties: ['ETH', 'ERI'], status: 'ongoing', mediators: ['KEN'] }],
  ['Russia did not suspend the talks with Japan, officials said.', { parties: ['RUS', 'JPN'], status: 'ongoing' }],
  ['Foreign Minister Sergey Lavrov held talks with his Mongolian counterpart Battsetseg Batmunkh in Moscow.', { parties: ['MNG'], status: 'ongoing' }],
  ['U.S. Secretary of State Antony Blinken held a meeting with Chinese Foreign Minister Wang Yi on Friday.', { parties: ['USA', 'CHN'], status: 'ongoing', cameo: '040' }],
];

describe('negotiations', () => {
  test.each(rows)('%s', (text, want) => {
    const g = extract(text, '2024-05-06');
    const n = g.negotiations.find((x) => want.parties.every((p) => x.partyIds.includes(`state:${p}`)));
    expect(n).toBeDefined();
    expect(n!.status).toBe(want.status);
    if (want.cameo) expect(n!.cameo).toBe(want.cameo);
    expect(n!.excludedIds.sort()).toEqual((want.excluded ?? []).map((x) => `state:${x}`).sort());
    if (want.mediators) expect(n!.mediatorIds).toEqual(want.mediators.map((x) => `state:${x}`));
    if (want.topic) expect(n!.topic).toMatch(want.topic);
    expect(n!.evidence.length).toBeGreaterThan(0);
    expect(n!.confidence).toBeGreaterThan(0);
  });

  test('several sentences about the same talks make one negotiation', () => {
    const g = extract(
      'Chile opened talks with Peru on Monday. The negotiations with Peru continued on Tuesday, a spokesman said. Chile later reached an agreement with Peru.',
      '2024-05-06',
    );
    const talks = g.negotiations.filter((n) => n.partyIds.includes('state:PER'));
    expect(talks).toHaveLength(1);
    expect(talks[0].evidence).toHaveLength(3);
    expect(talks[0].status).toBe('agreed');
  });

  test('a sentence without talks has no negotiation', () => {
    expect(extract('The French president visited a farm in Normandy on Sunday.').negotiations).toEqual([]);
    expect(extract('The board met on Tuesday and the results met expectations.').negotiations).toEqual([]);
  });
});
