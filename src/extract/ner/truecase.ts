import { CAP_BUCKETS } from './capitalization-stats.js';
import { GAZETTEER_CATEGORIES, type Gazetteer } from './gazetteer.js';

// The tagger learned names from Reuters copy: capitals on names, "Mr." with a period, initials
// with periods. Other styles lose those cues; this puts them back before tagging (and before
// training, so both see the same text). Token strings change only inside the tagger: offsets and
// the text of mentions stay as written.

/** Whether a sentence has letters and none of them upper case. */
export function isLowercaseSequence(seq: string[]): boolean {
  let letters = 0;
  for (const w of seq) {
    if (/\p{Lu}/u.test(w)) return false;
    if (/\p{L}/u.test(w)) letters++;
  }
  return letters > 1;
}

const NOT_NAME_BITS = (1 << GAZETTEER_CATEGORIES.indexOf('title')) | (1 << GAZETTEER_CATEGORIES.indexOf('org-suffix'));
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'von', 'van', 'al']);
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// Text in lower case (a careless feed, a social post) has lost the capitals the tagger reads names
// by. Phrases of two or more words the gazetteer knows ("european union", "new york") and words
// news writes capitalized almost always where capitals are free ("norway", "reuters") get their
// capitals back; everything else stays as written.
/** The sentence with capitals restored on known names and on words news nearly always capitalizes. */
export function truecase(seq: string[], capitalization: Map<string, number>, gazetteer?: Gazetteer): string[] {
  const out = seq.map((w) => ((capitalization.get(w) ?? -1) >= CAP_BUCKETS - 2 ? capital(w) : w));
  if (!gazetteer) return out;
  for (let i = 0; i < seq.length; i++) {
    for (let len = Math.min(4, seq.length - i); len >= 2; len--) {
      const mask = gazetteer.entries.get(seq.slice(i, i + len).join(' '));
      if (!mask || !(mask & ~NOT_NAME_BITS)) continue;
      for (let j = i; j < i + len; j++) if (!SMALL_WORDS.has(seq[j])) out[j] = capital(seq[j]);
      i += len - 1;
      break;
    }
  }
  return out;
}

// "Mr Okafor" and "Harry S Truman" as British and American copy write them; Reuters writes
// "Mr." and "S.", the forms the model knows.
const HONORIFIC = /^(Mr|Mrs|Ms|Dr|Prof|Gen|Col|Capt|Sen|Rep|Gov|Lt|Sgt|St)$/;
const NAME = /^\p{Lu}\p{Ll}/u;

/** The sentence as the tagger expects names written: capitals restored, periods after honorifics and middle initials. */
export function normalizeSentence(seq: string[], capitalization: Map<string, number>, gazetteer?: Gazetteer): string[] {
  const base = isLowercaseSequence(seq) ? truecase(seq, capitalization, gazetteer) : seq;
  let out: string[] | undefined;
  for (let i = 0; i + 1 < base.length; i++) {
    const w = base[i];
    // Cheap tests first: this runs on every token the tagger sees.
    const c = w.charCodeAt(0);
    if (w.length > 4 || c < 65 || c > 90) continue;
    const nextIsName = NAME.test(base[i + 1]);
    if (nextIsName && HONORIFIC.test(w)) (out ??= [...base])[i] = `${w}.`;
    else if (nextIsName && /^[B-HJ-Z]$/.test(w) && i > 0 && NAME.test(base[i - 1])) (out ??= [...base])[i] = `${w}.`;
  }
  return out ?? base;
}

// An all-caps headline hides which words are names, and the model then runs a name on over the
// words after it ("CLINTON AND YELTSIN TO" as one organization). Such a headline, once a span
// ends on a word news writes in lower case, is tagged again as mixed case: lower-case words to
// lower case, the rest with a capital ("Clinton and Yeltsin to meet in Helsinki"), short words
// the statistics do not know kept as they are (acronyms: "IBM", "NBA").
/** A headline in capitals rewritten in mixed case from the capitalization statistics. */
export function uncapsHeadline(seq: string[], capitalization: Map<string, number>): string[] {
  return seq.map((w, i) => {
    if (!/^\p{Lu}/u.test(w)) return w;
    const lower = w.toLowerCase();
    const bucket = capitalization.get(lower);
    if (bucket === undefined) return w.length <= 4 || /\d/.test(w) ? w : capital(lower);
    return bucket <= 2 && i > 0 ? lower : capital(lower);
  });
}

/** Whether a span of a caps headline ends on a word that news writes in lower case ("SIEMENS TO"). */
export function swallowsCommonWord(seq: string[], start: number, end: number, capitalization: Map<string, number>): boolean {
  return end - start > 1 && capitalization.get(seq[end - 1].toLowerCase()) === 0;
}
