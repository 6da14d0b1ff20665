import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/index.js';
import { projectRoot } from '../project-root.js';
import type { ExtractResult } from './extract-checked.js';

export type { ExtractResult };

/** Options of an extraction pool. */
export interface ExtractPoolOptions {
  /** Worker threads; 0 extracts on the calling thread. Default: the machine's cores (os.availableParallelism()). */
  workers?: number;
}

interface Job {
  id: number;
  article: Article;
  resolve: (r: ExtractResult) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
}

// Workers run the compiled JavaScript in dist/ also when this file runs from src/ under ts-jest: a
// worker thread is a fresh Node isolate that cannot load TypeScript. `npm test` builds dist/ first.
function workerFile(): string {
  const file = path.join(projectRoot(), 'dist', 'src', 'pipeline', 'extract-worker.js');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run npm run build (extraction workers load the compiled code)`);
  return file;
}

/**
 * A pool of worker threads, each loading the extraction model once, that extracts articles in
 * parallel. `extract` resolves per article; callers that await in input order get input order.
 * Workers start on the first article, so a pool that is never used costs nothing.
 */
export class ExtractPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  /** Time spent extracting, summed over workers (ms): CPU time, not wall time. */
  busyMs = 0;

  constructor(o: ExtractPoolOptions = {}) {
    this.size = Math.max(0, Math.floor(o.workers ?? os.availableParallelism()));
  }

  /** Extracts one article on a worker (or on this thread when the pool has none, or `inProcess`). */
  extract(article: Article, inProcess = false): Promise<ExtractResult> {
    if (this.size === 0 || inProcess) {
      // Imported here: a process whose workers extract never loads the extraction modules itself.
      return import('./extract-checked.js').then(({ extractChecked }) => {
        const r = extractChecked(article);
        this.busyMs += r.ms;
        return r;
      });
    }
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, article, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.slots.length < this.size && this.slots.length < this.queue.length + this.busy()) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      slot.job = this.queue.shift()!;
      slot.worker.postMessage({ id: slot.job.id, article: slot.job.article });
    }
  }

  private busy(): number {
    return this.slots.filter((s) => s.job).length;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerFile()) };
    slot.worker.on('message', (m: { id: number } & ExtractResult) => {
      const job = slot.job!;
      slot.job = undefined;
      this.busyMs += m.ms;
      job.resolve('graph' in m ? { graph: m.graph, ms: m.ms } : { error: m.error, ms: m.ms });
      this.pump();
    });
    // A worker that dies (out of memory, a crash in native code) fails its article, not the run.
    slot.worker.on('error', (e) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.job?.resolve({ error: `extraction worker died: ${e.message}`, ms: 0 });
      slot.job = undefined;
      this.pump();
    });
    return slot;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
