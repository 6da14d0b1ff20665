import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.js';
import { projectRoot } from '../project-root.js';
import type { Executor } from '../load/executor.js';
import { NewsgraphError } from '../load/newsgraph-error.js';
import { explorerAsset } from './explorer-assets.js';
import { exportNetwork } from './export-graph.js';
import { toCsv, toCytoscape, toGexf, toGraphml } from './export-formats.js';
import { parseExportRequest } from './export-request.js';
import { GraphQueries } from './graph-queries.js';
import { ingestOne } from './ingest-mutation.js';
import { createLoaders } from './loaders.js';
import { playgroundAsset, playgroundHtml } from './playground.js';
import { DEFAULT_LIMITS, queryLimitsPlugin, type QueryLimits } from './query-limits.js';
import { resolvers, type Context } from './resolvers.js';

/** Options of the HTTP server. */
export interface ServerOptions {
  executor: Executor;
  /** Port (default 4000; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Bearer token that turns on the `ingestArticle` mutation (default: none, the mutation is off). */
  apiToken?: string;
  /** Bearer token that reads need too (default: none, reads are open). */
  readToken?: string;
  /** Server-side timeout of each read transaction (default 2000 ms). */
  readTimeoutMs?: number;
  /** Server-side timeout of the reads of an HTTP export (default 30000 ms: a whole corpus takes seconds). */
  exportTimeoutMs?: number;
  /** Largest request body (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Largest article `ingestArticle` takes (default 5 MiB). */
  maxArticleBytes?: number;
  /** Depth, alias and complexity limits (default DEFAULT_LIMITS). */
  limits?: QueryLimits;
  /** Errors carry their details (default false: never stack traces, Cypher or driver messages). */
  development?: boolean;
}

/** The server options that come from configuration (tokens, timeout, body limit, development). */
export function serverOptions(c: Config): Pick<ServerOptions, 'apiToken' | 'readToken' | 'readTimeoutMs' | 'maxBodyBytes' | 'maxArticleBytes' | 'development'> {
  return { apiToken: c.apiToken, readToken: c.readToken, readTimeoutMs: c.readTimeoutMs, maxBodyBytes: c.maxBodyBytes, maxArticleBytes: c.maxArticleBytes, development: c.development };
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) return reject(new BodyTooLarge());
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new BodyTooLarge());
        req.pause();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// Compares digests so that the time taken says nothing about the token.
function sameToken(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(m[1].trim()), digest(token));
}

const PUBLIC_MESSAGES: Record<string, string> = {
  QUERY_TIMEOUT: 'the query took longer than the read timeout; narrow it (filters, smaller pages, fewer hops)',
  DB_UNAVAILABLE: 'the database is not reachable',
  INTERNAL_SERVER_ERROR: 'internal error',
};

