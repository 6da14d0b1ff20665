import { z } from 'zod';

/** A half-open character range [start, end) into the article text (JavaScript string indices). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;
