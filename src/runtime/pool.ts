/**
 * A pool of worker threads, each holding the same model, that runs requests without blocking the event loop.
 * Requests go to the least busy worker. A stateful model gets one worker, so its state is never split.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MdeployError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { HostTensor } from '../tensor/host.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker.js';

/** The compiled worker (tests run the TypeScript sources, so fall back to dist/). */
function workerScript(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(here) ? here : join(PACKAGE_ROOT, 'dist', 'runtime', 'worker.js');
}

interface Pending {
  resolve: (out: Record<string, HostTensor>) => void;
  reject: (err: Error) => void;
}

class PoolWorker {
  readonly worker: Worker;
  busy = 0;
  /** False once the thread has exited (crashed, or terminated by close()). */
  alive = true;
  /** Called when the thread exits after it was ready (not on close()). */
  onLost?: (worker: PoolWorker, reason: string) => void;
  private closing = false;
  private started = false;
  /** What runs the model in this worker (libtensorflow, tfjs-node, cpu). */
  runtime = '';
  private readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;

  constructor(init: WorkerInit) {
    // libtensorflow reads TF_CPP_MIN_LOG_LEVEL from the process environment (a worker's env is a copy), so
    // quieten its info lines here, before the first worker loads it.
    process.env['TF_CPP_MIN_LOG_LEVEL'] ??= '2';
    this.worker = new Worker(workerScript(), { workerData: init });
    this.ready = new Promise((resolve, reject) => {
      const onReady = (m: WorkerReply): void => {
        if (m.type === 'ready') {
          this.started = true;
          this.runtime = m.runtime;
          resolve();
        }
        else if (m.type === 'fatal') reject(m.code === 'E_DEPENDENCY_MISSING' ? new MdeployError('E_DEPENDENCY_MISSING', m.message) : new Error(m.message));
      };
      this.worker.once('message', onReady);
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`worker exited with code ${code} while loading`)));
    });
    this.worker.on('message', (m: WorkerReply) => {
      if (m.type !== 'result' && m.type !== 'error') return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.busy--;
      if (m.type === 'result') p.resolve(m.outputs);
      else p.reject(Object.assign(new Error(m.message), { invalid: m.invalid }));
    });
    this.worker.on('error', (err) => this.fail(`the inference worker crashed (${err.message})`));
    this.worker.on('exit', (code) => {
      this.fail(`the inference worker exited (code ${code})`);
      if (!this.closing && this.started) this.onLost?.(this, `exit code ${code}`);
    });
  }

  private fail(message: string): void {
    this.alive = false;
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
    this.busy = 0;
  }

  terminate(): Promise<number> {
    this.closing = true;
    return this.worker.terminate();
  }

  run(id: number, signature: string, feeds: Record<string, HostTensor>, outputs?: string[]): Promise<Record<string, HostTensor>> {
    this.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'run', id, signature, feeds, outputs } satisfies WorkerRequest);
    });
  }
}

export class WorkerPool {
  private readonly workers: PoolWorker[];
  private nextId = 1;
  private closed = false;
  /** Told when a worker died and was replaced (for logs). */
  onWorkerLost?: (reason: string) => void;

  private constructor(
    workers: PoolWorker[],
    private readonly init: WorkerInit,
  ) {
    this.workers = workers;
    for (const w of workers) w.onLost = (lost, reason) => this.replace(lost, reason);
  }

  static async start(init: WorkerInit, size: number): Promise<WorkerPool> {
    const workers = Array.from({ length: Math.max(1, size) }, () => new PoolWorker(init));
    try {
      await Promise.all(workers.map((w) => w.ready));
    } catch (err) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw err;
    }
    return new WorkerPool(workers, init);
  }

  /** A worker that dies (e.g. a native crash in a kernel) is replaced; its requests in flight fail. */
  private replace(lost: PoolWorker, reason: string): void {
    if (this.closed) return;
    this.onWorkerLost?.(reason);
    const fresh = new PoolWorker(this.init);
    fresh.onLost = (w, r) => this.replace(w, r);
    fresh.ready.then(
      () => {
        const i = this.workers.indexOf(lost);
        if (this.closed) void fresh.terminate();
        else if (i >= 0) this.workers[i] = fresh;
        else this.workers.push(fresh);
      },
      () => void fresh.terminate(),
    );
  }

  /** What runs the model (the first worker's runtime). */
  get runtime(): string {
    return this.workers[0]?.runtime ?? '';
  }

  get size(): number {
    return this.workers.length;
  }

  run(signature: string, feeds: Record<string, HostTensor>, outputs?: string[]): Promise<Record<string, HostTensor>> {
    let best: PoolWorker | undefined;
    for (const w of this.workers) if (w.alive && (!best || w.busy < best.busy)) best = w;
    if (!best) return Promise.reject(new Error('no inference worker is running (one crashed and is restarting); retry shortly'));
    return best.run(this.nextId++, signature, feeds, outputs);
  }

  /** Runs the same request on every worker (warm-up). */
  async runEach(signature: string, feeds: Record<string, HostTensor>): Promise<void> {
    await Promise.all(this.workers.filter((w) => w.alive).map((w) => w.run(this.nextId++, signature, feeds)));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
