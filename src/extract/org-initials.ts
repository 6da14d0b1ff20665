const CORPORATE_SUFFIX = /^(Co|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV|Group)\.?$/;

/**
 * The initials an organization's name may be abbreviated to: "American Motors Corp" is AMC, but
 * "General Motors Co" is GM, so initials with and without the corporate suffix both count.
 */
export function orgInitials(name: string): string[] {
  const capitalized = name.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const all = capitalized.map((w) => w[0]).join('');
  const core = capitalized.filter((w) => !CORPORATE_SUFFIX.test(w)).map((w) => w[0]).join('');
  return [...new Set([all, core])].filter((a) => a.length >= 2);
}
