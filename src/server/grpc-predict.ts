/**
 * TF Serving's PredictRequest as feeds, and PredictResponse as bytes, in code that does not need gRPC itself: the
 * gRPC service (grpc.ts) runs it on the event loop for small requests, the codec threads (codec-worker.ts) for
 * large ones, and warm-up records (warmup.ts) use it too.
 *
 * A large request is one whose message is at least DECODE_OFFLOAD_BYTES, or one whose TensorProto broadcasts a
 * short typed field to at least ENCODE_OFFLOAD_ELEMENTS elements: protobufjs' decode of millions of float_val
 * entries, and the expansion of one value to a whole shape, would otherwise stall every other connection. For
 * those, the event loop reads only the message's model_spec and output_filter (readPredictHead skips the
 * inputs without decoding them) and a codec thread does the rest.
 */
import protobuf from 'protobufjs/minimal.js';
import { serving } from '../proto/serving-api.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { baseDtype, dtypeName, tfDtypeString } from '../tensor/dtypes.js';
import type { HostTensor } from '../tensor/host.js';
import type { TensorBudget } from '../tensor/limits.js';
import { tensorFromProto, tensorToProto } from '../tensor/proto.js';
import { invalid } from './errors.js';
import { quoteKey, record } from './json-tensors.js';

/** Messages at least this large are decoded off the event loop (the same bar as JSON bodies). */
export const GRPC_DECODE_OFFLOAD_BYTES = 256 * 1024;
/** Inputs or answers with at least this many elements are built off the event loop. */
export const GRPC_OFFLOAD_ELEMENTS = 64 * 1024;

/**
 * A TensorProto as a host tensor for a signature input. Its dtype must be the signature's: TensorFlow does not
 * convert (TF Serving answers "Expects arg[0] to be float but double is provided"), and neither does mdeploy.
 */
function feedFromProto(p: serving.tensorflow.ITensorProto, key: string, sig: SignatureInfo, budget?: TensorBudget): HostTensor {
  const spec = Object.prototype.hasOwnProperty.call(sig.inputs, key) ? sig.inputs[key] : undefined;
  if (!spec) throw invalid(`input ${quoteKey(key)} is not in signature "${sig.key}" (inputs: ${Object.keys(sig.inputs).join(', ')})`);
  const want = baseDtype(spec.dtype);
  const given = baseDtype(dtypeName(p.dtype ?? 0));
  if (given !== want) {
    // TensorFlow's own words (arg[i]: the feed's place in the signature's sorted inputs), then which input.
    const arg = Object.keys(sig.inputs).sort().indexOf(key);
    throw invalid(`Expects arg[${arg}] to be ${tfDtypeString(want)} but ${tfDtypeString(given)} is provided (input "${key}": values are not converted)`);
  }
  try {
    return tensorFromProto(p, budget);
  } catch (err) {
    throw invalid(`input "${key}": ${(err as Error).message}`);
  }
}

/** A PredictRequest's inputs as feeds for a signature (gRPC and warm-up records). */
export function predictFeeds(inputs: Record<string, serving.tensorflow.ITensorProto> | null | undefined, sig: SignatureInfo, budget?: TensorBudget): Record<string, HostTensor> {
  // TF Serving's VerifyRequestInputsSize: the keys sent against the signature's, both sorted.
  const sent = Object.keys(inputs ?? {}).sort();
  const wanted = Object.keys(sig.inputs).sort();
  const extra = sent.filter((k) => !Object.prototype.hasOwnProperty.call(sig.inputs, k));
  const missing = wanted.filter((k) => !sent.includes(k));
  if (extra.length || missing.length) {
    const list = (keys: string[]) => keys.map((k) => (k.length > 64 ? `${k.slice(0, 64)}…` : k)).join(',');
    throw invalid(`input size does not match signature: ${sent.length}!=${wanted.length} len({${list(sent)}}) != len({${list(wanted)}}). Sent extra: {${list(extra)}}. Missing but required: {${list(missing)}}.`);
  }
  const feeds = record<HostTensor>();
  for (const [k, p] of Object.entries(inputs ?? {})) feeds[k] = feedFromProto(p, k, sig, budget);
  for (const k of Object.keys(sig.inputs)) if (!feeds[k]) throw invalid(`missing input "${k}" (signature "${sig.key}" needs ${Object.keys(sig.inputs).join(', ')})`);
  return feeds;
}

/** A PredictRequest's model_spec and output_filter, read without decoding its inputs. */
export function readPredictHead(raw: Uint8Array): { modelSpec?: serving.tensorflow.serving.IModelSpec; outputFilter: string[] } {
  const r = protobuf.Reader.create(raw);
  let modelSpec: serving.tensorflow.serving.IModelSpec | undefined;
  const outputFilter: string[] = [];
  try {
    while (r.pos < r.len) {
      const tag = r.uint32();
      const field = tag >>> 3;
      if (field === 1 && (tag & 7) === 2) modelSpec = serving.tensorflow.serving.ModelSpec.decode(r, r.uint32());
      else if (field === 3 && (tag & 7) === 2) outputFilter.push(r.string());
      else r.skipType(tag & 7);
    }
  } catch (err) {
    throw invalid(`the PredictRequest could not be parsed (${(err as Error).message})`);
  }
  return { modelSpec, outputFilter };
}

/** Values a TensorProto gives in its typed repeated fields. */
function givenValues(p: serving.tensorflow.ITensorProto): number {
  let n = 0;
  for (const f of ['floatVal', 'doubleVal', 'intVal', 'int64Val', 'halfVal', 'boolVal', 'uint32Val', 'uint64Val', 'stringVal', 'scomplexVal', 'dcomplexVal'] as const) n += (p[f] as unknown[] | null | undefined)?.length ?? 0;
  return n;
}

/** Whether building this request's feeds would expand a short field to a large tensor (a broadcast). */
export function broadcastsLarge(inputs: Record<string, serving.tensorflow.ITensorProto> | null | undefined): boolean {
  for (const p of Object.values(inputs ?? {})) {
    if (p.tensorContent && p.tensorContent.length > 0) continue;
    let n = 1;
    for (const d of p.tensorShape?.dim ?? []) n *= Math.max(0, Number(d.size ?? 0));
    if (n >= GRPC_OFFLOAD_ELEMENTS && givenValues(p) < n) return true;
  }
  return false;
}

/** A whole PredictRequest's feeds for a signature (run by a codec thread for large requests). */
export function predictFeedsFromBytes(raw: Uint8Array, sig: SignatureInfo, budget?: TensorBudget): Record<string, HostTensor> {
  let req: serving.tensorflow.serving.PredictRequest;
  try {
    req = serving.tensorflow.serving.PredictRequest.decode(raw);
  } catch (err) {
    throw invalid(`the PredictRequest could not be parsed (${(err as Error).message})`);
  }
  return predictFeeds(req.inputs, sig, budget);
}

/** A PredictResponse's bytes. */
export function encodePredictResponse(modelSpec: serving.tensorflow.serving.IModelSpec, outputs: Record<string, HostTensor>, tensorContent: boolean): Uint8Array {
  const protos: Record<string, serving.tensorflow.ITensorProto> = {};
  for (const [k, t] of Object.entries(outputs)) protos[k] = tensorToProto(t, { tensorContent }) as serving.tensorflow.ITensorProto;
  return serving.tensorflow.serving.PredictResponse.encode({ modelSpec, outputs: protos }).finish();
}
