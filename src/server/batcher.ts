/**
 * Dynamic server-side batching, as TF Serving's BatchingSession does: requests for one signature queue up
 * and run together, concatenated along the batch dimension, when the batch is full (max_batch_size) or the
 * oldest request has waited batch_timeout_micros. At most num_batch_threads batches run at once; beyond
 * max_enqueued_batches waiting batches, requests are refused with RESOURCE_EXHAUSTED (HTTP 429).
 */
import { numElements, numValues, type HostTensor, type NumericArray } from '../tensor/host.js';
import { allocate } from '../tensor/math.js';
import { ServingError } from './errors.js';

export interface BatchingOptions {
  maxBatchSize: number;
  batchTimeoutMicros: number;
  maxEnqueuedBatches: number;
  numBatchThreads: number;
  /** Batch sizes a batch is padded up to (the last must be maxBatchSize); empty: no padding. */
  allowedBatchSizes: number[];
}

export const DEFAULT_BATCHING: BatchingOptions = {
  maxBatchSize: 64,
  // No waiting for a batch to fill: queued requests are merged when a thread frees up (see pump()).
  batchTimeoutMicros: 0,
  maxEnqueuedBatches: 100,
  numBatchThreads: 2,
  allowedBatchSizes: [],
};

type Feeds = Record<string, HostTensor>;

/** Errors that mean "this input is wrong", as TensorFlow reports them (TF Serving answers them with 400). */
const CLIENT_ERRORS = new Set(['INVALID_ARGUMENT', 'FAILED_PRECONDITION', 'OUT_OF_RANGE']);
type Run = (feeds: Feeds) => Promise<Feeds>;

interface Task {
  feeds: Feeds;
  rows: number;
  resolve: (out: Feeds) => void;
  reject: (err: Error) => void;
}

interface Batch {
  key: string;
  tasks: Task[];
  rows: number;
}

export interface BatcherStats {
  /** Requests waiting in open or queued batches. */
  queued: number;
  running: number;
}

/** Rows along dim 0 for every input; undefined when they disagree or a tensor is a scalar. */
export function batchRows(feeds: Feeds): number | undefined {
  let rows: number | undefined;
  for (const t of Object.values(feeds)) {
    if (t.shape.length === 0) return undefined;
    if (rows === undefined) rows = t.shape[0];
    else if (rows !== t.shape[0]) return undefined;
  }
  return rows;
}

/** Requests can share a batch when their inputs agree on everything but dim 0. */
function shapeKey(feeds: Feeds): string {
  return Object.keys(feeds)
    .sort()
    .map((k) => `${k}:${feeds[k]!.dtype}:${feeds[k]!.shape.slice(1).join('x')}`)
    .join('|');
}

export function concatRows(parts: HostTensor[], padTo = 0): HostTensor {
  const first = parts[0]!;
  const rows = parts.reduce((s, p) => s + p.shape[0]!, 0);
  const total = Math.max(rows, padTo);
  const shape = [total, ...first.shape.slice(1)];
  if (first.dtype === 'DT_STRING') {
    const data = parts.flatMap((p) => p.data as Uint8Array[]);
    while (data.length < numElements(shape)) data.push(new Uint8Array(0));
    return { dtype: first.dtype, shape, data };
  }
  const out = allocate(first.dtype, numElements(shape));
  let off = 0;
  for (const p of parts) {
    (out as unknown as { set(a: NumericArray, o: number): void }).set(p.data as NumericArray, off);
    off += (p.data as NumericArray).length;
  }
  return { dtype: first.dtype, shape, data: out };
}

export function sliceRows(t: HostTensor, start: number, count: number): HostTensor {
  const inner = numElements(t.shape.slice(1));
  const shape = [count, ...t.shape.slice(1)];
  if (t.dtype === 'DT_STRING') return { dtype: t.dtype, shape, data: (t.data as Uint8Array[]).slice(start * inner, (start + count) * inner) };
  // Values per row: a complex element is two (real, imaginary).
  const per = numValues(t.dtype, t.shape.slice(1));
  return { dtype: t.dtype, shape, data: (t.data as NumericArray).slice(start * per, (start + count) * per) };
}

