import type { Doc, RawMention } from '../model/doc.js';
import { orgInitials } from './org-initials.js';

const KIN = /^,\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(husband|wife|son|daughter|brother|sister|father|mother|widow|widower|nephew|niece|uncle|aunt|cousin|grandson|granddaughter|fiancée?|partner)\s+of\b/i;
// Ministries the tagger misses or folds into a person's title ("Chinese Foreign Ministry spokeswoman X").
const MINISTRY = /\b((?:Foreign|Defen[cs]e|Finance|Interior|Justice|Economy|Economic|Trade|Commerce|Health|Agriculture|Energy|Education|Emergencies|Environment|Labou?r|Transport|Culture|Information)\s+Ministry|Ministry\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:(?:\s+and|,)?\s+[A-Z][a-z]+)*)\b/g;
const OUTLET = /\b(?:the\s+)?((?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)\s+(news agency|news service|newspaper|daily|weekly|broadcaster|television|TV channel|radio station|news portal|website)\b/g;

/**
 * Context that settles what a name is, whatever the tagger said: "Sergey, the husband of ..." is a
 * person; "the Xinhua news agency" is an outlet, and a name the tagger missed.
 */
export function applyNameContext(doc: Doc, mentions: RawMention[]): RawMention[] {
  const out = mentions.map((m) => (m.cls.type !== 'State' && KIN.test(doc.text.slice(m.end, m.end + 60)) ? { ...m, cls: { type: 'Person' as const }, name: m.text } : m));
  // One name, one type in an article: "Du Plessis" tagged an organization at a sentence start is
  // the person "Barend du Plessis" named elsewhere.
  const personNames = new Set(out.filter((m) => m.cls.type === 'Person').map((m) => m.text.toLowerCase()));
  const fullNames = [...personNames].filter((n) => n.includes(' '));
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.cls.type !== 'Organization' && m.cls.type !== 'Location') continue;
    if (m.cls.type === 'Organization' && m.cls.key) continue;
    const t = m.text.toLowerCase();
    if (personNames.has(t) || fullNames.some((n) => n.endsWith(` ${t}`))) out[i] = { ...m, cls: { type: 'Person' }, name: m.text };
  }
  // "AMC declined to comment": the initials of an organization named in the article are that
  // organization wherever they stand, even where the tagger missed them.
  const acronyms = new Set<string>();
  for (const m of out) {
    if (m.cls.type !== 'Organization') continue;
    for (const a of orgInitials(m.text)) acronyms.add(a);
  }
  if (acronyms.size) {
    for (const s of doc.sentences) {
      for (const t of s.tokens) {
        if (!acronyms.has(t.text) || out.some((x) => x.start < t.end && t.start < x.end)) continue;
        out.push({ start: t.start, end: t.end, text: t.text, sentence: s.index, cls: { type: 'Organization', kind: 'organization' } });
      }
    }
  }
  for (const s of doc.sentences) {
    const chunk = doc.text.slice(s.start, s.end);
    for (const m of chunk.matchAll(MINISTRY)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const overlapping = out.filter((x) => x.start < end && start < x.end && x.cls.type !== 'State');
      if (overlapping.some((x) => x.cls.type === 'Organization' && x.start <= start && x.end >= end)) continue;
      for (const x of overlapping) {
        // a person span that swallowed the ministry keeps only its name part after it
        if (x.cls.type === 'Person' && x.end > end) continue;
        out.splice(out.indexOf(x), 1);
      }
      out.push({ start, end, text: m[0], sentence: s.index, cls: { type: 'Organization', kind: 'government agency' } });
    }
    for (const m of chunk.matchAll(OUTLET)) {
      const name = m[1].replace(/^(The|A|An)\s+/, '');
      const start = s.start + m.index + m[0].indexOf(name, m[0].length - m[1].length - m[2].length - 1);
      const end = start + name.length;
      if (/^(State|National|Official|Russian|American|British|Chinese|French|German|Japanese)$/.test(name)) continue;
      const cls = { type: 'Organization' as const, kind: 'news agency' };
      const overlapping = out.filter((x) => x.start < end && start < x.end);
      if (overlapping.some((x) => x.cls.type === 'State')) continue;
      for (const x of overlapping) out.splice(out.indexOf(x), 1);
      out.push({ start, end, text: doc.text.slice(start, end), sentence: s.index, cls });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
