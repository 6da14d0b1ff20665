import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { projectRoot } from '../project-root.js';

const require = createRequire(import.meta.url);

/** The explorer's files: its page and script from src/serve/assets, cytoscape.js from node_modules (no CDN). */
const FILES: Record<string, { file: () => string; type: string }> = {
  '/explorer': { file: () => path.join(projectRoot(), 'src', 'serve', 'assets', 'explorer.html'), type: 'text/html; charset=utf-8' },
  '/explorer/explorer.js': { file: () => path.join(projectRoot(), 'src', 'serve', 'assets', 'explorer.js'), type: 'text/javascript; charset=utf-8' },
  '/explorer/cytoscape.min.js': { file: () => path.join(path.dirname(require.resolve('cytoscape')), 'cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
};

/** An explorer file by URL path, or undefined. */
export function explorerAsset(urlPath: string): { body: Buffer; type: string } | undefined {
  const f = FILES[urlPath];
  return f && { body: fs.readFileSync(f.file()), type: f.type };
}
