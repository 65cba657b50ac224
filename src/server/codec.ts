/**
 * Large JSON off the event loop. Parsing a 30 MB TF Serving body into tensors, or writing a million-element
 * answer, takes seconds of CPU; on the event loop that would stall every other connection for as long. Bodies
 * and answers past a size go to a small pool of worker threads (codec-worker.ts) that run the same pure
 * decode/encode functions as the event loop does for small ones; tensors come back by transfer, not copy.
 *
 * Large bytes never pile up on the event loop's heap either. V8 counts every ArrayBuffer's memory against its
 * isolate, and once tens of MB are outstanding it forces garbage-collection work onto the main thread in
 * 5–10 ms steps ("external memory pressure"), whatever the JavaScript heap holds. So a large body's chunks are
 * transferred to a codec thread as they arrive (the thread gathers the body: `openBody`), a large answer stays
 * in the thread and is written to the socket one slice at a time (`pipe`), and each slice, once written, is
 * transferred back to be freed there. Transferring detaches the memory from the main isolate at once.
 */
import type { Writable } from 'node:stream';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../paths.js';
import type { serving } from '../proto/serving-api.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import type { HostTensor, NumericArray } from '../tensor/host.js';
import type { TensorBudget } from '../tensor/limits.js';
import { ServingError, type ServingCodeName } from './errors.js';
import type { DecodedPredict } from './rest-tfserving.js';
import type { DecodedInfer, V2Response } from './rest-v2.js';

/** Bodies at least this large are decoded in a worker. */
export const DECODE_OFFLOAD_BYTES = 256 * 1024;
/** Answers with at least this many elements are encoded in a worker. */
export const ENCODE_OFFLOAD_ELEMENTS = 64 * 1024;

/** Answer slices written to the socket one at a time: each write copies at most this much into the kernel. */
export const ANSWER_SLICE_BYTES = 256 * 1024;

/** Bytes held in a codec thread (`ref`), or given with the job. */
export type JobBytes = Uint8Array | { ref: number };

export type CodecJob =
  | { kind: 'predict-decode'; raw: JobBytes; signatures: SignatureInfo[]; budget?: TensorBudget }
  | { kind: 'predict-encode'; outputs: Record<string, HostTensor>; format: 'row' | 'columnar'; hold: boolean }
  | { kind: 'infer-decode'; raw: JobBytes; headerLength?: number; signatures: SignatureInfo[]; budget?: TensorBudget }
  | { kind: 'infer-encode'; model: string; version: number; names: string[]; decoded: Pick<DecodedInfer, 'binaryOut' | 'id'>; outputs: Record<string, HostTensor>; hold: boolean }
  | { kind: 'slice'; ref: number; start: number; end: number }
  | { kind: 'grpc-predict-feeds'; raw: Uint8Array; signature: SignatureInfo; budget?: TensorBudget }
  | { kind: 'grpc-predict-encode'; modelSpec: serving.tensorflow.serving.IModelSpec; outputs: Record<string, HostTensor>; tensorContent: boolean };

/** Messages to a codec thread besides jobs: a body's chunks as they arrive, and memory handed back to free. */
export type CodecNote =
  | { op: 'body-open'; ref: number; length: number }
  | { op: 'body-chunk'; ref: number; chunk: Uint8Array }
  | { op: 'drop'; ref: number }
  | { op: 'free' };

/** A codec thread's answer to a held encode: where the bytes are, and how many. */
export interface HeldBytes {
  ref: number;
  length: number;
}

export type CodecReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; code: ServingCodeName; message: string; httpStatus?: number; missingSignature?: string };

/** The ArrayBuffers that can move to the other thread without copying (whole, unshared, unpooled buffers). */
export function transferables(tensors: Iterable<HostTensor>, extra: Uint8Array[] = []): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: NumericArray | Uint8Array): void => {
    if (ownsBuffer(a)) out.add(a.buffer as ArrayBuffer);
  };
  for (const t of tensors) if (t.dtype !== 'DT_STRING') add(t.data as NumericArray);
  for (const e of extra) add(e);
  return [...out];
}

/** Whole, unshared ArrayBuffer of its own: it can be transferred without taking anything else with it. */
function ownsBuffer(a: ArrayBufferView): boolean {
  return a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;
}

/**
 * Bytes that live in one codec thread: a request body gathered there as it arrived, or an encoded answer
 * waiting to be written. `used` is set once a job took them (the thread then forgets them by itself).
 */
export class RemoteBytes {
  used = false;
  constructor(
    readonly length: number,
    /** @internal */ readonly slot: Slot,
    /** @internal */ readonly ref: number,
  ) {}
}

/** Where an arriving request body goes: its chunks move to a codec thread (see openBody). */
export interface BodySink {
  write(chunk: Buffer): void;
  /** Every chunk has been written: the body, as the codec thread holds it. */
  end(): RemoteBytes;
  /** The body will not be used (too large, the client went away): the thread drops it. */
  abort(): void;
}

