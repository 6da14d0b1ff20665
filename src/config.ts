import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEWSGRAPH_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEWSGRAPH_HOME: z.string().default('.neo4j'),
  NEWSGRAPH_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i).default('768m'),
  NEWSGRAPH_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/i).default('256m'),
  NEWSGRAPH_MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEWSGRAPH_API_TOKEN: z.string().min(16).optional(),
  NEWSGRAPH_READ_TOKEN: z.string().min(16).optional(),
  NEWSGRAPH_READ_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
  NEWSGRAPH_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  NODE_ENV: z.string().optional(),
});

/** Everything the process reads from its environment, parsed once. */
export interface Config {
  /** A remote Neo4j (bolt://, neo4j://, neo4j+s://...). When unset, a local Neo4j is started. */
  readonly neo4jUri: string | undefined;
  readonly neo4jUser: string;
  readonly neo4jPassword: string;
  readonly neo4jDatabase: string;
  /** Local Neo4j: Bolt port on 127.0.0.1 (default 7687). */
  readonly localBoltPort: number;
  /** Local Neo4j: folder for data, logs and the pid file (default `.neo4j`, git-ignored). */
  readonly localHome: string;
  /** Local Neo4j: JVM heap (default 768m) and page cache (default 256m). */
  readonly localHeap: string;
  readonly localPageCache: string;
  /** Articles larger than this are refused (default 5 MiB). */
  readonly maxArticleBytes: number;
  /** GraphQL server port (default 4000) and host (default 127.0.0.1). */
  readonly port: number;
  readonly host: string;
  /** Bearer token that turns on the `ingestArticle` mutation (unset: the mutation is off). */
  readonly apiToken: string | undefined;
  /** Bearer token that reads need too (unset: reads are open). */
  readonly readToken: string | undefined;
  /** Server-side timeout of every API read transaction (default 2000 ms). */
  readonly readTimeoutMs: number;
  /** Largest HTTP request body the API accepts (default 1 MiB). */
  readonly maxBodyBytes: number;
  /** NODE_ENV=development: API errors carry their details (never stack traces otherwise). */
  readonly development: boolean;
}

/** The only reader of process.env: parses it and returns a frozen Config, or throws naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return Object.freeze({
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    localBoltPort: e.NEWSGRAPH_BOLT_PORT,
    localHome: path.resolve(e.NEWSGRAPH_HOME),
    localHeap: e.NEWSGRAPH_NEO4J_HEAP,
    localPageCache: e.NEWSGRAPH_NEO4J_PAGECACHE,
    maxArticleBytes: e.NEWSGRAPH_MAX_ARTICLE_BYTES,
    port: e.PORT,
    host: e.HOST,
    apiToken: e.NEWSGRAPH_API_TOKEN,
    readToken: e.NEWSGRAPH_READ_TOKEN,
    readTimeoutMs: e.NEWSGRAPH_READ_TIMEOUT_MS,
    maxBodyBytes: e.NEWSGRAPH_MAX_BODY_BYTES,
    development: e.NODE_ENV === 'development',
  });
}
