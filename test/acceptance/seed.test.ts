import { ArticleGraph } from '../../src/model/index.js';
import { seedGraph } from '../helpers/seed.js';

// The acceptance checks of the foundation issue, on the article the project was made for.
const { text, graph } = seedGraph();
const byId = new Map(graph.entities.map((e) => [e.id, e]));
const nameOf = (id: string | null) => (id ? byId.get(id)?.name : undefined);
const idOf = (name: string) => graph.entities.find((e) => e.name === name)?.id;
const spanText = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('seed article', () => {
  test('is a valid ArticleGraph with dateline metadata', () => {
    expect(() => ArticleGraph.parse(graph)).not.toThrow();
    expect(graph.article).toMatchObject({ place: 'Minsk', source: 'TASS', publishedAt: '--08-22' });
  });

  test('has exactly the seven persons', () => {
    const persons = graph.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
    expect(persons).toEqual(['Alexander Lukashenko', 'Donald Trump', 'John Coale', 'Keith Kellogg', 'Natalia Eismont', 'Sergey', 'Svetlana Tikhanovskaya']);
    for (const word of ['Belarusian', 'President', 'Rather', 'Our', 'Minsk']) {
      expect(graph.entities.filter((e) => e.type === 'Person' && e.mentions.some((m) => m.text === word))).toEqual([]);
    }
  });

  test('finds the states with ISO alpha-3 ids, the US through US, America and the Americans', () => {
    const states = graph.entities.filter((e) => e.type === 'State');
    expect(states.map((e) => e.externalIds?.iso3).sort()).toEqual(['BLR', 'EST', 'JPN', 'LVA', 'POL', 'SWE', 'USA']);
    const us = byId.get('state:USA')!;
    const forms = us.mentions.map((m) => m.text);
    expect(forms).toEqual(expect.arrayContaining(['US', 'America', 'Americans']));
    expect(us.externalIds?.wikidata).toBe('Q30');
  });

  test('finds TASS, BelTA, the State Department and the fugitive opposition', () => {
    const orgs = graph.entities.filter((e) => e.type === 'Organization');
    const kind = (name: string) => orgs.find((o) => o.name === name)?.kind;
    expect(kind('TASS')).toBe('news agency');
    expect(kind('BelTA')).toBe('news agency');
    expect(kind('State Department')).toBe('government agency');
    expect(orgs.find((o) => /opposition/.test(o.name))?.kind).toBe('group');
  });

  test('attributes the seven statements of Lukashenko through all his mentions', () => {
    const luka = idOf('Alexander Lukashenko');
    const his = graph.statements.filter((s) => s.speakerId === luka);
    const opening = [
      'negotiations on the release of a number of prisoners are being conducted only with the US',
      'I warned the Americans right away',
      'the fugitive opposition figures are not involved in negotiations with the US',
      'the opposition figures in question are not interested in the release of prisoners',
      'Our fugitives have nothing to do with this',
      'I am saying this specifically',
      'They are demanding that the State Department',
    ];
    for (const o of opening) expect(his.some((s) => s.text.startsWith(o))).toBe(true);
    const speakerWords = new Set(his.map((s) => spanText(s.speakerSpan)));
    for (const w of ['the Belarusian leader', 'He', 'he', 'Lukashenko', 'The president']) expect(speakerWords).toContain(w);
    for (const s of his) expect(s.text).not.toMatch(/^["“]|["”]$/);
  });

  test('attributes the release announcement to Coale and the nationalities to Eismont', () => {
    const coale = graph.statements.find((s) => s.speakerId === idOf('John Coale'))!;
    expect(coale.text).toMatch(/^the Belarusian authorities had released 14 prisoners/);
    expect(coale.cue).toBe('announce');
    const eismont = graph.statements.find((s) => s.speakerId === idOf('Natalia Eismont'))!;
    expect(eismont.text).toMatch(/two Japanese citizens/);
  });

  test('has one negotiation Belarus-US on the release of prisoners, the fugitive opposition excluded', () => {
    const talks = graph.negotiations.filter((n) => n.partyIds.includes('state:USA'));
    expect(talks).toHaveLength(1);
    const [n] = talks;
    expect(n.partyIds.some((p) => p === 'state:BLR' || p === idOf('Alexander Lukashenko'))).toBe(true);
    expect(n.excludedIds.map(nameOf)).toEqual([expect.stringMatching(/opposition/)]);
    expect(n.partyIds.map(nameOf)).not.toContain(expect.stringMatching(/opposition/));
    expect(n.topic).toMatch(/release of .*prisoners/);
    expect(n.evidence.some((e) => text.slice(e.start, e.end).includes('only with the US'))).toBe(true);
  });

  test('has the release: 14 people on June 21 at the request of Trump, including Sergey, by Belarus', () => {
    const release = graph.events.find((e) => e.type === 'release' || e.type === 'pardon')!;
    expect(release).toMatchObject({ count: 14, date: '--06-21' });
    const role = (r: string) => release.roles.filter((x) => x.role === r).map((x) => nameOf(x.entityId));
    expect(role('requester')).toEqual(['Donald Trump']);
    expect(role('beneficiary')).toContain('Sergey');
    expect(role('agent')).toEqual(['Belarus']);
    expect(role('beneficiary_nationality')).toEqual(expect.arrayContaining(['Japan', 'Poland', 'Latvia', 'Estonia', 'Sweden']));
  });

  test('has the relations between the people and states', () => {
    const rel = (type: string, from: string, to: string) =>
      graph.relations.some((r) => r.type === type && nameOf(r.fromId) === from && nameOf(r.toId) === to);
    expect(rel('DEPUTY_TO', 'John Coale', 'Keith Kellogg')).toBe(true);
    expect(rel('ENVOY_OF', 'Keith Kellogg', 'United States')).toBe(true);
    expect(rel('HOLDS_ROLE', 'Donald Trump', 'United States')).toBe(true);
    expect(rel('HOLDS_ROLE', 'Alexander Lukashenko', 'Belarus')).toBe(true);
    expect(rel('SPOKESPERSON_OF', 'Natalia Eismont', 'Alexander Lukashenko')).toBe(true);
    expect(rel('SPOUSE_OF', 'Sergey', 'Svetlana Tikhanovskaya')).toBe(true);
  });

  test('every span points into the text', () => {
    for (const e of graph.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const s of graph.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
