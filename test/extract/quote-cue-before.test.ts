import { extract } from '../helpers/seed.js';

// A cue right before a quote's opening mark attributes it, even when the next sentence starts with
// a name and a cue that could read as "“...!” X told".
const rows: Array<[string, string, string, string]> = [
  ['US paper', 'Jones said “Next summer, the plant will close!” Adams told Reuters the union would fight.', 'Next summer, the plant will close!', 'Jones'],
  ['BBC', 'Ms Patel replied: “That is simply not true.” Mr Brown told the Commons he disagreed.', 'That is simply not true.', 'Patel'],
  ['Reuters', '"We are ready," Nakasone said. Reagan told reporters the talks would go on.', 'We are ready,', 'Nakasone'],
];

describe('quote attribution by the cue before the opening mark', () => {
  test.each(rows)('%s: %s', (_style, text, content, speaker) => {
    const g = extract(text, '2024-05-06');
    const st = g.statements.find((s) => text.slice(s.start, s.end).startsWith(content.replace(/[,.!]$/, '')));
    expect(st).toBeDefined();
    expect(g.entities.find((e) => e.id === st!.speakerId)?.name).toMatch(new RegExp(`${speaker}$`));
  });
});
