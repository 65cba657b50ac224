/**
 * A pool of inference worker processes, each holding the same model, that runs requests without blocking the
 * event loop. Each worker is a child process (worker.ts), so a native abort in TensorFlow kills one worker:
 * the requests it was running fail with UNAVAILABLE, a replacement starts (with backoff when replacements
 * keep dying), and every other request is unaffected.
 *
 * Requests wait here and go to the least busy worker, one at a time per worker by default, so a crash costs
 * exactly the request (or batch) that caused it. A stateful model gets one worker, so its state is never
 * split (a crash loses that state: the replacement starts from the SavedModel again).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MdeployError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { HostTensor } from '../tensor/host.js';
import type { TfCodeName } from './tf-status.js';
import { MessageReader, TENSOR_CHANNEL_FD, writeMessage } from './channel.js';
import type { ReplyHead, RunHead, WorkerControl, WorkerInit, WorkerStatus } from './worker.js';

/** The compiled worker (tests run the TypeScript sources, so fall back to dist/). */
function workerScript(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(here) ? here : join(PACKAGE_ROOT, 'dist', 'runtime', 'worker.js');
}

/**
 * How a request run by the pool failed. `code` is TensorFlow's status code for a failed run (INVALID_ARGUMENT
 * for a request the worker rejects, INTERNAL when TF gave no code and the message does not look like the
 * caller's fault), or UNAVAILABLE when no worker could run it. `crashed` is true only for requests that were
 * running on a worker that died.
 */
export class WorkerRunError extends Error {
  override readonly name = 'WorkerRunError';
  constructor(
    readonly code: TfCodeName,
    message: string,
    readonly crashed = false,
  ) {
    super(message);
  }
}

export interface WorkerPoolOptions {
  /**
   * Requests sent to one worker before it answers (default 1). The rest wait in the pool, so a crash fails
   * only the request that was running; a larger value saves an IPC round trip per request but a crash then
   * also fails the ones queued behind it.
   */
  maxInflightPerWorker?: number;
  /** Restart backoff: a worker that dies within `stableAfterMs` of becoming ready (or fails to load) is
   * replaced after `initialDelayMs`, doubling per consecutive quick death up to `maxDelayMs`. */
  restart?: { initialDelayMs?: number; maxDelayMs?: number; stableAfterMs?: number };
  /**
   * TensorFlow's thread pools in each worker (TF_NUM_INTRAOP_THREADS / TF_NUM_INTEROP_THREADS; default: TF's
   * own choice, one thread per core for each pool). Threads of one process shared one set of pools; every
   * worker process has its own, so on a small machine under load, splitting the cores between workers (e.g.
   * 1 and 1 for 2 workers on 2 cores) saves CPU, while a lone request to a large model then uses fewer cores.
   */
  tfThreads?: { intraOp?: number; interOp?: number };
}

const RESTART_DEFAULTS = { initialDelayMs: 500, maxDelayMs: 30_000, stableAfterMs: 10_000 };
/** How long a worker gets to exit after its channel is closed before it is killed. */
const EXIT_GRACE_MS = 2_000;

// Worker processes still running, killed if the server exits without closing its pools (process.exit()).
// A server killed outright (SIGKILL) closes their IPC channels, and worker.ts exits on that.
const liveChildren = new Set<ChildProcess>();
let exitHook = false;
function track(child: ChildProcess): void {
  liveChildren.add(child);
  if (exitHook) return;
  exitHook = true;
  process.on('exit', () => {
    for (const c of liveChildren) c.kill('SIGKILL');
  });
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ?? `exit code ${code}`;
}

/** The workers' environment: the server's, with TensorFlow's info logs off and the thread pools sized. */
function workerEnv(options: WorkerPoolOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TF_CPP_MIN_LOG_LEVEL: process.env['TF_CPP_MIN_LOG_LEVEL'] ?? '2' };
  if (options.tfThreads?.intraOp) env['TF_NUM_INTRAOP_THREADS'] = String(options.tfThreads.intraOp);
  if (options.tfThreads?.interOp) env['TF_NUM_INTEROP_THREADS'] = String(options.tfThreads.interOp);
  return env;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;

interface Pending {
  resolve: (out: Record<string, HostTensor>) => void;
  reject: (err: Error) => void;
}

