export * from './span.js';
export * from './article.js';
export * from './entity.js';
export * from './statement.js';
export * from './negotiation.js';
export * from './event.js';
export * from './relation.js';
export * from './article-graph.js';
