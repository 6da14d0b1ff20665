import { z } from 'zod';
import { Article } from './article.js';
import { Span } from './span.js';
import { Entity } from './entity.js';
import { Statement } from './statement.js';
import { Negotiation } from './negotiation.js';
import { Event } from './event.js';
import { Relation } from './relation.js';

/** Everything extracted from one article: the contract of `kg extract` and the input of `load/`. */
export const ArticleGraph = z.object({
  /** The article's metadata; `text` only in `kg extract --jsonl` lines, so that `kg load` can write them. */
  article: Article.omit({ text: true }).extend({ text: z.string().optional() }),
  sentences: z.array(Span),
  entities: z.array(Entity),
  statements: z.array(Statement),
  negotiations: z.array(Negotiation),
  events: z.array(Event),
  relations: z.array(Relation),
});
export type ArticleGraph = z.infer<typeof ArticleGraph>;
