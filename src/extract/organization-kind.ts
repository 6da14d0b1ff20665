import type { OrganizationKind } from '../model/index.js';
import { knownOrganization } from './lexicon/organizations.js';
import { ORGANIZATION_KIND_WORDS } from './lexicon/organization-kinds.js';
import { alternation } from './lexicon/word-pattern.js';

// One pattern per kind, built once from the lexicon: word boundaries around each word or phrase.
const RULES: [RegExp, OrganizationKind][] = ORGANIZATION_KIND_WORDS.map(({ kind, words, qualifiers, suffix }) => {
  const head = `\\b(${alternation(words)})`;
  if (suffix) return [new RegExp(`${head}\\.?$`, 'i'), kind];
  if (qualifiers) return [new RegExp(`\\b(${alternation(qualifiers)})\\b.*${head}\\b`, 'i'), kind];
  return [new RegExp(`${head}\\b`, 'i'), kind];
});

/** Guesses an organization's kind from its name, or from the table of known organizations. */
export function classifyOrganization(name: string): OrganizationKind {
  const known = knownOrganization(name);
  if (known) return known.kind;
  for (const [re, kind] of RULES) if (re.test(name)) return kind;
  return 'organization';
}
