import type { RawMention } from '../model/doc.js';
import { uniqueActors, type Clause } from './event-arguments.js';
import { CAPTIVE_NOUNS, NUMBER_WORDS, REQUEST_NOUNS } from './lexicon/event-triggers.js';

/** The number of a nominal ("12 sailors", "three journalists"). */
export function countOf(c: Clause, n: number): number | null {
  for (const k of c.children(n, 'nummod')) {
    const t = c.s.tokens[k].text.toLowerCase().replace(/,/g, '');
    const v = /^\d+$/.test(t) ? Number(t) : NUMBER_WORDS[t];
    if (v !== undefined && Number.isFinite(v)) return v;
  }
  return null;
}

/** People released: a named person, a count, or a noun for captives ("the hostages"); "details were released" frees no one. */
export function captives(c: Clause, patients: number[]): { beneficiaries: RawMention[]; count: number | null } | undefined {
  const beneficiaries: RawMention[] = [];
  let count: number | null = null;
  let people = false;
  for (const p of patients) {
    const named = c.withConjuncts(p).flatMap((n) => c.allActorsOf(n));
    beneficiaries.push(...named);
    count ??= countOf(c, p);
    if (CAPTIVE_NOUNS.has(c.lemma(p)) || named.some((m) => m.cls.type === 'Person' || m.cls.type === 'Pronoun')) people = true;
  }
  return people || count !== null ? { beneficiaries: uniqueActors(beneficiaries), count } : undefined;
}

/** Who asked for it: "at the request of X", "at X's invitation" (the parser often hangs the phrase on the nearest noun, so any after the trigger counts). */
export function requesterOf(c: Clause, after: number): RawMention | undefined {
  for (let k = after + 1; k < c.s.syntax.length; k++)
    if (REQUEST_NOUNS.has(c.lemma(k)) && c.caseOf(k) === 'at') return uniqueActors([...c.children(k, 'nmod:poss'), ...c.marked(k, ['of'])].flatMap((x) => c.actorsOf(x)))[0];
  return undefined;
}

/** "released 12 sailors, including Briton X": the list hangs on the object, or (parsed wrongly) on a later word; any "including" phrase after the trigger names some of those released. */
export function includedAfter(c: Clause, after: number): RawMention[] {
  const out: RawMention[] = [];
  for (let k = after + 1; k < c.s.syntax.length; k++) if (c.rel(k) !== 'case' && c.caseOf(k) === 'including') out.push(...c.allActorsOf(k));
  return out;
}

