import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { countryForm } from './lexicon/countries.js';
import { ROLE_WORDS } from './lexicon/roles.js';
import { ROLE_MODIFIERS } from './lexicon/role-modifiers.js';
import {
  ACTOR_HEADS,
  DESCRIPTION_DETERMINERS,
  GROUP_HEADS,
  GROUP_MEMBERS,
  GROUP_MODIFIER_PREFIXES,
  GROUP_MODIFIER_SUFFIXES,
  GROUP_MODIFIERS,
  PERSONAL_PRONOUNS,
  PLURAL_DETERMINERS,
} from './lexicon/descriptions.js';
import { firstStartingAt } from './first-starting-at.js';

// Heads of noun phrases that name a political group without a proper name ("the fugitive
// opposition", "rebels") become an Organization of kind group.
const isGroupModifier = (w: string) =>
  GROUP_MODIFIERS.has(w) ||
  GROUP_MODIFIER_PREFIXES.some((p) => w.startsWith(p) && w.length > p.length && !/\s/.test(w)) ||
  GROUP_MODIFIER_SUFFIXES.some((x) => w.endsWith(x) && /^[a-z]+$/.test(w.slice(0, -x.length)));
const isThe = (w: string | undefined) => w === 'the' || w === 'The';

function mention(doc: Doc, s: Sentence, from: number, to: number, cls: RawMention['cls']): RawMention {
  const a = s.tokens[from].start;
  const b = s.tokens[to - 1].end;
  return { start: a, end: b, text: doc.text.slice(a, b), sentence: s.index, cls };
}

// "the Belarusian leader", "the president", "the U.S. envoy": a determiner, optional country or
// demonym and adjectives, then a role word not followed by a name (a name makes it a title).
function roleDescriptions(doc: Doc, s: Sentence, names: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!DESCRIPTION_DETERMINERS.has(toks[i].text) && !isThe(toks[i].text)) continue;
    let j = i + 1;
    let iso3: string | undefined;
    let shadow = false;
    // adjectives and one country or demonym, in either order: "the top Russian diplomat", "the Belarusian leader"
    for (let guard = 0; guard < 4 && toks[j]; guard++) {
      const c = !iso3 ? countryForm(toks[j].text) : undefined;
      if (c && c.kind !== 'people') {
        iso3 = c.iso3;
        j++;
        if (toks[j]?.text === "'s") j++;
        continue;
      }
      const two = `${toks[j].text.toLowerCase()} ${toks[j + 1]?.text.toLowerCase()}`;
      if (ROLE_MODIFIERS.has(toks[j].text.toLowerCase()) && !ROLE_WORDS.has(two) && !ROLE_WORDS.has(`${two} ${toks[j + 2]?.text.toLowerCase()}`)) {
        // "the shadow chancellor" holds another office than "the chancellor", as titles read it
        if (toks[j].text.toLowerCase() === 'shadow') shadow = true;
        j++;
        continue;
      }
      break;
    }
    let role: string | undefined;
    let end = j;
    for (const n of [3, 2, 1]) {
      const phrase = toks.slice(j, j + n).map((t) => t.text.toLowerCase()).join(' ');
      if (toks[j + n - 1] && ROLE_WORDS.has(phrase)) {
        role = ROLE_WORDS.get(phrase);
        end = j + n;
        break;
      }
    }
    if (!role) continue;
    const next = toks[end];
    // "the president of Belarus"
    if (next?.text === 'of' && toks[end + 1]) {
      const of = countryForm(toks[end + 1].text);
      if (of) {
        iso3 = of.iso3;
        end += 2;
      }
    }
    const after = toks[end];
    if (after && /^\p{Lu}/u.test(after.text) && names.some((m) => m.start === after.start && m.cls.type === 'Person')) continue;
    if (after && /^(of|to|for)$/.test(after.text) && toks[end + 1] && /^\p{Lu}/u.test(toks[end + 1].text)) continue;
    out.push(mention(doc, s, i, end, { type: 'RoleDescription', role: shadow ? `shadow ${role}` : role!, stateIso3: iso3 }));
    i = end - 1;
  }
  return out;
}

// "the fugitive opposition (figures)", "opposition figures", "rebels".
function groupDescriptions(doc: Doc, s: Sentence): RawMention[] {
  const out: RawMention[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!GROUP_HEADS.has(toks[i].text.toLowerCase())) continue;
    let from = i;
    while (from > 0 && isGroupModifier(toks[from - 1].text)) from--;
    if (from > 0 && isThe(toks[from - 1].text)) from--;
    let to = i + 1;
    if (toks[to] && GROUP_MEMBERS.has(toks[to].text.toLowerCase())) to++;
    const head = [...toks.slice(from, i + 1)].map((t) => t.text).filter((w) => !isThe(w));
    // "powers" names a group only with its qualifier ("world powers", "Western powers")
    if (toks[i].text.toLowerCase() === 'powers' && head.length < 2) continue;
    out.push({ ...mention(doc, s, from, to, { type: 'Organization', kind: 'group', key: head.join(' ').toLowerCase() }) });
    i = to - 1;
  }
  return out;
}


