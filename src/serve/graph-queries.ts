import { cypher } from '../load/cypher-files.js';
import type { Executor } from '../load/executor.js';
import { escapeLucene } from './escape-lucene.js';

/** An actor as the API returns it. */
export interface ActorRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  kind?: string | null;
  iso3?: string | null;
  wikidata?: string | null;
  articleCount?: number;
}

const lucene = escapeLucene;

/** Read queries of the API, each one Cypher file run through the executor. */
export class GraphQueries {
  constructor(private readonly executor: Executor) {}

  private run<T extends Record<string, unknown>>(name: string, params: Record<string, unknown>) {
    return this.executor.read<T>({ name, cypher: cypher(name), params });
  }

  /** Ids of actors named by `q`: exact id/name/alias first, else full-text. */
  async actorIds(q: string): Promise<string[]> {
    const exact = await this.run<{ id: string }>('actor-lookup', { q });
    if (exact.length) return exact.map((r) => r.id);
    const escaped = lucene(q);
    if (!escaped) return [];
    const rows = await this.run<{ id: string; score: number }>('actor-search', { q: escaped });
    return rows.filter((r) => r.score >= (rows[0]?.score ?? 0) * 0.75).map((r) => r.id);
  }

  /** Ids of statements whose text matches `q` (full-text). */
  async statementIds(q: string): Promise<string[]> {
    const escaped = lucene(q);
    if (!escaped) return [];
    return (await this.run<{ id: string }>('statement-search', { q: escaped })).map((r) => r.id);
  }

  /** The actors and the states they hold office for. */
  async withSides(ids: string[]): Promise<string[]> {
    const rows = await this.run<{ id: string; sides: string[] }>('actor-sides', { ids });
    return [...new Set([...ids, ...rows.flatMap((r) => r.sides)])];
  }

  async actorsById(ids: string[]): Promise<ActorRow[]> {
    return (await this.run<{ actor: ActorRow }>('actors-by-id', { ids })).map((r) => r.actor);
  }

  async page(name: string, params: Record<string, unknown>): Promise<{ total: number; page: Record<string, unknown>[] }> {
    const [row] = await this.run<{ total: number; page: Record<string, unknown>[] }>(name, params);
    return row ?? { total: 0, page: [] };
  }

  async whoNegotiated(actorIds: string[] | null) {
    return this.run<{ a: ActorRow; b: ActorRow; negotiations: Record<string, unknown>[] }>('who-negotiated', { actorIds });
  }

  async roles(id: string) {
    return this.run<{ type: string; role: string | null; confidence: number | null; target: ActorRow }>('actor-roles', { id });
  }

  async article(id: string) {
    return (await this.run<{ article: Record<string, unknown> }>('article-by-id', { id }))[0]?.article ?? null;
  }
}
