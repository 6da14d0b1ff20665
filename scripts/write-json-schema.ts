// npm run schema:json: writes schema/article-graph.schema.json from the zod schema in src/model/,
// the single source of truth of the ArticleGraph contract.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ArticleGraph } from '../src/model/index.js';
import { projectRoot } from '../src/project-root.js';

const file = path.join(projectRoot(), 'schema', 'article-graph.schema.json');
const schema = { title: 'ArticleGraph', ...z.toJSONSchema(ArticleGraph, { io: 'output' }) };
fs.writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