function actorDescriptions(doc: Doc, s: Sentence): RawMention[] {
  const out: RawMention[] = [];
  s.tokens.forEach((t, i) => {
    if (!ACTOR_HEADS.has(t.text.toLowerCase()) || !isThe(s.tokens[i - 1]?.text)) return;
    // "the company's", "the company said": a head noun not followed by a name ("the Group of Seven")
    const next = s.tokens[i + 1]?.text ?? '';
    if (/^(of|for)$/.test(next) || /^\p{Lu}/u.test(next)) return;
    out.push(mention(doc, s, i - 1, i + 1, { type: 'ActorDescription', head: t.text.toLowerCase() }));
  });
  return out;
}

function pronouns(doc: Doc, s: Sentence): RawMention[] {
  const out: RawMention[] = [];
  s.tokens.forEach((t, i) => {
    const p = PERSONAL_PRONOUNS.get(t.text.toLowerCase());
    if (p) out.push(mention(doc, s, i, i + 1, { type: 'Pronoun', person: p }));
    // "Ted Cruz, who said ...": the relative pronoun speaks for the name before the comma
    else if (t.text === 'who' && s.tokens[i - 1]?.text === ',') out.push(mention(doc, s, i, i + 1, { type: 'Pronoun', person: 'who' }));
  });
  return out;
}

// Once "the fugitive opposition" is known, "our fugitives" names the same group: a plural of a
// group's modifier, used as a noun, refers back to it.
function groupModifierPlurals(doc: Doc, groups: RawMention[]): RawMention[] {
  const byPlural = new Map<string, RawMention>();
  for (const g of groups) {
    const words = g.text.split(/\s+/).filter((w) => isGroupModifier(w) && /^[a-z]+$/.test(w));
    for (const w of words) if (!byPlural.has(`${w}s`)) byPlural.set(`${w}s`, g);
  }
  if (byPlural.size === 0) return [];
  const out: RawMention[] = [];
  for (const s of doc.sentences) {
    s.tokens.forEach((t, i) => {
      const g = byPlural.get(t.text.toLowerCase());
      if (!g || g.cls.type !== 'Organization' || groups.some((x) => x.start <= t.start && t.end <= x.end)) return;
      const from = i > 0 && PLURAL_DETERMINERS.has(s.tokens[i - 1].text.toLowerCase()) ? i - 1 : i;
      out.push(mention(doc, s, from, i + 1, g.cls));
    });
  }
  return out;
}

/** Finds mentions that are not names: role descriptions, unnamed groups and pronouns. */
export function findDescriptions(doc: Doc, names: RawMention[]): RawMention[] {
  const groups = doc.sentences.flatMap((s) => groupDescriptions(doc, s));
  // Later, shorter mentions of a group ("the opposition figures") name the one introduced first
  // ("the fugitive opposition"): groups with one head word are one group in an article.
  const firstByHead = new Map<string, string>();
  for (const g of groups) {
    if (g.cls.type !== 'Organization' || !g.cls.key) continue;
    const head = g.cls.key.split(' ').at(-1)!;
    if (!firstByHead.has(head)) firstByHead.set(head, g.cls.key);
    g.cls = { ...g.cls, key: firstByHead.get(head) };
  }
  const found = [
    ...doc.sentences.flatMap((s) => [...roleDescriptions(doc, s, names), ...actorDescriptions(doc, s), ...pronouns(doc, s)]),
    ...groups,
    ...groupModifierPlurals(doc, groups),
  ];
  // A name found by the tagger takes precedence over a description of the same words.
  const overlapsName = nameOverlap(names.filter((n) => n.cls.type !== 'State'));
  return found.filter((d) => !overlapsName(d));
}

// Does a span overlap any of the names? Names sorted by start with the running maximum of their ends
// answer it by binary search: a scan of all names per description was quadratic in a long article.
function nameOverlap(names: RawMention[]): (d: { start: number; end: number }) => boolean {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((n, i) => maxEnd.push(Math.max(n.end, i ? maxEnd[i - 1] : 0)));
  return (d) => {
    // the names that start before d ends: indices [0, before)
    const before = firstStartingAt(sorted, d.end);
    return before > 0 && maxEnd[before - 1] > d.start;
  };
}
