import type { Article, ArticleGraph, Span } from '../model/index.js';
import { cypher } from './cypher-files.js';
import type { Plan } from './plan.js';

function sentenceIndex(graph: ArticleGraph, offset: number): number {
  const i = graph.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return i >= 0 ? i : 0;
}

/** Builds the write plans for one article; run them in one transaction. */
export function planArticle(article: Article, graph: ArticleGraph): Plan[] {
  const articleId = article.id;
  const sid = (i: number) => `${articleId}:${i}`;
  const sentenceIds = (spans: Span[]) => [...new Set(spans.map((s) => sid(sentenceIndex(graph, s.start))))];
  const params = { articleId, publishedAt: article.publishedAt ?? '' };
  const plans: Plan[] = [
    {
      name: 'prune-article',
      cypher: cypher('prune-article'),
      params: {
        articleId,
        keepIds: [...graph.statements.map((x) => x.id), ...graph.events.map((x) => x.id), ...graph.negotiations.map((x) => x.id)],
        entityIds: graph.entities.map((e) => e.id),
      },
    },
    {
      name: 'write-article',
      cypher: cypher('write-article'),
      params: {
        article: { id: articleId, title: article.title, source: article.source, publishedAt: article.publishedAt, place: article.place, sourcePath: article.sourcePath, url: article.url, text: article.text },
        sentences: graph.sentences.map((s, index) => ({ id: sid(index), index, start: s.start, end: s.end, text: article.text.slice(s.start, s.end) })),
      },
    },
    {
      name: 'write-entities',
      cypher: cypher('write-entities'),
      params: {
        ...params,
        entities: graph.entities.map((e) => ({
          id: e.id,
          type: e.type,
          name: e.name,
          kind: e.kind ?? null,
          iso3: e.externalIds?.iso3 ?? null,
          wikidata: e.externalIds?.wikidata ?? null,
          surname: e.type === 'Person' && e.name.includes(' ') ? e.name.split(' ').at(-1)!.toLowerCase() : null,
          aliases: [e.name, ...e.aliases],
          starts: e.mentions.map((m) => m.start),
          ends: e.mentions.map((m) => m.end),
          texts: e.mentions.map((m) => m.text),
        })),
      },
    },
    {
      name: 'write-statements',
      cypher: cypher('write-statements'),
      params: {
        ...params,
        statements: graph.statements.map((s) => ({
          ...s,
          speakerStart: s.speakerSpan?.start ?? null,
          speakerEnd: s.speakerSpan?.end ?? null,
          speakerText: s.speakerSpan ? article.text.slice(s.speakerSpan.start, s.speakerSpan.end) : null,
          cueStart: s.cueSpan?.start ?? null,
          cueEnd: s.cueSpan?.end ?? null,
          sentenceId: sid(sentenceIndex(graph, s.start)),
        })),
      },
    },
    {
      name: 'write-negotiations',
      cypher: cypher('write-negotiations'),
      params: { ...params, negotiations: graph.negotiations.map((n) => ({ ...n, sentenceIds: sentenceIds(n.evidence) })) },
    },
    {
      name: 'write-events',
      cypher: cypher('write-events'),
      params: { ...params, events: graph.events.map((e) => ({ ...e, sentenceIds: sentenceIds(e.evidence) })) },
    },
    {
      name: 'write-relations',
      cypher: cypher('write-relations'),
      params: {
        ...params,
        relations: graph.relations.map((r) => ({
          type: r.type,
          fromId: r.fromId,
          toId: r.toId,
          role: r.role ?? '',
          confidence: r.confidence,
          origin: r.origin,
          evidence: `${articleId}:${r.evidence[0]?.start ?? 0}-${r.evidence[0]?.end ?? 0}`,
        })),
      },
    },
  ];
  // A plan for an empty list would only cost a round trip.
  const LISTS = ['entities', 'statements', 'negotiations', 'events', 'relations'];
  return plans.filter((p) => LISTS.every((k) => !Array.isArray(p.params[k]) || (p.params[k] as unknown[]).length > 0));
}
