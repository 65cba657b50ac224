/**
 * KServe V2 / Open Inference Protocol over REST: health, server and model metadata, readiness, and /infer
 * with JSON tensors or the binary tensor data extension (a JSON header, then raw little-endian tensors;
 * Inference-Header-Content-Length gives the header's length).
 */
import type { SignatureInfo } from '../savedmodel/signature.js';
import { baseDtype, dtypeByteSize, isComplexDtype, type DTypeName } from '../tensor/dtypes.js';
import { halfToFloat } from '../tensor/math.js';
import { bfloat16ToFloat, JsonTensorError, jsonKind, tensorFromJsonData } from '../tensor/json.js';
import { checkedElements, TensorLimitError, type TensorBudget } from '../tensor/limits.js';
import { parseJsonBody, quoteKey, record, TextSink } from './json-tensors.js';
import { scanInferBody } from '../tensor/json-scan.js';
import { bytesOf, typedArrayFromBytes, type HostTensor, type NumericArray } from '../tensor/host.js';
import { VERSION } from '../version.js';
import { invalid, ServingError } from './errors.js';
import type { ModelManager } from './manager.js';
import type { Servable } from './servable.js';
import { isRemote, local, type Codec, type RemoteBytes } from './codec.js';

const TO_V2: Partial<Record<DTypeName, string>> = {
  DT_BOOL: 'BOOL',
  DT_UINT8: 'UINT8',
  DT_UINT16: 'UINT16',
  DT_UINT32: 'UINT32',
  DT_UINT64: 'UINT64',
  DT_INT8: 'INT8',
  DT_INT16: 'INT16',
  DT_INT32: 'INT32',
  DT_INT64: 'INT64',
  DT_HALF: 'FP16',
  // Triton's name for bfloat16; KServe's clients send it too.
  DT_BFLOAT16: 'BF16',
  DT_FLOAT: 'FP32',
  DT_DOUBLE: 'FP64',
  DT_STRING: 'BYTES',
};
const FROM_V2: Record<string, DTypeName> = Object.fromEntries(Object.entries(TO_V2).map(([k, v]) => [v, k as DTypeName]));

export const V2_EXTENSIONS = ['binary_tensor_data'];

export interface V2Response {
  status: number;
  /** The answer; a large one stays in the codec thread that encoded it until it is written (codec.ts). */
  body: Buffer | string | RemoteBytes;
  headers?: Record<string, string>;
  version?: number;
}

/** An answer the event loop holds whole (what encodeInferResponse writes). */
export type LocalV2Response = V2Response & { body: Buffer | string };

const json = (v: unknown, status = 200): V2Response => ({ status, body: JSON.stringify(v), headers: { 'content-type': 'application/json' } });

export function serverMetadata(): V2Response {
  return json({ name: 'mdeploy', version: VERSION, extensions: V2_EXTENSIONS });
}

function platformOf(s: Servable): string {
  return s.backend === 'onnx' ? 'onnx_onnxv1' : s.backend === 'tfjs' ? 'tensorflow_tfjs' : s.backend === 'litert' ? 'tensorflow_tflite' : 'tensorflow_savedmodel';
}

function v2Signature(s: Servable, name?: string): SignatureInfo {
  return s.signature(name);
}

export function modelMetadata(manager: ModelManager, name: string, version?: number): V2Response {
  const s = manager.get(name, { version });
  const sig = v2Signature(s);
  const io = (m: SignatureInfo['inputs']) => Object.entries(m).map(([k, t]) => ({ name: k, datatype: TO_V2[baseDtype(t.dtype)] ?? t.dtype, shape: t.shape ?? [-1] }));
  const versions = manager
    .status(name)
    .filter((v) => v.state === 'AVAILABLE')
    .map((v) => String(v.version));
  return { ...json({ name, versions, platform: platformOf(s), inputs: io(sig.inputs), outputs: io(sig.outputs) }), version: s.version };
}

export function modelReady(manager: ModelManager, name: string, version?: number): V2Response {
  let ready = true;
  try {
    manager.get(name, { version });
  } catch {
    ready = false;
  }
  return { ...json({ name, ready }, ready ? 200 : 404) };
}

