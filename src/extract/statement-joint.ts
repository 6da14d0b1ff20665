import type { Doc, RawMention } from '../model/doc.js';
import { sentenceAt } from './sentence-at.js';
import type { Draft } from './statement-draft.js';

const NAMED = new Set(['Person', 'Organization', 'State']);

/**
 * "X and Y said ...": the speaker's head word is one of conjuncts (UD `conj`) that are names too, so
 * each of them said it as well; one more draft per other conjunct, same content and cue.
 */
export function jointSpeakerDrafts(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const m = d.speaker?.mention;
    if (!m || !NAMED.has(m.cls.type)) continue;
    const s = sentenceAt(doc, m.start);
    if (!s) continue;
    // the head word of the name: its last token inside the mention
    const inName = s.tokens.map((t, i) => (t.start >= m.start && t.end <= m.end ? i : -1)).filter((i) => i >= 0);
    const head = inName.find((i) => !inName.includes(s.syntax[i].head)) ?? -1;
    if (head < 0) continue;
    // a name in apposition ("his deputy, Ruth Baker") stands for the noun it explains
    const node = s.syntax[head].deprel === 'appos' ? s.syntax[head].head : head;
    if (node < 0) continue;
    // the group of conjuncts: the first one and the words conjoined to it ("X and Y": Y -conj-> X)
    const first = s.syntax[node].deprel === 'conj' ? s.syntax[node].head : node;
    const conjuncts = [first, ...s.syntax.map((w, i) => (w.head === first && w.deprel === 'conj' ? i : -1)).filter((i) => i >= 0)].filter((i) => i !== node && i >= 0);
    const named = (i: number) =>
      doc.mentions.find((x) => x.sentence === s.index && x !== m && NAMED.has(x.cls.type) && x.start <= s.tokens[i].start && s.tokens[i].end <= x.end);
    // a group joined by "and" or "&" ("X and Y said", "X, Y and Z all said"), not one the parse
    // joined across a comma ("talks with Mr Thorpe, Sir Edward told")
    const group = [first];
    for (let g = 0; g < group.length; g++) s.syntax.forEach((w, i) => w.head === group[g] && w.deprel === 'conj' && group.push(i));
    if (!s.syntax.some((w, i) => group.includes(w.head) && w.deprel === 'cc' && /^(and|&)$/i.test(s.tokens[i].text))) continue;
    for (const c of conjuncts) {
      const appos = s.syntax.findIndex((w, i) => w.head === c && w.deprel === 'appos' && named(i) !== undefined);
      const other: RawMention | undefined = named(c) ?? (appos >= 0 ? named(appos) : undefined);
      if (!other) continue;
      out.push({ ...d, speaker: { span: { start: other.start, end: other.end }, mention: other }, origin: `${d.origin}+joint`, confidence: d.confidence * 0.9 });
    }
  }
  return out;
}
