import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// GraphiQL 3 ships UMD bundles that run on React 18's UMD builds: served from node_modules, the
// playground works offline (no CDN).
const ASSETS: Record<string, { module: string; type: string }> = {
  'react.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const DEFAULT_QUERY = `# Who negotiated with whom, about what, says who?
{
  whoNegotiatedWithWhom {
    a { id name }
    b { id name }
    negotiations { topic status cameo excluded { name } }
    evidence { articleTitle source publishedAt sentence }
  }
}
`;

/** The playground page: GraphiQL pointed at `endpoint`. */
export function playgroundHtml(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsgraph playground</title>
<link rel="stylesheet" href="/assets/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
</head>
<body>
<div id="graphiql">Loading the playground...</div>
<script src="/assets/react.js"></script>
<script src="/assets/react-dom.js"></script>
<script src="/assets/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }));
</script>
</body>
</html>`;
}

/** A playground asset by file name, or undefined. */
export function playgroundAsset(name: string): { body: Buffer; type: string } | undefined {
  const a = ASSETS[name];
  if (!a) return undefined;
  return { body: fs.readFileSync(require.resolve(a.module)), type: a.type };
}

export const ASSET_NAMES = Object.keys(ASSETS).map((n) => path.posix.join('/assets', n));
