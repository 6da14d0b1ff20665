// Words of noun phrases that name an actor without a proper name.

/** Heads that name a political group: "the fugitive opposition", "rebels". */
export const GROUP_HEADS: ReadonlySet<string> = new Set(['opposition', 'rebels', 'insurgents', 'separatists', 'militants', 'protesters', 'demonstrators', 'guerrillas', 'junta', 'powers']);

/** Nouns after a group head that still name the group: "opposition figures". */
export const GROUP_MEMBERS: ReadonlySet<string> = new Set(['figures', 'leaders', 'members', 'activists', 'politicians', 'groups', 'forces', 'supporters', 'fighters']);

/** Modifiers a group head keeps: "the exiled opposition", "Western powers". */
export const GROUP_MODIFIERS: ReadonlySet<string> = new Set([
  'fugitive', 'exiled', 'armed', 'radical', 'moderate', 'main', 'democratic', 'political', 'former', 'world', 'major', 'great', 'western', 'Western', 'six', 'five',
]);
/** Prefixes and suffixes of hyphenated group modifiers: "pro-Moscow", "anti-war", "Iran-backed", "London-based", "Kurdish-led". */
export const GROUP_MODIFIER_PREFIXES: readonly string[] = ['pro-', 'anti-'];
export const GROUP_MODIFIER_SUFFIXES: readonly string[] = ['-backed', '-based', '-led'];

/** Heads that name an actor by its kind: "the company said", "the ministry announced". */
export const ACTOR_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'corporation', 'carmaker', 'automaker', 'airline', 'bank', 'concern', 'group', 'union', 'ministry', 'department', 'agency',
  'government', 'administration', 'authorities', 'cartel', 'organisation', 'organization', 'alliance', 'bloc', 'community',
]);

/** Determiners that open a role description: "the president", "its chairman". */
export const DESCRIPTION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/** Determiners before a group named again by its modifier's plural: "our fugitives". */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(['our', 'the', 'these', 'those', 'their', 'your']);

/** Personal pronouns and the person they refer to. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they'> = new Map([
  ['he', 'he'], ['him', 'he'], ['she', 'she'], ['her', 'she'], ['they', 'they'], ['them', 'they'],
]);
