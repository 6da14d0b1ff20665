import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.js';

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, read once. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(projectRoot(), 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The numbered schema files (`001-constraints.cypher`, ...), in order, split into statements. */
export function schemaStatements(): string[] {
  const dir = path.join(projectRoot(), 'cypher');
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+-.*\.cypher$/.test(f))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '').split(';'))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
