import type { Span } from '../model/index.js';
import type { Doc, RawMention } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import type { QuoteSegment } from './find-quotes.js';
import { quoteWords } from './find-quotes.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { cuesOf } from './statement-cues.js';
import { overlaps, type Cue, type Draft } from './statement-draft.js';
import { attributeQuote } from './statement-quote-attribution.js';
import { reportedSpeech } from './statement-reported.js';
import { clausalStatements } from './statement-clausal.js';
import { jointSpeakerDrafts } from './statement-joint.js';
import { centreBefore, isOutlet, type Centre } from './statement-centre.js';
import { ROLE_WORDS } from './lexicon/roles.js';
import { namesOtherOffice, roleHolder, roleSpeaker } from './statement-role-speaker.js';
import { relativeSpeaker } from './statement-relative-speaker.js';
import { pronounFits } from './statement-gender.js';
import { orgInitials } from './org-initials.js';
import { countryModifierRole } from './statement-country-modifier.js';
import { isAssociateNoun, isDocumentNoun, isOrganizationAnaphor, isOutletNoun } from './lexicon/speaker-anaphors.js';
import { PAGE_LABELS } from './lexicon/reported-speech-words.js';
import { alternation } from './lexicon/word-pattern.js';

// Line labels that are not speakers.
const LABELS = new RegExp(`^(${alternation(PAGE_LABELS)})$`, 'i');

// Lines of the text (a title line included), for headline and transcript statements.
function paragraphsOf(doc: Doc): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of doc.text.split('\n')) {
    const start = at + (line.length - line.trimStart().length);
    const end = at + line.trimEnd().length;
    if (end > start) out.push({ start, end });
    at += line.length + 1;
  }
  return out;
}

