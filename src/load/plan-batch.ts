import type { Article, ArticleGraph, Span } from '../model/index.js';
import { slug } from '../resolve/slug.js';
import { cypher } from './cypher-files.js';
import type { Plan } from './plan.js';

/** An article with its (linked) graph, ready to write. */
export interface GraphToWrite {
  article: Article;
  graph: ArticleGraph;
}

function sentenceIndex(graph: ArticleGraph, offset: number): number {
  const i = graph.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return i >= 0 ? i : 0;
}

/**
 * Builds the write plans for a batch of articles: one query per node or edge kind, each an UNWIND
 * over the rows of every article in input order (so a later article adds to what an earlier one
 * wrote, as when they are written one by one). Run them in one transaction.
 */
export function planBatch(items: GraphToWrite[]): Plan[] {
  const rows = <T>(f: (x: GraphToWrite & { sid: (i: number) => string }) => T[]): T[] =>
    items.flatMap((x) => f({ ...x, sid: (i: number) => `${x.article.id}:${i}` }));
  const sentenceIds = (graph: ArticleGraph, sid: (i: number) => string, spans: Span[]) => [...new Set(spans.map((s) => sid(sentenceIndex(graph, s.start))))];
  const plan = (name: string, params: Record<string, unknown[]>): Plan => ({ name, cypher: cypher(name), params });
  const plans: Plan[] = [
    plan('prune-article', {
      articles: items.map(({ article, graph }) => ({
        articleId: article.id,
        keepIds: [...graph.statements.map((x) => x.id), ...graph.events.map((x) => x.id), ...graph.negotiations.map((x) => x.id)],
        entityIds: graph.entities.map((e) => e.id),
      })),
    }),
    plan('write-article', {
      articles: rows(({ article, graph, sid }) => [
        {
          id: article.id,
          title: article.title,
          source: article.source,
          publishedAt: article.publishedAt,
          place: article.place,
          sourcePath: article.sourcePath,
          url: article.url,
          text: article.text,
          sentences: graph.sentences.map((s, index) => ({ id: sid(index), index, start: s.start, end: s.end, text: article.text.slice(s.start, s.end) })),
        },
      ]),
    }),
    plan('write-entities', {
      entities: rows(({ article, graph }) =>
        graph.entities.map((e) => ({
          articleId: article.id,
          id: e.id,
          type: e.type,
          name: e.name,
          nameKey: slug(e.name),
          kind: e.kind ?? null,
          iso3: e.externalIds?.iso3 ?? null,
          wikidata: e.externalIds?.wikidata ?? null,
          surname: e.type === 'Person' && e.name.includes(' ') ? e.name.split(' ').at(-1)!.toLowerCase() : null,
          aliases: [e.name, ...e.aliases],
          starts: e.mentions.map((m) => m.start),
          ends: e.mentions.map((m) => m.end),
          texts: e.mentions.map((m) => m.text),
        })),
      ),
    }),
    plan('write-same-as', {
      entities: rows(({ graph }) => graph.entities.filter((e) => !e.id.includes('@') && slug(e.name) !== '').map((e) => ({ id: e.id, type: e.type, nameKey: slug(e.name) }))),
    }),
    plan('write-statements', {
      statements: rows(({ article, graph, sid }) =>
        graph.statements.map((s) => ({
          ...s,
          articleId: article.id,
          speakerStart: s.speakerSpan?.start ?? null,
          speakerEnd: s.speakerSpan?.end ?? null,
          speakerText: s.speakerSpan ? article.text.slice(s.speakerSpan.start, s.speakerSpan.end) : null,
          cueStart: s.cueSpan?.start ?? null,
          cueEnd: s.cueSpan?.end ?? null,
          sentenceId: sid(sentenceIndex(graph, s.start)),
        })),
      ),
    }),
    plan('write-negotiations', {
      negotiations: rows(({ article, graph, sid }) =>
        graph.negotiations.map((n) => ({ ...n, articleId: article.id, publishedAt: article.publishedAt ?? '', sentenceIds: sentenceIds(graph, sid, n.evidence) })),
      ),
    }),
    plan('write-events', {
      events: rows(({ article, graph, sid }) => graph.events.map((e) => ({ ...e, articleId: article.id, sentenceIds: sentenceIds(graph, sid, e.evidence) }))),
    }),
    plan('write-relations', {
      relations: rows(({ article, graph }) =>
        graph.relations.map((r) => ({
          type: r.type,
          fromId: r.fromId,
          toId: r.toId,
          role: r.role ?? '',
          confidence: r.confidence,
          origin: r.origin,
          evidence: `${article.id}:${r.evidence[0]?.start ?? 0}-${r.evidence[0]?.end ?? 0}`,
        })),
      ),
    }),
  ];
  // A plan for an empty list would only cost a round trip.
  return plans.filter((p) => Object.values(p.params).every((v) => (v as unknown[]).length > 0));
}

/** The write plans of one article (a batch of one). */
export function planArticle(article: Article, graph: ArticleGraph): Plan[] {
  return planBatch([{ article, graph }]);
}
