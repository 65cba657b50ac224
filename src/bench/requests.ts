/**
 * The requests a benchmark sends, encoded once before the run: inputs from the model's signature (random
 * values of the right dtype and shape, `batch` rows each) or from a JSON file, as TF Serving REST bodies,
 * KServe V2 bodies (JSON or the binary extension) or serialized gRPC PredictRequests. A few different bodies
 * are cycled, so nothing on the server can cache one answer.
 */
import { readFileSync } from 'node:fs';
import { MdeployError } from '../errors.js';
import { fromNumbers } from '../tensor/math.js';
import { serving } from '../proto/serving-api.js';
import { tensorJsonText } from '../server/json-tensors.js';
import { tensorFromJson as jsonToTensor } from '../tensor/json.js';
import { baseDtype, dtypeByteSize, type DTypeName } from '../tensor/dtypes.js';
import { bytesOf, numElements, type HostTensor, type NumericArray } from '../tensor/host.js';
import { tensorToProto } from '../tensor/proto.js';
import { seededRandom } from '../validate/inputs.js';
import type { InputSpec, Protocol, ResolvedTarget } from './target.js';

export interface RequestSet {
  protocol: Protocol;
  /** HTTP path (REST and V2) or gRPC method path. */
  path: string;
  headers: Record<string, string>;
  bodies: Buffer[];
  rowsPerRequest: number;
  /** Bytes of the first body (for the report). */
  bodyBytes: number;
}

export interface RequestOptions {
  batch: number;
  inputFile?: string;
  /** KServe V2 binary tensor extension instead of JSON. */
  binary?: boolean;
  /** How many different bodies to cycle through (random inputs only). */
  variants?: number;
  seed?: number;
}

const TO_V2: Partial<Record<DTypeName, string>> = { DT_BOOL: 'BOOL', DT_UINT8: 'UINT8', DT_UINT16: 'UINT16', DT_UINT32: 'UINT32', DT_UINT64: 'UINT64', DT_INT8: 'INT8', DT_INT16: 'INT16', DT_INT32: 'INT32', DT_INT64: 'INT64', DT_HALF: 'FP16', DT_FLOAT: 'FP32', DT_DOUBLE: 'FP64', DT_STRING: 'BYTES' };
const WORDS = ['the', 'model', 'serves', 'fast', 'tensor', 'batch', 'query', 'latency', 'hello', 'world'];
/** Unknown dimensions other than the batch get this size (use --input for real shapes). */
export const UNKNOWN_DIM = 8;

/** The concrete shape of one request's input: -1 batch → `batch`, other unknown dims → UNKNOWN_DIM. */
export function requestShape(spec: InputSpec, batch: number): number[] {
  if (spec.shape === null) return [batch];
  return spec.shape.map((d, i) => (d >= 0 ? d : i === 0 ? batch : UNKNOWN_DIM));
}

export function randomTensor(spec: InputSpec, batch: number, random: () => number): HostTensor {
  const dtype = baseDtype(spec.dtype) as DTypeName;
  const shape = requestShape(spec, batch);
  const n = numElements(shape);
  if (dtype === 'DT_STRING') return { dtype, shape, data: Array.from({ length: n }, () => new TextEncoder().encode(WORDS[Math.floor(random() * WORDS.length)]!)) };
  const values = new Float64Array(n);
  const float = /FLOAT|DOUBLE|HALF|BFLOAT/.test(dtype);
  // Small non-negative integers stay valid as ids and indices (embedding tables, one-hot depths).
  for (let i = 0; i < n; i++) values[i] = dtype === 'DT_BOOL' ? (random() < 0.5 ? 1 : 0) : float ? random() : Math.floor(random() * 10);
  return fromNumbers(dtype, shape, values);
}

/** Inputs from a JSON file: a TF Serving body ({"instances"} / {"inputs"}) or {input: nested list}. */
export function inputsFromFile(file: string, inputs: Record<string, InputSpec>): Record<string, HostTensor> {
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new MdeployError('E_USAGE', `is not a readable JSON file (${(err as Error).message})`, { file });
  }
  const keys = Object.keys(inputs);
  const dt = (k: string): DTypeName => baseDtype(inputs[k]!.dtype) as DTypeName;
  const b = body as Record<string, unknown>;
  try {
    if (Array.isArray(b?.['instances'])) {
      const rows = b['instances'] as unknown[];
      const named = rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r) && !('b64' in (r as object)));
      if (!named && keys.length !== 1) throw new Error(`the model has ${keys.length} inputs (${keys.join(', ')}): each instance must name them`);
      return Object.fromEntries(keys.map((k) => [k, jsonToTensor(named ? rows.map((r) => (r as Record<string, unknown>)[k]) : rows, dt(k), `input "${k}"`)]));
    }
    const cols = (b?.['inputs'] ?? b) as unknown;
    if (keys.length === 1 && (Array.isArray(cols) || typeof cols !== 'object')) return { [keys[0]!]: jsonToTensor(cols, dt(keys[0]!), `input "${keys[0]}"`) };
    const obj = cols as Record<string, unknown>;
    for (const k of keys) if (!(k in obj)) throw new Error(`it has no value for input "${k}" (the model's inputs: ${keys.join(', ')})`);
    return Object.fromEntries(keys.map((k) => [k, jsonToTensor(obj[k], dt(k), `input "${k}"`)]));
  } catch (err) {
    throw new MdeployError('E_USAGE', `does not fit the model: ${(err as Error).message}`, { file });
  }
}