export class Batcher {
  private open: Batch | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly ready: Batch[] = [];
  private running = 0;
  /** Batch sizes run so far, for metrics. */
  onBatch?: (size: number, queueDepth: number) => void;

  constructor(
    private readonly run: Run,
    readonly options: BatchingOptions,
  ) {}

  get stats(): BatcherStats {
    const queued = (this.open?.tasks.length ?? 0) + this.ready.reduce((s, b) => s + b.tasks.length, 0);
    return { queued, running: this.running };
  }

  submit(feeds: Feeds): Promise<Feeds> {
    const rows = batchRows(feeds);
    // Requests that cannot be batched (scalars, mismatched dim 0, bigger than a batch) run on their own.
    if (rows === undefined || rows > this.options.maxBatchSize) return this.run(feeds);
    return new Promise((resolve, reject) => {
      const key = shapeKey(feeds);
      if (this.open && (this.open.key !== key || this.open.rows + rows > this.options.maxBatchSize)) this.close();
      if (!this.open) {
        if (this.ready.length >= this.options.maxEnqueuedBatches) {
          reject(new ServingError('RESOURCE_EXHAUSTED', `the batch queue is full (${this.options.maxEnqueuedBatches} batches waiting); retry later`));
          return;
        }
        this.open = { key, tasks: [], rows: 0 };
        this.timer = setTimeout(() => this.close(), this.options.batchTimeoutMicros / 1000);
      }
      this.open.tasks.push({ feeds, rows, resolve, reject });
      this.open.rows += rows;
      if (this.open.rows >= this.options.maxBatchSize || this.options.batchTimeoutMicros === 0) this.close();
    });
  }

  /** Moves the open batch to the ready queue and starts what capacity allows. */
  private close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.open) this.ready.push(this.open);
    this.open = undefined;
    this.pump();
  }

  private pump(): void {
    while (this.running < this.options.numBatchThreads && this.ready.length > 0) {
      const batch = this.ready.shift()!;
      // Batches that queued up while every thread was busy run together (up to max_batch_size): under load
      // requests batch themselves even with batch_timeout_micros 0, and at low load nothing waits.
      for (let i = 0; i < this.ready.length && batch.rows < this.options.maxBatchSize; ) {
        const next = this.ready[i]!;
        if (next.key === batch.key && batch.rows + next.rows <= this.options.maxBatchSize) {
          batch.tasks.push(...next.tasks);
          batch.rows += next.rows;
          this.ready.splice(i, 1);
        } else i++;
      }
      this.running++;
      this.execute(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private paddedSize(rows: number): number {
    for (const s of this.options.allowedBatchSizes) if (s >= rows) return s;
    return rows;
  }

  private async execute(batch: Batch): Promise<void> {
    this.onBatch?.(batch.rows, this.stats.queued);
    const tasks = batch.tasks;
    const padTo = this.paddedSize(batch.rows);
    if (tasks.length === 1 && padTo === batch.rows) {
      try {
        tasks[0]!.resolve(await this.run(tasks[0]!.feeds));
      } catch (err) {
        tasks[0]!.reject(err as Error);
      }
      return;
    }
    const keys = Object.keys(tasks[0]!.feeds);
    const feeds: Feeds = Object.fromEntries(keys.map((k) => [k, concatRows(tasks.map((t) => t.feeds[k]!), padTo)]));
    let out: Feeds;
    try {
      out = await this.run(feeds);
    } catch (err) {
      // One client's bad input (NaN into CheckNumerics, say) must not fail the others it was batched with:
      // rerun each request on its own, so only the one that causes the error gets it.
      if (err instanceof ServingError && CLIENT_ERRORS.has(err.code)) {
        await Promise.all(tasks.map((t) => this.run(t.feeds).then(t.resolve, t.reject)));
        return;
      }
      for (const t of tasks) t.reject(err as Error);
      return;
    }
    let start = 0;
    for (const t of tasks) {
      const mine: Feeds = {};
      for (const [k, v] of Object.entries(out)) {
        // Outputs without a batch dimension (rare) are returned whole to every request.
        mine[k] = v.shape.length > 0 && v.shape[0] === padTo ? sliceRows(v, start, t.rows) : v;
      }
      t.resolve(mine);
      start += t.rows;
    }
  }
}
