import { z } from 'zod';
import { Span } from './span.js';
import { Provenance } from './provenance.js';

export const EventRole = z.object({
  /** agent, target, beneficiary, requester, announcer, location */
  role: z.string(),
  entityId: z.string(),
});
export type EventRole = z.infer<typeof EventRole>;

/** Something that happened or was threatened: a release, a pardon, a meeting, a sanction... */
export const Event = z.object({
  id: z.string(),
  /** release, pardon, prisoner_exchange, agreement_signed, threat, demand, appeal, meeting, visit, sanction */
  type: z.string(),
  cameo: z.string(),
  /** `YYYY-MM-DD`, `--MM-DD` when the year is unknown, or null. */
  date: z.string().nullable(),
  count: z.number().int().nullable(),
  roles: z.array(EventRole),
  evidence: z.array(Span),
  /** The word that reports the event ("released", "visit", "talks"), when known. */
  trigger: Span.optional(),
  ...Provenance,
});
export type Event = z.infer<typeof Event>;
