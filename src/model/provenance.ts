import { z } from 'zod';

/** How sure a rule or model is of a fact, and which one produced it, so researchers can filter. */
export const Provenance = {
  confidence: z.number().min(0).max(1),
  origin: z.string(),
};
