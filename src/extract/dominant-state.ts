import type { Doc, RawMention } from '../model/doc.js';
import { ROLE_WORDS } from './lexicon/roles.js';
import { countryForm } from './lexicon/countries.js';
import { PARTY_WORDS, stateOfParty } from './lexicon/parties.js';

// Honorifics as British style writes them (US style and the tokenizer keep "Mr." whole).
const HONORIFICS_WITHOUT_PERIOD = new Set(['Mr', 'Mrs', 'Ms']);

// A dateline names where the story was filed, and wire copy leaves that state's own officials
// unqualified ("Finance Minister X" in a story from Pretoria), so it comes first whatever the
// mention counts.
const DATELINE_WEIGHT = 1000;

/** The state of a dateline's place ("MOSCOW", "Geneva, Switzerland"), if the place names one. */
export function datelineState(place: string | null): string | undefined {
  if (!place) return undefined;
  const parts = [place, ...place.split(',').map((p) => p.trim()).reverse()];
  for (const p of parts) {
    const f = countryForm(p);
    if (f) return f.iso3;
  }
  return undefined;
}

const cache = new WeakMap<Doc, string[]>();

const BRITAIN = 'GBR';
const BRITISH_STYLE_WEIGHT = 1.5;

function britishStyle(doc: Doc): boolean {
  return doc.sentences.some((s) => s.tokens.some((t, k) => HONORIFICS_WITHOUT_PERIOD.has(t.text) && /^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? '')));
}

function qualifiesTitle(doc: Doc, m: RawMention): boolean {
  const s = doc.sentences[m.sentence];
  if (!s) return false;
  const next = s.tokens.findIndex((t) => t.start >= m.end);
  if (next < 0) return false;
  for (const n of [3, 2, 1]) {
    const phrase = s.tokens.slice(next, next + n).map((t) => t.text.toLowerCase()).join(' ');
    if (ROLE_WORDS.has(phrase)) return true;
  }
  return false;
}

/**
 * The states an article is about, most dominant first: each mention of a state (name, demonym,
 * people, capital) is a vote, so is each state-bound body ("the Commons", "the Bundesbank") and
 * each party named ("Labour", "Tory"); the dateline's state comes first. A BBC story about
 * British politics that never names Britain still ranks it first through its parties and
 * institutions. Ties go to the state named first.
 */
export function stateRanking(doc: Doc): string[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const votes = new Map<string, { n: number; first: number }>();
  const vote = (iso3: string | undefined, at: number, weight = 1) => {
    if (!iso3) return;
    const v = votes.get(iso3);
    if (v) v.n += weight;
    else votes.set(iso3, { n: weight, first: at });
  };
  const dateline = datelineState(doc.article.place);
  vote(dateline, -1, DATELINE_WEIGHT);
  // British papers write "Mr Blair" without a period and leave Britain's own offices unqualified
  // ("the Home Secretary", "Chancellor Gordon Brown"); with no dateline, Britain is their home. A
  // prior worth a few mentions, not a dateline: a BBC story about Germany's chancellor names Germany.
  if (!dateline && britishStyle(doc)) vote(BRITAIN, -1, BRITISH_STYLE_WEIGHT);
  for (const m of doc.mentions) {
    // "the French president", "his Mongolian counterpart": a state word that qualifies a title marks
    // the foreign side; the home state's titles go unqualified
    if (m.cls.type === 'State') vote(m.cls.iso3, m.start, qualifiesTitle(doc, m) ? 0.5 : 1);
    else if (m.cls.type === 'Organization') vote(m.cls.state ?? (m.cls.kind === 'party' && m.cls.key ? stateOfParty(m.cls.key) : undefined), m.start);
  }
  // party words as modifiers ("Tory co-chairman") are not mentions of their own
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      const key = PARTY_WORDS.get(t.text);
      if (key && /^\p{Lu}/u.test(t.text)) vote(stateOfParty(key), t.start);
    }
  }
  const ranking = [...votes].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([iso3]) => iso3);
  cache.set(doc, ranking);
  return ranking;
}

/** The state an article is mainly about, if it names or implies any. */
export function dominantState(doc: Doc): string | undefined {
  return stateRanking(doc)[0];
}
