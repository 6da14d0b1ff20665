import type { OrganizationKind } from '../model/index.js';
import { knownOrganization } from './lexicon/organizations.js';

// The head word of an organization's name says what kind it is; the first rule that matches wins.
const RULES: [RegExp, OrganizationKind][] = [
  [/\b(news agency|news service|agency of news|telegraph agency|press agency|broadcast(er|ing)|television|radio|newspaper|times|post|herald|gazette|journal|tribune)\b/i, 'news agency'],
  [/\b(ministry|department|office|commission|council|parliament|senate|congress|cabinet|government|administration|authorit(y|ies)|bureau|service|police|army|navy|air force|forces|court|treasury|central bank|reserve|duma|assembly|kremlin)\b/i, 'government agency'],
  [/\b(party|democrats|republicans|socialists|communists|conservatives|labour|liberals)\b/i, 'party'],
  [/\b(inc|corp|corporation|co|ltd|plc|llc|ag|sa|nv|group|holdings?|bank|airlines?|motors?|oil|petroleum|industries|systems|technologies|company)\.?$/i, 'company'],
  [/\b(international|world|united nations|global|intergovernmental|european|african|asian|arab)\b.*\b(union|federation|league|organi[sz]ation|association|alliance|community|fund|forum|pact|bloc|agency|court)\b/i, 'international organization'],
  [/\b(opposition|movement|front|rebels?|militia|brigades?|army of|taliban|guerrillas?|committee|coalition|network|campaign|group)\b/i, 'group'],
  // trade unions bargain for their members as a group does
  [/\b(union|workers|teamsters|AFL-CIO|IG Metall|federation of labou?r)\b/i, 'group'],
];

/** Guesses an organization's kind from its name, or from the table of known organizations. */
export function classifyOrganization(name: string): OrganizationKind {
  const known = knownOrganization(name);
  if (known) return known.kind;
  for (const [re, kind] of RULES) if (re.test(name)) return kind;
  return 'organization';
}
