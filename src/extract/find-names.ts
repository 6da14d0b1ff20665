import type { Doc, MentionClass, RawMention, Sentence } from '../model/doc.js';
import { hyphenatedActors } from './hyphenated-actors.js';
import { NerTagger, type NerSpan, type NerType } from './ner/tagger.js';
import { CAP_BUCKETS } from './ner/capitalization-stats.js';
import { countryForm, countryFormCaseless } from './lexicon/countries.js';
import { knownOrganization } from './lexicon/organizations.js';
import { HONORIFICS, ROLE_WORDS } from './lexicon/roles.js';
import { NAME_CONNECTORS, PERSON_PARTICLES } from './lexicon/name-particles.js';
import { NOT_PERSON_WORDS, SURNAME_CUES } from './lexicon/not-names.js';
import { isAbbreviation, isLegalForm, NAME_HONORIFICS, NAME_SUFFIXES } from './lexicon/abbreviations.js';
import { classifyOrganization } from './organization-kind.js';

const MAX_GAZ_TOKENS = 7;

function isHeadline(s: Sentence): boolean {
  const letters = s.tokens.map((t) => t.text).join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters === letters.toUpperCase();
}

interface Hit {
  start: number; // token index
  end: number;
  cls: MentionClass;
}

// Multi-word gazetteer entries win over their parts ("United States" over "United"), so the scan
// tries the longest stretch first at each token.
function gazetteerHits(doc: Doc, s: Sentence): Hit[] {
  const hits: Hit[] = [];
  const caseless = isHeadline(s);
  const toks = s.tokens;
  for (let i = 0; i < toks.length; ) {
    let found: Hit | undefined;
    // A determiner is never the start of a name here ("The Belarusian leader" names no state "The Belarusian").
    if (/^[\p{Lu}\d]/u.test(toks[i].text) && !/^(The|A|An)$/.test(toks[i].text)) {
      for (let n = Math.min(MAX_GAZ_TOKENS, toks.length - i); n >= 1 && !found; n--) {
        const surface = doc.text.slice(toks[i].start, toks[i + n - 1].end).replace(/\s+/g, ' ');
        const org = knownOrganization(surface);
        if (org) {
          found = { start: i, end: i + n, cls: { type: 'Organization', kind: org.kind, key: org.key, wikidata: org.wikidata, state: org.state } };
          break;
        }
        const c = caseless && surface.length > 3 ? countryFormCaseless(surface) : countryForm(surface);
        if (c) found = { start: i, end: i + n, cls: { type: 'State', iso3: c.iso3, form: c.kind } };
      }
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else i++;
  }
  return hits;
}

const isNotAName = (w: string) => NOT_PERSON_WORDS.has(w.toLowerCase());

// "Okonkwo said ..." opening a sentence: a word no list, cluster or statistic knows, right before a
// speech verb, is a surname in wire copy (in CoNLL-2003 train and dev: 7 persons, no organization),
// where the model's guess between person and organization is a coin toss.
function isUnknownSpeakerSurname(s: Sentence, start: number, end: number, tagger: NerTagger): boolean {
  if (end - start !== 1 || !SURNAME_CUES.has(s.tokens[end]?.text ?? '')) return false;
  if (start > 0 && !/^[-–—.:]+$/.test(s.tokens[start - 1].text)) return false;
  return !tagger.knowsWord(s.tokens[start].text);
}

function nerClass(doc: Doc, type: NerType, surface: string, company: boolean): MentionClass | undefined {
  if (type === 'PER') return isNotAName(surface) ? undefined : { type: 'Person' };
  if (type === 'LOC') return { type: 'Location' };
  if (type === 'ORG') return { type: 'Organization', kind: company ? 'company' : classifyOrganization(surface) };
  // CoNLL tags a maker's name as MISC where it names a product ("Airbus A320"); named alone,
  // a company in the company list is the company, a party to whatever the sentence tells.
  if (company) return { type: 'Organization', kind: 'company' };
  return undefined; // MISC that is not a demonym names no actor
}

/** The parts of a span split at "and", "or" and commas, without a leading "the". */
function conjoinedParts(s: Sentence, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let a = start;
  for (let k = start; k <= end; k++) {
    if (k < end && !/^(and|AND|or|OR|,)$/.test(s.tokens[k].text)) continue;
    while (a < k && /^(the|The|THE)$/.test(s.tokens[a].text)) a++;
    if (a < k) parts.push([a, k]);
    a = k + 1;
  }
  return parts;
}

/** Whether a span is one company name alone (not followed by a model number: "Boeing 747" is a product). */
function isCompanyAlone(s: Sentence, start: number, end: number, tagger: NerTagger): boolean {
  if (/^\d/.test(s.tokens[end]?.text ?? '')) return false;
  return tagger.inGazetteer(s.tokens.slice(start, end).map((t) => t.text), 'company');
}

// Taggers trained on CoNLL sometimes take a title or an honorific into a person's name
// ("President Obama"), and a possessive into any name; the name proper is what identity needs.
function trimPersonName(s: Sentence, start: number, end: number): number {
  while (start < end - 1) {
    const w = s.tokens[start].text.toLowerCase();
    if (HONORIFICS.has(w) || ROLE_WORDS.has(w)) start++;
    else break;
  }
  return start;
}

const AMBIGUOUS_TITLES = new Set(['general', 'chief', 'head', 'chair', 'leader', 'director']);
// Words that end a company's name: its legal form or a head word of company names.
const COMPANY_HEADS = new Set(['Group', 'Motors', 'Bank', 'Holdings', 'Airlines', 'Industries']);
const isCompanySuffix = (w: string) => isLegalForm(w) || COMPANY_HEADS.has(w);

// "US President Donald Trump" tagged as one organization is a title and a person's name: a role
// word followed by capitalized words up to the end of the span means the tail is the person.
function titledPersonStart(s: Sentence, start: number, end: number): number | undefined {
  for (let k = end - 2; k >= Math.max(0, start - 1); k--) {
    const w = s.tokens[k].text.toLowerCase();
    // the role phrase may begin before the span ("Secretary of" + "State Antony Blinken")
    const phrase = (n: number) => s.tokens.slice(Math.max(0, k - n + 1), k + 1).map((t) => t.text.toLowerCase()).join(' ');
    if (!ROLE_WORDS.has(w) && !HONORIFICS.has(w) && !ROLE_WORDS.has(phrase(2)) && !ROLE_WORDS.has(phrase(3))) continue;
    // "General Motors", "Chief Executive Group": capitalized words that are titles and name parts alike
    if (AMBIGUOUS_TITLES.has(w) && /^\p{Lu}/u.test(s.tokens[k].text)) return undefined;
    const tail = s.tokens.slice(k + 1, end);
    if (isCompanySuffix(tail[tail.length - 1]?.text ?? '') || (tail.length === 1 && isNotAName(tail[0].text))) return undefined;
    if (tail.length >= 1 && tail.length <= 4 && /^\p{Lu}/u.test(tail[0].text) && tail.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) || isParticleWord(t.text))) return k + 1;
    return undefined;
  }
  return undefined;
}

