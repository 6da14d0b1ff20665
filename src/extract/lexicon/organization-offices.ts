// Posts in companies, banks, committees, parties and delegations that a title or apposition gives
// ("IMF chief economist X", "X, an analyst at Aton", "Tory co-chairman X", "X, a board member of
// the Bundesbank"). Kept apart from ROLE_WORDS, which also makes "the analyst" a description of a
// person to resolve: these posts are read only next to a name.

/** Post nouns read next to a name, with their normalised role. */
export const ORGANIZATION_OFFICES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    analyst: 'analyst',
    'senior analyst': 'analyst',
    'chief analyst': 'analyst',
    economist: 'economist',
    'chief economist': 'chief economist',
    'senior economist': 'economist',
    strategist: 'strategist',
    'chief strategist': 'strategist',
    'board member': 'board member',
    'member of the board': 'board member',
    'co-chairman': 'co-chairman',
    'co-chair': 'co-chairman',
    'vice-chairman': 'vice chairman',
    'vice chairman': 'vice chairman',
    'deputy chairman': 'deputy chairman',
    'managing director': 'managing director',
    'executive director': 'executive director',
    'finance director': 'finance director',
    'chief operating officer': 'chief operating officer',
    'chief financial officer': 'chief financial officer',
    'chief executive officer': 'chief executive',
    boss: 'chief',
    founder: 'founder',
    owner: 'owner',
    nominee: 'nominee',
    'presidential nominee': 'nominee',
    'chief of staff': 'chief of staff',
    'ranking member': 'ranking member',
    treasurer: 'treasurer',
    'party chairman': 'chairman',
    'deputy leader': 'deputy leader',
    'deputy director': 'deputy director',
    'director general': 'director general',
    governor: 'governor',
    commissioner: 'commissioner',
    'high commissioner': 'high commissioner',
    'attorney general': 'attorney general',
    'solicitor general': 'solicitor general',
    'chancellor of the exchequer': 'chancellor of the exchequer',
    'chief secretary to the treasury': 'chief secretary to the treasury',
    'first deputy prime minister': 'first deputy prime minister',
    mep: 'MEP',
    peer: 'peer',
    delegate: 'delegate',
    coordinator: 'coordinator',
    'co-head': 'co-head',
    'deputy head': 'deputy head',
    'commercial director': 'commercial director',
    member: 'member',
    'rep.': 'representative',
    representative: 'representative',
  }),
);

/** Seats that make their holder a member of a chamber the article may not name ("Rep. X"). */
export const CHAMBER_SEATS: ReadonlyMap<string, { key: string; name: string }> = new Map([
  ['representative', { key: 'us-house-of-representatives', name: 'House of Representatives' }],
]);

/** Offices named with their chamber ("House Speaker X"): the office and the chamber it presides over. */
export const CHAMBER_OFFICES: ReadonlyMap<string, { role: string; key: string; name: string }> = new Map([
  ['house speaker', { role: 'speaker', key: 'us-house-of-representatives', name: 'House of Representatives' }],
]);

/** Posts that make their holder a member of a party or body rather than its office-holder. */
export const MEMBERSHIP_POSTS = new Set(['MEP', 'lawmaker', 'peer', 'member', 'delegate', 'senator', 'congressman', 'congresswoman', 'activist', 'candidate']);
