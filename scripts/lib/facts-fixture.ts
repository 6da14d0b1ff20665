import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Span } from '../../src/model/index.js';

/** Event types the gold uses: the same vocabulary as `Event.type` in src/model/event.ts. */
export const GoldEventType = z.enum([
  'release', 'pardon', 'agreement_signed', 'threat', 'demand', 'meeting', 'visit', 'sanction', 'prisoner_exchange',
]);

/** One hand-annotated Reuters-21578 article (see test/fixtures/reuters-facts/README.md). */
export const FactsFixture = z
  .object({
    newId: z.number().int().positive(),
    title: z.string(),
    statements: z.array(
      z.object({ speaker: z.string().min(1), content: z.string().min(1) }).strict(),
    ),
    negotiationPairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
    events: z.array(
      z
        .object({
          type: GoldEventType,
          agent: z.string().min(1).nullable(),
          target: z.string().min(1).nullable(),
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
        })
        .strict()
        .refine((e) => e.agent !== null || e.target !== null, { message: 'an event needs an agent or a target' }),
    ),
  })
  .strict();
export type FactsFixture = z.infer<typeof FactsFixture>;

/** A fixture with the file it came from. */
export interface LoadedFixture {
  file: string;
  fixture: FactsFixture;
}

// A bad gold file makes every number after it meaningless, so it is an error (naming the file),
// not an issue to skip.
/** Reads and validates every *.json in `dir`, sorted by newId. Throws naming the first bad file. */
export function loadFactsFixtures(dir: string): LoadedFixture[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const loaded = files.map((f) => {
    const file = path.join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`${file}: not valid JSON: ${(err as Error).message}`);
    }
    const parsed = FactsFixture.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new Error(`${file}: bad fixture: ${problems}`);
    }
    return { file, fixture: parsed.data };
  });
  return loaded.sort((a, b) => a.fixture.newId - b.fixture.newId);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a gold content string sits in the body: the exact substring first, else the same words with
 * any whitespace between them (a hand-typed fixture may fold the corpus's line breaks into spaces).
 * Null when absent.
 */
export function locateContent(body: string, content: string): Span | null {
  const at = body.indexOf(content);
  if (at >= 0) return { start: at, end: at + content.length };
  const words = content.trim().split(/\s+/).map(escapeRegExp);
  const m = new RegExp(words.join('\\s+')).exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