// "Mohammed" + "bin" + "Abdulrahman Al Thani", "Ludwig" + "van" + "Beethoven": two person spans joined
// by a name particle are one name.
function joinParticles(s: Sentence, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && sp.type === 'PER' && sp.start === prev.end + 1 && PERSON_PARTICLES.has(s.tokens[prev.end].text)) prev.end = sp.end;
    else out.push({ ...sp });
  }
  return out;
}

// British and wire styles write honorifics without a period ("Mr Okafor", "Dr Smith") and peers by
// their rank ("Baroness Hale"). An honorific before capitalized words opens a person's name whatever
// the tagger made of those words; a title after it ("Lord Chancellor") is a role, not a name.
// "al-Sabah", "bin Salman", "van der Pas": a particle, alone or joined to the next name by a hyphen.
const isParticleWord = (w: string) => PERSON_PARTICLES.has(w) || (PERSON_PARTICLES.has(w.split('-')[0]) && /^\p{Ll}+-\p{Lu}/u.test(w));
const isNameHonorific = (w: string) => isAbbreviation(NAME_HONORIFICS, w);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
// A middle initial with or without its period: "Harry S Truman", "John F. Kennedy".
const INITIAL = /^\p{Lu}\.?$/u;

function honorificNames(s: Sentence, spans: NerSpan[]): NerSpan[] {
  const toks = s.tokens;
  let out = spans;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!isNameHonorific(toks[i].text)) continue;
    let j = i + 1;
    while (j < toks.length && j - i <= 4 && !ROLE_WORDS.has(toks[j].text.toLowerCase())) {
      if (NAME_WORD.test(toks[j].text) && !/^(The|A|An)$/.test(toks[j].text)) j++;
      else if (INITIAL.test(toks[j].text) && j > i + 1 && NAME_WORD.test(toks[j + 1]?.text ?? '')) j++;
      else break;
    }
    if (j === i + 1) continue;
    // Whatever overlaps the name gives way; the part of a span before the honorific stays.
    const kept: NerSpan[] = [];
    for (const sp of out) {
      if (sp.end <= i || sp.start >= j) kept.push(sp);
      else if (sp.start < i) kept.push({ ...sp, end: i });
    }
    kept.push({ type: 'PER', start: i, end: j });
    out = kept.sort((a, b) => a.start - b.start);
    i = j - 1;
  }
  return out;
}