class PoolWorker {
  readonly child: ChildProcess;
  /** Requests and results, tensors as raw bytes (channel.ts); Node's IPC channel carries only init/ready. */
  private readonly channel: Socket;
  /** loading → ready → gone (exited, or closed by terminate()). */
  state: 'loading' | 'ready' | 'gone' = 'loading';
  /** What runs the model in this worker (libtensorflow, tfjs-node, cpu). */
  runtime = '';
  readyAt = 0;
  readonly ready: Promise<void>;
  /** Called once when a worker that was ready is gone, unless terminate() ended it. */
  onLost?: (worker: PoolWorker, how: string) => void;
  private readonly pending = new Map<number, Pending>();
  private readonly exited: Promise<void>;
  /** The tensor channel has delivered everything the worker wrote. */
  private readonly channelClosed: Promise<void>;
  private closing = false;
  /** The channel closed: the worker takes no more requests. */
  private channelLost = false;
  /** It was killed because its channel closed while it lived on: that is the cause to report, not SIGKILL. */
  private killedForChannel = false;
  private loaded!: { resolve: () => void; reject: (err: Error) => void };

  constructor(init: WorkerInit, env: NodeJS.ProcessEnv) {
    this.child = fork(workerScript(), [], {
      // Not the parent's flags: test runners' loaders and --inspect must not follow into workers.
      execArgv: [],
      // TensorFlow's own logs go to the server's stderr; fd 4 is the tensor channel (a socket pair).
      stdio: ['ignore', 'inherit', 'inherit', 'ipc', 'pipe'],
      env,
    });
    track(this.child);
    this.channel = this.child.stdio[TENSOR_CHANNEL_FD] as Socket;
    const reader = new MessageReader<ReplyHead>(
      (m) => this.reply(m.head, m.tensors),
      () => {
        // A worker that writes anything but frames is of no use: it is replaced like one that died.
        this.lostChannel();
        this.child.kill('SIGKILL');
      },
    );
    this.channel.on('data', (chunk: Buffer) => reader.push(chunk));
    this.channel.on('error', () => this.lostChannel());
    this.channelClosed = new Promise((resolve) => this.channel.once('close', () => resolve()));
    this.ready = new Promise((resolve, reject) => (this.loaded = { resolve, reject }));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        const finish = (): void => resolve(this.gone(this.killedForChannel ? 'its IPC channel closed' : describeExit(code, signal)));
        // Replies the worker wrote before it died may still be in the tensor channel: take them before failing
        // the rest (the socket closes once it has delivered them).
        const timer = setTimeout(finish, 500);
        timer.unref();
        void this.channelClosed.then(() => {
          clearTimeout(timer);
          finish();
        });
      });
      this.child.on('error', (err) => {
        this.loaded.reject(err);
        // A process that never started emits no 'exit'.
        if (this.child.pid === undefined) resolve(this.gone(err.message));
        else this.lostChannel();
      });
    });
    this.child.on('message', (m: WorkerStatus) => this.status(m));
    this.child.on('disconnect', () => this.lostChannel());
    const control: WorkerControl = { type: 'init', init };
    this.child.send(control, (err) => {
      if (err) this.loaded.reject(err);
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Requests sent and not answered yet. */
  get busy(): number {
    return this.pending.size;
  }

  get usable(): boolean {
    return this.state === 'ready' && !this.closing && !this.channelLost;
  }

  private status(m: WorkerStatus): void {
    if (m.type === 'ready') {
      this.state = 'ready';
      this.readyAt = Date.now();
      this.runtime = m.runtime;
      this.loaded.resolve();
    } else if (m.type === 'fatal') {
      this.loaded.reject(m.code === 'E_DEPENDENCY_MISSING' ? new MdeployError('E_DEPENDENCY_MISSING', m.message) : new Error(m.message));
    }
  }

  private reply(head: ReplyHead, tensors: Record<string, HostTensor>): void {
    const p = this.pending.get(head.id);
    if (!p) return;
    this.pending.delete(head.id);
    if (head.type === 'result') p.resolve(tensors);
    else p.reject(new WorkerRunError(head.code, head.message));
  }

  /** The channel closed: usually the process died and 'exit' follows; if it lives on, it is of no use. */
  private lostChannel(): void {
    if (this.closing || this.state === 'gone' || this.channelLost) return;
    this.channelLost = true;
    setTimeout(() => {
      if (this.state === 'gone') return;
      this.killedForChannel = true;
      this.child.kill('SIGKILL');
    }, 1_000).unref();
  }

  private gone(how: string): void {
    if (this.state === 'gone') return;
    const wasReady = this.state === 'ready';
    this.state = 'gone';
    liveChildren.delete(this.child);
    for (const p of this.pending.values()) {
      p.reject(
        this.closing
          ? new WorkerRunError('UNAVAILABLE', 'the model was unloaded while this request ran')
          : new WorkerRunError('UNAVAILABLE', `the inference worker crashed (${how}) while running this request; it is being replaced`, true),
      );
    }
    this.pending.clear();
    this.loaded.reject(new Error(`the inference worker exited (${how}) while loading the model`));
    if (wasReady && !this.closing) this.onLost?.(this, how);
  }

  run(id: number, signature: string, feeds: Record<string, HostTensor>, outputs?: string[]): Promise<Record<string, HostTensor>> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const head: RunHead = { type: 'run', id, signature, ...(outputs ? { outputs } : {}) };
      try {
        writeMessage(this.channel, head as unknown as Record<string, unknown>, feeds);
      } catch (err) {
        if (this.pending.delete(id)) reject(new WorkerRunError('UNAVAILABLE', `the request could not be sent to the inference worker (${(err as Error).message})`));
      }
    });
  }

  /** Closes the channel (the worker exits on that), then kills it if it is still busy after a grace period. */
  async terminate(): Promise<void> {
    this.closing = true;
    if (this.state === 'gone') return;
    if (this.child.connected) this.child.disconnect();
    this.channel.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), EXIT_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }
}

