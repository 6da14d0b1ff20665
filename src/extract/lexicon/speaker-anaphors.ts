/**
 * Heads of definite descriptions that, as the subject of a verb of saying, point back to the
 * organization the story is about ("the company said", "the paper reported", "the group added")
 * rather than introduce a new speaker. "government" and role words are left to coreference: they
 * name a State or a person, which resolve/ finds from the title; "the committee" and "the party"
 * are more often a body the sentence describes than the one named before.
 */
const ORGANIZATION_ANAPHORS = new Set([
  'company', 'group', 'firm', 'bank', 'carrier', 'airline', 'carmaker', 'manufacturer', 'maker', 'retailer',
  'insurer', 'lender', 'operator', 'giant', 'conglomerate', 'corporation', 'concern', 'business', 'chain',
  'agency', 'network',
  'organisation', 'organization', 'body', 'watchdog', 'regulator', 'union', 'association', 'federation',
  'office', 'institute', 'fund', 'exchange', 'bourse', 'club', 'consortium',
]);

// Outlets: "the paper said" points back to a newspaper or broadcaster, never to the company it reports on.
const OUTLETS = new Set(['paper', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'channel', 'station', 'website']);

// What an organization issues: "the report said", "the statement added" speak for its author.
const DOCUMENTS = new Set(['report', 'statement', 'letter', 'study', 'survey', 'document', 'memo', 'filing', 'release', 'communique', 'audit', 'review']);

/** Whether `head` (a lower-case noun) names an organization already in the story when used with "the". */
export const isOrganizationAnaphor = (head: string) => ORGANIZATION_ANAPHORS.has(head);

/** Whether `head` (a lower-case noun) names a news outlet ("the paper"). */
export const isOutletNoun = (head: string) => OUTLETS.has(head);

/** Whether `head` (a lower-case noun) is a document that speaks for the organization that issued it. */
export const isDocumentNoun = (head: string) => DOCUMENTS.has(head);

// Abbreviated titles of persons that read like an organization's initials ("the MEP said").
const PERSON_ABBREVIATIONS = new Set(['mp', 'mep', 'msp', 'am', 'pm', 'qc', 'ceo', 'cfo', 'coo', 'gp', 'dj']);

/** Whether an all-capitals word is a person's title ("MEP", "PM"), not an organization's initials. */
export const isPersonAbbreviation = (word: string) => PERSON_ABBREVIATIONS.has(word.toLowerCase());

// Honorifics that tell a person's sex: "he said" never points back to "Ms Kelly", nor "she" to "Lord Smith".
const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'baron', 'king', 'prince', 'earl', 'duke', 'viscount']);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'baroness', 'lady', 'dame', 'queen', 'princess', 'countess', 'duchess']);

/** The pronoun an honorific ("Mr", "Mrs.", "Baroness") goes with, if it tells one. */
export function honorificPronoun(word: string): 'he' | 'she' | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MALE_HONORIFICS.has(w) ? 'he' : FEMALE_HONORIFICS.has(w) ? 'she' : undefined;
}

// People known by whom they belong to: "Pagliano's lawyer said", "his wife told" is someone else
// than the possessor (a spokesman, aides or officials of a person speak FOR that person instead).
const ASSOCIATES = new Set([
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'solicitor', 'barrister', 'counsel', 'doctor', 'biographer',
  'wife', 'husband', 'widow', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'friend', 'partner',
  'rival', 'opponent', 'challenger', 'successor', 'predecessor', 'counterpart', 'critic', 'critics',
]);

/** Whether `head` (a lower-case noun) after a possessive names another person than the possessor. */
export const isAssociateNoun = (head: string) => ASSOCIATES.has(head);

// Last words of newspaper and broadcaster names ("the Observer", "the Sunday Telegraph", "the
// Washington Post"): an organization so named is an outlet even where the name model gave no kind.
const OUTLET_NAME_WORDS = new Set([
  'times', 'post', 'journal', 'observer', 'guardian', 'telegraph', 'herald', 'tribune', 'gazette', 'chronicle',
  'standard', 'economist', 'independent', 'mirror', 'express', 'mail', 'scotsman', 'inquirer', 'bulletin', 'examiner',
]);

/** Whether an organization's name ends like a newspaper's ("the Observer", "Financial Times"). */
export const hasOutletName = (name: string) => OUTLET_NAME_WORDS.has(name.toLowerCase().split(/\s+/).at(-1) ?? '');

// Heads through which a State speaks when a country word modifies them ("US officials said", "the
// French government said", "a Russian Foreign Ministry statement"): the State is the speaker. Any
// other head names someone of that country ("US lawyers", "a German bank", "the UK's financial
// watchdog"), and the country is not who spoke.
const STATE_VOICES = new Set([
  'government', 'governments', 'administration', 'official', 'officials', 'authorities', 'ministry', 'ministries',
  'minister', 'ministers', 'cabinet', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen',
  'embassy', 'diplomat', 'diplomats', 'delegation', 'negotiator', 'negotiators', 'envoy', 'leaders', 'leadership',
  'sources', 'source', 'statement', 'side', 'state', 'parliament', 'military', 'army', 'navy', 'forces',
]);

/** Whether `head` (a lower-case noun) after a country word is the State's own voice ("officials", "government"). */
export const isStateVoice = (head: string) => STATE_VOICES.has(head);
