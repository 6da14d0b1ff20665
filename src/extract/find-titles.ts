import type { RelationType, Span } from '../model/index.js';
import type { Doc, RawMention, Sentence } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import { mentionsOfSentence } from './mention-index.js';
import { HONORIFICS, KIN_WORDS, ROLE_ADJECTIVES, ROLE_WORDS, STATE_OFFICE } from './lexicon/roles.js';
import { isFormerMarker, PERSONAL_ROLES, ROLE_MODIFIERS } from './lexicon/role-modifiers.js';
import { CHAMBER_OFFICES, CHAMBER_SEATS, MEMBERSHIP_POSTS, ORGANIZATION_OFFICES } from './lexicon/organization-offices.js';
import { impliedMention } from './role-implied-entities.js';
import { partyCodeAt, partyEndingAt, partyMention, partyStartingAt } from './role-party.js';
import { stateOfOffice } from './role-state.js';
import { isNationalOffice } from './lexicon/national-offices.js';
import { APPOSITION_OPENERS, LIST_OR_CLAUSE_OPENERS, TITLE_DETERMINERS } from './lexicon/function-words.js';
import { oneOf } from './lexicon/word-pattern.js';



function relationFor(role: string, target?: RawMention): RelationType {
  if (role === 'deputy') return 'DEPUTY_TO';
  if (role === 'spokesperson') return 'SPOKESPERSON_OF';
  if (/envoy|ambassador|high commissioner/.test(role)) return 'ENVOY_OF';
  // "Labour MP X", "X, a member of the SNP": a seat or membership in a party or body
  if (MEMBERSHIP_POSTS.has(role) && target?.cls.type === 'Organization') return 'MEMBER_OF';
  return 'HOLDS_ROLE';
}

function roleOf(phrase: string): string | undefined {
  return ROLE_WORDS.get(phrase) ?? ORGANIZATION_OFFICES.get(phrase);
}

// Heads that take a portfolio or field before them as part of the title: "Corporate Affairs
// Minister", "Commerce Secretary", "Europe Director", "oil official".
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'director', 'official', 'commissioner', 'economist', 'analyst']);
// Heads whose capitalised modifier is a portfolio ("Culture Minister"); before the others a
// capitalised word is an unrecognised body ("Investec economist"), so only a field counts ("oil official").
const CAPITALISED_PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'director', 'commissioner']);
// Heads of a cabinet post, whose portfolio the name model may take for a body ("Commerce Secretary");
// before a director or commissioner an unknown name is the body ("Acme director X").
const CABINET_HEADS = new Set(['minister', 'secretary']);

// An organization the name model found that no list knows and no kind word names ("Commerce",
// "Trade and Industry").
const isUnknownBody = (m: RawMention) => m.cls.type === 'Organization' && !m.cls.key && m.cls.kind === 'organization';

function isPortfolioWord(s: Sentence, k: number, mentions: RawMention[], capitalised = true, cabinet = false): boolean {
  const t = s.tokens[k];
  const upos = s.syntax[k]?.upos;
  if (!t || !/^\p{L}/u.test(t.text) || (upos !== 'NOUN' && upos !== 'PROPN')) return false;
  if (!capitalised && !/^\p{Ll}/u.test(t.text)) return false;
  if (ROLE_MODIFIERS.has(t.text.toLowerCase()) || roleOf(t.text.toLowerCase()) || partyEndingAt(s, k + 1)) return false;
  // a region is a portfolio ("Europe Director"); a state or body is whose office it is, unless it is
  // one word the name model took for a body no list knows ("Commerce Secretary X")
  const unknownWord = (m: RawMention) => cabinet && isUnknownBody(m) && m.start === t.start && m.end === t.end;
  return !mentions.some((m) => m.start <= t.start && t.end <= m.end && m.cls.type !== 'RoleDescription' && m.cls.type !== 'ActorDescription' && m.cls.type !== 'Location' && !unknownWord(m));
}

