import { z } from 'zod';
import { Span } from './span.js';
import { Provenance } from './provenance.js';

export const RelationType = z.enum(['HOLDS_ROLE', 'DEPUTY_TO', 'ENVOY_OF', 'SPOKESPERSON_OF', 'SPOUSE_OF', 'CITIZEN_OF', 'MEMBER_OF']);
export type RelationType = z.infer<typeof RelationType>;

/** A standing tie between two entities stated in the article ("deputy to", "president of"). */
export const Relation = z.object({
  id: z.string(),
  type: RelationType,
  fromId: z.string(),
  toId: z.string(),
  role: z.string().optional(),
  evidence: z.array(Span),
  ...Provenance,
});
export type Relation = z.infer<typeof Relation>;