interface V2Input {
  name: string;
  shape: number[];
  datatype: string;
  parameters?: { binary_data_size?: number };
  data?: unknown;
}

interface V2Request {
  id?: string;
  parameters?: { signature_name?: string; binary_data_output?: boolean };
  inputs: V2Input[];
  outputs?: Array<{ name: string; parameters?: { binary_data?: boolean } }>;
}


function tensorFromV2(input: V2Input, dtype: DTypeName, binary: Buffer | undefined, budget?: TensorBudget): HostTensor {
  const where = `input ${quoteKey(input.name)}`;
  const shape = input.shape;
  if (!Array.isArray(shape)) throw invalid(`${where}: "shape" must be a list of non-negative integers`);
  let n: number;
  try {
    n = checkedElements(shape, where, budget, dtype);
  } catch (err) {
    if (err instanceof TensorLimitError) throw invalid(err.message);
    throw err;
  }
  if (binary) {
    if (dtype === 'DT_STRING') {
      const items: Uint8Array[] = [];
      let p = 0;
      while (p < binary.length) {
        if (p + 4 > binary.length) throw invalid(`${where}: truncated BYTES element length`);
        const len = binary.readUInt32LE(p);
        if (p + 4 + len > binary.length) throw invalid(`${where}: BYTES element runs past the data`);
        if (items.length === n) throw invalid(`${where}: more BYTES elements than shape [${shape.join(',')}] holds`);
        items.push(new Uint8Array(binary.subarray(p + 4, p + 4 + len)));
        p += 4 + len;
      }
      if (items.length !== n) throw invalid(`${where}: ${items.length} BYTES elements for shape [${shape.join(',')}]`);
      return { dtype, shape, data: items };
    }
    const width = dtypeByteSize(dtype)!;
    if (binary.length !== n * width) throw invalid(`${where}: ${binary.length} bytes of binary data, but shape [${shape.join(',')}] of ${input.datatype} needs ${n * width}`);
    return { dtype, shape, data: typedArrayFromBytes(dtype, new Uint8Array(binary)) };
  }
  try {
    return tensorFromJsonData(input.data, shape, dtype, where, budget);
  } catch (err) {
    if (err instanceof JsonTensorError) throw invalid(err.message);
    throw err;
  }
}

/** One output as V2 JSON text (written by hand: int64 values keep all their digits, which JSON.stringify cannot). */
function outputJson(name: string, t: HostTensor): string {
  const datatype = TO_V2[t.dtype] ?? t.dtype;
  let data: string;
  if (t.dtype === 'DT_STRING') data = JSON.stringify((t.data as Uint8Array[]).map((b) => Buffer.from(b).toString('utf8')));
  else if (t.dtype === 'DT_BOOL') data = JSON.stringify(Array.from(t.data as Uint8Array, (v) => v !== 0));
  else if (t.dtype === 'DT_INT64' || t.dtype === 'DT_UINT64') data = `[${(t.data as BigInt64Array).join(',')}]`;
  else {
    // Half and bfloat16 as the numbers their bits hold; -0 keeps its sign (JSON.stringify writes 0); NaN and
    // ±Infinity have no V2 JSON form and stay null.
    const value = t.dtype === 'DT_HALF' ? halfToFloat : t.dtype === 'DT_BFLOAT16' ? bfloat16ToFloat : Number;
    const values = t.data as ArrayLike<number>;
    const sink = new TextSink(12 * values.length + 2);
    sink.text('[');
    for (let i = 0; i < values.length; i++) {
      const v = value(values[i]!);
      sink.text(`${i ? ',' : ''}${Object.is(v, -0) ? '-0.0' : Number.isFinite(v) ? String(v) : 'null'}`);
    }
    sink.text(']');
    data = sink.bytes().toString('latin1');
  }
  return `{"name":${JSON.stringify(name)},"datatype":${JSON.stringify(datatype)},"shape":${JSON.stringify(t.shape)},"data":${data}}`;
}