// The longest role phrase that ends at token `end` (exclusive): "special envoy", "prime minister",
// with a portfolio before a minister or secretary ("Labor Minister", "Commerce Secretary").
function roleEndingAt(s: Sentence, end: number, mentions: RawMention[] = []): { role: string; start: number } | undefined {
  for (const n of [5, 4, 3, 2, 1]) {
    if (end - n < 0) continue;
    const phrase = s.tokens.slice(end - n, end).map((t) => t.text.toLowerCase()).join(' ');
    const role = roleOf(phrase);
    if (!role) continue;
    let start = end - n;
    let full = role;
    if (PORTFOLIO_HEADS.has(role)) {
      // "Trade and Industry Secretary": a body no list knows, that the name model found right before
      // a minister or secretary, is the portfolio
      const body = CABINET_HEADS.has(role) && start > 0 ? mentions.find((m) => m.end === s.tokens[start - 1].end && isUnknownBody(m)) : undefined;
      if (body) start = tokenIndex(s, body.start);
      while (start > 0 && end - start < 4 && isPortfolioWord(s, start - 1, mentions, CAPITALISED_PORTFOLIO_HEADS.has(role), CABINET_HEADS.has(role))) start--;
      if (start < end - n) full = `${s.tokens.slice(start, end - n).map((t) => t.text.toLowerCase()).join(' ')} ${role}`;
    }
    return { role: full, start };
  }
  return undefined;
}

// The longest role phrase that starts at token `k` and ends before `close`.
function roleStartingAt(s: Sentence, k: number, close: number): { role: string; end: number } | undefined {
  for (const n of [5, 4, 3, 2, 1]) {
    if (k + n > close) continue;
    const role = roleOf(s.tokens.slice(k, k + n).map((t) => t.text.toLowerCase()).join(' '));
    if (role) return { role, end: k + n };
  }
  return undefined;
}

function tokenIndex(s: Sentence, offset: number): number {
  return s.tokens.findIndex((t) => t.start === offset);
}

function isPersonAt(s: Sentence, k: number, mentions: RawMention[]): boolean {
  const t = s.tokens[k];
  return !!t && mentions.some((m) => m.cls.type === 'Person' && m.start <= t.start && t.start < m.end);
}

function spanOf(s: Sentence, from: number, to: number): Span {
  return { start: s.tokens[from].start, end: s.tokens[to - 1].end };
}

// A national office with no state word takes the article's dominant state that has that office.
function withState(doc: Doc, s: Sentence, c: RoleClaim, roleSpan: Span): RoleClaim {
  if (c.target || c.targetRole || c.relation !== 'HOLDS_ROLE') return c;
  const target = stateOfOffice(doc, s, c.role, roleSpan);
  return target ? { ...c, target } : c;
}

// "Ambassador to Peking X": the place after "to" is where the envoy serves, not whose envoy they are.
function envoyDestination(s: Sentence, p: number, mentions: RawMention[]): number | undefined {
  const before = s.tokens[p - 1];
  const m = before && mentions.find((x) => x.end === before.end && (x.cls.type === 'State' || x.cls.type === 'Location'));
  if (!m) return undefined;
  const to = tokenIndex(s, m.start) - 1;
  if (to < 1 || s.tokens[to].text.toLowerCase() !== 'to') return undefined;
  const r = roleEndingAt(s, to);
  return r && /envoy|ambassador|high commissioner/.test(r.role) ? to : undefined;
}

// "Renault President X" where the name model missed "Renault" here but found it elsewhere in the
// article: the body is that organization.
function namedElsewhere(doc: Doc, word: string): RawMention | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return undefined;
  return doc.mentions.find((x) => x.cls.type === 'Organization' && x.text === word);
}

