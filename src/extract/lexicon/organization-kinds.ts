import type { OrganizationKind } from '../../model/index.js';

/**
 * Words in an organization's name that say what kind it is, in the order they are tried (the first
 * kind with a word in the name wins). `suffix` words count only at the end of the name ("Acme
 * Corp", "Mellon Bank"); `qualifiers` must come before one of the `words` ("World Health
 * Organization", "African Union").
 */
export interface KindWords {
  kind: OrganizationKind;
  words: readonly string[];
  qualifiers?: readonly string[];
  suffix?: boolean;
}

export const ORGANIZATION_KIND_WORDS: readonly KindWords[] = [
  {
    kind: 'news agency',
    words: ['news agency', 'news service', 'agency of news', 'telegraph agency', 'press agency', 'broadcaster', 'broadcasting', 'television', 'radio', 'newspaper', 'times', 'post', 'herald', 'gazette', 'journal', 'tribune'],
  },
  {
    kind: 'government agency',
    words: [
      'ministry', 'department', 'office', 'commission', 'council', 'parliament', 'senate', 'congress', 'cabinet', 'government', 'administration', 'authority',
      'authorities', 'bureau', 'service', 'police', 'army', 'navy', 'air force', 'forces', 'court', 'treasury', 'central bank', 'reserve', 'duma', 'assembly', 'kremlin',
    ],
  },
  { kind: 'party', words: ['party', 'democrats', 'republicans', 'socialists', 'communists', 'conservatives', 'labour', 'liberals'] },
  {
    kind: 'company',
    suffix: true,
    words: ['inc', 'corp', 'corporation', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'group', 'holding', 'holdings', 'bank', 'airline', 'airlines', 'motor', 'motors', 'oil', 'petroleum', 'industries', 'systems', 'technologies', 'company'],
  },
  {
    kind: 'international organization',
    qualifiers: ['international', 'world', 'united nations', 'global', 'intergovernmental', 'european', 'african', 'asian', 'arab'],
    words: ['union', 'federation', 'league', 'organisation', 'organization', 'association', 'alliance', 'community', 'fund', 'forum', 'pact', 'bloc', 'agency', 'court'],
  },
  { kind: 'group', words: ['opposition', 'movement', 'front', 'rebel', 'rebels', 'militia', 'brigade', 'brigades', 'army of', 'taliban', 'guerrilla', 'guerrillas', 'committee', 'coalition', 'network', 'campaign', 'group'] },
  // trade unions bargain for their members as a group does
  { kind: 'group', words: ['union', 'workers', 'teamsters', 'afl-cio', 'ig metall', 'federation of labour', 'federation of labor'] },
];
