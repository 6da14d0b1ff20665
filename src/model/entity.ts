import { z } from 'zod';

export const EntityType = z.enum(['Person', 'State', 'Organization', 'Location']);
export type EntityType = z.infer<typeof EntityType>;

export const OrganizationKind = z.enum([
  'news agency',
  'government agency',
  'international organization',
  'party',
  'group',
  'company',
  'organization',
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** An actor or place found in one article, with every mention that refers to it. */
export const Entity = z.object({
  /** Stable id: `state:BLR` (ISO 3166 alpha-3) for states, `person:alexander-lukashenko` etc. otherwise. */
  id: z.string().min(1),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()),
  kind: OrganizationKind.optional(),
  externalIds: z.object({ iso3: z.string().optional(), wikidata: z.string().optional() }).optional(),
  mentions: z.array(Mention),
});
export type Entity = z.infer<typeof Entity>;
