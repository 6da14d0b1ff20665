import { extract } from '../helpers/seed.js';

// A country word before the speaker's head noun: the State speaks through its government, officials
// and ministries, never through a bank, lawyers or an economy of that country.
const rows: Array<[string, string, string, string | null]> = [
  ['BBC business', 'A US bank said it would donate more than $8m to the victims of the regime.', 'it would donate more than $8m to the victims of the regime', null],
  ['BBC business', 'US lawyers claimed the auction was illegal because the firm had filed for bankruptcy.', 'the auction was illegal because the firm had filed for bankruptcy', null],
  ['Reuters', 'Japanese exporters said the strong yen would hurt their profits this year.', 'the strong yen would hurt their profits this year', null],
  ['US paper', "The UK's financial watchdog said investors would receive compensation next year.", 'investors would receive compensation next year', null],
  ['Reuters', 'U.S. officials said the talks would resume in Geneva next week.', 'the talks would resume in Geneva next week', 'United States'],
  ['BBC', 'The French government said it would veto the plan at the summit.', 'it would veto the plan at the summit', 'France'],
  ['BBC', 'Britain said it would send 120 troops to the region.', 'it would send 120 troops to the region', 'United Kingdom'],
];

describe('a country word modifying the speaker', () => {
  test.each(rows)('%s: %s', (_style, text, content, speaker) => {
    const g = extract(text, '2024-05-06');
    const st = g.statements.find((s) => text.slice(s.start, s.end) === content);
    const name = st ? g.entities.find((e) => e.id === st.speakerId)?.name ?? null : null;
    if (speaker === null) expect(st?.speakerId ?? null).toBeNull();
    else expect(name).toBe(speaker);
  });
});
