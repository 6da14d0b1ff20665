import type { Executor } from '../../src/load/executor.js';
import type { Plan } from '../../src/load/plan.js';
import { ingestPaths } from '../../src/load/ingest-articles.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/serve/start-server.js';
import { testExecutor } from '../helpers/graph.js';

/** A GraphQL response as tests read it. */
export interface GqlResponse {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[] };
}

/** The API on the seed, with an executor that counts the Cypher it runs (`reads` lists the query names). */
export interface TestApi {
  executor: Executor;
  server: RunningServer;
  reads: string[];
  /** Write transactions run (only ingestArticle may write). */
  writes: number;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse>;
  close(): Promise<void>;
}

/**
 * Starts the API over the seed article. The read timeout is long by default because the shared CI
 * machine can take seconds to plan a query the first time; limits tests pass their own.
 */
export async function startTestApi(options: Partial<ServerOptions> = {}): Promise<TestApi> {
  const executor = await testExecutor();
  await ingestPaths(['seeds'], { executor, maxBytes: 1024 * 1024 });
  const reads: string[] = [];
  let writes = 0;
  // Same executor, every read recorded: what the no-N+1 and limits tests count.
  const counting = Object.create(executor) as Executor;
  counting.read = ((plan: Plan, o?: { timeoutMs?: number }) => {
    reads.push(plan.name);
    return executor.read(plan, o);
  }) as Executor['read'];
  counting.write = ((...a: Parameters<Executor['write']>) => {
    writes++;
    return executor.write(...a);
  }) as Executor['write'];
  const server = await startServer({ executor: counting, port: 0, readTimeoutMs: 60_000, ...options });
  return {
    executor,
    server,
    reads,
    get writes() {
      return writes;
    },
    async gql(query, variables = {}, headers = {}) {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as GqlResponse['body'] };
    },
    async close() {
      await server.stop();
      await executor.close();
    },
  };
}
