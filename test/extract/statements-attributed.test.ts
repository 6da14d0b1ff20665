import { extract } from '../helpers/seed.js';

// A graph keeps reported speech only when its speaker resolves to an entity (a content with no one
// to cite reads as a wrong attribution); a direct quote stays, unattributed if need be. Invented
// sentences in BBC, Reuters and US-paper styles.
const rows: Array<[string, string, string, boolean]> = [
  ['named person (BBC)', 'Ms Thirlby said the scheme would be scrapped by the spring.', 'the scheme would be scrapped', true],
  ['named body (Reuters)', 'The Finance Ministry of Kenya said it would cut import duties next month.', 'it would cut import duties', true],
  ['unattributable critics (BBC)', 'Critics said the scheme would be scrapped by the spring.', 'the scheme would be scrapped', false],
  ['unnamed analysts (US paper)', 'Analysts said the merger would probably collapse before the vote.', 'the merger would probably collapse', false],
  ['"it" with no organization before it (Reuters)', 'Prices fell sharply on Tuesday.\n\nIt said demand would recover later in the year.', 'demand would recover', false],
  ['unattributed direct quote (BBC)', '"This scheme will be scrapped by the spring," critics said.', 'This scheme will be scrapped', true],
];

describe('reported speech is kept only with a speaker to cite, direct quotes always', () => {
  test.each(rows)('%s', (_label, text, content, kept) => {
    const graph = extract(text);
    const st = graph.statements.find((s) => s.text.startsWith(content));
    expect(!!st).toBe(kept);
    if (st && st.kind !== 'direct') expect(st.speakerId).not.toBeNull();
    expect(graph.statements.every((s) => s.speakerId !== null || s.kind === 'direct')).toBe(true);
  });
});
