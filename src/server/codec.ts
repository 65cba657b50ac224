/**
 * Large JSON off the event loop. Parsing a 30 MB TF Serving body into tensors, or writing a million-element
 * answer, takes seconds of CPU; on the event loop that would stall every other connection for as long. Bodies
 * and answers past a size go to a small pool of worker threads (codec-worker.ts) that run the same pure
 * decode/encode functions as the event loop does for small ones; tensors come back by transfer, not copy.
 */
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

export type CodecJob =
  | { kind: 'predict-decode'; raw: Uint8Array; signatures: SignatureInfo[]; budget?: TensorBudget }
  | { kind: 'predict-encode'; outputs: Record<string, HostTensor>; format: 'row' | 'columnar' }
  | { kind: 'infer-decode'; raw: Uint8Array; headerLength?: number; signatures: SignatureInfo[]; budget?: TensorBudget }
  | { kind: 'infer-encode'; model: string; version: number; names: string[]; decoded: Pick<DecodedInfer, 'binaryOut' | 'id'>; outputs: Record<string, HostTensor> }
  | { kind: 'grpc-predict-feeds'; raw: Uint8Array; signature: SignatureInfo; budget?: TensorBudget }
  | { kind: 'grpc-predict-encode'; modelSpec: serving.tensorflow.serving.IModelSpec; outputs: Record<string, HostTensor>; tensorContent: boolean };

export type CodecReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; code: ServingCodeName; message: string; httpStatus?: number; missingSignature?: string };

/** The ArrayBuffers that can move to the other thread without copying (whole, unshared, unpooled buffers). */
export function transferables(tensors: Iterable<HostTensor>, extra: Uint8Array[] = []): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: NumericArray | Uint8Array): void => {
    if (a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength) out.add(a.buffer);
  };
  for (const t of tensors) if (t.dtype !== 'DT_STRING') add(t.data as NumericArray);
  for (const e of extra) add(e);
  return [...out];
}

function workerScript(): string {
  const here = fileURLToPath(new URL('./codec-worker.js', import.meta.url));
  return existsSync(here) ? here : join(PACKAGE_ROOT, 'dist', 'server', 'codec-worker.js');
}

interface Slot {
  worker: Worker;
  busy: number;
}

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

  private run<T>(job: CodecJob, transfer: ArrayBuffer[]): Promise<T> {
    const slot = this.slot();
    const id = this.nextId++;
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, Object.assign({ resolve: resolve as (v: unknown) => void, reject }, { slot }));
      slot.worker.postMessage({ id, job }, transfer);
    });
  }

  /** Runs a decode; a signature the worker could not find is named by the servable's own error. */
  private async decode<T>(job: CodecJob, servable: { signature(name?: string): SignatureInfo }): Promise<T> {
    try {
      return await this.run<T>(job, 'raw' in job ? transferables([], [job.raw]) : []);
    } catch (err) {
      const missing = (err as { missingSignature?: string }).missingSignature;
      if (missing !== undefined) servable.signature(missing || undefined);
      throw err;
    }
  }

  decodePredict(raw: Uint8Array, servable: { signatures: Map<string, SignatureInfo>; signature(name?: string): SignatureInfo }, budget?: TensorBudget): Promise<DecodedPredict> {
    return this.decode({ kind: 'predict-decode', raw, signatures: [...servable.signatures.values()], budget }, servable);
  }

  decodeInfer(raw: Uint8Array, headerLength: number | undefined, servable: { signatures: Map<string, SignatureInfo>; signature(name?: string): SignatureInfo }, budget?: TensorBudget): Promise<DecodedInfer> {
    return this.decode({ kind: 'infer-decode', raw, headerLength, signatures: [...servable.signatures.values()], budget }, servable);
  }

  async encodePredict(outputs: Record<string, HostTensor>, format: 'row' | 'columnar'): Promise<Buffer> {
    // The answer's tensors are not used once encoded: they move to the thread instead of being copied.
    const bytes = await this.run<Uint8Array>({ kind: 'predict-encode', outputs, format }, transferables(Object.values(outputs)));
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async encodeInfer(model: string, version: number, names: string[], decoded: Pick<DecodedInfer, 'binaryOut' | 'id'>, outputs: Record<string, HostTensor>): Promise<V2Response> {
    const r = await this.run<V2Response>({ kind: 'infer-encode', model, version, names, decoded: { binaryOut: decoded.binaryOut, id: decoded.id }, outputs }, transferables(Object.values(outputs)));
    const body = r.body as Uint8Array;
    return { ...r, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
  }

  /** A large gRPC PredictRequest's feeds (or a broadcast that expands to a large tensor). */
  grpcPredictFeeds(raw: Uint8Array, signature: SignatureInfo, budget?: TensorBudget): Promise<Record<string, HostTensor>> {
    // Feeds are keyed by user-chosen names: back into a map without a prototype.
    return this.run<Record<string, HostTensor>>({ kind: 'grpc-predict-feeds', raw, signature, budget }, transferables([], [raw])).then((f) => Object.assign(Object.create(null) as Record<string, HostTensor>, f));
  }

  /** A large answer as PredictResponse bytes. */
  encodeGrpcPredict(modelSpec: serving.tensorflow.serving.IModelSpec, outputs: Record<string, HostTensor>, tensorContent: boolean): Promise<Uint8Array> {
    return this.run({ kind: 'grpc-predict-encode', modelSpec, outputs, tensorContent }, transferables(Object.values(outputs)));
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