export function isRemote(b: unknown): b is RemoteBytes {
  return b instanceof RemoteBytes;
}

/**
 * Feeds are keyed by names a client chose ("constructor", "__proto__"), and a structured clone arrives as an
 * ordinary object: back into a map without a prototype, as the event loop's own decoders make them.
 */
function keyedByUser(feeds: Record<string, HostTensor>): Record<string, HostTensor> {
  return Object.assign(Object.create(null) as Record<string, HostTensor>, feeds);
}

/** A body the event loop holds; a RemoteBytes here is a bug (only a codec decodes those). */
export function local(b: Buffer | RemoteBytes): Buffer {
  if (isRemote(b)) throw new ServingError('INTERNAL', 'a request body held by a codec thread reached a local decode');
  return b;
}

function workerScript(): string {
  const here = fileURLToPath(new URL('./codec-worker.js', import.meta.url));
  return existsSync(here) ? here : join(PACKAGE_ROOT, 'dist', 'server', 'codec-worker.js');
}

interface Slot {
  worker: Worker;
  busy: number;
}
export type { Slot as CodecSlot };

export class Codec {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(private readonly size = 1) {}

  worthIt(bodyBytes: number): boolean {
    return bodyBytes >= DECODE_OFFLOAD_BYTES;
  }

  worthItFor(outputs: Record<string, HostTensor>): boolean {
    let n = 0;
    for (const t of Object.values(outputs)) n += t.dtype === 'DT_STRING' ? (t.data as Uint8Array[]).length : (t.data as NumericArray).length;
    return n >= ENCODE_OFFLOAD_ELEMENTS;
  }

