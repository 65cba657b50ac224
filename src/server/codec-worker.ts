/**
 * The codec worker thread (see codec.ts): decodes large request bodies into tensors and encodes large answers,
 * with the same pure functions the event loop uses for small ones. Pure JavaScript, no native code.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { transferables, type CodecJob, type CodecNote, type CodecReply, type JobBytes } from './codec.js';
import { asServingError, ServingError } from './errors.js';
import { encodePredictResponse, predictFeedsFromBytes } from './grpc-predict.js';
import { pickSignature, predictResponseBytes } from './json-tensors.js';
import { decodePredictBody } from './rest-tfserving.js';
import { decodeInferRequest, encodeInferResponse } from './rest-v2.js';

/**
 * Bulk work yields to the event loop: on Linux a thread's nice value is its own, so this thread (found by its
 * id in /proc/thread-self) runs at a lower priority than the server's main thread. On a machine whose cores
 * are all busy with a 30 MB parse, the scheduler then runs the event loop first when it has work.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not permitted: the same work at the same priority.
  }
}
lowerPriority();

/** Signatures by key; a name that matches none is reported back, so the server phrases the error itself. */
function picker(signatures: SignatureInfo[]): (name?: string) => SignatureInfo {
  const map = new Map(signatures.map((s) => [s.key, s]));
  return (name) => {
    const sig = pickSignature(map, name);
    if (!sig) throw Object.assign(new ServingError('INVALID_ARGUMENT', 'unknown signature'), { missingSignature: name ?? '' });
    return sig;
  };
}

/** Request bodies being gathered (`filled` bytes so far) and answers waiting to be written, by reference. */
const bodies = new Map<number, { bytes: Buffer; filled: number }>();
const answers = new Map<number, Uint8Array>();

function note(n: CodecNote): void {
  switch (n.op) {
    case 'body-open':
      bodies.set(n.ref, { bytes: Buffer.allocUnsafeSlow(n.length), filled: 0 });
      return;
    case 'body-chunk': {
      const b = bodies.get(n.ref);
      // Node's HTTP parser stops at the Content-Length, so a body never outgrows its buffer; guard anyway.
      if (!b || b.filled + n.chunk.byteLength > b.bytes.length) return void bodies.delete(n.ref);
      b.bytes.set(n.chunk, b.filled);
      b.filled += n.chunk.byteLength;
      return;
    }
    case 'drop':
      bodies.delete(n.ref);
      answers.delete(n.ref);
      return;
    case 'free':
      return; // the transferred memory is this thread's now, and garbage
  }
}

/** A job's bytes: given with it, or a body this thread gathered (then forgotten: each is decoded once). */
function bytesOf(raw: JobBytes): Uint8Array {
  if (raw instanceof Uint8Array) return raw;
  const b = bodies.get(raw.ref);
  bodies.delete(raw.ref);
  if (!b) throw new ServingError('INTERNAL', 'the request body is gone from the codec thread');
  return b.bytes.subarray(0, b.filled);
}

/** Keeps an answer here (under the job's id) for slices to be fetched, or sends it whole. */
function answer(id: number, bytes: Uint8Array, hold: boolean): { value: unknown; transfer: ArrayBuffer[] } {
  if (!hold) return { value: bytes, transfer: transferables([], [bytes]) };
  answers.set(id, bytes);
  return { value: { ref: id, length: bytes.byteLength }, transfer: [] };
}

function run(id: number, job: CodecJob): { value: unknown; transfer: ArrayBuffer[] } {
  switch (job.kind) {
    case 'predict-decode': {
      const d = decodePredictBody(bytesOf(job.raw), picker(job.signatures), job.budget);
      return { value: d, transfer: transferables(Object.values(d.feeds)) };
    }
    case 'infer-decode': {
      const d = decodeInferRequest(bytesOf(job.raw), job.headerLength, picker(job.signatures), job.budget);
      return { value: d, transfer: transferables(Object.values(d.feeds)) };
    }
    case 'predict-encode':
      return answer(id, predictResponseBytes(job.outputs, job.format), job.hold);
    case 'slice': {
      const bytes = answers.get(job.ref);
      if (!bytes) throw new ServingError('INTERNAL', 'the answer is gone from the codec thread');
      if (job.end >= bytes.byteLength) answers.delete(job.ref);
      // A copy with its own ArrayBuffer, so it moves to the event loop (and back) without the rest (a Buffer's
      // own slice() would be a view of the whole answer).
      const slice = new Uint8Array(job.end - job.start);
      slice.set(bytes.subarray(job.start, job.end));
      return { value: slice, transfer: [slice.buffer as ArrayBuffer] };
    }
    case 'grpc-predict-feeds': {
      const feeds = predictFeedsFromBytes(job.raw, job.signature, job.budget);
      return { value: feeds, transfer: transferables(Object.values(feeds)) };
    }
    case 'grpc-predict-encode': {
      const bytes = encodePredictResponse(job.modelSpec, job.outputs, job.tensorContent);
      return { value: bytes, transfer: transferables([], [bytes]) };
    }
    case 'infer-encode': {
      const r = encodeInferResponse(job.model, job.version, job.names, job.decoded, job.outputs);
      const held = answer(id, typeof r.body === 'string' ? Buffer.from(r.body) : (r.body as Uint8Array), job.hold);
      return { value: { ...r, body: held.value }, transfer: held.transfer };
    }
  }
}

parentPort!.on('message', (m: { id: number; job: CodecJob } | CodecNote) => {
  if ('op' in m) return note(m);
  const { id, job } = m;
  let reply: CodecReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const r = run(id, job);
    reply = { id, ok: true, value: r.value };
    transfer = r.transfer;
  } catch (err) {
    const e = asServingError(err);
    reply = { id, ok: false, code: e.code, message: e.message, httpStatus: e.httpStatus, missingSignature: (err as { missingSignature?: string }).missingSignature };
  }
  parentPort!.postMessage(reply, transfer);
});
