import neo4j, { type Driver, Neo4jError, type RecordShape } from 'neo4j-driver';
import { NewsgraphError } from './newsgraph-error.js';
import type { Plan } from './plan.js';

/** What a write changed, summed over its plans. */
export interface WriteResult {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** Where to connect. */
export interface ConnectionOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** How long a transaction is retried on transient errors and dropped connections, with exponential backoff (default 30 s). */
  maxRetryMs?: number;
}

/** Default bound on retries of one transaction: long enough for a leader switch or a restart of a local server. */
export const MAX_RETRY_MS = 30_000;

function mapError(e: unknown, what: string): never {
  if (e instanceof Neo4jError) {
    if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') throw new NewsgraphError('DB_UNAVAILABLE', `Neo4j is not reachable (${what}): ${e.message}`, { cause: e });
    if (e.code.startsWith('Neo.ClientError.Security')) throw new NewsgraphError('DB_AUTH', `Neo4j refused the credentials (${what}): ${e.message}`, { cause: e });
    if (e.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) throw new NewsgraphError('DB_TIMEOUT', `${what} took longer than its transaction timeout`, { cause: e });
    throw new NewsgraphError('DB_QUERY_FAILED', `${what} failed: ${e.code}: ${e.message}`, { cause: e });
  }
  throw e;
}

/** Runs one plan inside an open transaction and returns its records as plain objects. */
export type RunInTx = <R extends RecordShape = RecordShape>(plan: Plan) => Promise<R[]>;

/** The only user of the Neo4j driver: runs plans in managed transactions and maps driver errors. */
export class Executor {
  private constructor(
    private readonly driver: Driver,
    readonly database: string,
    private readonly maxRetryMs = MAX_RETRY_MS,
  ) {}

  /** Opens a driver (bolt://, neo4j:// routing, +s variants) and checks that the server answers. */
  static async connect(o: ConnectionOptions): Promise<Executor> {
    const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
      disableLosslessIntegers: true,
      userAgent: 'newsgraph/0.1',
      maxTransactionRetryTime: o.maxRetryMs ?? MAX_RETRY_MS,
    });
    try {
      await driver.getServerInfo({ database: o.database });
    } catch (e) {
      await driver.close();
      mapError(e, `connecting to ${o.uri}`);
    }
    return new Executor(driver, o.database, o.maxRetryMs);
  }

  /** Runs all plans in one write transaction (retried by the driver on transient errors). */
  async write(plans: Plan[], metadata: Record<string, unknown> = {}): Promise<WriteResult> {
    return this.writeTx(plans.map((p) => p.name).join(', '), async () => plans, metadata);
  }

  /**
   * One write transaction whose plans depend on what the graph holds: `work` reads (and may lock)
   * through `run`, then returns the plans to write, all in the same transaction. A retry after a
   * transient error (a deadlock between concurrent writers, say) runs `work` again from the start,
   * so its reads never act on a graph that changed under it.
   */
  async writeTx(name: string, work: (run: RunInTx) => Promise<Plan[]>, metadata: Record<string, unknown> = {}): Promise<WriteResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        async (tx) => {
          const total: WriteResult = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
          const run = async <R extends RecordShape>(p: Plan): Promise<R[]> => {
            const r = await tx.run<R>(p.cypher, p.params);
            const c = r.summary.counters.updates();
            total.nodesCreated += c.nodesCreated;
            total.relationshipsCreated += c.relationshipsCreated;
            total.propertiesSet += c.propertiesSet;
            return r.records.map((x) => x.toObject() as R);
          };
          for (const p of await work(run)) await run(p);
          return total;
        },
        { metadata: { app: 'newsgraph', ...metadata } },
      );
    } catch (e) {
      mapError(e, `write ${name}`);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one read plan as an auto-commit transaction of a READ session (a `neo4j://` cluster routes it to a reader) and returns
   * its records as plain objects. `timeoutMs` makes the server end the transaction after that long.
   */
  async read<T extends RecordShape = RecordShape>(plan: Plan, options: { timeoutMs?: number } = {}): Promise<T[]> {
    // An auto-commit query: one Bolt write (RUN and PULL) where a transaction function needs three
    // (BEGIN, RUN and PULL, COMMIT); on the API's hot path the socket writes were a third of the
    // process's CPU. A read changes nothing, so it is retried here as executeRead would retry it.
    const deadline = performance.now() + this.maxRetryMs;
    for (let delay = 100; ; delay *= 2) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run<T>(plan.cypher, plan.params, {
          metadata: { app: 'newsgraph', query: plan.name },
          ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
        });
        return result.records.map((r) => r.toObject() as T);
      } catch (e) {
        if (!(e instanceof Neo4jError && e.retryable) || performance.now() + delay > deadline) mapError(e, `read ${plan.name}`);
      } finally {
        await session.close();
      }
      await new Promise((r) => setTimeout(r, delay * (0.8 + 0.4 * Math.random())));
    }
  }

  /** Runs schema statements one by one (schema changes cannot share a transaction with writes). */
  async applySchema(statements: string[]): Promise<void> {
    await this.autoCommit(statements.map((s) => ({ name: 'schema', cypher: s, params: {} })), 'applying the schema');
  }

  /** Runs plans one by one as auto-commit queries: schema changes and `CALL ... IN TRANSACTIONS`, which cannot run in a transaction function. */
  async autoCommit(plans: Plan[], what = plans.map((p) => p.name).join(', ')): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const p of plans) await session.run(p.cypher, p.params);
    } catch (e) {
      mapError(e, what);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
