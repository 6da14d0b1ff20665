import { z } from 'zod';
import { EXPORT_FORMATS } from './export-formats.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(d)), 'not a date');
const TIE_TYPES = ['NEGOTIATED_WITH', 'SPOKE_ABOUT', 'MET_IN_EVENT', 'ROLE'] as const;

/** What `kg export` and `/export/<format>` take: format, and optionally a center, hops, dates, tie kinds. */
export const ExportRequest = z.object({
  format: z.enum(EXPORT_FORMATS),
  center: z.string().trim().min(1).optional(),
  hops: z.coerce.number().int().min(1).max(3).default(1),
  since: isoDate.optional(),
  until: isoDate.optional(),
  /** Comma-separated TieType names. */
  types: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((t) => t.trim().toUpperCase()) : undefined))
    .pipe(z.array(z.enum(TIE_TYPES)).optional()),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

/** Parses an export request, or returns the problems as one line. */
export function parseExportRequest(input: Record<string, unknown>): { ok: true; value: ExportRequest } | { ok: false; message: string } {
  const r = ExportRequest.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, message: r.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ') };
}
