/**
 * The codec worker thread (see codec.ts): decodes large request bodies into tensors and encodes large answers,
 * with the same pure functions the event loop uses for small ones. Pure JavaScript, no native code.
 */
import { parentPort } from 'node:worker_threads';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { transferables, type CodecJob, type CodecReply } from './codec.js';
import { asServingError, ServingError } from './errors.js';
import { encodePredictResponse, predictFeedsFromBytes } from './grpc-predict.js';
import { pickSignature, predictResponseText } from './json-tensors.js';
import { decodePredictBody } from './rest-tfserving.js';
import { decodeInferRequest, encodeInferResponse } from './rest-v2.js';

/** Signatures by key; a name that matches none is reported back, so the server phrases the error itself. */
function picker(signatures: SignatureInfo[]): (name?: string) => SignatureInfo {
  const map = new Map(signatures.map((s) => [s.key, s]));
  return (name) => {
    const sig = pickSignature(map, name);
    if (!sig) throw Object.assign(new ServingError('INVALID_ARGUMENT', 'unknown signature'), { missingSignature: name ?? '' });
    return sig;
  };
}

function run(job: CodecJob): { value: unknown; transfer: ArrayBuffer[] } {
  switch (job.kind) {
    case 'predict-decode': {
      const d = decodePredictBody(job.raw, picker(job.signatures), job.budget);
      return { value: d, transfer: transferables(Object.values(d.feeds)) };
    }
    case 'infer-decode': {
      const d = decodeInferRequest(job.raw, job.headerLength, picker(job.signatures), job.budget);
      return { value: d, transfer: transferables(Object.values(d.feeds)) };
    }
    case 'predict-encode': {
      const bytes = Buffer.from(predictResponseText(job.outputs, job.format));
      return { value: bytes, transfer: transferables([], [bytes]) };
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
      const body = typeof r.body === 'string' ? Buffer.from(r.body) : r.body;
      return { value: { ...r, body }, transfer: transferables([], [body]) };
    }
  }
}

parentPort!.on('message', ({ id, job }: { id: number; job: CodecJob }) => {
  let reply: CodecReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const r = run(job);
    reply = { id, ok: true, value: r.value };
    transfer = r.transfer;
  } catch (err) {
    const e = asServingError(err);
    reply = { id, ok: false, code: e.code, message: e.message, httpStatus: e.httpStatus, missingSignature: (err as { missingSignature?: string }).missingSignature };
  }
  parentPort!.postMessage(reply, transfer);
});
