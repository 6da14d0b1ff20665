import type { Span } from '../model/index.js';
import type { Doc, RawMention, Sentence } from './doc.js';
import type { RoleClaim } from './find-titles.js';

/** Who a cue attributes speech to: the words naming them and the mention behind those words. */
export interface SpeakerPhrase {
  span: Span;
  mention?: RawMention;
}

const ADVERBS = /^(then|also|later|again|further|furthermore|recently|previously|earlier|separately|repeatedly|once|has|had|have|was|is|were|would|will|had|reportedly|publicly|privately|today|yesterday|tonight|now|simply|just|only|however|openly|flatly|bluntly|clearly|firmly|explicitly|specifically|quickly|immediately|subsequently|finally|initially|frequently|often|never|always|already|still|even|but|and)$/i;
const STOP = /^(that|which|who|whom|whose|and|but|or|if|when|while|because|as|after|before|since|although|though|,|;|:|\.|"|“|”|'|‘|’|\(|\)|--|—|–|said|told)$/i;
const DETERMINERS = /^(the|a|an|one|another|some|several|two|three|many|most|other|its|his|her|their|our)$/i;
const SPEAKER_TYPES = new Set(['Person', 'Organization', 'State', 'RoleDescription', 'Pronoun']);

function speakerMentionEndingAt(doc: Doc, s: Sentence, end: number): RawMention | undefined {
  // The longest mention that ends here wins ("the Belarusian leader" over "Belarusian").
  return doc.mentions
    .filter((m) => m.sentence === s.index && m.end === end && SPEAKER_TYPES.has(m.cls.type))
    .sort((a, b) => a.start - b.start)[0];
}

function withTitle(claims: RoleClaim[], m: RawMention): number {
  const c = claims.find((x) => x.holder === m && x.evidence.end === m.end);
  return c ? c.evidence.start : m.start;
}

// An unnamed speaker ("a State Department spokesman", "Belarusian officials"): the words back to
// a determiner, stopping at clause boundaries; it speaks for the actor named inside it, if any.
function nounPhraseEndingAt(doc: Doc, s: Sentence, k: number): SpeakerPhrase | undefined {
  let i = k;
  let n = 0;
  while (i >= 0 && n < 6 && !STOP.test(s.tokens[i].text)) {
    n++;
    if (DETERMINERS.test(s.tokens[i].text)) break;
    i--;
  }
  if (i < 0 || STOP.test(s.tokens[i]?.text ?? ',')) i++;
  if (i > k) return undefined;
  const span = { start: s.tokens[i].start, end: s.tokens[k].end };
  const words = doc.text.slice(span.start, span.end);
  if (!/^(the|a|an|one|another|some|several|two|three|many|most|other)?\s*[\p{L}\s.'’-]*\p{L}$/iu.test(words)) return undefined;
  if (/^\p{Ll}+$/u.test(words) && !/s$/.test(words)) return undefined; // a lone common noun that is not a plural ("it")
  const inner = doc.mentions.filter((m) => m.start >= span.start && m.end <= span.end && SPEAKER_TYPES.has(m.cls.type) && m.entityId);
  return { span, mention: inner[inner.length - 1] };
}

/** The speaker named right before token `k` (the cue): skips adverbs and an apposition in commas. */
export function speakerBefore(doc: Doc, s: Sentence, k: number, claims: RoleClaim[]): SpeakerPhrase | undefined {
  let j = k - 1;
  while (j >= 0 && ADVERBS.test(s.tokens[j].text)) j--;
  // "on Tuesday", "in a statement" between speaker and verb
  if (j >= 1 && /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(s.tokens[j].text) && /^on$/i.test(s.tokens[j - 1].text)) j -= 2;
  if (j < 0) return undefined;
  if (s.tokens[j].text === ',') {
    // "John Coale, deputy to ..., announced": the speaker is before the apposition
    let c = j - 1;
    while (c >= 0 && s.tokens[c].text !== ',') c--;
    if (c > 0) {
      const m = speakerMentionEndingAt(doc, s, s.tokens[c - 1].end);
      if (m) return { span: { start: withTitle(claims, m), end: m.end }, mention: m };
    }
    return undefined;
  }
  const m = speakerMentionEndingAt(doc, s, s.tokens[j].end);
  if (m) {
    // "the BelTA news agency": a name followed by its description is still that name
    return { span: { start: withTitle(claims, m), end: m.end }, mention: m };
  }
  return nounPhraseEndingAt(doc, s, j);
}

/** The speaker named right after token `k` (inverted order: `said the minister`). */
export function speakerAfter(doc: Doc, s: Sentence, k: number): SpeakerPhrase | undefined {
  const next = s.tokens[k + 1];
  if (!next) return undefined;
  const starts = doc.mentions.filter((m) => m.sentence === s.index && SPEAKER_TYPES.has(m.cls.type) && m.start >= next.start && m.start <= next.start + 4);
  const m = starts.sort((a, b) => b.end - a.end)[0];
  if (m) return { span: { start: next.start, end: m.end }, mention: m };
  let e = k + 1;
  while (s.tokens[e + 1] && !STOP.test(s.tokens[e + 1].text) && e - k < 5) e++;
  return nounPhraseEndingAt(doc, s, e);
}
