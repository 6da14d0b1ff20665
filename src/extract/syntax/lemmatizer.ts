// Lemmas from the LEMMA column: suffix rules per UPOS ("-ied" on a VERB -> strip 3, add "y"), the
// longest suffix seen at least twice wins; the words the rules get wrong are kept as exceptions.

/** A learned lemmatizer: `rules` maps "UPOS|suffix" to "strip:add", `exceptions` "UPOS|word" to a lemma. */
export interface LemmaTables {
  rules: Record<string, string>;
  exceptions: Record<string, string>;
}

const MAX_SUFFIX = 5;

// The word is lower-cased and a lemma may not be ("syrian" -> "Syrian"): letters are compared
// without case, so a proper adjective teaches no rule that rewrites every "-rian" word to "Syrian".
function ruleOf(word: string, lemma: string): string {
  let p = 0;
  while (p < word.length && p < lemma.length && word[p] === lemma[p].toLowerCase()) p++;
  return `${word.length - p}:${lemma.slice(p)}`;
}

function applyRule(word: string, rule: string): string {
  const colon = rule.indexOf(':');
  const strip = Number(rule.slice(0, colon));
  return strip > word.length ? word : word.slice(0, word.length - strip) + rule.slice(colon + 1);
}

/** The lemma of a word with its UPOS. */
export function lemmatize(t: LemmaTables, form: string, upos: string): string {
  if (upos === 'PROPN') return form;
  const word = form.toLowerCase();
  const ex = t.exceptions[`${upos}|${word}`];
  if (ex !== undefined) return ex;
  for (let k = Math.min(MAX_SUFFIX, word.length); k >= 0; k--) {
    const rule = t.rules[`${upos}|${word.slice(word.length - k)}`];
    if (rule !== undefined) return applyRule(word, rule);
  }
  return word;
}

function majority(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) [best, n] = [k, c];
  return best;
}

/** Learns rules and exceptions from (form, UPOS, lemma) triples. */
export function learnLemmas(words: Array<{ form: string; upos: string; lemma: string }>): LemmaTables {
  const bySuffix = new Map<string, Map<string, number>>();
  const byWord = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string) => {
    let c = m.get(k);
    if (!c) m.set(k, (c = new Map()));
    c.set(v, (c.get(v) ?? 0) + 1);
  };
  for (const w of words) {
    if (w.upos === 'PROPN' || w.lemma === '_') continue;
    const word = w.form.toLowerCase();
    bump(byWord, `${w.upos}|${word}`, w.lemma);
    const rule = ruleOf(word, w.lemma);
    for (let k = 0; k <= Math.min(MAX_SUFFIX, word.length); k++) bump(bySuffix, `${w.upos}|${word.slice(word.length - k)}`, rule);
  }
  const rules: Record<string, string> = {};
  for (const key of [...bySuffix.keys()].sort()) {
    const counts = bySuffix.get(key)!;
    let total = 0;
    for (const c of counts.values()) total += c;
    if (total >= 2 || key.endsWith('|')) rules[key] = majority(counts);
  }
  const tables: LemmaTables = { rules, exceptions: {} };
  for (const key of [...byWord.keys()].sort()) {
    const bar = key.indexOf('|');
    const lemma = majority(byWord.get(key)!);
    if (lemmatize(tables, key.slice(bar + 1), key.slice(0, bar)) !== lemma) tables.exceptions[key] = lemma;
  }
  return tables;
}
