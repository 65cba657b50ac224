/**
 * The onnx backend: a .onnx file run by onnxruntime-node (native CPU kernels, no libtensorflow). The
 * session's signature comes from the SignatureDef mdeploy stores in the model's metadata, so a converted
 * model serves under its original input/output keys; plain ONNX files fall back to the graph's own names.
 */
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MdeployError } from '../errors.js';
import type { TensorSpec } from '../savedmodel/signature.js';
import { baseDtype, type DTypeName } from '../tensor/dtypes.js';
import type { HostTensor, NumericArray } from '../tensor/host.js';
import type { ModelSession, SessionSignature } from './session.js';
import { canonicalData, invalidArgument } from './feed.js';

type Ort = typeof import('onnxruntime-node');
let ortModule: Ort | undefined;

export function loadOnnxRuntime(): Ort {
  if (ortModule) return ortModule;
  try {
    ortModule = createRequire(import.meta.url)('onnxruntime-node') as Ort;
  } catch (err) {
    throw new MdeployError('E_DEPENDENCY_MISSING', `onnxruntime-node does not load (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  return ortModule;
}

/** The metadata key under which the ONNX exporter stores the SignatureDef (JSON). */
export const SIGNATURE_METADATA_KEY = 'mdeploy.signature';

/** TensorFlow dtypes and the onnxruntime-node tensor types that hold them bit for bit (float16: raw bits). */
const ORT_TYPE: Partial<Record<DTypeName, string>> = {
  DT_FLOAT: 'float32',
  DT_DOUBLE: 'float64',
  DT_INT32: 'int32',
  DT_INT64: 'int64',
  DT_INT8: 'int8',
  DT_UINT8: 'uint8',
  DT_INT16: 'int16',
  DT_UINT16: 'uint16',
  DT_UINT32: 'uint32',
  DT_UINT64: 'uint64',
  DT_BOOL: 'bool',
  DT_STRING: 'string',
  DT_HALF: 'float16',
};
const FROM_ORT: Record<string, DTypeName> = Object.fromEntries(Object.entries(ORT_TYPE).map(([k, v]) => [v, k as DTypeName]));

/** Reads the model's metadata_props without loading the weights into protobuf objects twice. */
export function readOnnxMetadata(path: string): Record<string, string> {
  // ModelProto.metadata_props is field 14; a light scan of the top level is enough.
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(size);
  try {
    readSync(fd, buf, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  const out: Record<string, string> = {};
  let p = 0;
  const varint = (): number => {
    let r = 0;
    let s = 1;
    for (;;) {
      const b = buf[p++]!;
      r += (b & 0x7f) * s;
      if (!(b & 0x80)) return r;
      s *= 128;
    }
  };
  try {
    while (p < buf.length) {
      const tag = varint();
      const wire = tag & 7;
      if (wire === 0) varint();
      else if (wire === 1) p += 8;
      else if (wire === 5) p += 4;
      else if (wire === 2) {
        const len = varint();
        if (tag >>> 3 === 14) {
          const end = p + len;
          let key = '';
          let value = '';
          while (p < end) {
            const t = varint();
            const l = varint();
            const s = buf.subarray(p, p + l).toString('utf8');
            p += l;
            if (t >>> 3 === 1) key = s;
            else if (t >>> 3 === 2) value = s;
          }
          out[key] = value;
        } else p += len;
      } else break;
    }
  } catch {
    return out;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A feed as an onnxruntime tensor. `expected` is the graph input's type when the session reports it. What
 * onnxruntime-node cannot hold exactly is refused with INVALID_ARGUMENT naming the input: bfloat16 and complex
 * (it has no such tensor types), and strings that are not UTF-8 (it carries strings as JavaScript text).
 */
function toOrt(ort: Ort, key: string, t: HostTensor, expected?: string): import('onnxruntime-node').Tensor {
  const dt = baseDtype(t.dtype);
  const type = ORT_TYPE[dt];
  if (!type) throw invalidArgument(`input "${key}" is ${dt}, which onnxruntime cannot take (no ${dt} tensors in onnxruntime-node); serve the SavedModel with --backend tf, which runs every TF Serving dtype`);
  if (expected && expected !== type) throw invalidArgument(`input "${key}" is ${dt}, but the ONNX model takes ${FROM_ORT[expected] ?? expected} (values are not converted)`);
  if (dt === 'DT_STRING') {
    const items = t.data as Uint8Array[];
    const text = items.map((b, i) => {
      try {
        return utf8.decode(b);
      } catch {
        throw invalidArgument(`input "${key}" (DT_STRING): element ${i} is not UTF-8, and onnxruntime-node carries strings as text; send it to a tf-backend server for binary strings`);
      }
    });
    return new ort.Tensor('string', text, t.shape);
  }
  if (dt === 'DT_BOOL') return new ort.Tensor('bool', Uint8Array.from(t.data as Uint8Array, (v) => (v ? 1 : 0)), t.shape);
  return new ort.Tensor(type as 'float32', canonicalData({ ...t, dtype: dt }) as Float32Array, t.shape);
}

function fromOrt(key: string, t: import('onnxruntime-node').Tensor): HostTensor {
  const dtype = FROM_ORT[t.type];
  if (!dtype) throw invalidArgument(`output "${key}" is an onnxruntime ${t.type} tensor, which mdeploy cannot return`);
  const shape = [...t.dims];
  if (dtype === 'DT_STRING') return { dtype, shape, data: (t.data as string[]).map((s) => new TextEncoder().encode(s)) };
  if (dtype === 'DT_BOOL') return { dtype, shape, data: Uint8Array.from(t.data as ArrayLike<number>, (v) => (v ? 1 : 0)) };
  const data = t.data as NumericArray;
  // float16 comes back as its raw bits (a Uint16Array, or a Float16Array where the runtime has one).
  return { dtype, shape, data: dtype === 'DT_HALF' ? new Uint16Array(data.buffer, data.byteOffset, data.byteLength / 2) : data };
}

export interface OnnxSessionOptions {
  /** Threads per inference (onnxruntime's intra-op pool); defaults to onnxruntime's choice. */
  intraOpThreads?: number;
  /** The signature the model serves, when the caller knows it (else read from the model's metadata). */
  signature?: SessionSignature;
}

/** Opens a .onnx file, or a serialized model held in memory. */
export async function openOnnxModel(source: string | Uint8Array, options: OnnxSessionOptions = {}): Promise<ModelSession> {
  const ort = loadOnnxRuntime();
  const where = typeof source === 'string' ? source : undefined;
  let session: import('onnxruntime-node').InferenceSession;
  try {
    const sessionOptions: import('onnxruntime-node').InferenceSession.SessionOptions = {
      executionProviders: ['cpu'],
      graphOptimizationLevel: 'all',
      ...(options.intraOpThreads ? { intraOpNumThreads: options.intraOpThreads } : {}),
    };
    session = typeof source === 'string' ? await ort.InferenceSession.create(source, sessionOptions) : await ort.InferenceSession.create(source, sessionOptions);
  } catch (err) {
    throw new MdeployError('E_UNSUPPORTED_MODEL', `onnxruntime could not load the model (${(err as Error).message.split('\n')[0]})`, { file: where, cause: err });
  }
  const stored = options.signature ? undefined : where ? readOnnxMetadata(where)[SIGNATURE_METADATA_KEY] : undefined;
  let signature: SessionSignature;
  if (options.signature) signature = options.signature;
  else if (stored) signature = JSON.parse(stored) as SessionSignature;
  else {
    const spec = (m: readonly import('onnxruntime-node').InferenceSession.ValueMetadata[]): Record<string, TensorSpec> =>
      Object.fromEntries(m.map((v) => [v.name, { name: v.name, dtype: v.isTensor ? (FROM_ORT[v.type] ?? 'DT_FLOAT') : 'DT_INVALID', shape: v.isTensor ? v.shape.map((d) => (typeof d === 'number' ? d : -1)) : null }]));
    signature = { key: 'serving_default', methodName: 'tensorflow/serving/predict', inputs: spec(session.inputMetadata), outputs: spec(session.outputMetadata) };
  }
  // The graph output for each signature output: its key, or `<key>_out` where the exporter had to rename it
  // because an input has the same key (ONNX names are unique within a graph).
  const produced = new Set(session.outputNames);
  const inputType = new Map<string, string>();
  for (const m of session.inputMetadata ?? []) if (m.isTensor) inputType.set(m.name, m.type);
  const outputName = new Map(Object.keys(signature.outputs).map((k) => [k, produced.has(k) ? k : produced.has(`${k}_out`) ? `${k}_out` : k]));
  return {
    backend: 'onnx',
    signature,
    async run(feeds) {
      const inputs: Record<string, import('onnxruntime-node').Tensor> = {};
      for (const [k, v] of Object.entries(feeds)) inputs[k] = toOrt(ort, k, v, inputType.get(k));
      const results = await session.run(inputs);
      const out = Object.create(null) as Record<string, HostTensor>;
      for (const [k, name] of outputName) {
        // Output keys may be "constructor" or "toString": only the session's own results count.
        if (Object.prototype.hasOwnProperty.call(results, name)) out[k] = fromOrt(k, results[name]!);
      }
      return out;
    },
    async dispose() {
      await session.release();
    },
  };
}