/** Errors as clients see them: outside development, no stack trace, Cypher or driver message. */
function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = original instanceof NewsgraphError ? (original.code === 'DB_TIMEOUT' ? 'QUERY_TIMEOUT' : original.code === 'DB_UNAVAILABLE' ? 'DB_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR') : String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (development) return { ...formatted, extensions: { ...formatted.extensions, code } };
    if (original instanceof NewsgraphError || code === 'INTERNAL_SERVER_ERROR') {
      return { message: PUBLIC_MESSAGES[code] ?? PUBLIC_MESSAGES.INTERNAL_SERVER_ERROR, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

const EXPORTS: Record<string, { format: string; type: string; file: string }> = {
  '/export/graphml': { format: 'graphml', type: 'application/graphml+xml', file: 'newsgraph.graphml' },
  '/export/gexf': { format: 'gexf', type: 'application/gexf+xml', file: 'newsgraph.gexf' },
  '/export/cyjs': { format: 'cytoscape', type: 'application/json', file: 'newsgraph.cyjs' },
  '/export/cytoscape.json': { format: 'cytoscape', type: 'application/json', file: 'newsgraph.cyjs' },
  '/export/nodes.csv': { format: 'csv', type: 'text/csv; charset=utf-8', file: 'newsgraph-nodes.csv' },
  '/export/edges.csv': { format: 'csv', type: 'text/csv; charset=utf-8', file: 'newsgraph-edges.csv' },
};

const json = (res: http.ServerResponse, status: number, body: unknown) => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** Starts Apollo Server on a plain Node HTTP server: POST/GET /graphql, the playground, the explorer and the exports. */
export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const development = o.development ?? false;
  const maxBody = o.maxBodyBytes ?? 1024 * 1024;
  const typeDefs = fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.graphql'), 'utf8');
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    // No HTTP caching of answers here, so Apollo's cache-control plugin (a hook on every resolved field) stays off.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), queryLimitsPlugin(o.limits ?? DEFAULT_LIMITS)],
    introspection: true,
    // Apollo's default, stated: a GET or a simple POST without a JSON content type or a
    // preflight-forcing header (Apollo-Require-Preflight, X-Apollo-Operation-Name) is refused.
    csrfPrevention: true,
    maxRecursiveSelections: true,
    includeStacktraceInErrorResponses: development,
    formatError: formatError(development),
    // main.ts owns shutdown: it must stop the local Neo4j after the server, which Apollo's own handler would pre-empt.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const queries = new GraphQueries(o.executor, o.readTimeoutMs ?? 2000);
  const exportQueries = new GraphQueries(o.executor, o.exportTimeoutMs ?? 30_000);

  const context = (authorization: string | undefined): Context => {
    const c: Context = { queries, loaders: createLoaders(queries) };
    if (!o.apiToken) c.writeDenied = { code: 'FORBIDDEN', message: 'ingestArticle is off: the server has no NEWSGRAPH_API_TOKEN' };
    else if (!sameToken(authorization, o.apiToken)) c.writeDenied = { code: 'UNAUTHENTICATED', message: 'ingestArticle needs Authorization: Bearer <NEWSGRAPH_API_TOKEN>' };
    else c.ingest = (input) => ingestOne(o.executor, input, o.maxArticleBytes ?? 5 * 1024 * 1024);
    return c;
  };
  const mayRead = (authorization: string | undefined) => !o.readToken || sameToken(authorization, o.readToken) || (!!o.apiToken && sameToken(authorization, o.apiToken));

  const handler: http.RequestListener = async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname.startsWith('/assets/')) {
        const asset = playgroundAsset(url.pathname.slice('/assets/'.length));
        if (!asset) return void res.writeHead(404).end('not found');
        return void res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'max-age=3600' }).end(asset.body);
      }
      const explorer = req.method === 'GET' ? explorerAsset(url.pathname) : undefined;
      if (explorer) return void res.writeHead(200, { 'content-type': explorer.type }).end(explorer.body);
      const exp = EXPORTS[url.pathname];
      if (req.method === 'GET' && exp) {
        if (!mayRead(req.headers.authorization)) return json(res, 401, { errors: [{ message: 'reads need Authorization: Bearer <NEWSGRAPH_READ_TOKEN>', extensions: { code: 'UNAUTHENTICATED' } }] });
        const parsed = parseExportRequest({ ...Object.fromEntries(url.searchParams), format: exp.format });
        if (!parsed.ok) return json(res, 400, { errors: [{ message: parsed.message, extensions: { code: 'BAD_USER_INPUT' } }] });
        const network = await exportNetwork(exportQueries, parsed.value);
        if (!network.found) return json(res, 404, { errors: [{ message: `no actor named ${parsed.value.center}`, extensions: { code: 'NOT_FOUND' } }] });
        const body =
          exp.format === 'graphml' ? toGraphml(network) : exp.format === 'gexf' ? toGexf(network) : exp.format === 'cytoscape' ? JSON.stringify(toCytoscape(network)) : toCsv(network)[url.pathname.endsWith('nodes.csv') ? 'nodes' : 'edges'];
        return void res.writeHead(200, { 'content-type': exp.type, 'content-disposition': `attachment; filename="${exp.file}"` }).end(body);
      }
      const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query');
      if (url.pathname === '/' || (url.pathname === '/graphql' && wantsHtml)) {
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(playgroundHtml('/graphql'));
      }
      if (url.pathname !== '/graphql') return void res.writeHead(404).end('not found');
      if (!mayRead(req.headers.authorization)) return json(res, 401, { errors: [{ message: 'reads need Authorization: Bearer <NEWSGRAPH_READ_TOKEN>', extensions: { code: 'UNAUTHENTICATED' } }] });
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let raw = '';
      if (req.method === 'POST') {
        try {
          raw = await readBody(req, maxBody);
        } catch (e) {
          if (!(e instanceof BodyTooLarge)) throw e;
          res.setHeader('connection', 'close');
          return json(res, 413, { errors: [{ message: `request body larger than ${maxBody} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        }
      }
      let body: unknown = raw;
      if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          return json(res, 400, { errors: [{ message: 'invalid JSON body', extensions: { code: 'BAD_REQUEST' } }] });
        }
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => context(req.headers.authorization),
      });
      for (const [k, v] of response.headers) res.setHeader(k, v);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') res.end(response.body.string);
      else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      const timeout = e instanceof NewsgraphError && e.code === 'DB_TIMEOUT';
      const message = development ? (e as Error).message : timeout ? PUBLIC_MESSAGES.QUERY_TIMEOUT : PUBLIC_MESSAGES.INTERNAL_SERVER_ERROR;
      if (!res.headersSent) res.writeHead(timeout ? 503 : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code: timeout ? 'QUERY_TIMEOUT' : 'INTERNAL_SERVER_ERROR' } }] }));
    }
  };
  const host = o.host ?? '127.0.0.1';
  const server = http.createServer(handler);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(o.port ?? 4000, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const servers = [server];
  // "localhost" resolves to ::1 first on many systems: on loopback, answer there too (best effort,
  // IPv6 may be off).
  if (host === '127.0.0.1') {
    const v6 = http.createServer(handler);
    const ok = await new Promise<boolean>((resolve) => v6.once('error', () => resolve(false)).listen(port, '::1', () => resolve(true)));
    if (ok) servers.push(v6);
  }
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/graphql`,
    port,
    stop: async () => {
      // Idle keep-alive connections (browsers keep them) would hold close() open.
      await Promise.all(
        servers.map((s) => {
          const closed = new Promise<void>((resolve) => s.close(() => resolve()));
          s.closeAllConnections();
          return closed;
        }),
      );
      await apollo.stop();
    },
  };
}
