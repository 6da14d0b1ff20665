import fs from 'node:fs';
import { z } from 'zod';
import { ArticleGraph } from '../../src/model/index.js';

test('schema/article-graph.schema.json is generated from the zod ArticleGraph (npm run schema:json)', () => {
  const committed = JSON.parse(fs.readFileSync('schema/article-graph.schema.json', 'utf8'));
  expect(committed).toEqual({ title: 'ArticleGraph', ...z.toJSONSchema(ArticleGraph, { io: 'output' }) });
});
