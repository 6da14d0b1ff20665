/**
 * Heads of definite descriptions that, as the subject of a verb of saying, point back to the
 * organization the story is about ("the company said", "the paper reported", "the group added")
 * rather than introduce a new speaker. "government" and role words are left to coreference: they
 * name a State or a person, which resolve/ finds from the title.
 */
const ORGANIZATION_ANAPHORS = new Set([
  'company', 'group', 'firm', 'bank', 'carrier', 'airline', 'carmaker', 'manufacturer', 'maker', 'retailer',
  'insurer', 'lender', 'operator', 'giant', 'conglomerate', 'corporation', 'concern', 'business', 'chain',
  'paper', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'agency', 'network',
  'organisation', 'organization', 'body', 'watchdog', 'regulator', 'union', 'association', 'federation',
  'party', 'committee', 'commission', 'office', 'institute', 'fund', 'exchange', 'club', 'consortium',
]);

/** Whether `head` (a lower-case noun) names an organization already in the story when used with "the". */
export const isOrganizationAnaphor = (head: string) => ORGANIZATION_ANAPHORS.has(head);
