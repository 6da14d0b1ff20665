import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// GraphiQL 3 ships UMD bundles that run on React 18's UMD builds: served from node_modules, the
// playground works offline (no CDN).
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

// The UMD files are not in the packages' "exports", so they are found from the package folder
// (the folder of its main entry point, walked up to its package.json).
function packageDir(pkg: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const DEFAULT_QUERY = `# Who negotiated with whom, about what, when, says who? Every answer carries its evidence.
# Run one operation with the play button (it lists them). Lists page with first (<= 100) and after.
query WhoNegotiatedWithWhom {
  negotiationPairs(first: 10) {
    totalCount
    edges { node {
      a { id name } b { id name } negotiationCount articleCount firstSeen lastSeen
      statuses { date status topic }
      negotiations { topic status cameo excluded { name } saidBy { text speaker { name } } }
      evidence { articleTitle source publishedAt sentence }
    } }
    pageInfo { hasNextPage endCursor }
  }
}

query ActorProfile($name: String = "Belarus") {
  actor(name: $name) {
    id type name aliases iso3 wikidata
    roles { type role target { name } }
    counterparts { actor { name } negotiations lastSeen }
    statementsMade(first: 5) { totalCount edges { node { text cue about { name } evidence { articleTitle sentence } } } }
    timeline(first: 10) { edges { node { date kind summary } } }
  }
}

query SearchStatements($words: String = "prisoners") {
  statements(search: $words, first: 10) { totalCount edges { node { text speaker { name } evidence { articleTitle publishedAt sentence } } } }
}

query HowConnected($from: String = "Belarus", $to: String = "United States") {
  connection(from: $from, to: $to, maxHops: 4) { paths { hops actors { name } ties { type relation weight evidence { sentence articleTitle } } } }
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
  return { body: fs.readFileSync(path.join(packageDir(a.pkg), a.file)), type: a.type };
}

/** The paths the playground page loads. */
export const ASSET_PATHS = Object.keys(ASSETS).map((n) => path.posix.join('/assets', n));