function restBody(feeds: Record<string, HostTensor>, signature: string): Buffer {
  const keys = Object.keys(feeds);
  const rows = feeds[keys[0]!]!.shape[0];
  // Row format when every input has the same dimension 0, as TF Serving's clients usually send; else columnar.
  const rowable = keys.every((k) => feeds[k]!.shape.length > 0 && feeds[k]!.shape[0] === rows);
  if (rowable) {
    const instances: string[] = [];
    for (let i = 0; i < rows!; i++) {
      instances.push(keys.length === 1 ? tensorJsonText(feeds[keys[0]!]!, keys[0]!, { index: i }) : `{${keys.map((k) => `${JSON.stringify(k)}:${tensorJsonText(feeds[k]!, k, { index: i })}`).join(',')}}`);
    }
    return Buffer.from(`{"signature_name":${JSON.stringify(signature)},"instances":[${instances.join(',')}]}`);
  }
  return Buffer.from(`{"signature_name":${JSON.stringify(signature)},"inputs":{${keys.map((k) => `${JSON.stringify(k)}:${tensorJsonText(feeds[k]!, k)}`).join(',')}}}`);
}

function v2Body(feeds: Record<string, HostTensor>, binary: boolean): { body: Buffer; headers: Record<string, string> } {
  const inputs = Object.entries(feeds).map(([name, t]) => ({ name, t, datatype: TO_V2[t.dtype] ?? t.dtype }));
  if (!binary) {
    const json = {
      inputs: inputs.map(({ name, t, datatype }) => ({
        name,
        datatype,
        shape: t.shape,
        data: t.dtype === 'DT_STRING' ? (t.data as Uint8Array[]).map((b) => Buffer.from(b).toString('utf8')) : t.dtype === 'DT_BOOL' ? Array.from(t.data as Uint8Array, (v) => v !== 0) : Array.from(t.data as ArrayLike<number | bigint>, Number),
      })),
    };
    return { body: Buffer.from(JSON.stringify(json)), headers: { 'content-type': 'application/json' } };
  }
  const blobs = inputs.map(({ t }) => {
    if (t.dtype === 'DT_STRING') return Buffer.concat((t.data as Uint8Array[]).flatMap((b) => [Buffer.from(Uint32Array.of(b.length).buffer), Buffer.from(b)]));
    const bytes = bytesOf(t.data as NumericArray);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
  const header = Buffer.from(JSON.stringify({ inputs: inputs.map(({ name, t, datatype }, i) => ({ name, datatype, shape: t.shape, parameters: { binary_data_size: blobs[i]!.length } })) }));
  return { body: Buffer.concat([header, ...blobs]), headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) } };
}

function grpcBody(feeds: Record<string, HostTensor>, model: string, signature: string): Buffer {
  const inputs = Object.fromEntries(Object.entries(feeds).map(([k, t]) => [k, tensorToProto(t, { tensorContent: true })]));
  return Buffer.from(serving.tensorflow.serving.PredictRequest.encode({ modelSpec: { name: model, signatureName: signature }, inputs: inputs as never }).finish());
}

export function buildRequests(target: ResolvedTarget, options: RequestOptions): RequestSet {
  const keys = Object.keys(target.inputs);
  if (keys.length === 0) throw new MdeployError('E_USAGE', `signature "${target.signature}" of ${target.model} takes no inputs; nothing to send`);
  for (const k of keys) if (dtypeByteSize(baseDtype(target.inputs[k]!.dtype) as DTypeName) === undefined && baseDtype(target.inputs[k]!.dtype) !== 'DT_STRING') {
    throw new MdeployError('E_USAGE', `input "${k}" has dtype ${target.inputs[k]!.dtype}, which mdeploy bench cannot generate; pass --input file.json`);
  }
  const random = seededRandom(options.seed ?? 42);
  const feedsList = options.inputFile
    ? [inputsFromFile(options.inputFile, target.inputs)]
    : Array.from({ length: Math.max(1, options.variants ?? 8) }, () => Object.fromEntries(keys.map((k) => [k, randomTensor(target.inputs[k]!, options.batch, random)])));
  const rows = feedsList[0]![keys[0]!]!.shape[0] ?? 1;
  let path: string;
  let headers: Record<string, string>;
  let bodies: Buffer[];
  if (target.protocol === 'rest') {
    path = `/v1/models/${encodeURIComponent(target.model)}:predict`;
    headers = { 'content-type': 'application/json' };
    bodies = feedsList.map((f) => restBody(f, target.signature));
  } else if (target.protocol === 'v2') {
    path = `/v2/models/${encodeURIComponent(target.model)}/infer`;
    const encoded = feedsList.map((f) => v2Body(f, options.binary ?? false));
    headers = encoded[0]!.headers;
    bodies = encoded.map((e) => e.body);
  } else {
    path = '/tensorflow.serving.PredictionService/Predict';
    headers = {};
    bodies = feedsList.map((f) => grpcBody(f, target.model, target.signature));
  }
  return { protocol: target.protocol, path, headers, bodies, rowsPerRequest: rows, bodyBytes: bodies[0]!.length };
}