// "its chairman X", "X, its chief executive": the state or body that leads this sentence, else, when
// "its" comes before any noun, the one that leads the sentence before ("Barclays said profits rose. Its chairman X said ..."), as
// news opens a sentence with its subject.
function possessorOfIts(doc: Doc, s: Sentence, k: number): RawMention | undefined {
  const body = (m: RawMention) => m.cls.type === 'State' || m.cls.type === 'Organization';
  const here = doc.mentions.find((m) => m.start >= s.start && m.end <= s.tokens[k].start && body(m));
  if (here) return here;
  // a name before "its" that is no known actor ("Yukos claims its ...") is the owner, not one
  // of the sentence before
  const person = (j: number) => doc.mentions.some((m) => m.cls.type === 'Person' && m.start <= s.tokens[j].start && s.tokens[j].end <= m.end);
  if (s.syntax.slice(0, k).some((w, j) => (w.upos === 'PROPN' || w.upos === 'NOUN') && !person(j))) return undefined;
  const before = doc.sentences[s.index - 1];
  return before && doc.mentions.find((m) => m.start >= before.start && m.end <= before.end && body(m));
}

const isOwnerPronoun = (w: string) => w === 'its' || w === 'their';
// "the company's chief executive": a description of a body owns the title as its name would
const isBodyDescription = (m: RawMention) => m.cls.type === 'ActorDescription';

