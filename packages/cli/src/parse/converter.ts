import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Conversion, convertReportFile } from './convert';
import type { RenderOptions } from './render';

/** Turns report files into rendered records, on this thread or on worker threads. */
export interface ReportConverter {
  convert(path: string, source: string): Promise<Conversion>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

export function createConverter(jobs: number, options: RenderOptions): ReportConverter {
  return jobs <= 1 ? new InlineConverter(options) : new WorkerPool(jobs, options);
}

class InlineConverter implements ReportConverter {
  constructor(private readonly options: RenderOptions) {}
  convert(path: string, source: string): Promise<Conversion> {
    return convertReportFile(path, source, this.options);
  }
  async close(): Promise<void> {}
}

/** What the main thread sends a parse worker, and what it answers (see parse-worker.ts). */
export interface WorkerTask {
  id: number;
  path: string;
  source: string;
}
export interface WorkerAnswer {
  id: number;
  conversion: Conversion;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, (conversion: Conversion) => void>;
  failure: string | undefined;
}

/**
 * N worker threads, each reading, parsing and rendering the files it is given. A task goes to
 * the worker with the fewest unfinished tasks, so that one long report does not hold up others.
 */
class WorkerPool implements ReportConverter {
  private readonly workers: PoolWorker[];
  private nextId = 0;

  constructor(size: number, options: RenderOptions) {
    // Resolved from the bundled file in dist/, beside which tsup writes parse-worker.js.
    const script = new URL('./parse-worker.js', import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      const poolWorker: PoolWorker = {
        worker: new Worker(script, { workerData: options }),
        pending: new Map(),
        failure: undefined,
      };
      poolWorker.worker.on('message', ({ id, conversion }: WorkerAnswer) => {
        poolWorker.pending.get(id)?.(conversion);
        poolWorker.pending.delete(id);
      });
      poolWorker.worker.on('error', (error) => {
        poolWorker.failure = `a parser thread crashed (${error.message}); please report this`;
        for (const answer of poolWorker.pending.values()) answer({ ok: false, problem: poolWorker.failure });
        poolWorker.pending.clear();
      });
      return poolWorker;
    });
  }

  convert(path: string, source: string): Promise<Conversion> {
    let chosen: PoolWorker | undefined;
    for (const candidate of this.workers) {
      const isBetter = !chosen || candidate.pending.size < chosen.pending.size;
      if (candidate.failure === undefined && isBetter) chosen = candidate;
    }
    if (!chosen) {
      return Promise.resolve({ ok: false, problem: this.workers[0]?.failure ?? 'no parser thread is left' });
    }
    const id = this.nextId++;
    const worker = chosen;
    return new Promise((answer) => {
      worker.pending.set(id, answer);
      worker.worker.postMessage({ id, path, source } satisfies WorkerTask);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
