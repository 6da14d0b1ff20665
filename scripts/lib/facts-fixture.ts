import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Span } from '../../src/model/index.js';

/** Event types the gold uses: the same vocabulary as `Event.type` in src/model/event.ts. */
export const GoldEventType = z.enum([
  'release', 'pardon', 'agreement_signed', 'threat', 'demand', 'meeting', 'visit', 'sanction', 'prisoner_exchange',
]);

/** Relation types the gold uses: `RelationType` of src/model/relation.ts without CITIZEN_OF. */
export const GoldRelationType = z.enum(['HOLDS_ROLE', 'MEMBER_OF', 'SPOKESPERSON_OF', 'ENVOY_OF', 'DEPUTY_TO', 'SPOUSE_OF']);

const name = z.string().min(1);

/** Where the article's text is: a corpus under ../shared/data and its id there. */
export const GoldSource = z.discriminatedUnion('corpus', [
  z.object({ corpus: z.literal('bbc'), path: z.string().regex(/^[a-z]+\/\d{3}\.txt$/) }).strict(),
  z.object({ corpus: z.literal('reuters'), newId: z.number().int().positive() }).strict(),
  z.object({ corpus: z.literal('polnear'), split: z.enum(['train', 'dev', 'test']), name: z.string().regex(/^[^/]+$/) }).strict(),
]);
export type GoldSource = z.infer<typeof GoldSource>;

/** One hand-annotated article (see test/fixtures/gold/README.md for the guide). */
export const FactsFixture = z
  .object({
    source: GoldSource,
    split: z.enum(['dev', 'test']),
    title: z.string(),
    statements: z.array(
      z.object({ speaker: name, content: z.string().min(1), kind: z.enum(['direct', 'indirect', 'mixed']) }).strict(),
    ),
    negotiationPairs: z.array(z.tuple([name, name])),
    events: z.array(
      z
        .object({
          type: GoldEventType,
          agent: name.nullable(),
          target: name.nullable(),
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
        })
        .strict()
        .refine((e) => e.agent !== null || e.target !== null, { message: 'an event needs an agent or a target' }),
    ),
    relations: z.array(
      z.object({ person: name, type: GoldRelationType, role: name.nullable(), of: name }).strict(),
    ),
  })
  .strict();
export type FactsFixture = z.infer<typeof FactsFixture>;
export type GoldSplit = FactsFixture['split'];

/** The id a source is known by in reports and in the split hash: `bbc:politics/012.txt`, `reuters:248`, `polnear:dev:<name>`. */
export function sourceKey(source: GoldSource): string {
  switch (source.corpus) {
    case 'bbc':
      return `bbc:${source.path}`;
    case 'reuters':
      return `reuters:${source.newId}`;
    case 'polnear':
      return `polnear:${source.split}:${source.name}`;
  }
}

// The split is fixed by the article's id, not chosen after a look at it: an annotator cannot move an
// article the extractor does well on into test (or badly on into dev).
/** The split the guide's rule gives: SHA-1 of the source key, first hex digit 0-7 = test. */
export function splitByHash(source: GoldSource): GoldSplit {
  const h = createHash('sha1').update(sourceKey(source)).digest('hex');
  return parseInt(h[0], 16) < 8 ? 'test' : 'dev';
}

/** The old Reuters gold (tuned on while the rules were written), so dev whatever its hash. */
export const TUNED_REUTERS_IDS: ReadonlySet<number> = new Set([
  248, 660, 3056, 5574, 5801, 7643, 8106, 8242, 8990, 9225, 10525, 14864, 16218, 16631,
]);

/** The split an article must have: dev for the tuned-on Reuters articles, else the hash rule. */
export function expectedSplit(source: GoldSource): GoldSplit {
  return source.corpus === 'reuters' && TUNED_REUTERS_IDS.has(source.newId) ? 'dev' : splitByHash(source);
}

/** A fixture with the file it came from. */
export interface LoadedFixture {
  file: string;
  fixture: FactsFixture;
}

// A bad gold file makes every number after it meaningless, so it is an error (naming the file),
// not an issue to skip.
/** Reads and validates every *.json in `dir`, sorted by source key. Throws naming the first bad file. */
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
  const key = (l: LoadedFixture) => sourceKey(l.fixture.source);
  return loaded.sort((a, b) => key(a).localeCompare(key(b)));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a gold content string sits in the body, at or after `from` (the title line is never
 * annotated): the exact substring first, else the same words with any whitespace between them (a
 * hand-typed fixture may fold the corpus's line breaks into spaces). Null when absent.
 */
export function locateContent(body: string, content: string, from = 0): Span | null {
  const at = body.indexOf(content, from);
  if (at >= 0) return { start: at, end: at + content.length };
  const words = content.trim().split(/\s+/).map(escapeRegExp);
  const re = new RegExp(words.join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
