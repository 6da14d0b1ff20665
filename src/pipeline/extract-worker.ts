// The body of one extraction worker thread (started by extract-pool.ts): the model loads on the
// first article and stays loaded for the life of the thread.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model/index.js';
import { extractChecked, extractLine } from './extract-checked.js';

parentPort!.on('message', (m: { id: number; article: Article; line: boolean }) => {
  parentPort!.postMessage({ id: m.id, ...(m.line ? extractLine(m.article) : extractChecked(m.article)) });
});
