import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../project-root.js';
import type { Entity } from '../model/index.js';
import { wikidataOfCountry } from './lexicon/country-wikidata.js';

/** File name of the actor dictionary inside models/ (built by `npm run build:sides`). */
export const KNOWN_SIDES_FILE = 'actor-sides.json';

/** The side a person acts for, as the dictionary gives it. */
export const KnownSide = z.object({
  id: z.string().min(1),
  type: z.enum(['State', 'Organization']),
  name: z.string().min(1),
  kind: z.enum(['government agency', 'international organization', 'party', 'company', 'organization', 'group', 'news agency']).optional(),
  iso3: z.string().length(3).optional(),
});
export type KnownSide = z.infer<typeof KnownSide>;

const SidesFile = z.object({
  format: z.literal('newsgraph-actor-sides/2'),
  /** Person id -> [side, articles that told it, the office told most often for that side]. */
  persons: z.record(z.string(), z.tuple([z.string(), z.number().int().positive(), z.string()])),
  sides: z.record(z.string(), KnownSide),
});
export type SidesFile = z.infer<typeof SidesFile>;

/** A person's side and the office they hold for it. */
export interface KnownActor {
  side: KnownSide;
  role: string;
}

/** An actor dictionary as read: persons by id, and the sides they act for by id. */
export interface KnownSides {
  persons: Map<string, KnownActor>;
  sides: Map<string, KnownSide>;
}

let table: KnownSides | null | undefined;

/** Reads an actor dictionary file; throws naming the file when it does not parse. */
export function readKnownSides(file: string): KnownSides {
  const parsed = SidesFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not an actor dictionary: ${parsed.error.issues[0]?.message}`);
  const { persons, sides } = parsed.data;
  return {
    persons: new Map(Object.entries(persons).flatMap(([person, [side, , role]]) => (sides[side] ? [[person, { side: sides[side], role }] as const] : []))),
    sides: new Map(Object.entries(sides)),
  };
}

/**
 * The side a person acts for when the article itself does not say: an actor dictionary in the
 * manner of PETRARCH's, learned from the offices our own passes read in other articles ("Chancellor
 * Gordon Brown" in hundreds of BBC stories makes a story that only says "Gordon Brown visited
 * Kenya" Britain's visit). Persons are known by their full-name id only.
 */
export function knownSideOf(personId: string): KnownSide | undefined {
  return knownActor(personId)?.side;
}

/**
 * The office the dictionary knows a person by ("prime minister" for a person told so in hundreds
 * of stories), with the state it belongs to: "the prime minister said" in a story that names Tony
 * Blair but never titles him is Blair.
 */
export function knownRoleOf(personId: string): { role: string; iso3?: string } | undefined {
  const a = knownActor(personId);
  return a && { role: a.role, ...(a.side.iso3 ? { iso3: a.side.iso3 } : {}) };
}

function dictionary(): KnownSides | null {
  if (table === undefined) {
    const file = path.join(projectRoot(), 'models', KNOWN_SIDES_FILE);
    table = fs.existsSync(file) ? readKnownSides(file) : null;
  }
  return table;
}

const knownActor = (personId: string): KnownActor | undefined => dictionary()?.persons.get(personId);

/**
 * Which dictionary this process reads: `false` none (the build that learns it must not read it),
 * a file path that file (tests), `undefined` the one in models/.
 */
export function useKnownSides(source: false | string | undefined): void {
  table = source === false ? null : source === undefined ? undefined : readKnownSides(source);
}

/**
 * Entities for the dictionary's sides that facts use and the article never names ("Gordon Brown
 * visited Kenya" makes Britain a participant of a story that does not say "Britain").
 */
export function knownSideEntities(usedIds: Iterable<string>, present: ReadonlySet<string>): Entity[] {
  const sides = dictionary()?.sides;
  const out = new Map<string, Entity>();
  for (const id of usedIds) {
    const side = sides?.get(id);
    if (!side || present.has(id) || out.has(id)) continue;
    const wikidata = side.iso3 ? wikidataOfCountry(side.iso3) : undefined;
    out.set(
      id,
      side.type === 'State'
        ? { id, type: 'State', name: side.name, aliases: [], externalIds: { iso3: side.iso3, ...(wikidata ? { wikidata } : {}) }, mentions: [] }
        : { id, type: 'Organization', name: side.name, aliases: [], ...(side.kind ? { kind: side.kind } : {}), mentions: [] },
    );
  }
  return [...out.values()];
}
