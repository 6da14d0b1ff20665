// Runs fuzz cases in a worker thread, so that the main thread can end a case that hangs.
import { parentPort, workerData } from 'node:worker_threads';
import { checkInput } from './fuzz-check.js';
import { fuzzCase, type FuzzCorpus } from './fuzz-inputs.js';

const corpus = workerData as FuzzCorpus;
parentPort!.on('message', (m: { seed: number; index: number }) => {
  const c = fuzzCase(m.seed, m.index, corpus);
  const t0 = performance.now();
  const result = checkInput(c.format, c.bytes);
  parentPort!.postMessage({ index: m.index, ms: performance.now() - t0, ...result });
});
