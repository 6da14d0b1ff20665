import { z } from 'zod';
import { Span } from './span.js';
import { Provenance } from './provenance.js';

/** What somebody said: `text`/`start`/`end` are the content only, without quote marks or speech verb. */
export const Statement = z.object({
  id: z.string(),
  speakerId: z.string().nullable(),
  speakerSpan: Span.nullable(),
  /** The speech verb, normalized to its lemma ("said" -> "say"). */
  cue: z.string(),
  cueSpan: Span.nullable(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  aboutIds: z.array(z.string()),
  ...Provenance,
});
export type Statement = z.infer<typeof Statement>;