interface Slot {
  worker?: PoolWorker;
  /** A replacement that is loading. */
  starting?: PoolWorker;
  restartTimer?: NodeJS.Timeout;
  /** Consecutive deaths soon after starting (drives the backoff). */
  quickDeaths: number;
}

interface Task {
  signature: string;
  feeds: Record<string, HostTensor>;
  outputs?: string[];
  resolve: (out: Record<string, HostTensor>) => void;
  reject: (err: Error) => void;
}

const noWorker = (): WorkerRunError => new WorkerRunError('UNAVAILABLE', 'no inference worker is running (one crashed and is being replaced); retry shortly');

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private readonly depth: number;
  private readonly restart: typeof RESTART_DEFAULTS;
  private readonly firstRuntime: string;
  private nextId = 1;
  private closed = false;
  /** Told when a worker died; its requests failed and a replacement is starting (for logs). */
  onWorkerLost?: (reason: string) => void;
  /** Told when a replacement worker is ready. */
  onWorkerReplaced?: (message: string) => void;
  /** Told when a replacement failed to load and will be tried again. */
  onRestartFailed?: (message: string) => void;
  /** Workers that replaced one that died. */
  restarts = 0;

  private constructor(
    workers: PoolWorker[],
    private readonly init: WorkerInit,
    private readonly env: NodeJS.ProcessEnv,
    options: WorkerPoolOptions,
  ) {
    this.depth = Math.max(1, options.maxInflightPerWorker ?? 1);
    this.restart = { ...RESTART_DEFAULTS, ...options.restart };
    this.firstRuntime = workers[0]?.runtime ?? '';
    this.slots = workers.map((w) => ({ worker: w, quickDeaths: 0 }));
    for (const s of this.slots) this.watch(s, s.worker!);
  }

  /** Starts `size` workers and resolves once all have loaded the model; rejects (and stops them) if one fails. */
  static async start(init: WorkerInit, size: number, options: WorkerPoolOptions = {}): Promise<WorkerPool> {
    const env = workerEnv(options);
    const workers = Array.from({ length: Math.max(1, size) }, () => new PoolWorker(init, env));
    try {
      await Promise.all(workers.map((w) => w.ready));
    } catch (err) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw err;
    }
    return new WorkerPool(workers, init, env, options);
  }

  private watch(slot: Slot, worker: PoolWorker): void {
    worker.onLost = (w, how) => this.lost(slot, w, how);
  }

  private lost(slot: Slot, worker: PoolWorker, how: string): void {
    if (this.closed) return;
    slot.worker = undefined;
    const delay = this.restartDelay(slot, Date.now() - worker.readyAt < this.restart.stableAfterMs);
    this.onWorkerLost?.(`pid ${worker.pid}, ${how}${delay > 0 ? `; restarting in ${seconds(delay)} (it had run ${seconds(Date.now() - worker.readyAt)})` : ''}`);
    // Requests waiting for a worker fail now rather than wait out a restart (run() does the same).
    if (!this.slots.some((s) => s.worker?.usable)) this.failQueue(noWorker);
    this.scheduleRestart(slot, delay, Date.now());
  }

  /** 0 after a worker that ran a while; else initialDelayMs, doubling per consecutive quick death. */
  private restartDelay(slot: Slot, quick: boolean): number {
    if (!quick) {
      slot.quickDeaths = 0;
      return 0;
    }
    slot.quickDeaths++;
    return Math.min(this.restart.maxDelayMs, this.restart.initialDelayMs * 2 ** (slot.quickDeaths - 1));
  }

  private scheduleRestart(slot: Slot, delay: number, since: number): void {
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = undefined;
      if (this.closed) return;
      const fresh = new PoolWorker(this.init, this.env);
      slot.starting = fresh;
      fresh.ready.then(
        () => {
          slot.starting = undefined;
          if (this.closed) return void fresh.terminate();
          slot.worker = fresh;
          this.watch(slot, fresh);
          this.restarts++;
          this.onWorkerReplaced?.(`a new inference worker (pid ${fresh.pid}) is ready, ${seconds(Date.now() - since)} after the last one died`);
          this.pump();
        },
        (err: Error) => {
          slot.starting = undefined;
          void fresh.terminate();
          if (this.closed) return;
          const next = this.restartDelay(slot, true);
          this.onRestartFailed?.(`a replacement inference worker failed to load (${err.message.split('\n')[0]}); trying again in ${seconds(next)}`);
          this.scheduleRestart(slot, next, since);
        },
      );
    }, delay);
  }

  private failQueue(error: () => Error): void {
    for (const t of this.queue.splice(0)) t.reject(error());
  }

  /** Sends waiting requests to free workers, least busy first. */
  private pump(): void {
    while (this.queue.length > 0) {
      let best: PoolWorker | undefined;
      for (const s of this.slots) {
        const w = s.worker;
        if (w?.usable && w.busy < this.depth && (!best || w.busy < best.busy)) best = w;
      }
      if (!best) return;
      const t = this.queue.shift()!;
      best
        .run(this.nextId++, t.signature, t.feeds, t.outputs)
        .then(t.resolve, t.reject)
        .finally(() => this.pump());
    }
  }

  /** What runs the model (the first worker's runtime). */
  get runtime(): string {
    return this.firstRuntime;
  }

  /** Workers the pool keeps running (a dead one's slot counts while it is replaced). */
  get size(): number {
    return this.slots.length;
  }

  /** Process ids of the worker processes running now, replacements that are loading included. */
  pids(): number[] {
    return this.slots.flatMap((s) => [s.worker, s.starting]).flatMap((w) => (w && w.state !== 'gone' && w.pid !== undefined ? [w.pid] : []));
  }

  /**
   * Runs one request. Rejects with a WorkerRunError: TensorFlow's code for a failed run, or UNAVAILABLE
   * (with `crashed: true` when the worker running it died; at once when no worker is running).
   */
  run(signature: string, feeds: Record<string, HostTensor>, outputs?: string[]): Promise<Record<string, HostTensor>> {
    if (this.closed) return Promise.reject(new WorkerRunError('UNAVAILABLE', 'the model is being unloaded'));
    if (!this.slots.some((s) => s.worker?.usable)) return Promise.reject(noWorker());
    return new Promise((resolve, reject) => {
      this.queue.push({ signature, feeds, outputs, resolve, reject });
      this.pump();
    });
  }

  /** Runs the same request on every worker (warm-up). */
  async runEach(signature: string, feeds: Record<string, HostTensor>): Promise<void> {
    await Promise.all(this.slots.flatMap((s) => (s.worker?.usable ? [s.worker.run(this.nextId++, signature, feeds)] : [])));
  }

  /** Stops every worker (and pending restarts); resolves once all worker processes have exited. */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) clearTimeout(s.restartTimer);
    this.failQueue(() => new WorkerRunError('UNAVAILABLE', 'the model is being unloaded'));
    await Promise.all(this.slots.flatMap((s) => [s.worker, s.starting]).map((w) => w?.terminate()));
  }
}
