import type { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

// Events read off the dependency parse: arguments in active and passive voice, nominalisations,
// conjoined sides, and what did not happen. Sentences are invented, in several outlets' styles.
const sides = (g: ArticleGraph, type: string, role: string) =>
  g.events.filter((e) => e.type === type).flatMap((e) => e.roles.filter((r) => r.role === role).map((r) => r.entityId));

describe('events on the parse', () => {
  type Row = [string, string, Record<string, string[]>, number | null];
  const rows: Row[] = [
    // BBC
    ['Chancellor Gordon Brown\'s trip to Kenya ended on Friday.', 'visit', { target: ['state:KEN'] }, null],
    ['Three British aid workers were freed by kidnappers in Iraq on Monday.', 'release', {}, 3],
    ['Britain and France held talks in London on Tuesday.', 'meeting', { agent: ['state:GBR'], target: ['state:FRA'] }, null],
    ['The EU imposed sanctions on Zimbabwe after the vote.', 'sanction', { agent: ['org:eu'], target: ['state:ZWE'] }, null],
    // Reuters: "here" is the dateline's place
    ['PARIS, March 3 (Reuters) - Poland\'s foreign minister said at the end of a brief visit here that trade with France would grow.', 'visit', { target: ['state:FRA'] }, null],
    ['The release of the four seamen by Syria was welcomed in Athens.', 'release', { agent: ['state:SYR'] }, 4],
    ['Washington called on Tokyo to open its markets to American chips.', 'demand', { target: ['state:JPN'] }, null],
    ['Russia threatened Ukraine with higher gas prices, officials said.', 'threat', { agent: ['state:RUS'], target: ['state:UKR'] }, null],
    ['The agreement, signed with Spain on Tuesday, ends a long dispute.', 'agreement_signed', { target: ['state:ESP'] }, null],
    ['The accord was signed by Britain and Spain in Madrid.', 'agreement_signed', { agent: ['state:GBR'], target: ['state:ESP'] }, null],
    // US papers
    ['Egypt and Israel signed a peace treaty at the White House.', 'agreement_signed', { agent: ['state:EGY'], target: ['state:ISR'] }, null],
    ['The talks between Pakistan and India ended without agreement.', 'meeting', { agent: ['state:PAK'], target: ['state:IND'] }, null],
    ['The Canadian prime minister arrived in Mexico on Sunday.', 'visit', { target: ['state:MEX'] }, null],
    ['The United States and Turkey signed a five-year defence and economic agreement on Monday.', 'agreement_signed', { agent: ['state:USA'], target: ['state:TUR'] }, null],
    ['Brazil signed a letter of intent with Argentina.', 'agreement_signed', { agent: ['state:BRA'], target: ['state:ARG'] }, null],
    ['Lockheed said it had signed an agreement with Mexico to share information.', 'agreement_signed', { agent: ['org:lockheed'], target: ['state:MEX'] }, null],
    ['Canada said it had signed an agreement with Mexico.', 'agreement_signed', { agent: ['state:CAN'], target: ['state:MEX'] }, null],
    ['The visit by U.S. Vice President Joe Biden to Turkey ended on Friday.', 'visit', { agent: ['state:USA'], target: ['state:TUR'] }, null],
    // a list the parser hung on the verb: every item is a target
    ['Chancellor Ian Bell, meanwhile, is visiting Tanzania, Mozambique and Kenya to highlight the plight of Africans.', 'visit', { target: ['state:TZA', 'state:MOZ', 'state:KEN'] }, null],
    // any national office acts for its state, not only the foreign-policy ones
    ['Home Secretary Charles Clarke met the Irish ambassador on Monday.', 'meeting', { agent: ['state:GBR'] }, null],
    ['WASHINGTON, March 3 (Reuters) - Commerce Secretary Ray Dunn visited Japan last week.', 'visit', { agent: ['state:USA'], target: ['state:JPN'] }, null],
    ['Italian Treasury Minister Giovanni Goria met Brazilian Finance Minister Dilson Funaro today and expressed support.', 'meeting', { target: ['state:BRA'] }, null],
    // a visit to a capital is a visit to its state, when the state is an actor of the story
    ['Russia and India are old partners. The topic came up during Vladimir Putin\'s recent visit to New Delhi.', 'visit', { target: ['state:IND'] }, null],
    // threats: a warning given, a measure announced or planned but not in force
    ['Britain gave Japan a clear warning of sanctions.', 'threat', { agent: ['state:GBR'], target: ['state:JPN'] }, null],
    ['President Reagan announced that he planned to raise tariffs on Japanese exports.', 'threat', { target: ['state:JPN'] }, null],
  ];
  test.each(rows)('%s -> %s', (text, type, roles, count) => {
    const g = extract(text, '2024-05-06');
    const e = g.events.find((x) => x.type === type);
    expect(e).toBeDefined();
    for (const [role, ids] of Object.entries(roles)) expect(sides(g, type, role)).toEqual(expect.arrayContaining(ids));
    if (count !== null) expect(e!.count).toBe(count);
    expect(e!.trigger).toBeDefined();
    expect(e!.id).toBe(`${g.article.id}:evt:${e!.trigger!.start}`);
  });

  test('"A met B and C" is two meetings', () => {
    const g = extract('Russia met Germany and Italy in Vienna on Monday.');
    const targets = sides(g, 'meeting', 'target');
    expect(targets).toEqual(expect.arrayContaining(['state:DEU', 'state:ITA']));
    expect(g.events.filter((e) => e.type === 'meeting')).toHaveLength(2);
  });

  const none: [string, string][] = [
    ['Germany refused to sign the accord with France.', 'agreement_signed'],
    ['Japan and Vietnam agreed to sign a trade agreement.', 'agreement_signed'],
    ['Japan did not meet with China last week.', 'meeting'],
    ['Officials held talks on the release of prisoners held by Iran.', 'release'],
    ['Britain called for the release of the journalists.', 'release'],
    ['The leaders of Germany and France will meet in Paris next week.', 'meeting'],
    ['Ministers from Britain plan to visit Iraq.', 'visit'],
    ['Domestic demand in Japan rose by 3% in the quarter.', 'demand'],
    ['His words met a cool reception in France.', 'meeting'],
    ['Barclays is in talks with Absa over a stake.', 'meeting'],
    ['Details of the plan were released by Britain on Monday.', 'release'],
    ['South Korea proposed that the two sides meet in Seoul.', 'meeting'],
    ['Foreign Secretary Jack Straw is to visit Thailand this week.', 'visit'],
    ['The EU refused to impose sanctions on Iran.', 'sanction'],
    ['The EU refused to impose sanctions on Iran.', 'threat'],
    ['Cubans are limited to one visit to Cuba every three years.', 'visit'],
    ['"Why not?" he demanded.', 'demand'],
    ['He finished with a personal appeal to party activists to go out and vote.', 'appeal'],
    ['Ministers warned the war could be illegal without a UN resolution sanctioning military action.', 'sanction'],
    ['The IFS says the drop reflects what it called the Chancellor\'s tax-raising Budget.', 'demand'],
    ['Cabinet members held their last meeting at Downing Street before the election.', 'meeting'],
    ['Mr Ebbers rejected allegations he pressured Scott Sullivan to falsify statements.', 'demand'],
    ['Mr Ebbers denied he frequently met Scott Sullivan to discuss company business.', 'meeting'],
    ['There was speculation that Barclays had held talks with Wells Fargo.', 'meeting'],
    ['Republicans arriving in Mexico next month will be greeted by protesters.', 'visit'],
    ['He has called China provocative and expansionist.', 'demand'],
    ['The deal was sealed after a price dispute that threatened the Ukrainian economy.', 'threat'],
    ['The card issuer had been threatened with collapse.', 'threat'],
    ['Their attempts to win support had been met with advice to talk to the banks.', 'meeting'],
    ['Officials blamed Washington for obstructing talks between Poland and the IMF.', 'meeting'],
  ];
  test.each(none)('no event: %s (%s)', (text, type) => {
    expect(extract(text, '2024-05-06').events.filter((e) => e.type === type)).toEqual([]);
  });
});

// Agreements the negotiation pass finds with both sides ("an accord between X and Y") are signed
// agreements; one hoped for, planned or expected is none.
describe('agreements told by the talks they end', () => {
  test.each<[string, string[][]]>([
    ['Nigeria and France signed a debt accord on Thursday. Last year an accord between Nigeria and the Paris Club of creditor governments was reached in December.', [['state:NGA', 'state:FRA'], ['state:NGA', 'org:paris-club']]],
    ['Nigeria hopes to reach an agreement with Britain next month.', []],
    ['Nigeria and Britain are expected to sign a debt accord.', []],
    ['Nigeria and Britain plan to sign a debt accord in May.', []],
  ])('%s', (text, pairs) => {
    const g = extract(text);
    const got = g.events.filter((e) => e.type === 'agreement_signed').map((e) => e.roles.filter((r) => r.role === 'agent' || r.role === 'target').map((r) => r.entityId).sort());
    expect(got.sort()).toEqual(pairs.map((p) => [...p].sort()).sort());
  });
});
