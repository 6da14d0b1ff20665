import type { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

// Statements read off the dependency parse: the subject of a verb of saying, believing, intending
// or taking a stance is the speaker, its complement the content. Sentences in the styles of wire
// copy, British papers and US political reporting; none is from a corpus we score on.
function find(graph: ArticleGraph, source: string, text: string) {
  const s = graph.statements.find((x) => x.text === text);
  const entity = s?.speakerId ? graph.entities.find((e) => e.id === s.speakerId)?.name : undefined;
  const speaker = s?.speakerSpan ? source.slice(s.speakerSpan.start, s.speakerSpan.end) : undefined;
  return s && { speaker, entity, cue: s.cue, origin: s.origin };
}

const rows: Array<[string, string, string, { speaker?: string; entity?: string; cue: string; origin?: string }]> = [
  [
    'cognition verb with a that-clause (wire)',
    'Finance Minister Kofi Mensah believes that the currency will recover by June.',
    'the currency will recover by June',
    { entity: 'Kofi Mensah', cue: 'believe', origin: 'rule:parse-cognition' },
  ],
  [
    'cognition verb without "that" (British)',
    'Mr Okafor fears the strike could last until Christmas.',
    'the strike could last until Christmas',
    { entity: 'Okafor', cue: 'fear' },
  ],
  [
    'intention with a to-infinitive',
    'Senator Ruth Baker wants to block the nomination in committee.',
    'to block the nomination in committee',
    { entity: 'Ruth Baker', cue: 'want' },
  ],
  [
    'stance verb with its object',
    'The opposition leader, Ana Ruiz, criticised the new immigration rules.',
    'the new immigration rules',
    { entity: 'Ana Ruiz', cue: 'criticise', origin: 'rule:parse-stance' },
  ],
  [
    'topic of a speech verb after a preposition',
    'Prime Minister Lars Holm called for an immediate ceasefire in the region.',
    'an immediate ceasefire in the region',
    { entity: 'Lars Holm', cue: 'call' },
  ],
  [
    'a quoted phrase inside the clause gives way to the clause',
    'Governor Ellen Park says her rival\'s plan is "a recipe for disaster" for the state.',
    'her rival\'s plan is "a recipe for disaster" for the state',
    { entity: 'Ellen Park', cue: 'say' },
  ],
  [
    'attitude adjective with its prepositional object (British)',
    'Mr Okafor was critical of the proposal.',
    'the proposal',
    { entity: 'Okafor', cue: 'critical', origin: 'rule:parse-attitude' },
  ],
  [
    'attitude adjective with a that-clause',
    'Ruth Baker is confident that the strike will end soon.',
    'the strike will end soon',
    { entity: 'Ruth Baker', cue: 'confident', origin: 'rule:parse-attitude' },
  ],
  [
    'answering verb with "to"',
    'Kofi Mensah has not yet responded to the allegations.',
    'the allegations',
    { entity: 'Kofi Mensah', cue: 'respond', origin: 'rule:parse-stance' },
  ],
];

describe('statements from the parse', () => {
  test.each(rows)('%s', (_label, sentence, content, expected) => {
    const text = `Talks resumed in the capital on Sunday.\n\n${sentence}`;
    const g = extract(text);
    expect(find(g, text, content)).toMatchObject(expected);
  });

  test('a cue inside a quote is the quoted speaker\'s own words, not a second statement', () => {
    const text = 'Talks resumed on Sunday.\n\n"I think the deal is dead and nobody will revive it," Kofi Mensah said.';
    const g = extract(text);
    expect(g.statements).toHaveLength(1);
    expect(g.statements[0].text).toBe('I think the deal is dead and nobody will revive it');
  });

  test.each([
    ['Kofi Mensah and Ruth Baker said the agreement would be signed next week.'],
    ['Interior Minister Kofi Mensah and his deputy Ruth Baker insisted that the agreement would be signed next week.'],
  ])('joint speakers give one statement each: %s', (sentence) => {
    const text = `Talks resumed in the capital on Sunday.\n\n${sentence}`;
    const g = extract(text);
    const mine = g.statements.filter((s) => s.text === 'the agreement would be signed next week');
    const names = mine.map((s) => g.entities.find((e) => e.id === s.speakerId)?.name).sort();
    expect(names).toEqual(['Kofi Mensah', 'Ruth Baker']);
    expect(new Set(mine.map((s) => s.id)).size).toBe(2);
  });

  test('no statement from a verb of saying without a complement', () => {
    const text = 'Talks resumed on Sunday.\n\nKofi Mensah spoke for an hour and then left the building.';
    expect(extract(text).statements).toHaveLength(0);
  });
});

describe('a quote whose opening mark was lost', () => {
  test('the paragraph up to the closing mark is the quote, attributed to the cue after it', () => {
    const text = 'Talks resumed on Sunday.\n\nThe talks have failed and we will not return to the table," Kofi Mensah said.';
    const g = extract(text);
    const s = g.statements.find((x) => x.text === 'The talks have failed and we will not return to the table');
    expect(s).toMatchObject({ kind: 'direct', speakerId: 'person:kofi-mensah' });
  });
});
