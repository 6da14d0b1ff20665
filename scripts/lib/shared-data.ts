import path from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/**
 * The shared corpora live beside the project (`../shared/data`), never inside it; NEWSGRAPH_DATA
 * points elsewhere.
 */
export function sharedData(...parts: string[]): string {
  return path.join(process.env.NEWSGRAPH_DATA ?? path.resolve(projectRoot(), '..', 'shared', 'data'), ...parts);
}