// Content without surrounding quote marks or final period ("'Better Qualified.'" -> Better Qualified).
function trimEnds(doc: Doc, start: number, end: number): Span {
  while (start < end && /[\s"“‘'«]/.test(doc.text[start])) start++;
  while (end > start && /[\s.,"”’'»]/.test(doc.text[end - 1])) end--;
  return { start, end };
}

// Between one cue's content and the next cue: ", adding", " and called", " but also argued".
const NEXT_ACT = /^[\s,;]*(?:(?:and|but)\s+)?(?:(?:also|then|later|again|repeatedly)\s+)?$/i;

// "X said A, adding B", "X said A and called for B": a cue right after the content of another cue
// in its sentence is that speaker's next act, whatever the words just before it look like.
function nextActOf(doc: Doc, s: Doc['sentences'][number], cue: Cue, drafts: Draft[]): Draft | undefined {
  return drafts.find((d) => d.speaker && d.cue && d.content.start >= s.start && d.content.end <= cue.span.start && NEXT_ACT.test(doc.text.slice(d.content.end, cue.span.start)));
}

/** Finds direct quotes, split and multi-paragraph quotes, and reported speech, each with its speaker. */
export function findStatementDrafts(doc: Doc, quotes: QuoteSegment[], claims: RoleClaim[]): Draft[] {
  const cues = new Map<number, Cue[]>();
  for (const s of doc.sentences) cues.set(s.index, cuesOf(s, quotes));
  const drafts: Draft[] = [];
  const used = new Set<QuoteSegment>();
  const usedCues = new Set<Cue>();
  // 1. direct quotes with their own attribution
  for (const q of quotes) {
    if (quoteWords(doc.text, q) < 2 && !q.continues) continue;
    const d = attributeQuote(doc, q, cues, claims);
    if (d) {
      drafts.push(d);
      used.add(q);
      usedCues.add(d.cue!);
    }
  }
  // 1b. headline and transcript style: "Kasich: 'We are going all the way'" - a name, a colon, a quote
  for (const q of quotes) {
    if (used.has(q) || quoteWords(doc.text, q) < 2) continue;
    const lineStart = doc.text.lastIndexOf('\n', q.open) + 1;
    const lead = /^\s*(\S[^:\n]{0,60}?)\s*:\s*$/.exec(doc.text.slice(lineStart, q.open));
    if (!lead) continue;
    const colon = doc.text.lastIndexOf(':', q.open);
    const m = doc.mentions.find((x) => x.end <= colon && x.start >= lineStart && /^\s*$/.test(doc.text.slice(x.end, colon)) && x.entityId && ['Person', 'Organization', 'State'].includes(x.cls.type));
    if (!m) continue;
    drafts.push({ speaker: { span: { start: m.start, end: m.end }, mention: m }, cue: { k: -1, lemma: 'say', span: { start: colon, end: colon + 1 } }, kind: 'direct', content: q.content, quotes: [q], origin: 'rule:colon-quote', confidence: 0.75 });
    used.add(q);
  }
  // 1c. the same without quote marks: a headline "Graham: Trump's rhetoric destroying GOP's chances"
  // or a transcript line "TAPPER: Do you think ...". The line must open with a name (or a speaker
  // label in capitals) and the colon, and what follows is what they said.
  for (const p of paragraphsOf(doc)) {
    const line = doc.text.slice(p.start, p.end);
    const lead = /^([^:\n]{2,60}?):\s+(?=\S)/.exec(line);
    if (!lead || LABELS.test(lead[1].trim())) continue;
    const colon = p.start + lead[1].length;
    const m = doc.mentions.find((x) => x.start >= p.start && x.end <= colon && /^\s*$/.test(doc.text.slice(x.end, colon)) && x.entityId && ['Person', 'Organization'].includes(x.cls.type));
    const label = !m && /^[A-Z][A-Z.'’ -]{1,30}$/.test(lead[1].trim()) && /[A-Z]{3}/.test(lead[1]);
    if (!m && !label) continue;
    const content = trimEnds(doc, p.start + lead[0].length, p.end);
    if (content.end - content.start < 8 || drafts.some((d) => overlaps(d.content, content))) continue;
    const speakerSpan = m ? { start: m.start, end: m.end } : { start: p.start, end: colon };
    drafts.push({ speaker: { span: speakerSpan, mention: m }, cue: { k: -1, lemma: 'say', span: { start: colon, end: colon + 1 } }, kind: 'direct', content, quotes: [], origin: 'rule:colon-line', confidence: 0.65 });
  }
  // 2. reported speech around the remaining cues
  for (const s of doc.sentences) {
    const list = cues.get(s.index)!;
    for (const cue of list) {
      if (usedCues.has(cue)) continue;
      let d = reportedSpeech(doc, s, cue, list, claims, quotes);
      if (!d || drafts.some((x) => overlaps(x.content, d!.content))) continue;
      const before = nextActOf(doc, s, cue, drafts);
      if (before) d = { ...d, speaker: before.speaker };
      drafts.push(d);
      usedCues.add(cue);
      for (const q of d.quotes) used.add(q);
    }
  }
  // 2b. what the word rules missed, read off the parse: "X warned that", "X believes", "X wants to"
  const replaced = new Set<Draft>();
  for (const s of doc.sentences) {
    for (const d of clausalStatements(doc, s, quotes, drafts, replaced)) {
      const before = d.cue && nextActOf(doc, s, d.cue, drafts);
      drafts.push(before ? { ...d, speaker: before.speaker } : d);
    }
  }
  if (replaced.size) drafts.splice(0, drafts.length, ...drafts.filter((d) => !replaced.has(d)));
  // 3. quotes without an attribution of their own: the second half of a split quote, a paragraph
  // that continues a quote, or a whole-paragraph quote after a statement by someone named.
  for (const q of quotes) {
    if (used.has(q) || quoteWords(doc.text, q) < 4) continue;
    if (drafts.some((d) => overlaps(d.content, q.content))) continue;
    // A paragraph that is all quote goes on with whoever spoke just before, in their own words or
    // reported ("Howard said that ... \n "I did what I set out to do."); a quote inside a paragraph
    // goes on only from a direct quote.
    const opensParagraph = /^\s*$/.test(doc.text.slice(doc.text.lastIndexOf('\n', q.open) + 1, q.open));
    const prev = drafts.filter((d) => d.content.end <= q.open && (d.kind !== 'indirect' || opensParagraph)).sort((a, b) => b.content.end - a.content.end)[0];
    const prevQuote = quotes.filter((x) => x.close < q.open).at(-1);
    const gap = prev ? doc.text.slice(prev.content.end, q.open) : '';
    // single-quoted text continues a statement only in an article that quotes in single marks
    if (q.single && !prev?.quotes.some((x) => x.single)) continue;
    const split = prev && prev.quotes.length > 0 && !/[\n]/.test(gap) && gap.length < 80;
    const continued = prevQuote?.continues && prev && prev.quotes.includes(prevQuote);
    const paragraphQuote = prev && /\n/.test(gap) && doc.text.slice(prev.content.end, q.open).split('\n').length <= 3 && opensParagraph;
    if (prev && (split || continued || paragraphQuote)) {
      drafts.push({ speaker: prev.speaker, cue: prev.cue, kind: 'direct', content: q.content, quotes: [q], origin: split ? 'rule:split-quote' : 'rule:continued-quote', confidence: split ? 0.85 : 0.7 });
      used.add(q);
    }
  }
  // a paragraph that opened a multi-paragraph quote gets the speaker named at its end
  for (const q of quotes) {
    if (used.has(q) || !q.continues) continue;
    const next = drafts.find((d) => d.quotes.some((x) => x.open > q.open)) ;
    if (next) drafts.push({ speaker: next.speaker, cue: next.cue, kind: 'direct', content: q.content, quotes: [q], origin: 'rule:continued-quote', confidence: 0.7 });
  }
  // "X and Y said": one statement per speaker
  drafts.push(...jointSpeakerDrafts(doc, drafts));
  return drafts.sort((a, b) => a.content.start - b.content.start);
}

/** The speaker of the statement before: its entity and where its speaker was named. */
export interface PreviousSpeaker {
  id: string | null;
  at: number;
  /** The last word of its phrase ("sources" in "CoFACE sources"): "the sources said" goes on with it. */
  head?: string;
}

/** The speaker of a statement as the next one sees it. */
export function previousSpeaker(doc: Doc, speaker: SpeakerPhrase | undefined, id: string, at: number): PreviousSpeaker {
  const head = speaker ? /([\p{L}]+)\W*$/u.exec(doc.text.slice(speaker.span.start, speaker.span.end))?.[1]?.toLowerCase() : undefined;
  return { id, at: speaker?.span.start ?? at, head };
}

// "A British minister said ..." opening a wire story: the person named next with that role word
// before the name ("Corporate Affairs Minister Michael Howard said"), or nobody, never the country.
function namedLater(doc: Doc, speaker: SpeakerPhrase, role: string, centres: Centre[]): string | null {
  const c = centres.find((x) => x.person && x.entityId && x.at > speaker.span.end && x.at - speaker.span.end < 600 && doc.text.slice(Math.max(0, x.at - 40), x.at + 25).toLowerCase().includes(role));
  return c?.entityId ?? null;
}

// A news lead that names its source only by kind ("..., a report by the government's finance
// watchdog says") before any organization is in view: the organization that is the subject of
// the next sentences names it ("The National Audit Office said ...").
function namedNext(centres: Centre[], at: number): string | undefined {
  const c = centres.find((x) => x.at >= at);
  return c && !c.person && c.entityId.startsWith('org:') && c.at - at < 600 ? c.entityId : undefined;
}

// Whether a mention is the subject of a clause (its last word an nsubj in the parse).
function isSubject(doc: Doc, m: RawMention): boolean {
  const s = doc.sentences[m.sentence];
  const k = s?.tokens.findIndex((t) => t.end === m.end) ?? -1;
  return k >= 0 && s.syntax.length === s.tokens.length && s.syntax[k].deprel.startsWith('nsubj');
}

// "according to the FT", "the NAO said": initials the name pass did not take for a name
const INITIALS = /^(?:the\s+)?\p{Lu}{2,5}$/u;

// The organization named before whose initials these are ("the Financial Times ... the FT").
function initialsSpeaker(doc: Doc, initials: string, at: number): string | null {
  const named = doc.mentions.filter((x) => x.end <= at && x.entityId && x.cls.type === 'Organization' && orgInitials(x.text).includes(initials));
  return named.at(-1)?.entityId ?? null;
}

type Group = 'group' | 'organization' | 'outlet' | 'party';

// "the company said", "it said": the organization or State the story is about. The latest of the
// speaker before and the latest named subject wins; an organization word takes no State,
// "the paper" only a news outlet and "the party" only a party. Undefined when none is in view,
// null when two are and no one can tell which.
function groupSpeaker(doc: Doc, at: number, previous: PreviousSpeaker | undefined, centres: Centre[], group: Group): string | null | undefined {
  const kinds = new Set(doc.mentions.filter((m) => (group === 'outlet' ? isOutlet(m) : m.cls.type === 'Organization' && m.cls.kind === 'party')).map((m) => m.entityId));
  const fits = (id: string | null | undefined) =>
    !!id && (group === 'outlet' || group === 'party' ? kinds.has(id) : id.startsWith('org:') || (group === 'group' && id.startsWith('state:')));
  const c = centreBefore(centres, at, (x) => !x.person && fits(x.entityId));
  const prev = fits(previous?.id) && at - previous!.at < 1500 ? previous : undefined;
  const chosen = prev && (!c || prev.at >= c.at) ? { id: prev.id!, at: prev.at } : c ? { id: c.entityId, at: c.at } : undefined;
  if (!chosen) return undefined;
  // the speaker before and the subject since, two organizations; or another organization of the
  // kind the subject of a clause since ("Turkcell said ... MTN may be back ... the company said";
  // not "talks with MTN"): no telling which is meant, and a wrong speaker costs more than none
  if (prev && c && prev.id !== c.entityId) return null;
  const rival = doc.mentions.some((m) => m.start > chosen.at && m.end <= at && m.entityId && m.entityId !== chosen.id && m.cls.type === 'Organization' && fits(m.entityId) && isSubject(doc, m));
  return rival ? null : chosen.id;
}

// The kind of actor a definite speaker phrase points back to, by its head noun ("the fund", "the report").
function anaphorGroup(head: string | undefined): Group | undefined {
  if (!head) return undefined;
  if (isOutletNoun(head)) return 'outlet';
  if (head === 'party') return 'party';
  return isOrganizationAnaphor(head) || isDocumentNoun(head) ? 'organization' : undefined;
}

// "the firm", "the Australian firm": at most one modifier; "the environment select committee"
// describes a body of its own rather than pointing back
const DEFINITE_PHRASE = /^the\s+(?:[\p{L}-]+\s+)?([\p{Ll}]+)$/iu;
const POSSESSED = /^(?:his|her|their|[\p{L}.'’ -]+['’]s?)\s+(?:[\p{L}-]+\s+)?([\p{Ll}]+)$/u;
const AGE_DESCRIPTION = /^the\s+\d{1,3}-year-old$/i;
const INDEFINITE_PHRASE = /^an?\s+(?:[\p{L}-]+\s+)*?([\p{Ll}]+)$/iu;

/**
 * Resolves a speaker phrase to an entity. "he"/"she" is the person last named as a subject or as
 * a speaker, whichever came later (`speakerCentres`); "it" and "the company" the organization the
 * same way; other phrases take their mention's entity.
 */
export function speakerEntity(doc: Doc, speaker: SpeakerPhrase | undefined, previous: PreviousSpeaker | undefined, centres: Centre[] = [], claims: RoleClaim[] = [], content?: Span): string | null {
  if (!speaker) return null;
  const m: RawMention | undefined = speaker.mention;
  const words = doc.text.slice(speaker.span.start, speaker.span.end);
  if (!m && INITIALS.test(words)) return initialsSpeaker(doc, words.replace(/^the\s+/i, ''), speaker.span.start);
  if (/^who$/i.test(words)) return relativeSpeaker(doc, speaker.span.start) ?? (m?.entityId?.startsWith('person:') ? m.entityId : null);
  // "the 46-year-old said": an age stands for someone already named, the person the story is on
  if (AGE_DESCRIPTION.test(words)) return centreBefore(centres, speaker.span.start, (x) => x.person)?.entityId || null;
  if (!m && /^it$/i.test(words)) return groupSpeaker(doc, speaker.span.start, previous, centres, 'group') ?? null;
  // "the fund said", "the Australian firm said", "the report found": a definite phrase whose head
  // is an organization, outlet or document word, unnamed or named only by a country word in it
  const head = DEFINITE_PHRASE.exec(words)?.[1]?.toLowerCase();
  // "CoFACE sources said ... the sources said", "a senior official said ... the official added"
  if (head && head === previous?.head && previous.id && speaker.span.start - previous.at < 1500 && (!m || m.cls.type !== 'Person')) return previous.id;
  const role = INDEFINITE_PHRASE.exec(words)?.[1]?.toLowerCase();
  if (role && ROLE_WORDS.has(role) && (!m || m.cls.type === 'RoleDescription' || m.cls.type === 'State')) return namedLater(doc, speaker, role, centres);
  const group = anaphorGroup(head);
  if (group && (!m || m.cls.type === 'ActorDescription' || (m.cls.type === 'State' && m.cls.form === 'demonym'))) {
    let id = groupSpeaker(doc, speaker.span.start, previous, centres, group);
    if (id === undefined && group === 'organization' && !previous) id = namedNext(centres, speaker.span.end);
    return id !== undefined ? id : m?.cls.type === 'ActorDescription' ? m.entityId ?? null : null;
  }
  // "Pagliano's lawyer said", "his wife told": the person titled so ("his lawyer, Mark Hale,"), never the possessor
  const associate = POSSESSED.exec(words)?.[1]?.toLowerCase();
  if (associate && isAssociateNoun(associate)) return roleHolder(doc, associate, undefined, speaker.span.start, claims);
  // "the Florida senator said" with no description found: a role word as head, the person titled so
  const office = head && !m ? ROLE_WORDS.get(head) : undefined;
  if (office && !namesOtherOffice(words)) return roleHolder(doc, office, undefined, speaker.span.start, claims, /^[Tt]he\s+(\p{Lu}[\p{L}-]+)\s/u.exec(words)?.[1]);
  if (!m) return null;
  // "A US bank said", "US lawyers claimed": a country word modifying someone else is not the speaker
  // ("Russia's president said": the person titled so); the country narrows which organization
  // "the US company" is, which the story's last one need not be, so that one names no one
  const country = countryModifierRole(doc, speaker.span, m);
  if (country?.role === 'none' && ROLE_WORDS.has(country.head) && m.cls.type === 'State') return roleHolder(doc, ROLE_WORDS.get(country.head)!, m.cls.iso3, speaker.span.start, claims);
  if (country && country.role !== 'state') return null;
  if (m.cls.type === 'RoleDescription') return roleSpeaker(doc, m, claims);
  if (m.cls.type === 'Pronoun' && m.cls.person !== 'who') {
    if (m.cls.person === 'he' || m.cls.person === 'she') {
      const pronoun = m.cls.person;
      // "he insisted he still trusted Mr Blair": whom the content names by name is someone else
      const named = new Set(content ? doc.mentions.filter((x) => x.cls.type === 'Person' && x.entityId && x.start >= content.start && x.end <= content.end).map((x) => x.entityId) : []);
      const fits = (id: string) => pronounFits(doc, id, pronoun) && !named.has(id);
      // an office holder the text never names ("the chancellor") is a centre of no one: after it "he" is unknown
      const c = centreBefore(centres, m.start, (x) => x.person && (!x.entityId || fits(x.entityId)));
      const prev = previous?.id?.startsWith('person:') && fits(previous.id) && m.start - previous.at < 1200 ? previous : undefined;
      if (prev && (!c || prev.at >= c.at)) return prev.id;
      const own = m.entityId && fits(m.entityId) ? m.entityId : null;
      return c ? c.entityId || null : own;
    }
    return previous?.id ?? m.entityId ?? null;
  }
  return m.entityId ?? null;
}
