// The one list of abbreviations the pipeline knows: titles and honorifics before names, suffixes
// after them, company forms and the other short forms that end in a period without ending a sentence.

/** Honorifics that open a person's name, written with or without a period ("Mr Okafor", "Dr. Nwosu"). */
export const NAME_HONORIFICS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'Prof'];

/** Abbreviated titles before a name ("Gen. Smith", "Sen. Jones"). */
export const TITLE_ABBREVIATIONS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'St', 'Mt', 'Messrs', 'Hon', 'Pres'];

/** Suffixes after a person's name. */
export const NAME_SUFFIXES: readonly string[] = ['Jr', 'Sr'];

/** Abbreviated company forms, written with or without a period ("Acme Corp.", "Acme Inc"). */
export const COMPANY_FORMS: readonly string[] = ['Co', 'Corp', 'Inc', 'Ltd', 'Bros'];

/** Legal forms written as initials ("Barclays Plc", "Siemens AG"); a period after them ends a sentence. */
export const COMPANY_INITIALS: readonly string[] = ['Plc', 'PLC', 'AG', 'SA', 'NV', 'LLC'];

/** Other short forms with a period that do not end a sentence. */
export const OTHER_ABBREVIATIONS: readonly string[] = ['No', 'vs', 'etc', 'ft', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Whether a word is a company's legal form ("Corp", "Inc.", "Plc", "AG"). */
export function isLegalForm(word: string): boolean {
  return isAbbreviation(COMPANY_FORMS, word) || COMPANY_INITIALS.includes(word);
}

/** Whether a word is one of `forms`, with or without its period. */
export function isAbbreviation(forms: readonly string[], word: string): boolean {
  return forms.includes(word.endsWith('.') ? word.slice(0, -1) : word);
}

/** Every abbreviation above, lower case: the words whose final period the tokenizer keeps ("Mr.", "Corp."). */
export const ALL_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...TITLE_ABBREVIATIONS, ...NAME_SUFFIXES, ...COMPANY_FORMS, ...OTHER_ABBREVIATIONS].map((w) => w.toLowerCase()),
);
