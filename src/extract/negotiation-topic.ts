import type { Doc, Sentence } from '../model/doc.js';

// "negotiations on the release of prisoners are being conducted", "negotiating with Brazil over
// coffee quotas": the noun phrase after on/about/over, past a "with X" or "between X and Y".
export function topicAfter(doc: Doc, s: Sentence, k: number): string | null {
  const toks = s.tokens;
  let i = k + 1;
  for (let n = 0; toks[i] && n < 8 && !/^(on|about|over|regarding|concerning|for|of)$/i.test(toks[i].text); n++, i++) {
    if (/^[,;.:]$|^(that|which|but|said|after|before|because|when|while)$/i.test(toks[i].text)) return null;
  }
  if (!toks[i] || !/^(on|about|over|regarding|concerning|for|of)$/i.test(toks[i].text)) return null;
  i++;
  while (toks[i] && /^(the|a|an)$/i.test(toks[i].text)) i++;
  const from = i;
  while (toks[i] && !/^(are|is|was|were|will|would|have|has|had|be|been|being|with|between|in|at|,|\.|;|:|that|which|but|said|to|after|before|on|"|“|”)$/i.test(toks[i].text)) i++;
  return i > from ? doc.text.slice(toks[from].start, toks[i - 1].end) : null;
}

// "trade talks", "debt rescheduling negotiations", "peace deal": lowercase nouns before the trigger.
export function topicBefore(doc: Doc, s: Sentence, k: number): string | null {
  if (/^negotiat(e|es|ed|ing)$|^mediat(e|ed|ing)$/i.test(s.tokens[k].text)) return null; // a verb has no noun modifiers
  let i = k - 1;
  while (i >= 0 && /^[a-z][a-z-]+$/.test(s.tokens[i].text) && !/(ed|ing)$/.test(s.tokens[i].text) && !/^(said|says|say|told|tells|would|could|should|will|may|might|must|can|are|is|was|were|has|have|had|been|be|to|for|after|before|when|while|since|during|under|over|at|by|the|a|an|of|in|on|with|and|all|any|these|those|this|that|new|further|similar|broken|off|out|up|down|separate|broader|wider|landmark|historic|tentative|interim|comprehensive|major|key|direct|bilateral|formal|informal|fresh|final|possible|such|some|no|its|their|our|his|her|more|current|ongoing|secret|high-level|two-day|three-day|preliminary|renewed|stop|hold|held|resume|start|begin|continue|reach|reached|reaching|sign|signed|conducted|immediately)$/.test(s.tokens[i].text)) i--;
  return i + 1 < k ? doc.text.slice(s.tokens[i + 1].start, s.tokens[k - 1].end) : null;
}
