import { z } from 'zod';

/** One article as read by ingest: the text is kept once and everything else points into it. */
export const Article = z.object({
  /** Hash of the normalized text: the same article read twice has the same id. */
  id: z.string().min(1),
  sourcePath: z.string().nullable(),
  title: z.string().nullable(),
  /** The outlet or agency ("TASS", "Reuters"), from the dateline or the input's metadata. */
  source: z.string().nullable(),
  /** ISO date `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  publishedAt: z.string().nullable(),
  /** The dateline place ("MINSK"), title-cased. */
  place: z.string().nullable(),
  url: z.string().nullable().default(null),
  text: z.string(),
});
export type Article = z.infer<typeof Article>;
