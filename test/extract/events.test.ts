import type { ArticleGraph } from '../../src/model/index.js';
import { normalizeDate } from '../../src/extract/normalize-date.js';
import { extract } from '../helpers/seed.js';

const roleIds = (g: ArticleGraph, type: string, role: string) =>
  g.events.filter((e) => e.type === type).flatMap((e) => e.roles.filter((r) => r.role === role).map((r) => r.entityId));

describe('events', () => {
  type Row = [string, string, string, Record<string, string[]>, { count?: number; date?: string }];
  const rows: Row[] = [
    ['On Tuesday, Iran released 12 sailors, including Briton James Cole, at the request of the United Nations.', 'release', '0841', { agent: ['state:IRN'], beneficiary: ['person:james-cole'], requester: ['org:un'] }, { count: 12, date: '2024-04-30' }],
    ['The Egyptian government pardoned three journalists on May 1.', 'pardon', '0841', { agent: ['state:EGY'] }, { count: 3, date: '2024-05-01' }],
    ['President Alexander Novak has pardoned 16 people convicted of extremism, his press service said.', 'pardon', '0841', { agent: ['person:alexander-novak'] }, { count: 16 }],
    ['Russia and Ukraine carried out a prisoner swap on Sunday.', 'prisoner_exchange', '0841', {}, { date: '2024-05-05' }],
    ['Japan signed a trade agreement with Vietnam last month.', 'agreement_signed', '057', { agent: ['state:JPN'], target: ['state:VNM'] }, {}],
    ['China threatened to impose tariffs on Australian wine.', 'threat', '130', { agent: ['state:CHN'] }, {}],
    ['Poland demanded that Germany pay reparations.', 'demand', '100', { agent: ['state:POL'], target: ['state:DEU'] }, {}],
    ['Chancellor Olaf Scholz met with Emmanuel Macron in Paris.', 'meeting', '040', { agent: ['person:olaf-scholz'], target: ['person:emmanuel-macron'] }, {}],
    ['Prime Minister Narendra Modi visited Kenya on Friday.', 'visit', '042', { agent: ['person:narendra-modi'], target: ['state:KEN'] }, {}],
    ['The United States urged Israel to halt the offensive.', 'demand', '100', { agent: ['state:USA'], target: ['state:ISR'] }, {}],
    ['China threatened Taiwan with military action.', 'threat', '130', { agent: ['state:CHN'], target: ['state:TWN'] }, {}],
    ['The European Union imposed new sanctions on Belarus.', 'sanction', '163', { agent: ['org:eu'], target: ['state:BLR'] }, {}],
  ];
  test.each(rows)('%s', (text, type, cameo, roles, fields) => {
    const g = extract(text, '2024-05-06');
    const e = g.events.find((x) => x.type === type);
    expect(e).toBeDefined();
    expect(e!.cameo).toBe(cameo);
    for (const [role, ids] of Object.entries(roles)) expect(roleIds(g, type, role)).toEqual(expect.arrayContaining(ids));
    if (fields.count !== undefined) expect(e!.count).toBe(fields.count);
    if (fields.date !== undefined) expect(e!.date).toBe(fields.date);
    expect(e!.evidence.length).toBeGreaterThan(0);
    expect(e!.origin).toMatch(/^rule:/);
  });

  test('talks about a release are not a release', () => {
    const g = extract('Diplomats discussed the release of the hostages with Qatar, officials said.');
    expect(g.events.filter((e) => e.type === 'release')).toEqual([]);
  });

  test('a document released to the press is not a prisoner release', () => {
    const g = extract('The letter, released to the media by a spokesman, said the plan would go ahead.');
    expect(g.events.filter((e) => e.type === 'release')).toEqual([]);
  });
});

describe('dates against the article date', () => {
  test.each([
    ['On June 21', '2025-08-22', '2025-06-21'],
    ['On June 21', '--08-22', '--06-21'],
    ['on December 30', '2025-01-04', '2024-12-30'],
    ['on Tuesday', '2025-08-22', '2025-08-19'],
    ['yesterday', '1987-03-01', '1987-02-28'],
    ['last month', '2025-08-22', '2025-07'],
    ['since 2003', null, '2003'],
    ['21 June 2024', null, '2024-06-21'],
    ['on Tuesday', null, null],
  ])('%s (article %s) -> %s', (expr, article, want) => {
    expect(normalizeDate(expr, article)).toBe(want);
  });
});
