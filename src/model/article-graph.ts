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
  article: Article.omit({ text: true }),
  sentences: z.array(Span),
  entities: z.array(Entity),
  statements: z.array(Statement),
  negotiations: z.array(Negotiation),
  events: z.array(Event),
  relations: z.array(Relation),
});
export type ArticleGraph = z.infer<typeof ArticleGraph>;