// Titles that end at token `end`: "[Belarusian|US|OPEC|Tory] [former] [presidential] ROLE".
function titleEndingAt(doc: Doc, s: Sentence, end: number, person: RawMention, mentions: RawMention[]): (RoleClaim & { from: number }) | undefined {
  const r = roleEndingAt(s, envoyDestination(s, end, mentions) ?? end, mentions);
  if (!r) return undefined;
  let i = r.start;
  let target: RawMention | undefined;
  let targetRole: string | undefined;
  let former = false;
  let role = r.role;
  const roleSpan = spanOf(s, r.start, end);
  while (i > 0) {
    const t = s.tokens[i - 1];
    const w = t.text.toLowerCase();
    const m = mentions.find((x) => x.end === t.end && x.cls.type !== 'Pronoun' && x.cls.type !== 'RoleDescription');
    const elsewhere = !m && !target ? namedElsewhere(doc, t.text) : undefined;
    if (elsewhere) {
      target = elsewhere;
      i--;
      continue;
    }
    // "Prime Minister Sheikh X": the office before an honorific is the role that counts
    const office = !target ? roleEndingAt(s, i) : undefined;
    if (office && office.start < i - 1 && STATE_OFFICE.has(office.role) && !STATE_OFFICE.has(role)) {
      role = office.role;
      i = office.start;
      continue;
    }
    const party = !target ? partyEndingAt(s, i) : undefined;
    if (party && !m) {
      target = partyMention(doc, s, party.key, party.start, i);
      i = party.start;
    } else if (m && (m.cls.type === 'State' || m.cls.type === 'Organization' || isBodyDescription(m)) && !target) {
      target = m;
      i = tokenIndex(s, m.start);
    } else if (!m && !target && isOwnerPronoun(w)) {
      target = possessorOfIts(doc, s, i - 1);
      i--;
      break;
    } else if (m && m.cls.type === 'Person' && !target && s.tokens[i]?.text.match(/^['’]s$/)) {
      // "President Reagan's chief of staff, X": the role is held for that person
      target = m;
      i = tokenIndex(s, m.start);
      i = roleEndingAt(s, i)?.start ?? i;
      break;
    } else if (/^['’]s$/.test(w) && i >= 2) {
      i--;
    } else if (ROLE_ADJECTIVES.has(w)) {
      targetRole = ROLE_ADJECTIVES.get(w);
      i--;
    } else if (ROLE_MODIFIERS.has(w) || isFormerMarker(w)) {
      if (isFormerMarker(w)) former = true;
      if (w === 'shadow') role = `shadow ${role}`;
      if (w === 'deputy' && role !== 'deputy' && !role.startsWith('deputy')) role = `deputy ${role}`;
      i--;
    } else if (ROLE_WORDS.has(w) && !target) {
      i--;
    } else if (!target && !m && /^\p{Ll}/u.test(t.text) && r.start - i < 3 && (s.syntax[i - 1]?.upos === 'NOUN' || (s.syntax[i - 1]?.upos === 'ADJ' && i < r.start))) {
      // "RICS housing spokesman", "Tory local government spokesman": a field between the body and
      // the title (an adjective only inside it)
      i--;
    } else break;
  }
  const claim: RoleClaim = { holder: person, role, relation: relationFor(role, target), target, targetRole, former, evidence: { start: s.tokens[i].start, end: person.end } };
  return { ...withState(doc, s, claim, roleSpan), from: i };
}

// Titles before a name: "Home Secretary X", "Tory co-chairman X", and a party word alone: "Democrat X".
// The token where a person's name starts, before any honorific left outside the mention ("NAO head
// Sir John Bourn", "Oil Minister, Sheikh Ali al-Sabah").
function nameStart(s: Sentence, person: RawMention): number {
  let p = tokenIndex(s, person.start);
  const skip = (w: string) => w === 'sheikh' || (HONORIFICS.has(w) && !roleOf(w));
  while (p > 0 && skip(s.tokens[p - 1].text.toLowerCase())) p--;
  return p;
}

function titleBefore(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const p = nameStart(s, person);
  if (p <= 0) return undefined;
  const title = titleEndingAt(doc, s, p, person, mentions);
  if (title) {
    const { from: _, ...claim } = title;
    return claim;
  }
  const party = partyEndingAt(s, p);
  if (!party?.noun) return undefined;
  const target = partyMention(doc, s, party.key, party.start, p);
  return target && { holder: person, role: 'member', relation: 'MEMBER_OF', target, former: isFormerMarker(s.tokens[party.start - 1]?.text ?? ''), evidence: { start: s.tokens[party.start].start, end: person.end } };
}

// British style puts the title first, in commas: "Kuwait's Oil Minister, Sheikh X," and "the head
// of the Merchant Marine Authority, X,". The name must close the apposition (a comma, the end), so
// "the president, Kerry said" is not read as a title.
function titleCommaBefore(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const p = nameStart(s, person);
  if (p < 2 || s.tokens[p - 1].text !== ',') return undefined;
  const after = s.tokens.findIndex((t) => t.start >= person.end);
  const closes = after < 0 || /^[,.;:)]$/.test(s.tokens[after].text);
  // "Spain's director general for Europe, X": the region after the title is its portfolio
  let end = p - 1;
  const region = mentions.find((m) => m.end === s.tokens[end - 1].end && m.cls.type === 'Location');
  if (region) {
    const prep = tokenIndex(s, region.start) - 1;
    if (/^(for|of)$/i.test(s.tokens[prep]?.text ?? '')) end = prep;
  }
  const title = titleEndingAt(doc, s, end, person, mentions);
  // the title opens the sentence, or the name closes the apposition: "met the president, Kerry said" is no title
  if (title && opensApposition(s, title.from) && (closes || title.from <= 1)) {
    const { from: _, ...claim } = title;
    return { ...claim, evidence: { start: claim.evidence.start, end: person.end } };
  }
  return closes ? roleOfBody(doc, s, p - 1, person, mentions) : undefined;
}

const APPOSITION_OPENER = new Set<string>(APPOSITION_OPENERS);
const isListOrClauseOpener = oneOf(LIST_OR_CLAUSE_OPENERS);
const isTitleDeterminer = oneOf(TITLE_DETERMINERS);

// An apposition's title starts the sentence or a clause, or follows a determiner.
function opensApposition(s: Sentence, from: number): boolean {
  const before = s.tokens[from - 1]?.text.toLowerCase();
  return from === 0 || APPOSITION_OPENER.has(before ?? '') || (from === 1 && s.tokens[0].text.toLowerCase() === 'the');
}

// "the head of the National Audit Office, X": ROLE of|for [the] BODY right before the comma.
function roleOfBody(doc: Doc, s: Sentence, end: number, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const body = mentions.find((m) => m.end === s.tokens[end - 1].end && (m.cls.type === 'Organization' || m.cls.type === 'State'));
  if (!body) return undefined;
  let k = tokenIndex(s, body.start) - 1;
  if (s.tokens[k]?.text.toLowerCase() === 'the') k--;
  if (!/^(of|at)$/i.test(s.tokens[k]?.text ?? '')) return undefined;
  const r = roleEndingAt(s, k, mentions);
  if (!r || !opensApposition(s, r.start)) return undefined;
  const former = /^former$/i.test(s.tokens[r.start - 1]?.text ?? '');
  return { holder: person, role: r.role, relation: relationFor(r.role, body), target: body, former, evidence: { start: s.tokens[r.start].start, end: person.end } };
}

// Party codes after a legislator: "Rep. X (R-Utah)", "Sen. X, D-Va.,".
function partyCodeAfter(doc: Doc, s: Sentence, person: RawMention): RoleClaim | undefined {
  const idx = s.tokens.findIndex((t) => t.start >= person.end);
  if (idx < 0 || !/^[(,]$/.test(s.tokens[idx].text)) return undefined;
  const key = partyCodeAt(s, idx + 1);
  if (!key) return undefined;
  const target = partyMention(doc, s, key, idx + 1, idx + 2);
  return target && { holder: person, role: 'member', relation: 'MEMBER_OF', target, former: false, evidence: { start: person.start, end: s.tokens[idx + 1].end } };
}

// "a board member of Germany's central bank, the Bundesbank,": the body is the name in apposition
// to the possessed noun, not the state that possesses it.
function bodyNamedAfter(s: Sentence, target: RawMention, close: number, mentions: RawMention[]): RawMention {
  const next = s.tokens.findIndex((t) => t.start >= target.end);
  if (target.cls.type !== 'State' || !/^['’]s$/.test(s.tokens[next]?.text ?? '') || s.tokens[close]?.text !== ',') return target;
  let k = close + 1;
  if (/^the$/i.test(s.tokens[k]?.text ?? '')) k++;
  const body = mentions.find((m) => m.start === s.tokens[k]?.start && m.cls.type === 'Organization');
  return body ?? target;
}

// Apposition after a name: "NAME, [the] [US] ROLE (of|to|for|at) X,", "NAME, the husband of X",
// "NAME, who is also ROLE of X", "NAME, a Republican from Ohio,".
function appositionAfter(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const idx = s.tokens.findIndex((t) => t.start >= person.end);
  if (idx < 0 || s.tokens[idx].text !== ',') return undefined;
  let i = idx + 1;
  // "X, who is also chairman of Y": a relative clause with a present copula states a held role
  if (/^who$/i.test(s.tokens[i]?.text ?? '') && /^(is|'s)$/i.test(s.tokens[i + 1]?.text ?? '')) {
    i += 2;
    if (/^(also|now|currently)$/i.test(s.tokens[i]?.text ?? '')) i++;
  } else if (isListOrClauseOpener(s.tokens[i]?.text)) {
    // "X, and the French president, Y": a list, not an apposition
    return undefined;
  }
  let close = s.tokens.findIndex((t, k) => k > idx && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === '(' || t.text === ')'));
  if (close < 0) close = s.tokens.length;
  // "X, its minister for economic affairs": the office belongs to a body named before, not a state
  const ownedByBody = /^(its|their)$/i.test(s.tokens[i]?.text ?? '');
  if (isTitleDeterminer(s.tokens[i]?.text)) i++;
  let role: string | undefined;
  let relation: RelationType | undefined;
  let target: RawMention | undefined;
  let party: RawMention | undefined;
  let former = false;
  let roleStart = i;
  let roleEnd = i;
  for (let k = i; k < close; k++) {
    const w = s.tokens[k].text.toLowerCase();
    if (isFormerMarker(w)) former = true;
    if (!role && KIN_WORDS.has(w)) {
      role = w;
      relation = KIN_WORDS.get(w);
      roleStart = k;
      roleEnd = k + 1;
      continue;
    }
    // a party named in full ("the Liberal Democrats' spokesman") is its own mention
    const named = !role && !party ? mentions.find((m) => m.start === s.tokens[k].start && m.cls.type === 'Organization' && m.cls.kind === 'party') : undefined;
    const pw = !role && !party && !named ? partyStartingAt(s, k) : undefined;
    if (named || pw) {
      party = named ?? partyMention(doc, s, pw!.key, k, pw!.end);
      k = named ? s.tokens.findIndex((t) => t.start >= named.end) - 1 : pw!.end - 1;
      if (k < 0) break;
      continue;
    }
    const r = !role ? roleStartingAt(s, k, close) : undefined;
    // "X, Sir Edward told the nation ... the Queen": a clause, not an apposition of X
    // "X, a friend of the Tory leader": a role inside a prepositional phrase is someone else's
    if (!role && !r && (/^(VERB|AUX|ADP)$/.test(s.syntax[k]?.upos ?? '') || isPersonAt(s, k, mentions))) {
      if (party) break;
      return undefined;
    }
    if (r) {
      // "X, Secretary of State Y and ...": a list of titled names, not an apposition of X
      if (isPersonAt(s, r.end, mentions)) return undefined;
      const next = r.role === 'deputy' ? roleStartingAt(s, r.end, close) : undefined;
      role = next ? `deputy ${next.role}` : r.role;
      roleStart = k;
      roleEnd = next?.end ?? r.end;
      k = roleEnd - 1;
      // "X, the shadow education secretary": the portfolio and a shadow post before the head
      while (roleStart > i && PORTFOLIO_HEADS.has(role) && isPortfolioWord(s, roleStart - 1, mentions)) role = `${s.tokens[--roleStart].text.toLowerCase()} ${role}`;
      if (/^shadow$/i.test(s.tokens[roleStart - 1]?.text ?? '')) role = `shadow ${role}`;
      // "X, Tory leader in the Lords": the party before the title is whose title it is
      if (party) break;
      continue;
    }
    const isBodyPrep = /^(of|to|for)$/.test(w) || (w === 'at' && relation !== 'SPOUSE_OF');
    if (role && isBodyPrep) {
      const inner = mentions.filter((m) => m.start > s.tokens[k].start && m.end <= (s.tokens[close]?.start ?? s.end) && ['Person', 'State', 'Organization'].includes(m.cls.type));
      // the body is the name right after the preposition ("head of the OMB under President
      // Clinton" is the OMB's head); a person only there ("wife of X", "deputy to X")
      let j = k + 1;
      if (/^the$/i.test(s.tokens[j]?.text ?? '')) j++;
      const right = inner.find((m) => m.start === s.tokens[j]?.start);
      const person = PERSONAL_ROLES.has(role) || relation === 'SPOUSE_OF' ? inner.find((m) => m.cls.type === 'Person') : undefined;
      target = w === 'at' ? inner.find((m) => m.cls.type === 'Organization') : person ?? right ?? inner.filter((m) => m.cls.type !== 'Person').at(-1);
      target = target && bodyNamedAfter(s, target, close, mentions);
      break;
    }
    if (role && !target) {
      const m = mentions.find((x) => x.start === s.tokens[k].start && (x.cls.type === 'State' || x.cls.type === 'Organization'));
      if (m) target = m;
    }
  }
  const end = s.tokens[close - 1]?.end ?? person.end;
  const evidence = { start: person.start, end };
  if (!role && party) {
    // "X, a Republican from Ohio,": the party word is the apposition's head
    const next = s.tokens.findIndex((t) => t.start >= party!.end);
    if (next === close || next < 0 || /^(from|of|in|who)$/i.test(s.tokens[next].text)) return { holder: person, role: 'member', relation: 'MEMBER_OF', target: party, former, evidence };
    return undefined;
  }
  if (!role) return undefined;
  target ??= party;
  // "Japan's foreign minister" after a name: the state came before the role.
  // "X, Commerce and Industry Minister,": a body no list knows before a cabinet post is its portfolio
  const cabinetPortfolio = (m: RawMention) => isUnknownBody(m) && isNationalOffice(role!);
  const first = mentions.find((m) => m.start >= s.tokens[i - 1]?.start && m.end <= s.tokens[roleStart]?.start && (m.cls.type === 'State' || m.cls.type === 'Organization' || isBodyDescription(m)) && !cabinetPortfolio(m));
  if (!target && first) target = first;
  if (!target && ownedByBody) target = possessorOfIts(doc, s, i - 1);
  const claim: RoleClaim = { holder: person, role, relation: relation ?? relationFor(role, target), target, former, evidence };
  return ownedByBody ? claim : withState(doc, s, claim, spanOf(s, roleStart, roleEnd));
}

// A role given by a predicate: "X was named foreign minister in March", "X became prime minister",
// "X, who was elected president of Chile".
const PREDICATE = /^\s*(?:,\s*who\s+)?(?:was|has been|had been|is|will be)?\s*(?:named|appointed|elected|sworn in as|became|becomes|nominated as|installed as)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?/i;
function rolePredicate(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const m = PREDICATE.exec(doc.text.slice(person.end, Math.min(s.end, person.end + 60)));
  if (!m) return undefined;
  const from = person.end + m[0].length;
  const k = s.tokens.findIndex((t) => t.start >= from);
  if (k < 0) return undefined;
  // optional state or demonym before the role ("named Japan's foreign minister")
  let j = k;
  let target = mentions.find((x) => x.start === s.tokens[k].start && x.cls.type === 'State');
  if (target) {
    j = s.tokens.findIndex((t) => t.start >= target!.end);
    if (s.tokens[j]?.text === "'s") j++;
    if (j < 0 || j >= s.tokens.length) return undefined;
  }
  for (const n of [3, 2, 1]) {
    if (j + n > s.tokens.length) continue;
    const r = roleEndingAt(s, j + n);
    if (!r || r.start !== j) continue;
    const of = s.tokens[j + n]?.text === 'of' ? mentions.find((x) => x.start === s.tokens[j + n + 1]?.start && (x.cls.type === 'State' || x.cls.type === 'Organization')) : undefined;
    target = of ?? target;
    return { holder: person, role: r.role, relation: relationFor(r.role, target), target, former: false, evidence: { start: person.start, end: s.tokens[j + n - 1].end } };
  }
  return undefined;
}

// British style puts the title first, in commas: "the prime minister, Keir Starmer," and "the French
// president, Emmanuel Macron,".
function descriptionBefore(doc: Doc, s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  const p = tokenIndex(s, person.start);
  if (p < 2 || s.tokens[p - 1].text !== ',') return undefined;
  const d = mentions.find((x) => x.cls.type === 'RoleDescription' && x.end === s.tokens[p - 2].end);
  if (!d || d.cls.type !== 'RoleDescription') return undefined;
  const state = d.cls.stateIso3 ? mentions.find((x) => x.cls.type === 'State' && x.cls.iso3 === (d.cls as { stateIso3?: string }).stateIso3 && x.start >= d.start && x.end <= d.end) : undefined;
  const claim: RoleClaim = { holder: person, role: d.cls.role, relation: relationFor(d.cls.role), target: state, former: /former/i.test(d.text), evidence: { start: d.start, end: person.end } };
  return withState(doc, s, claim, d);
}

// "Grant Wilson of Mellon Bank", "analyst Erling Refsum at Nomura": the body right after a name.
function bodyAfter(s: Sentence, person: RawMention, mentions: RawMention[]): RawMention | undefined {
  let k = s.tokens.findIndex((t) => t.start >= person.end);
  if (k < 0 || !/^(of|at)$/.test(s.tokens[k].text)) return undefined;
  k++;
  if (/^the$/i.test(s.tokens[k]?.text ?? '')) k++;
  const body = mentions.find((m) => m.start === s.tokens[k]?.start && m.cls.type === 'Organization');
  const next = body && s.tokens.findIndex((t) => t.start >= body.end);
  // the body closes the phrase: "of Mellon Bank said", not "of Mellon Bank's rival"
  return body && (next! < 0 || /^[,.;:)"”]$|^(said|says|told|added)$/.test(s.tokens[next!].text)) ? body : undefined;
}

// A name followed by its body: a party member, or a post in a company or institution.
function memberOfBody(s: Sentence, person: RawMention, mentions: RawMention[], title?: RoleClaim): RoleClaim | undefined {
  const body = bodyAfter(s, person, mentions);
  if (!body) return undefined;
  const isParty = body.cls.type === 'Organization' && body.cls.kind === 'party';
  const role = title && !title.target ? title.role : isParty ? 'member' : 'official';
  const relation = isParty && !title ? 'MEMBER_OF' : relationFor(role, body);
  return { holder: person, role, relation, target: body, former: title?.former ?? false, evidence: { start: title?.evidence.start ?? person.start, end: body.end } };
}

// "Rep. X" with no party given: a seat in the chamber ("Rep. X (R-Utah)" names the party instead);
// "House Speaker X": the office that presides over it.
function chamberSeat(doc: Doc, s: Sentence, c: RoleClaim | undefined): RoleClaim | undefined {
  if (!c || c.target) return undefined;
  const seat = CHAMBER_SEATS.get(c.role);
  const office = CHAMBER_OFFICES.get(c.role);
  const chamber = seat ?? office;
  if (!chamber) return undefined;
  const k = tokenIndex(s, c.evidence.start);
  const named = doc.mentions.find((m) => m.cls.type === 'Organization' && m.cls.key === chamber.key);
  const target = named ?? impliedMention(doc, s, spanOf(s, k, k + 1), { type: 'Organization', kind: 'government agency', key: chamber.key }, `org:${chamber.key}`, chamber.name);
  return office ? { ...c, role: office.role, relation: 'HOLDS_ROLE', target } : { ...c, relation: 'MEMBER_OF', target };
}

// "Michael Howard's ex-model wife, Sandra," and "Mr Okafor's wife Ada": a spouse named after the
// possessive of the other.
function kinBefore(s: Sentence, person: RawMention, mentions: RawMention[]): RoleClaim | undefined {
  let k = nameStart(s, person) - 1;
  if (s.tokens[k]?.text === ',') k--;
  const kin = s.tokens[k]?.text.toLowerCase() ?? '';
  const relation = KIN_WORDS.get(kin);
  if (!relation) return undefined;
  let j = k - 1;
  while (j > 0 && k - j <= 3 && /^\p{Ll}/u.test(s.tokens[j].text) && s.syntax[j]?.upos !== 'VERB') j--;
  if (!/^['’]s$/.test(s.tokens[j]?.text ?? '')) return undefined;
  const other = mentions.find((m) => m.cls.type === 'Person' && m.end === s.tokens[j - 1]?.end);
  return other && { holder: person, role: kin, relation, target: other, former: false, evidence: { start: other.start, end: person.end } };
}

/** Finds the roles stated for each person mention, from titles before and appositions after. */
export function findTitles(doc: Doc): RoleClaim[] {
  const claims: RoleClaim[] = [];
  for (const s of doc.sentences) {
    const here = mentionsOfSentence(doc, s.index);
    for (const person of here.filter((m) => m.cls.type === 'Person')) {
      const title = titleBefore(doc, s, person, here);
      const before = (title?.target ? title : undefined) ?? descriptionBefore(doc, s, person, here) ?? titleCommaBefore(doc, s, person, here) ?? memberOfBody(s, person, here, title) ?? title;
      if (before) claims.push(before);
      const code = partyCodeAfter(doc, s, person);
      if (code) claims.push(code);
      const seat = !code ? chamberSeat(doc, s, before) : undefined;
      if (seat) claims.push(seat);
      const kin = !before ? kinBefore(s, person, here) : undefined;
      if (kin) claims.push(kin);
      const after = appositionAfter(doc, s, person, here) ?? rolePredicate(doc, s, person, here);
      if (after) claims.push(after);
    }
  }
  return claims;
}
