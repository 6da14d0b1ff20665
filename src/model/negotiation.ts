import { z } from 'zod';
import { Span } from './span.js';
import { Provenance } from './provenance.js';

export const NegotiationStatus = z.enum(['proposed', 'ongoing', 'agreed', 'stalled', 'halted', 'threatened']);
export type NegotiationStatus = z.infer<typeof NegotiationStatus>;

/** Talks between parties about a topic; several sentences about the same talks make one. */
export const Negotiation = z.object({
  id: z.string(),
  partyIds: z.array(z.string()),
  mediatorIds: z.array(z.string()),
  excludedIds: z.array(z.string()),
  topic: z.string().nullable(),
  status: NegotiationStatus,
  /** CAMEO event code the talks map to (e.g. "046" engage in negotiation). */
  cameo: z.string(),
  evidence: z.array(Span),
  /** The words that name the talks in each report of them ("talks", "negotiating", "agreement"). */
  triggers: z.array(Span).default([]),
  ...Provenance,
});
export type Negotiation = z.infer<typeof Negotiation>;
