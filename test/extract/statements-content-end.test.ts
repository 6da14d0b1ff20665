import { speakerOf, contentsOf } from '../helpers/statements.js';

// What a verb of saying reports stops before the speaker's next act coordinated with the cue
// ("... and called for", "... but argues that", ", adding that"), and goes on through a second
// predicate of what was said ("..., but would have to ...").
const rows: Array<[string, string, string]> = [
  ['US paper', 'Senator Ruth Baker said the bill was dead and called on party leaders to start again.', 'the bill was dead'],
  ['BBC', 'Mr Okafor says he respects the union but argues that the strike cannot go on.', 'he respects the union'],
  ['Reuters', 'Tanaka said Japan would cut its tariffs on farm goods, adding that talks would continue next week.', 'Japan would cut its tariffs on farm goods'],
  ['BBC business', 'Mr Brennan said profits had risen sharply and told shareholders the dividend would rise.', 'profits had risen sharply'],
  ['Reuters', 'Thatcher said Britain could not act alone on sanctions, but would have to coordinate with its partners.', 'Britain could not act alone on sanctions, but would have to coordinate with its partners'],
  ['BBC', 'Ms Hewitt said the plan would cost £300m and would be paid for by taxpayers.', 'the plan would cost £300m and would be paid for by taxpayers'],
];

describe('reported content ends before the speaker\'s next act', () => {
  test.each(rows)('%s: %s', (_style, text, content) => {
    expect(contentsOf(text)).toContain(content);
  });
});

// The next act's own content is the same speaker's, however the words before its cue read.
const next: Array<[string, string, string, string]> = [
  ['BBC', 'Tory health spokeswoman Ana Ruiz said the deal was a mistake, adding it would cost the NHS millions.', 'it would cost the NHS millions', 'Ruiz'],
  ['Reuters', 'Trade Minister Hiroshi Sato said talks with Washington had stalled and warned that Japan would retaliate.', 'Japan would retaliate', 'Sato'],
];

describe('the next act after a content has the same speaker', () => {
  test.each(next)('%s: %s', (_style, text, content, speaker) => {
    expect(speakerOf(text, content)).toMatch(new RegExp(`${speaker}$`));
  });
});

// "said that was impossible": "that" before an auxiliary is the clause's subject and stays in it.
const thatSubject: Array<[string, string, string]> = [
  ['BBC', 'But Sir Edward said that was impossible because the left was set against it.', 'that was impossible because the left was set against it'],
  ['Reuters', 'Mr Tanaka said that would be a mistake.', 'that would be a mistake'],
  ['US paper', 'Baker said that the vote would be held on Friday.', 'the vote would be held on Friday'],
];

describe('"that" as the reported clause\'s subject', () => {
  test.each(thatSubject)('%s: %s', (_style, text, content) => {
    expect(contentsOf(text)).toContain(content);
  });
});
