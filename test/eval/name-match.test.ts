import { entityMatchesName, namesMatch, normalizeName, speakerMatches } from '../../scripts/lib/name-match.js';
import type { Entity } from '../../src/model/index.js';

const entity = (name: string, type: Entity['type'], aliases: string[] = [], mentions: string[] = []): Entity => ({
  id: `x:${name}`,
  type,
  name,
  aliases,
  mentions: mentions.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })),
});

describe('normalizeName', () => {
  it.each([
    ['U.S.', 'us'],
    ['Chrysler Corp <C>', 'chrysler'],
    ['The European Community', 'european community'],
    ['IG-Metall', 'ig metall'],
    ['Japan’s', 'japan'],
    ['Régie Nationale', 'regie nationale'],
    ['Co', 'co'],
  ])('%s -> %s', (name, expected) => expect(normalizeName(name)).toBe(expected));
});

describe('namesMatch', () => {
  it.each([
    ['United States', 'U.S.', true],
    ['United States', 'America', true],
    ['European Community', 'EC', true],
    ['American Motors Corp', 'American Motors', true],
    ['Soviet Union', 'USSR', true],
    ['West Germany', 'Germany', true],
    ['Japan', 'Japanese government', false],
    ['South Korea', 'North Korea', false],
    ['Renault', 'Regie Nationale des Usines Renault', false],
  ])('%s ~ %s = %s', (gold, predicted, expected) => expect(namesMatch(gold, predicted)).toBe(expected));

  it('looks at aliases', () => {
    expect(entityMatchesName(entity('Regie Nationale des Usines Renault', 'Organization', ['Renault']), 'Renault')).toBe(true);
  });
});

describe('speakerMatches', () => {
  const rows: Array<[string, Entity, string, boolean]> = [
    ['full name', entity('Clayton Yeutter', 'Person'), 'Clayton Yeutter', true],
    ['surname of a person', entity('Yeutter', 'Person'), 'Clayton Yeutter', true],
    ['mention contains the name', entity('x', 'Person', [], ['U.S. Trade Representative Clayton Yeutter']), 'Clayton Yeutter', true],
    ['longer org name contains the gold', entity('Regie Nationale des Usines Renault', 'Organization'), 'Renault', true],
    ['alias table', entity('U.S. government', 'Organization'), 'United States', true],
    ['last word only for persons', entity('North Korea', 'State'), 'South Korea', false],
    ['whole words only', entity('Ushuaia', 'Location'), 'United States', false],
    ['pronoun mentions are ignored', entity('American Motors', 'Organization', [], ['us']), 'United States', false],
    ['different person', entity('Howard Baker', 'Person'), 'James Baker III', false],
  ];
  it.each(rows)('%s', (_name, e, gold, expected) => expect(speakerMatches(e, gold)).toBe(expected));
});
