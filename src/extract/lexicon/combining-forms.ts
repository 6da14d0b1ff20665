/**
 * Combining forms of states in hyphenated compounds ("Sino-Japanese talks", "Anglo-French
 * accord"), as ISO 3166 alpha-3 codes. Other parts of such compounds are country names, demonyms or
 * known organizations, found through their own lists.
 */
export const COMBINING_FORMS: ReadonlyMap<string, string> = new Map([
  ['sino', 'CHN'], ['anglo', 'GBR'], ['franco', 'FRA'], ['russo', 'RUS'], ['indo', 'IND'],
  ['italo', 'ITA'], ['greco', 'GRC'], ['turco', 'TUR'], ['afro', ''], ['euro', ''],
].filter(([, iso3]) => iso3 !== '') as Array<[string, string]>);
