import { extract } from '../helpers/seed.js';
import { speakerOf } from '../helpers/statements.js';

// Guards against a wrong speaker, where naming no one is better: each row gives a content and a
// person who must not be its speaker.
const rows: Array<[string, string, string, string]> = [
  // "he" does not point to the person its own content names
  ['BBC', 'Tony Blair spoke in the Commons on Tuesday. Meanwhile, the chancellor left for Africa. But before leaving, he insisted he still trusted Mr Blair.', 'he still trusted Mr Blair', 'Tony Blair'],
  ['US paper', 'Senator Ruth Baker met voters in Ohio. Her aide flew to Boston, where he said he had never doubted Ms Baker.', 'he had never doubted Ms Baker', 'Ruth Baker'],
  // "the prime minister" is not the deputy prime minister
  ['BBC', 'Deputy Prime Minister John Prescott told the BBC the party was united. Later the prime minister told MPs the election would be fought on the economy.', 'the election would be fought on the economy', 'John Prescott'],
  // "he" after an unknown office holder is that person, not someone named before
  ['BBC', 'Shadow chancellor Oliver Letwin spoke first. Then the chancellor addressed the conference. He said the economy was stronger than at any time in a generation.', 'the economy was stronger than at any time in a generation', 'Oliver Letwin'],
];

describe('speakers that must not be chosen', () => {
  test.each(rows)('%s: %s', (_style, text, content, notSpeaker) => {
    expect(speakerOf(text, content)).not.toBe(notSpeaker);
  });
});

// A word of saying after a preposition that the tagger calls a noun is no cue.
const nouns: Array<[string, string]> = [
  ['BBC', 'Labour MPs met on Monday over claims made in a new book about the feud.'],
  ['Reuters', 'Shares fell sharply amid warnings issued by the central bank on Friday.'],
];

describe('nouns of saying after a preposition', () => {
  test.each(nouns)('%s: %s', (_style, text) => {
    expect(extract(text, '2024-05-06').statements).toEqual([]);
  });
});

// Joint speakers need "and": two names the parse joined across a comma did not speak together.
test('no joint speaker across a comma', () => {
  const text = 'Within hours of his final talks with Mr Thorpe, Sir Edward Heath told the nation he was resigning.';
  const g = extract(text, '2024-05-06');
  const speakers = g.statements.map((s) => g.entities.find((e) => e.id === s.speakerId)?.name);
  expect(speakers).not.toContain('Thorpe');
});

// A speaker phrase read back from the cue holds no finite verb of its own: "Lord Browne rejected
// calls for ..., saying" is Browne's, and "attacked UK policy on immigration" names no speaker.
test('no speaker phrase with a verb in it', () => {
  const text = 'Ex-chatshow host Robert Kilroy-Silk has attacked UK policy on immigration saying Britain is hurting low-paid workers.';
  const g = extract(text, '2024-05-06');
  const names = g.statements.map((s) => g.entities.find((e) => e.id === s.speakerId)?.name);
  expect(names).not.toContain('United Kingdom');
});