function outputBytes(t: HostTensor): Buffer {
  if (t.dtype === 'DT_STRING') {
    return Buffer.concat((t.data as Uint8Array[]).flatMap((b) => {
      const len = Buffer.alloc(4);
      len.writeUInt32LE(b.length);
      return [len, Buffer.from(b)];
    }));
  }
  const b = bytesOf(t.data as NumericArray);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Where a signature with complex tensors can be called instead. */
const COMPLEX_ELSEWHERE = "call this signature over TF Serving's gRPC API (PredictionService/Predict, complex values in scomplex_val/dcomplex_val or tensor_content)";

/** A V2 /infer request decoded against its signature: what to run, and how to answer. */
export interface DecodedInfer {
  signature: string;
  feeds: Record<string, HostTensor>;
  /** Outputs asked for (all when absent). */
  wanted?: string[];
  /** Outputs to send as binary tensor data. */
  binaryOut: string[];
  id?: string;
}

/**
 * Decodes a V2 /infer body (JSON, or the binary extension: a JSON header of `headerLength` bytes, then raw
 * tensors). `pick` chooses the signature by name and throws when there is none. Pure: it runs on the event
 * loop for small bodies and in a codec worker for large ones (codec.ts).
 */
export function decodeInferRequest(raw: Uint8Array, headerLength: number | undefined, pick: (name?: string) => SignatureInfo, budget?: TensorBudget): DecodedInfer {
  if (headerLength !== undefined && (!Number.isInteger(headerLength) || headerLength < 0 || headerLength > raw.length)) throw invalid(`Inference-Header-Content-Length ${headerLength} is outside the ${raw.length}-byte body`);
  const body = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const jsonPart = headerLength !== undefined ? body.subarray(0, headerLength) : body;
  const req = (scanInferBody(jsonPart) ?? parseJsonBody(jsonPart)) as V2Request;
  if (!req || typeof req !== 'object' || Array.isArray(req) || !Array.isArray(req.inputs)) throw invalid('request must be an object with "inputs": [...]');
  const params = req.parameters;
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) throw invalid('"parameters" must be an object');
  if (params?.signature_name !== undefined && typeof params.signature_name !== 'string') throw invalid(`"parameters.signature_name" must be a string, not ${jsonKind(params.signature_name)}`);
  const sig = pick(params?.signature_name);
  const feeds = record<HostTensor>();
  let offset = jsonPart.length;
  for (const input of req.inputs) {
    if (!input || typeof input !== 'object' || typeof input.name !== 'string') throw invalid('each input must be an object with a "name" string');
    const spec = Object.prototype.hasOwnProperty.call(sig.inputs, input.name) ? sig.inputs[input.name] : undefined;
    if (!spec) throw invalid(`unexpected input ${quoteKey(input.name)}; the model's inputs are ${Object.keys(sig.inputs).join(', ')}`);
    if (Object.prototype.hasOwnProperty.call(feeds, input.name)) throw invalid(`input ${quoteKey(input.name)} is given twice`);
    if (isComplexDtype(spec.dtype)) throw invalid(`input ${quoteKey(input.name)} is ${baseDtype(spec.dtype)}, and KServe V2 has no complex datatype; ${COMPLEX_ELSEWHERE}`);
    const dtype = typeof input.datatype === 'string' && Object.prototype.hasOwnProperty.call(FROM_V2, input.datatype) ? FROM_V2[input.datatype] : undefined;
    if (!dtype) throw invalid(`input ${quoteKey(input.name)}: unknown datatype (one of ${Object.keys(FROM_V2).join(', ')})`);
    const want = baseDtype(spec.dtype);
    if (dtype !== want) throw invalid(`input ${quoteKey(input.name)} has datatype ${input.datatype}, but the model expects ${TO_V2[want] ?? want}`);
    let binary: Buffer | undefined;
    const size = input.parameters?.binary_data_size;
    if (size !== undefined) {
      if (headerLength === undefined) throw invalid(`input ${quoteKey(input.name)} has binary_data_size but the request has no Inference-Header-Content-Length`);
      if (!Number.isInteger(size) || size < 0 || offset + size > body.length) throw invalid(`input ${quoteKey(input.name)}: binary_data_size runs past the body`);
      binary = body.subarray(offset, offset + size);
      offset += size;
    }
    feeds[input.name] = tensorFromV2(input, dtype, binary, budget);
  }
  for (const k of Object.keys(sig.inputs)) if (!feeds[k]) throw invalid(`missing input "${k}"`);
  if (req.outputs !== undefined && (!Array.isArray(req.outputs) || req.outputs.some((o) => !o || typeof o.name !== 'string'))) throw invalid('"outputs" must be a list of objects with a "name" string');
  const wanted = req.outputs?.map((o) => o.name);
  for (const w of wanted ?? []) if (!Object.prototype.hasOwnProperty.call(sig.outputs, w)) throw invalid(`unexpected output ${quoteKey(w)}; the model's outputs are ${Object.keys(sig.outputs).join(', ')}`);
  const names = wanted ?? Object.keys(sig.outputs);
  // Refused before the model runs: the answer could not carry it.
  const complex = names.find((n) => isComplexDtype(sig.outputs[n]!.dtype));
  if (complex !== undefined) throw invalid(`output ${quoteKey(complex)} is ${baseDtype(sig.outputs[complex]!.dtype)}, and KServe V2 has no complex datatype; leave it out of the outputs the request asks for, or ${COMPLEX_ELSEWHERE}`);
  const binaryOut = names.filter((n) => params?.binary_data_output === true || req.outputs?.find((o) => o.name === n)?.parameters?.binary_data === true);
  return { signature: sig.key, feeds, wanted, binaryOut, ...(typeof req.id === 'string' ? { id: req.id } : {}) };
}

