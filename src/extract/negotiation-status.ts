import type { NegotiationStatus } from '../model/index.js';

// Status cues in the words around a trigger, strongest first. Each maps to its CAMEO code.
export const STATUS_RULES: [RegExp, NegotiationStatus, string][] = [
  [/\bthreat(en|ened|ens|ening)\b.{0,40}\b(halt|stop|end|break off|suspend|walk out|pull out|quit|withdraw)|\b(will|would|could|shall)\s+(immediately\s+)?(stop|halt|end|break off|suspend|walk out of|pull out of)\b/i, 'threatened', '134'],
  [/\b(halted|suspended|broke off|broken off|called off|walked out|pulled out|ended|terminated|abandoned|cancell?ed|stopped|withdrew from|collapsed|collapse|broke down|breakdown|failure)\b/i, 'halted', '164'],
  [/\b(stalled|deadlock(ed)?|impasse|stuck|stalemate|frozen|bogged down|no progress|failed to (agree|reach))\b/i, 'stalled', '046'],
  [/\b(reached|reach|reaching|signed|sign|signing|concluded|clinched|struck|sealed|initialled|initialed|agree|agrees|agreed|finali[sz]ed|ratified)\b/i, 'agreed', '057'],
  [/\b(propos(e|ed|al)|offer(ed)?|call(ed|s)? for|invit(e|ed|ation)|ready to|willing to|open to|want(s|ed)? to|plan(s|ned)? to|seek(s|ing)?|will (hold|open|start|begin|resume)|to (hold|open|start|begin|resume)|expected to|scheduled|prepared to)\b/i, 'proposed', '036'],
];

// The words that govern the trigger come before it ("suspended talks", "agreed to resume talks");
// only when there are none do the words after it count ("talks ... have stalled").
export function statusOf(before: string, after: string): [NegotiationStatus, string] {
  for (const window of [before, after]) {
    for (const [re, status, cameo] of STATUS_RULES) {
      const m = re.exec(window);
      if (m && !negated(window, m.index)) return [status, cameo];
    }
  }
  return ['ongoing', '046'];
}

// "never refused dialogue", "did not suspend the talks": a negated status word says the opposite.
export function negated(text: string, at: number): boolean {
  return /\b(not|never|no|n['’]t|without)\s+(\w+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at));
}

/** From weakest to strongest: the status of talks told in several sentences is the strongest one told. */
export const STATUS_RANK: NegotiationStatus[] = ['proposed', 'ongoing', 'threatened', 'stalled', 'halted', 'agreed'];
