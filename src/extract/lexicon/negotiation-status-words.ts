// The words around a negotiation's trigger that tell its status, strongest first. Phrases may
// contain optional parts written as regular-expression groups only where a word has variants.

/** Threats to leave talks: a threat word, then (within a few words) a verb of leaving them. */
export const THREAT_WORDS: readonly string[] = ['threaten', 'threatened', 'threatens', 'threatening'];
export const LEAVING_VERBS: readonly string[] = ['halt', 'stop', 'end', 'break off', 'suspend', 'walk out', 'pull out', 'quit', 'withdraw'];
/** Modals that announce leaving: "would walk out of the talks". */
export const ANNOUNCING_MODALS: readonly string[] = ['will', 'would', 'could', 'shall'];
export const ANNOUNCED_LEAVING: readonly string[] = ['stop', 'halt', 'end', 'break off', 'suspend', 'walk out of', 'pull out of'];

export const HALTED_WORDS: readonly string[] = [
  'halted', 'suspended', 'broke off', 'broken off', 'called off', 'walked out', 'pulled out', 'ended', 'terminated', 'abandoned', 'cancelled', 'canceled',
  'stopped', 'withdrew from', 'collapsed', 'collapse', 'broke down', 'breakdown', 'failure',
];

export const STALLED_WORDS: readonly string[] = ['stalled', 'deadlock', 'deadlocked', 'impasse', 'stuck', 'stalemate', 'frozen', 'bogged down', 'no progress', 'failed to agree', 'failed to reach'];

export const AGREED_WORDS: readonly string[] = [
  'reached', 'reach', 'reaching', 'signed', 'sign', 'signing', 'concluded', 'clinched', 'struck', 'sealed', 'initialled', 'initialed', 'agree', 'agrees', 'agreed',
  'finalised', 'finalized', 'ratified',
];

export const PROPOSED_WORDS: readonly string[] = [
  'propose', 'proposed', 'proposal', 'offer', 'offered', 'call for', 'called for', 'calls for', 'invite', 'invited', 'invitation', 'ready to', 'willing to',
  'open to', 'want to', 'wants to', 'wanted to', 'plan to', 'plans to', 'planned to', 'seek', 'seeks', 'seeking', 'will hold', 'will open', 'will start',
  'will begin', 'will resume', 'to hold', 'to open', 'to start', 'to begin', 'to resume', 'expected to', 'scheduled', 'prepared to',
];

/** Words that refuse talks proposed ("rejected the offer of talks"). */
export const REFUSAL_WORDS: readonly string[] = ['reject', 'rejected', 'rejects', 'refused', 'refuses', 'declined', 'declines', 'ruled out'];

/** Words that negate the status word right after them ("did not suspend", "never refused"). */
export const NEGATORS: readonly string[] = ['not', 'never', 'no', "n't", 'n’t', 'without'];
