/** A well-known organization: its canonical name, abbreviations and ids. */
export interface KnownOrganization {
  key: string;
  name: string;
  kind: 'international organization' | 'news agency' | 'government agency' | 'group' | 'party';
  forms: string[];
  wikidata?: string;
  /** For government agencies: the state they belong to (ISO alpha-3). */
  state?: string;
}
