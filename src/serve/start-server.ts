import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { projectRoot } from '../project-root.js';
import type { Executor } from '../load/executor.js';
import { exportCytoscape, exportGraphml } from './export-graph.js';
import { GraphQueries } from './graph-queries.js';
import { playgroundAsset, playgroundHtml } from './playground.js';
import { resolvers, type Context } from './resolvers.js';

/** Options of the HTTP server. */
export interface ServerOptions {
  executor: Executor;
  /** Port (default 4000; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts Apollo Server on a plain Node HTTP server: POST/GET /graphql, the playground on GET /graphql in a browser. */
export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const typeDefs = fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.graphql'), 'utf8');
  const apollo = new ApolloServer<Context>({ typeDefs, resolvers, plugins: [ApolloServerPluginLandingPageDisabled()], introspection: true, includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it must stop the local Neo4j after the server, which Apollo's own handler would pre-empt.
    stopOnTerminationSignals: false, });
  await apollo.start();
  const queries = new GraphQueries(o.executor);

  const handler: http.RequestListener = async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname.startsWith('/assets/')) {
        const asset = playgroundAsset(url.pathname.slice('/assets/'.length));
        if (!asset) return void res.writeHead(404).end('not found');
        return void res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'max-age=3600' }).end(asset.body);
      }
      if (req.method === 'GET' && url.pathname === '/explorer') {
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(path.join(projectRoot(), 'src', 'serve', 'assets', 'explorer.html')));
      }
      if (req.method === 'GET' && url.pathname === '/export/graphml') {
        return void res.writeHead(200, { 'content-type': 'application/graphml+xml', 'content-disposition': 'attachment; filename="newsgraph.graphml"' }).end(await exportGraphml(o.executor));
      }
      if (req.method === 'GET' && url.pathname === '/export/cytoscape.json') {
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await exportCytoscape(o.executor)));
      }
      const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query');
      if (url.pathname === '/' || (url.pathname === '/graphql' && wantsHtml)) {
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(playgroundHtml('/graphql'));
      }
      if (url.pathname !== '/graphql') return void res.writeHead(404).end('not found');
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const raw = req.method === 'POST' ? await readBody(req) : '';
      let body: unknown = raw;
      if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          return void res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'invalid JSON body' }] }));
        }
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => ({ queries }),
      });
      for (const [k, v] of response.headers) res.setHeader(k, v);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') res.end(response.body.string);
      else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
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
