// Which offices are national, and in which states an office with no country word can sit. A title
// such as "Home Secretary", "Prime Minister" or "Vice President" names an office of one state; when
// the text gives no country word, the state is the article's dominant state among those whose
// system has that office (a BBC story about Blair and Bush: "President Bush" is not Britain's,
// because Britain has no president). The systems are general facts about states (monarchies have
// no president, the United States has secretaries instead of ministers and no prime minister),
// compiled by hand from the states' constitutions as summarised in Wikipedia's "List of countries by
// system of government"; they name no person.

/** Offices of a state's government or parliament, as normalised roles. */
const NATIONAL = new Set([
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'first deputy prime minister', 'chancellor',
  'chancellor of the exchequer', 'home secretary', 'foreign secretary', 'secretary of state', 'attorney general',
  'trade representative', 'national security adviser', 'chief cabinet secretary', 'cabinet secretary', 'king', 'queen',
  'senator', 'congressman', 'congresswoman', 'minister', 'secretary', 'chief secretary to the treasury', 'solicitor general',
]);

/** National offices whose role ends in one of these heads ("trade minister", "commerce secretary"). */
const NATIONAL_HEADS = /\b(minister|secretary)$/;

/** Roles that end in a national head but belong to a body, not a state. */
const NOT_NATIONAL = new Set(['general secretary', 'press secretary', 'company secretary', 'party secretary', 'private secretary']);

/** Is this normalised role an office of a state? */
export function isNationalOffice(role: string): boolean {
  const r = role.replace(/^(deputy|acting|interim|shadow) /, '');
  if (role.startsWith('shadow ') || NOT_NATIONAL.has(r)) return false;
  return NATIONAL.has(r) || NATIONAL_HEADS.test(r);
}

// Offices that only a few states have under that name.
const ONLY_IN: ReadonlyMap<string, readonly string[]> = new Map([
  ['home secretary', ['GBR', 'IND']],
  ['foreign secretary', ['GBR', 'IND', 'PAK', 'BGD', 'LKA']],
  ['chancellor', ['GBR', 'DEU', 'AUT']],
  ['chancellor of the exchequer', ['GBR']],
  ['chief secretary to the treasury', ['GBR']],
  ['secretary of state', ['USA', 'GBR']],
  ['trade representative', ['USA']],
  ['attorney general', ['USA', 'GBR', 'AUS', 'IRL', 'IND', 'CAN', 'NZL', 'ISR']],
  ['solicitor general', ['USA', 'GBR', 'AUS', 'IRL', 'IND', 'CAN', 'NZL']],
  ['congressman', ['USA', 'PHL']],
  ['congresswoman', ['USA', 'PHL']],
  ['senator', ['USA', 'AUS', 'CAN', 'PHL', 'ITA', 'FRA', 'BRA', 'MEX', 'ARG', 'CHL', 'COL', 'IRL', 'POL', 'JPN']],
  ['chief cabinet secretary', ['JPN']],
]);

// Monarchies: no head of state called president.
const MONARCHIES = new Set([
  'GBR', 'CAN', 'AUS', 'NZL', 'JPN', 'ESP', 'SWE', 'NOR', 'DNK', 'NLD', 'BEL', 'LUX', 'SAU', 'JOR', 'MAR', 'THA',
  'KWT', 'BHR', 'QAT', 'OMN', 'ARE', 'BRN', 'KHM', 'BTN', 'NPL', 'JAM', 'MCO', 'LIE', 'AND', 'SWZ', 'LSO', 'TON',
]);

// Presidential republics: no prime minister (the executive is the president and their ministers).
const NO_PRIME_MINISTER = new Set([
  'USA', 'MEX', 'BRA', 'ARG', 'CHL', 'COL', 'VEN', 'ECU', 'BOL', 'PRY', 'URY', 'IDN', 'PHL', 'NGA', 'GHA', 'KEN',
  'ZAF', 'CYP', 'AFG',
]);

// States whose cabinet members are secretaries, not ministers.
const NO_MINISTERS = new Set(['USA', 'MEX', 'PHL']);

// States whose departments are headed by secretaries ("commerce secretary", "health secretary"):
// elsewhere the head of a ministry is a minister.
const SECRETARY_CABINETS = new Set(['USA', 'GBR', 'MEX', 'PHL']);

// States whose foreign, finance and interior heads have other titles (foreign secretary, chancellor,
// home secretary).
const NO_MINISTRY_MINISTER = new Set(['GBR']);
const MINISTRY_MINISTERS = /^(foreign|finance|interior|home) minister$/;

/** Can an office with this normalised role sit in the state `iso3`? */
export function officeExistsIn(role: string, iso3: string): boolean {
  const r = role.replace(/^(deputy|acting|interim|first deputy) /, '');
  const only = ONLY_IN.get(r);
  if (only) return only.includes(iso3);
  if (/^(vice )?president$/.test(r)) return !MONARCHIES.has(iso3);
  if (r === 'king' || r === 'queen') return MONARCHIES.has(iso3);
  if (r === 'prime minister') return !NO_PRIME_MINISTER.has(iso3);
  if (/secretary$/.test(r) && r !== 'secretary') return SECRETARY_CABINETS.has(iso3);
  if (/minister$/.test(r)) return !NO_MINISTERS.has(iso3) && !(NO_MINISTRY_MINISTER.has(iso3) && MINISTRY_MINISTERS.test(r));
  return true;
}

// Offices that English-language news means of one state when the story names none that has
// them: "the Home Secretary" is Britain's unless the story is about India. ("Chancellor" is not
// here: Britain's, Germany's and Austria's are all in the news.)
const USUAL_STATE: ReadonlyMap<string, string> = new Map([
  ['home secretary', 'GBR'],
  ['foreign secretary', 'GBR'],
  ['chancellor of the exchequer', 'GBR'],
  ['chief secretary to the treasury', 'GBR'],
  ['secretary of state', 'USA'],
  ['trade representative', 'USA'],
  ['congressman', 'USA'],
  ['congresswoman', 'USA'],
  ['chief cabinet secretary', 'JPN'],
]);

/** The state an office usually belongs to, when the article names none that has it. */
export function usualStateOf(role: string): string | undefined {
  return USUAL_STATE.get(role.replace(/^(deputy|acting|interim|first deputy) /, ''));
}
