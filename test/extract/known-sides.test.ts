import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readKnownSides, useKnownSides } from '../../src/extract/known-sides.js';
import { extract } from '../helpers/seed.js';

// The actor dictionary (models/actor-sides.json, npm run build:sides) gives the side of a person
// the article names without an office. Here a small dictionary of invented persons stands in for it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sides-'));
const file = path.join(dir, 'sides.json');
fs.writeFileSync(
  file,
  JSON.stringify({
    format: 'newsgraph-actor-sides/2',
    persons: { 'person:ana-ruiz': ['state:ESP', 5, 'foreign minister'], 'person:tom-hale': ['org:uk-labour', 3, 'leader'] },
    sides: {
      'state:ESP': { id: 'state:ESP', type: 'State', name: 'Spain', iso3: 'ESP' },
      'org:uk-labour': { id: 'org:uk-labour', type: 'Organization', name: 'Labour Party', kind: 'party' },
    },
  }),
);

const roles = (g: ReturnType<typeof extract>, type: string) =>
  g.events.filter((e) => e.type === type).flatMap((e) => e.roles.map((r) => `${r.role}=${r.entityId}`));

describe('actor dictionary', () => {
  beforeAll(() => useKnownSides(file));
  afterAll(() => useKnownSides(undefined));

  test.each([
    // BBC: a minister named without his office
    ['Ana Ruiz visited Morocco on Monday to discuss fishing rights.', 'visit', 'agent=state:ESP'],
    ['Ana Ruiz met Moroccan ministers in Rabat on Monday.', 'meeting', 'agent=state:ESP'],
    // the person stays on the event as the side's representative
    ['Ana Ruiz visited Morocco on Monday.', 'visit', 'agent_representative=person:ana-ruiz'],
    ['Tom Hale met Ana Ruiz in London.', 'meeting', 'target=state:ESP'],
  ])('%s -> %s %s', (text, type, role) => {
    expect(roles(extract(text), type)).toContain(role);
  });

  test('the side named by the dictionary becomes an entity of the article, with no mention in it', () => {
    const g = extract('Ana Ruiz visited Morocco on Monday.');
    expect(g.entities.find((e) => e.id === 'state:ESP')).toMatchObject({ type: 'State', name: 'Spain', externalIds: { iso3: 'ESP' }, mentions: [] });
  });

  test('an office the article states wins over the dictionary', () => {
    const g = extract('Chilean Foreign Minister Ana Ruiz visited Morocco on Monday.');
    expect(roles(g, 'visit')).toContain('agent=state:CHL');
    expect(g.entities.some((e) => e.id === 'state:ESP')).toBe(false);
  });

  test('a surname alone is nobody in the dictionary', () => {
    expect(roles(extract('Mr Ruiz visited Morocco on Monday.'), 'visit')).not.toContain('agent=state:ESP');
  });

  test('"the foreign minister said" is the person the story names whom the dictionary knows by that office', () => {
    const text = 'Ana Ruiz arrived in Rabat on Monday. The foreign minister said the talks would be difficult.';
    const g = extract(text);
    const st = g.statements.find((x) => text.slice(x.start, x.end) === 'the talks would be difficult');
    expect(st?.speakerId).toBe('person:ana-ruiz');
  });

  test('a person the story titles so wins over the dictionary', () => {
    const text = 'Ana Ruiz arrived in Rabat on Monday to meet Foreign Minister Omar Idrissi. The foreign minister said the talks would be difficult.';
    const g = extract(text);
    const st = g.statements.find((x) => text.slice(x.start, x.end) === 'the talks would be difficult');
    expect(st?.speakerId).toBe('person:omar-idrissi');
  });

  test('a file that is not a dictionary is refused, naming the file', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'other', persons: {} }));
    expect(() => readKnownSides(bad)).toThrow(/bad\.json: not an actor dictionary/);
  });
});