// A person's name goes on over a middle initial ("Harry S" + "Truman", "Donald J." + "Trump") and
// takes "Jr."; a span it then overlaps is part of it.
function extendPersonNames(s: Sentence, spans: NerSpan[]): NerSpan[] {
  const toks = s.tokens;
  const out: NerSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && sp.start < prev.end) {
      prev.end = Math.max(prev.end, sp.end);
      continue;
    }
    const ner = { ...sp };
    if (ner.type === 'PER') {
      while (ner.end < toks.length && ner.end - ner.start < 6) {
        const last = toks[ner.end - 1].text;
        const next = toks[ner.end].text;
        if (INITIAL.test(last) && ner.end - ner.start > 1 && NAME_WORD.test(next)) ner.end++;
        else if (INITIAL.test(next) && NAME_WORD.test(last) && NAME_WORD.test(toks[ner.end + 1]?.text ?? '') && !INITIAL.test(toks[ner.end + 1].text)) ner.end += 2;
        else if (next.endsWith('.') && isAbbreviation(NAME_SUFFIXES, next)) ner.end++;
        // "Sheikh Ali" + "al-Khalifa al-Sabah", "Osama" + "bin Laden"
        else if (/-\p{Lu}/u.test(next) ? isParticleWord(next) : isParticleWord(next) && NAME_WORD.test(toks[ner.end + 1]?.text ?? '')) ner.end += /-\p{Lu}/u.test(next) ? 1 : 2;
        else break;
      }
    }
    out.push(ner);
  }
  return out;
}

// A greedy tagger that has opened a name can run on into the prose after it ("the United
// Automobile Workers union on a concessionary contract covering workers at AMC"). Two lowercase
// words in a row, the first not a connector, never stand inside a name in CoNLL-2003's gold (a
// lowercase word followed by a capitalised one does: "Palestinian self-rule Authority"), so the
// name ends before them.
const isProse = (w: string) => /^\p{Ll}/u.test(w) && !/\p{Lu}/u.test(w) && !NAME_CONNECTORS.has(w);

