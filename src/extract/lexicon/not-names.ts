/** Words a tagger sometimes takes for a one-word person name, that never are one (compared lower case). */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'agreement', 'treaty', 'accord', 'act', 'bill', 'council', 'committee', 'ministry', 'department', 'government', 'parliament', 'congress', 'senate', 'court',
  'union', 'party', 'state', 'states', 'republic', 'kingdom', 'president', 'minister', 'chairman', 'reuters', 'update', 'breaking', 'exclusive', 'analysis',
  'opinion', 'editorial',
]);

/** Past and present forms of saying after which an unknown capitalised word opening a sentence is a surname ("Okonkwo said"). */
export const SURNAME_CUES: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'stated', 'declared', 'insisted', 'warned']);
