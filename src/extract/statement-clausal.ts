import type { Span } from '../model/index.js';
import type { Doc, RawMention, Sentence } from '../model/doc.js';
import type { QuoteSegment } from './find-quotes.js';
import { isQuotingLemma, speechVerbLemma } from './lexicon/speech-verbs.js';
import { isAttitudeAdjective, isCognitionLemma, isIntentionLemma, isStanceLemma, isTopicPhrase } from './lexicon/cognition-verbs.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { overlaps, wordsIn, type Draft } from './statement-draft.js';
import { childrenOf } from './syntax/dep-labeller.js';
import { subtreeRange } from './syntax/subtree-range.js';
import { ATTITUDE_PREPOSITIONS, PRO_FORMS } from './lexicon/reported-speech-words.js';
import { oneOf } from './lexicon/word-pattern.js';

const SPEAKER_TYPES = new Set(['Person', 'Organization', 'State', 'RoleDescription', 'ActorDescription', 'Pronoun']);

// Punctuation, quote marks and the complementizer at the edges are not part of what was said.
function contentSpan(s: Sentence, lo: number, hi: number): Span | undefined {
  const edge = (i: number) => s.syntax[i].upos === 'PUNCT' || /^["“”‘’'«»]$/.test(s.tokens[i].text);
  while (lo <= hi && (edge(lo) || (s.syntax[lo].deprel === 'mark' && /^that$/i.test(s.tokens[lo].text)))) lo++;
  while (hi >= lo && edge(hi)) hi--;
  return lo <= hi ? { start: s.tokens[lo].start, end: s.tokens[hi].end } : undefined;
}

const NAMED = new Set(['Person', 'Organization', 'State']);

// The speaker is the subject's phrase. The entity behind it: a name covering the subject's head
// word, else a name in its apposition or title ("Senator Ruth Baker", "the opposition leader, Ana
// Ruiz"), else the description covering the head ("the ministry"). Relative clauses are left out.
function speakerOf(doc: Doc, s: Sentence, kids: number[][], subject: number): SpeakerPhrase | undefined {
  const inClause = (c: number) => ['acl', 'acl:relcl', 'advcl'].includes(s.syntax[c].deprel);
  const own = kids.map((k) => k.filter((c) => !inClause(c)));
  const [lo, hi] = subtreeRange(own, subject);
  const head = s.tokens[subject];
  const mine = doc.mentions.filter((m: RawMention) => m.sentence === s.index && SPEAKER_TYPES.has(m.cls.type) && m.start >= s.tokens[lo].start && m.end <= s.tokens[hi].end);
  const covering = mine.filter((m) => m.start <= head.start && head.end <= m.end).sort((a, b) => b.end - b.start - (a.end - a.start));
  const attached = (m: RawMention) => own[subject].some((c) => ['appos', 'flat', 'compound'].includes(s.syntax[c].deprel) && s.tokens[c].start <= m.start && m.start < s.tokens[subtreeRange(own, c)[1]].end);
  // "Chrysler Chairman Lee Iacocca": the person in the phrase speaks, not the company in its title
  const mention =
    covering.find((m) => NAMED.has(m.cls.type)) ??
    mine.find((m) => m.cls.type === 'Person' && attached(m)) ??
    mine.find((m) => NAMED.has(m.cls.type) && attached(m)) ??
    covering[0] ??
    // a title parsed as the head ("Finance Minister Kofi Mensah" with "Finance" on top): the person in it
    mine.find((m) => m.cls.type === 'Person') ??
    mine.find((m) => NAMED.has(m.cls.type));
  if (!mention && !['NOUN', 'PROPN', 'PRON'].includes(s.syntax[subject].upos)) return undefined;
  // a country word modifying a common noun ("The US economy", "Irish investors") stays in its
  // phrase, so that who it names is read off the whole phrase
  const modifier = mention?.cls.type === 'State' && !covering.includes(mention) && s.syntax[subject].upos === 'NOUN';
  const span = mention && !modifier ? mention : { start: s.tokens[lo].start, end: s.tokens[Math.min(hi, lo + 8)].end };
  return { span: { start: span.start, end: span.end }, mention };
}

/** The subject of `v`, or of the verb it hangs on for a participle or conjoined verb ("..., saying", "X met and said"). */
function subjectOf(s: Sentence, kids: number[][], v: number): number {
  // "the statement quoted X as saying ...", "cited X as saying": X said it, not the one quoting
  const up = s.syntax[v].head;
  if (up >= 0 && ['advcl', 'xcomp'].includes(s.syntax[v].deprel) && isQuotingLemma(s.syntax[up].lemma)) {
    const quoted = kids[up].find((c) => s.syntax[c].deprel === 'obj');
    if (quoted !== undefined) return quoted;
  }
  for (let at = v, hops = 0; at >= 0 && hops < 3; at = s.syntax[at].head, hops++) {
    const subj = kids[at].find((c) => s.syntax[c].deprel === 'nsubj' || s.syntax[c].deprel === 'nsubj:outer');
    if (subj !== undefined) return subj;
    if (!['conj', 'advcl', 'xcomp'].includes(s.syntax[at].deprel)) break;
    // a finite clause with a subordinator ("as Mr Thorpe's colleagues refused") has a subject of its
    // own even where the parse lost it: the main clause's is not its
    if (s.syntax[at].deprel === 'advcl' && /^VB[DZP]$/.test(s.syntax[at].xpos) && kids[at].some((c) => s.syntax[c].deprel === 'mark')) break;
  }
  return -1;
}

/**
 * Statements read off the parse: the subject of a verb of saying, believing or intending is the
 * speaker and its clausal complement the content ("X warned that ...", "X believes the deal ...",
 * "X wants to ..."); a post-posed "..., X said" hangs as parataxis on the content's head. Only
 * contents that no earlier rule claimed are returned, except that a clause swallows a direct quote
 * lying inside it: that quote's draft is added to `replaced`.
 */
export function clausalStatements(doc: Doc, s: Sentence, quotes: QuoteSegment[], taken: Draft[], replaced: Set<Draft>): Draft[] {
  const out: Draft[] = [];
  const kids = childrenOf(Int32Array.from(s.syntax, (w) => w.head));
  // A cue inside a quote is the quoted speaker's own words ("I think ..."): the quote is the statement.
  const mine = quotes.filter((q) => overlaps(q.content, s));
  const quoted = (k: number) => mine.some((q) => q.content.start <= s.tokens[k].start && s.tokens[k].end <= q.content.end);
  s.syntax.forEach((w, v) => {
    if (quoted(v)) return;
    // the tagger sometimes calls a predicative adjective a noun ("is confident/NOUN that")
    if (w.upos === 'ADJ' || (w.upos === 'NOUN' && isAttitudeAdjective(w.lemma))) {
      const d = attitude(doc, s, kids, v, taken.concat(out));
      if (d) out.push(d);
      return;
    }
    if (w.upos !== 'VERB') return;
    const speech = speechVerbLemma(w.lemma);
    const cognition = !speech && isCognitionLemma(w.lemma);
    const intention = isIntentionLemma(w.lemma);
    const stance = isStanceLemma(w.lemma);
    // "spoke about the talks", "called for a ceasefire": the object of the preposition
    const topic = kids[v].find((c) => s.syntax[c].deprel.startsWith('obl') && kids[c].some((m) => s.syntax[m].deprel === 'case' && m < c && isTopicPhrase(w.lemma, s.tokens[m].text)));
    if (!speech && !cognition && !intention && !stance && topic === undefined) return;
    let range: [number, number] | undefined;
    const comp = kids[v].find((c) => s.syntax[c].deprel === 'ccomp' && (speech || cognition));
    const xcomp = kids[v].find((c) => s.syntax[c].deprel === 'xcomp' && intention && s.syntax[c].upos === 'VERB');
    const obj = kids[v].find((c) => s.syntax[c].deprel === 'obj' && stance);
    let origin = speech ? 'rule:parse-speech' : 'rule:parse-cognition';
    if (comp !== undefined) {
      range = subtreeRange(kids, comp);
      // "fears the strike could last": a parse that took the clause's subject for the verb's object
      const subjectless = !kids[comp].some((c) => s.syntax[c].deprel.startsWith('nsubj') || s.syntax[c].deprel.startsWith('expl'));
      const early = kids[v].find((c) => s.syntax[c].deprel === 'obj' && c > v && c < comp);
      if (subjectless && early !== undefined) range = [subtreeRange(kids, early)[0], range[1]];
    }
    else if (xcomp !== undefined) range = subtreeRange(kids, xcomp);
    else if (obj !== undefined || topic !== undefined) {
      range = subtreeRange(kids, (obj ?? topic)!);
      // the preposition itself is not part of the topic
      if (topic !== undefined && obj === undefined) range = [range[0] + 1, range[1]];
      origin = 'rule:parse-stance';
    }
    else if (speech && (w.deprel === 'parataxis' || w.deprel === 'ccomp') && w.head >= 0 && w.head < v) {
      // "The talks failed, he said." - the content is the head clause without the cue's own subtree
      range = subtreeRange(kids, w.head, (c) => c !== v);
      if (range[1] > v) range = [range[0], v - 1];
    }
    if (!range) return;
    const subject = subjectOf(s, kids, v);
    if (subject < 0) return;
    const content = contentSpan(s, range[0], range[1]);
    if (!content || wordsIn(doc, content) < (origin === 'rule:parse-stance' ? 1 : 3)) return;
    // A short quote inside the clause ('X says she respects Y's "passion"') gives way to the clause.
    const clash = taken.filter((d) => overlaps(d.content, content));
    const longer = (d: Draft) => content.end - content.start > d.content.end - d.content.start + 12;
    const swallow = clash.every((d) => d.kind === 'direct' && longer(d) && d.content.start >= content.start && d.content.end <= content.end && (origin !== 'rule:parse-stance' || d.origin.startsWith('rule:quote')));
    if (!swallow || out.some((d) => overlaps(d.content, content))) return;
    const speaker = speakerOf(doc, s, kids, subject);
    if (!speaker || overlaps(speaker.span, content)) return;
    // A stance ("X backs the plan") is attributed only to someone the article names: with a bare noun
    // subject the verb is more often an event ("the company proposed a merger") than a view.
    if (origin === 'rule:parse-stance' && !speaker.mention) return;
    // a stance needs something to be about: not a lone pronoun ("denied it")
    if (origin === 'rule:parse-stance' && (wordsIn(doc, content) < 2 && isProForm(doc.text.slice(content.start, content.end)))) return;
    const within = quotes.filter((q) => overlaps(q.content, content));
    for (const d of clash) replaced.add(d);
    out.push({
      speaker,
      cue: { k: v, lemma: speech ?? w.lemma, span: { start: s.tokens[v].start, end: s.tokens[v].end } },
      kind: within.length ? 'mixed' : 'indirect',
      content,
      quotes: within,
      origin,
      confidence: origin === 'rule:parse-speech' ? 0.75 : origin === 'rule:parse-stance' ? 0.5 : 0.6,
    });
  });
  return out;
}

const isProForm = oneOf(PRO_FORMS);
const isAttitudePreposition = oneOf(ATTITUDE_PREPOSITIONS);

// "X is critical of Y", "X was confident that ...": an attitude adjective with a copula and a
// subject; the content is its clause or its prepositional object.
function attitude(doc: Doc, s: Sentence, kids: number[][], a: number, taken: Draft[]): Draft | undefined {
  const w = s.syntax[a];
  if (!isAttitudeAdjective(w.lemma) || !kids[a].some((c) => s.syntax[c].deprel === 'cop')) return undefined;
  const subject = kids[a].find((c) => s.syntax[c].deprel === 'nsubj');
  if (subject === undefined) return undefined;
  const comp = kids[a].find((c) => s.syntax[c].deprel === 'ccomp' || (s.syntax[c].deprel.startsWith('acl') && kids[c].some((m) => s.syntax[m].deprel === 'mark' && /^that$/i.test(s.tokens[m].text))));
  const obl = kids[a].find((c) => s.syntax[c].deprel.startsWith('obl') && kids[c].some((m) => s.syntax[m].deprel === 'case' && m < c && isAttitudePreposition(s.tokens[m].text)));
  const target = comp ?? obl;
  if (target === undefined) return undefined;
  let [lo, hi] = subtreeRange(kids, target);
  if (comp === undefined) lo = Math.max(lo, kids[target].find((m) => s.syntax[m].deprel === 'case' && m < target)! + 1);
  const content = contentSpan(s, lo, hi);
  if (!content || taken.some((d) => overlaps(d.content, content))) return undefined;
  const speaker = speakerOf(doc, s, kids, subject);
  if (!speaker?.mention || overlaps(speaker.span, content)) return undefined;
  return {
    speaker,
    cue: { k: a, lemma: w.lemma, span: { start: s.tokens[a].start, end: s.tokens[a].end } },
    kind: 'indirect',
    content,
    quotes: [],
    origin: 'rule:parse-attitude',
    confidence: 0.5,
  };
}