/** The /infer answer: JSON outputs, or the binary extension's header plus raw tensors. Pure, like decoding. */
export function encodeInferResponse(model: string, version: number, outputNames: string[], decoded: Pick<DecodedInfer, 'binaryOut' | 'id'>, outputs: Record<string, HostTensor>): LocalV2Response {
  const binaryOut = new Set(decoded.binaryOut);
  const chunks: Buffer[] = [];
  const parts = outputNames.map((n) => {
    const t = outputs[n]!;
    if (!binaryOut.has(n)) return outputJson(n, t);
    const bytes = outputBytes(t);
    chunks.push(bytes);
    return JSON.stringify({ name: n, datatype: TO_V2[t.dtype] ?? t.dtype, shape: t.shape, parameters: { binary_data_size: bytes.length } });
  });
  const head = `{"model_name":${JSON.stringify(model)},"model_version":${JSON.stringify(String(version))},${decoded.id !== undefined ? `"id":${JSON.stringify(decoded.id)},` : ''}"outputs":[${parts.join(',')}]}`;
  if (chunks.length === 0) return { status: 200, body: head, headers: { 'content-type': 'application/json' }, version };
  const headerText = Buffer.from(head);
  return {
    status: 200,
    body: Buffer.concat([headerText, ...chunks]),
    headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(headerText.length) },
    version,
  };
}

/** `raw` is the body, or for a large one the bytes a codec thread gathered as they arrived (http.ts). */
export async function infer(manager: ModelManager, name: string, version: number | undefined, raw: Buffer | RemoteBytes, headerLength: number | undefined, budget?: TensorBudget, codec?: Codec): Promise<V2Response> {
  const servable = manager.get(name, { version });
  const decoded = codec && (isRemote(raw) || codec.worthIt(raw.length))
    ? await codec.decodeInfer(raw, headerLength, servable, budget)
    : decodeInferRequest(local(raw), headerLength, (n) => servable.signature(n), budget);
  const sig = servable.signature(decoded.signature);
  const outputs = await servable.run(sig, decoded.feeds, decoded.wanted);
  const names = decoded.wanted ?? Object.keys(sig.outputs);
  if (codec?.worthItFor(outputs)) return { ...(await codec.encodeInfer(name, servable.version, names, decoded, outputs)), version: servable.version };
  return encodeInferResponse(name, servable.version, names, decoded, outputs);
}

export { ServingError };
