import { z } from 'zod';
import { Span } from '../../src/model/index.js';

/** One brat text-bound annotation: `T3\tContent 13 98;100 120\t<text>`. */
export const BratTextBound = z.object({
  id: z.string().regex(/^T\d+$/),
  role: z.string().min(1),
  fragments: z.array(Span).min(1),
  text: z.string(),
});
export type BratTextBound = z.infer<typeof BratTextBound>;

/** A PolNeAR attribution: an E line with its Content, Cue and (usually) Source resolved. */
export const BratAttribution = z.object({
  id: z.string().regex(/^E\d+$/),
  content: BratTextBound,
  cue: BratTextBound.nullable(),
  /** Null when the annotator marked no source (about 6% of PolNeAR dev attributions). */
  source: BratTextBound.nullable(),
});
export type BratAttribution = z.infer<typeof BratAttribution>;

/** A line that could not be read: data, not an exception (a bad line must not end the run). */
export interface BratIssue {
  line: number;
  message: string;
}

export interface BratParseResult {
  textBounds: BratTextBound[];
  attributions: BratAttribution[];
  issues: BratIssue[];
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const E_LINE = /^(E\d+)\t(.*)$/;

/**
 * Parses a brat standoff .ann file as PolNeAR writes it. T lines carry spans, E lines join one
 * attribution (`Attribution:T4 Content:T3 Cue:T2 Source:T1`, in any order). A Source T may be shared
 * by several E lines ("said Caddell, speaking of ..."). The `Attribution` trigger duplicates the cue
 * and is not kept. A, R, # and other lines are ignored.
 */
export function parseBratAnn(ann: string): BratParseResult {
  const textBounds = new Map<string, BratTextBound>();
  const events: Array<{ line: number; id: string; args: Map<string, string> }> = [];
  const issues: BratIssue[] = [];
  ann.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('T')) {
      const m = T_LINE.exec(raw);
      const fragments = m?.[3].split(';').map((f) => {
        const [start, end] = f.split(' ').map(Number);
        return { start, end };
      });
      const parsed = BratTextBound.safeParse(m ? { id: m[1], role: m[2], fragments, text: m[4] } : null);
      if (!parsed.success || parsed.data.fragments.some((f) => f.end < f.start)) {
        issues.push({ line, message: `bad text-bound line: ${raw.slice(0, 80)}` });
      } else textBounds.set(parsed.data.id, parsed.data);
    } else if (raw.startsWith('E')) {
      const m = E_LINE.exec(raw);
      if (!m) return void issues.push({ line, message: `bad event line: ${raw.slice(0, 80)}` });
      const args = new Map<string, string>();
      for (const arg of m[2].trim().split(/\s+/)) {
        const [role, ref] = arg.split(':');
        if (role && ref) args.set(role, ref);
      }
      events.push({ line, id: m[1], args });
    }
  });
  const attributions: BratAttribution[] = [];
  for (const e of events) {
    const ref = (role: string) => {
      const id = e.args.get(role);
      if (id === undefined) return null;
      const tb = textBounds.get(id);
      if (!tb) issues.push({ line: e.line, message: `${e.id}: ${role} refers to missing ${id}` });
      return tb ?? null;
    };
    const content = ref('Content');
    if (!content) {
      issues.push({ line: e.line, message: `${e.id}: no Content` });
      continue;
    }
    attributions.push(BratAttribution.parse({ id: e.id, content, cue: ref('Cue'), source: ref('Source') }));
  }
  return { textBounds: [...textBounds.values()], attributions, issues };
}

/** The characters a set of fragments covers, joined by one space as brat writes them. */
export function fragmentsText(text: string, fragments: readonly Span[]): string {
  return fragments.map((f) => text.slice(f.start, f.end)).join(' ');
}
