import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/index.js';
import { projectRoot } from '../project-root.js';
import type { ExtractLineResult, ExtractResult } from './extract-checked.js';

export type { ExtractLineResult, ExtractResult };

/** Options of an extraction pool. */
export interface ExtractPoolOptions {
  /** Worker threads; 0 extracts on the calling thread. Default: the machine's cores (os.availableParallelism()). */
  workers?: number;
}

interface Job {
  id: number;
  article: Article;
  /** Wants a JSON line (ExtractLineResult) rather than the graph. */
  line: boolean;
  resolve: (r: ExtractResult & ExtractLineResult) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the worker, oldest first: it answers in that order. */
  jobs: Job[];
}

// Jobs posted ahead to each worker: with one, a worker sits idle for the round trip between its
// answer and the next article (about 7% of its time over short Reuters stories); two more queued
// in its inbox cover that, and few enough keep the work spread when a long article comes along.
const AHEAD = 3;

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
    return this.run(article, inProcess, false);
  }

  /** Same, as the line `kg extract --jsonl` prints for the article (serialized where it was extracted). */
  extractLine(article: Article, inProcess = false): Promise<ExtractLineResult> {
    return this.run(article, inProcess, true);
  }

  private run(article: Article, inProcess: boolean, line: boolean): Promise<ExtractResult & ExtractLineResult> {
    if (this.size === 0 || inProcess) {
      // Imported here: a process whose workers extract never loads the extraction modules itself.
      return import('./extract-checked.js').then(({ extractChecked, extractLine }) => {
        const r = (line ? extractLine : extractChecked)(article) as ExtractResult & ExtractLineResult;
        this.busyMs += r.ms;
        return r;
      });
    }
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, article, line, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.slots.length < this.size && this.slots.length < this.queue.length + this.busy()) this.slots.push(this.spawn());
    // Fill the least loaded worker first, so that a short input still uses every worker.
    for (let depth = 0; depth < AHEAD && this.queue.length > 0; depth++)
      for (const slot of this.slots) {
        if (slot.jobs.length > depth || this.queue.length === 0) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ id: job.id, article: job.article, line: job.line });
      }
  }

  private busy(): number {
    return this.slots.filter((s) => s.jobs.length > 0).length;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerFile()), jobs: [] };
    slot.worker.on('message', ({ id, ...r }: { id: number } & ExtractResult & ExtractLineResult) => {
      const job = slot.jobs.shift()!;
      if (job.id !== id) throw new Error(`extraction worker answered article ${id} before ${job.id}`);
      this.busyMs += r.ms;
      job.resolve(r);
      this.pump();
    });
    // A worker that dies (out of memory, a crash in native code) fails the article it was on, not
    // the run; the articles queued behind it go to the other workers.
    slot.worker.on('error', (e) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      const [current, ...waiting] = slot.jobs.splice(0);
      this.queue.unshift(...waiting);
      current?.resolve({ error: `extraction worker died: ${e.message}`, ms: 0 });
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