function cutAtProse(s: Sentence, spans: NerSpan[]): NerSpan[] {
  return spans.flatMap((sp) => {
    for (let k = sp.start + 1; k + 1 < sp.end; k++) {
      const next = s.tokens[k + 1].text;
      if (!isProse(s.tokens[k].text) || !/^\p{Ll}/u.test(next) || /\p{Lu}/u.test(next)) continue;
      let end = k;
      // nor on a connector, a possessive or a comma ("Mittal Steel, one of the ...")
      while (end > sp.start && (NAME_CONNECTORS.has(s.tokens[end - 1].text) || !/[\p{L}\d]/u.test(s.tokens[end - 1].text) || /^['’]s$/.test(s.tokens[end - 1].text))) end--;
      return end > sp.start ? [{ ...sp, end }] : [];
    }
    return [sp];
  });
}

// "Cable and Wireless Plc", "Marks and Spencer Plc": a one-word name, "and", then a one-word name
// with a legal form is one company, which the tagger reads as two. Once the article has named it
// so, "Cable and Wireless" without the form is that company too, whatever the tagger made of it.
const AND = new Set(['and', '&']);
function joinAndCompanies(body: Sentence[], spans: NerSpan[][]): NerSpan[][] {
  const word = (s: Sentence, i: number) => s.tokens[i]?.text ?? '';
  const hasForm = (s: Sentence, i: number) => isLegalForm(word(s, i));
  const known = new Set<string>();
  body.forEach((s, si) => {
    for (const sp of spans[si]) {
      const a = sp.start - 2;
      if (sp.type === 'ORG' && sp.end - sp.start === 2 && hasForm(s, sp.end - 1) && a >= 0 && AND.has(word(s, a + 1)) && spans[si].some((p) => p.type === 'ORG' && p.start === a && p.end === a + 1)) {
        known.add(`${word(s, a)} ${word(s, sp.start)}`);
      }
      // the whole name in one span ("Cable and Wireless Plc")
      if (sp.type === 'ORG' && sp.end - sp.start === 4 && AND.has(word(s, sp.start + 1)) && hasForm(s, sp.end - 1)) known.add(`${word(s, sp.start)} ${word(s, sp.start + 2)}`);
    }
  });
  if (known.size === 0) return spans;
  return spans.map((list, si) => {
    const s = body[si];
    let out = list;
    for (let i = 0; i + 2 < s.tokens.length; i++) {
      if (!AND.has(word(s, i + 1)) || !known.has(`${word(s, i)} ${word(s, i + 2)}`)) continue;
      const end = hasForm(s, i + 3) ? i + 4 : i + 3;
      out = [...out.filter((p) => p.end <= i || p.start >= end), { type: 'ORG' as const, start: i, end }].sort((x, y) => x.start - y.start);
    }
    return out;
  });
}

/** Finds names with the NER model and the gazetteers; the gazetteer decides what a name links to. */
export function findNames(doc: Doc, tagger = NerTagger.default()): RawMention[] {
  const body = doc.sentences;
  const tagged = tagger
    .spansOfDocument(body.map((s) => s.tokens.map((t) => t.text)))
    .map((list, si) => extendPersonNames(body[si], honorificNames(body[si], joinParticles(body[si], cutAtProse(body[si], list)))));
  const spans = joinAndCompanies(body, tagged);
  const mentions: RawMention[] = [];
  body.forEach((s, si) => {
    const gaz = gazetteerHits(doc, s);
    const taken = new Array<boolean>(s.tokens.length).fill(false);
    const push = (start: number, end: number, cls: MentionClass) => {
      for (let k = start; k < end; k++) taken[k] = true;
      const a = s.tokens[start].start;
      const b = s.tokens[end - 1].end;
      mentions.push({ start: a, end: b, text: doc.text.slice(a, b), sentence: s.index, cls });
    };
    for (const tagged of spans[si]) {
      const ner = tagged;
      const inside = gaz.filter((g) => g.start >= ner.start && g.end <= ner.end);
      const covering = gaz.find((g) => g.start <= ner.start && g.end >= ner.end);
      if (covering) continue; // the gazetteer entry covers this name whole
      // A person whose span starts with a demonym or country ("Belarusian President X") is split.
      let start = ner.start;
      if (ner.type === 'PER') {
        while (inside.length && inside[0].start === start) start = inside.shift()!.end;
        start = trimPersonName(s, start, ner.end);
        if (start >= ner.end) continue;
      } else if (inside.length === 1 && inside[0].start === ner.start && inside[0].end === ner.end) {
        continue;
      } else {
        // "Secretary of State X and Foreign Minister Y" read as one organization: each part is a
        // title and a person's name.
        const parts = conjoinedParts(s, ner.start, ner.end);
        const heads = parts.map(([a, b]) => titledPersonStart(s, a, b));
        if (parts.length > 1 && heads.every((h) => h !== undefined)) {
          parts.forEach(([, b], k) => push(heads[k]!, b, { type: 'Person' }));
          continue;
        }
        const personAt = titledPersonStart(s, ner.start, ner.end);
        if (personAt !== undefined) {
          push(personAt, ner.end, { type: 'Person' });
          continue;
        }
      }
      // "AIRBUS AND BOEING", "Lib Dems and the SNP": one span over names known apart is those names;
      // one that ends in a legal form is one company ("Cable and Wireless Plc").
      const legalForm = isLegalForm(s.tokens[ner.end - 1].text);
      const parts = ner.type === 'PER' || legalForm ? [] : conjoinedParts(s, ner.start, ner.end);
      if (parts.length > 1) {
        const known = (a: number, b: number) => gaz.some((g) => g.start === a && g.end === b) || isCompanyAlone(s, a, b, tagger);
        if (parts.every(([a, b]) => known(a, b))) {
          for (const [a, b] of parts) if (!gaz.some((g) => g.start === a && g.end === b)) push(a, b, { type: 'Organization', kind: 'company' });
          continue;
        }
      }
      const surface = doc.text.slice(s.tokens[start].start, s.tokens[ner.end - 1].end);
      const type = ner.type === 'ORG' && isUnknownSpeakerSurname(s, start, ner.end, tagger) ? 'PER' : ner.type;
      const cls = nerClass(doc, type, surface, type !== 'PER' && isCompanyAlone(s, start, ner.end, tagger));
      if (!cls) continue;
      // A larger name that contains a gazetteer entry keeps its own reading ("Bank of Japan" is not Japan).
      push(start, ner.end, cls);
    }
    for (const g of gaz) {
      if (taken.slice(g.start, g.end).some(Boolean)) continue;
      push(g.start, g.end, g.cls);
    }
    // "EU-US talks": each actor of a hyphenated compound, instead of one name for the compound
    const compounds = hyphenatedActors(s);
    for (const k of new Set(compounds.map((c) => c.token))) {
      const t = s.tokens[k];
      for (let i = mentions.length - 1; i >= 0 && mentions[i].sentence === s.index; i--) if (mentions[i].start <= t.start && t.end <= mentions[i].end && mentions[i].cls.type !== 'Person') mentions.splice(i, 1);
      taken[k] = true;
    }
    for (const c of compounds) mentions.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), sentence: s.index, cls: c.cls });
    // A company the tagger missed where nothing around it says so ("FedEx said ..." opening a
    // sentence): a word of the company list that news always capitalizes, or never saw.
    s.tokens.forEach((t, k) => {
      if (taken[k] || !/^\p{Lu}/u.test(t.text) || !tagger.inGazetteer([t.text], 'company')) return;
      if (spans[si].some((sp) => sp.start <= k && k < sp.end)) return;
      const bucket = tagger.capitalizationBucket(t.text);
      if (bucket >= 0 && bucket < CAP_BUCKETS - 1) return;
      push(k, k + 1, { type: 'Organization', kind: 'company' });
    });
  });
  return mentions
    .map((m) => (m.cls.type === 'Person' ? { ...m, name: m.text.replace(/['’]s$/, '') } : m))
    .sort((a, b) => a.start - b.start);
}