  /** The least busy worker, started on first use (servers with only small requests never start one). */
  private slot(): Slot {
    if (this.slots.length < this.size) {
      const worker = new Worker(workerScript());
      worker.unref();
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (m: CodecReply) => {
        slot.busy--;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.ok) p.resolve(m.value);
        else p.reject(Object.assign(new ServingError(m.code, m.message, { httpStatus: m.httpStatus }), { missingSignature: m.missingSignature }));
      });
      worker.on('error', (err) => this.lose(slot, err));
      worker.on('exit', (code) => this.lose(slot, new Error(`the codec worker exited (${code})`)));
      this.slots.push(slot);
      return slot;
    }
    return this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private lose(slot: Slot, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    // Requests on it fail; the next job starts a new worker.
    for (const [id, p] of this.pending) if ((p as { slot?: Slot }).slot === slot) {
      this.pending.delete(id);
      p.reject(new ServingError('INTERNAL', `decoding failed: ${err.message}`));
    }
  }

  private run<T>(job: CodecJob, transfer: ArrayBuffer[], slot = this.slot()): Promise<T> {
    const id = this.nextId++;
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, Object.assign({ resolve: resolve as (v: unknown) => void, reject }, { slot }));
      slot.worker.postMessage({ id, job }, transfer);
    });
  }

  /**
   * A request body of `length` bytes (its Content-Length) to be gathered in a codec thread: every chunk written
   * is moved there (transferred when it owns its memory, as the HTTP parser's chunks do, else copied once).
   */
  openBody(length: number): BodySink {
    const slot = this.slot();
    const ref = this.nextId++;
    slot.worker.postMessage({ op: 'body-open', ref, length } satisfies CodecNote);
    let received = 0;
    let open = true;
    return {
      write: (c) => {
        if (!open || c.length === 0) return;
        received += c.length;
        const own = ownsBuffer(c) ? c : new Uint8Array(c);
        slot.worker.postMessage({ op: 'body-chunk', ref, chunk: own } satisfies CodecNote, [own.buffer as ArrayBuffer]);
      },
      end: () => {
        open = false;
        return new RemoteBytes(received, slot, ref);
      },
      abort: () => {
        if (!open) return;
        open = false;
        slot.worker.postMessage({ op: 'drop', ref } satisfies CodecNote);
      },
    };
  }

  /** Bytes a codec thread holds that nothing will use now (the request failed before its decode). */
  forget(b: RemoteBytes): void {
    if (b.used) return;
    b.used = true;
    if (this.slots.includes(b.slot)) b.slot.worker.postMessage({ op: 'drop', ref: b.ref } satisfies CodecNote);
  }

  /**
   * Writes bytes a codec thread holds to `out`, a slice at a time (the next one is fetched while one is
   * written); each slice, once written, goes back to the thread to be freed. The caller ends `out`.
   */
  async pipe(b: RemoteBytes, out: Writable): Promise<void> {
    b.used = true;
    const fetch = (start: number): Promise<Uint8Array> => this.run<Uint8Array>({ kind: 'slice', ref: b.ref, start, end: Math.min(b.length, start + ANSWER_SLICE_BYTES) }, [], b.slot);
    let next: Promise<Uint8Array> | undefined = b.length > 0 ? fetch(0) : undefined;
    let at = 0;
    try {
      while (next) {
        const slice = await next;
        at += slice.byteLength;
        next = at < b.length ? fetch(at) : undefined;
        if (out.destroyed) throw new Error('the client closed the connection');
        await new Promise<void>((resolve, reject) => out.write(slice, (err) => (err ? reject(err) : resolve())));
        // Written to the kernel: the memory goes back to the thread, off this isolate's books at once.
        if (this.slots.includes(b.slot) && ownsBuffer(slice)) b.slot.worker.postMessage({ op: 'free' } satisfies CodecNote, [slice.buffer as ArrayBuffer]);
      }
    } catch (err) {
      if (at < b.length && this.slots.includes(b.slot)) b.slot.worker.postMessage({ op: 'drop', ref: b.ref } satisfies CodecNote);
      next?.catch(() => undefined);
      throw err;
    }
  }

  /** Runs a decode; a signature the worker could not find is named by the servable's own error. */
  private async decode<T>(job: CodecJob & { raw: JobBytes }, servable: { signature(name?: string): SignatureInfo }, raw: Uint8Array | RemoteBytes): Promise<T> {
    try {
      if (isRemote(raw)) {
        raw.used = true;
        return await this.run<T>(job, [], raw.slot);
      }
      return await this.run<T>(job, transferables([], [raw]));
    } catch (err) {
      const missing = (err as { missingSignature?: string }).missingSignature;
      if (missing !== undefined) servable.signature(missing || undefined);
      throw err;
    }
  }

  async decodePredict(raw: Uint8Array | RemoteBytes, servable: { signatures: Map<string, SignatureInfo>; signature(name?: string): SignatureInfo }, budget?: TensorBudget): Promise<DecodedPredict> {
    const d = await this.decode<DecodedPredict>({ kind: 'predict-decode', raw: isRemote(raw) ? { ref: raw.ref } : raw, signatures: [...servable.signatures.values()], budget }, servable, raw);
    return { ...d, feeds: keyedByUser(d.feeds) };
  }

  async decodeInfer(raw: Uint8Array | RemoteBytes, headerLength: number | undefined, servable: { signatures: Map<string, SignatureInfo>; signature(name?: string): SignatureInfo }, budget?: TensorBudget): Promise<DecodedInfer> {
    const d = await this.decode<DecodedInfer>({ kind: 'infer-decode', raw: isRemote(raw) ? { ref: raw.ref } : raw, headerLength, signatures: [...servable.signatures.values()], budget }, servable, raw);
    return { ...d, feeds: keyedByUser(d.feeds) };
  }

  /** A large :predict answer, held by the codec thread that encoded it until `pipe` writes it out. */
  async encodePredict(outputs: Record<string, HostTensor>, format: 'row' | 'columnar'): Promise<RemoteBytes> {
    // The answer's tensors are not used once encoded: they move to the thread instead of being copied.
    const slot = this.slot();
    const held = await this.run<HeldBytes>({ kind: 'predict-encode', outputs, format, hold: true }, transferables(Object.values(outputs)), slot);
    return new RemoteBytes(held.length, slot, held.ref);
  }

  /** A large V2 answer; its body is held by the codec thread until `pipe` writes it out. */
  async encodeInfer(model: string, version: number, names: string[], decoded: Pick<DecodedInfer, 'binaryOut' | 'id'>, outputs: Record<string, HostTensor>): Promise<V2Response> {
    const slot = this.slot();
    const r = await this.run<Omit<V2Response, 'body'> & { body: HeldBytes }>({ kind: 'infer-encode', model, version, names, decoded: { binaryOut: decoded.binaryOut, id: decoded.id }, outputs, hold: true }, transferables(Object.values(outputs)), slot);
    return { ...r, body: new RemoteBytes(r.body.length, slot, r.body.ref) };
  }

  /** A large gRPC PredictRequest's feeds (or a broadcast that expands to a large tensor). */
  grpcPredictFeeds(raw: Uint8Array, signature: SignatureInfo, budget?: TensorBudget): Promise<Record<string, HostTensor>> {
    return this.run<Record<string, HostTensor>>({ kind: 'grpc-predict-feeds', raw, signature, budget }, transferables([], [raw])).then(keyedByUser);
  }

  /** A large answer as PredictResponse bytes. */
  encodeGrpcPredict(modelSpec: serving.tensorflow.serving.IModelSpec, outputs: Record<string, HostTensor>, tensorContent: boolean): Promise<Uint8Array> {
    return this.run({ kind: 'grpc-predict-encode', modelSpec, outputs, tensorContent }, transferables(Object.values(outputs)));
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
