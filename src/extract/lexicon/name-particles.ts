// Lowercase words that stand inside proper names. Counted in CoNLL-2003 eng.train and eng.testa: of
// these, "of", "and", "de", "the", "van", "for", "in", "der" cover 85% of the lowercase words in
// gold names ("Organisation for Security and Cooperation in Europe", "Nikolaus van der Pas").

/** Particles of personal names: "Mohammed bin Salman", "Ludwig van Beethoven", "Vasco da Gama". */
export const PERSON_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'ben', 'abu', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'wa',
]);

/** Function words that join the words of an organization's or a place's name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  ...PERSON_PARTICLES, 'of', 'and', 'for', 'the', 'in', 'on', 'at', 'to', 'des', 'y', 'et', 'und', 'für', '&',
]);
