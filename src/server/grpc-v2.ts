/**
 * KServe V2 / Open Inference Protocol over gRPC (inference.GRPCInferenceService, as KServe and Triton define
 * it): ServerLive, ServerReady, ModelReady, ServerMetadata, ModelMetadata and ModelInfer, added to the @grpc/grpc-js
 * server that serves TF Serving's API. ModelStreamInfer and Triton's other rpcs answer UNIMPLEMENTED.
 *
 * The V2 semantics live in rest-v2.ts and are not repeated here: a ModelInferRequest becomes the REST binary
 * tensor extension's body (a JSON header plus one little-endian chunk per input) for decodeInferRequest, and
 * the answer comes from encodeInferResponse's binary form. What is gRPC's own is the translation between that
 * layout and InferTensorContents' typed fields, and when the answer uses raw_output_contents.
 */
import * as grpc from '@grpc/grpc-js';
import { inference } from '../proto/kserve.js';
import type { TensorBudget } from '../tensor/limits.js';
import { checkedElements, TensorLimitError } from '../tensor/limits.js';
import { invalid } from './errors.js';
import { unaryMethod, unaryWrapper, type Msg } from './grpc-common.js';
import { quoteKey } from './json-tensors.js';
import type { Logger } from './log.js';
import type { ModelManager } from './manager.js';
import type { ServerMetrics } from './metrics.js';
import { decodeInferRequest, encodeInferResponse, modelMetadata, modelReady, serverMetadata } from './rest-v2.js';

const I = inference;
type Contents = inference.InferTensorContents.$Properties;
type Parameters = { [k: string]: inference.InferParameter.$Properties } | null | undefined;
/** protobufjs' 64-bit integer (long.js's Long when decoding; any {low, high} when encoding). */
type Int64 = inference.InferTensorContents['int64Contents'][number];

const method = (name: string, req: Msg, res: Msg) => unaryMethod('inference.GRPCInferenceService', name, req, res);

/** The unary rpcs of inference.GRPCInferenceService (ModelStreamInfer is left to grpc-js' UNIMPLEMENTED). */
export const GRPCInferenceServiceDefinition = {
  ServerLive: method('ServerLive', I.ServerLiveRequest, I.ServerLiveResponse),
  ServerReady: method('ServerReady', I.ServerReadyRequest, I.ServerReadyResponse),
  ModelReady: method('ModelReady', I.ModelReadyRequest, I.ModelReadyResponse),
  ServerMetadata: method('ServerMetadata', I.ServerMetadataRequest, I.ServerMetadataResponse),
  ModelMetadata: method('ModelMetadata', I.ModelMetadataRequest, I.ModelMetadataResponse),
  ModelInfer: method('ModelInfer', I.ModelInferRequest, I.ModelInferResponse),
} satisfies grpc.ServiceDefinition;

// ---- 64-bit integers ---------------------------------------------------------------------------------------

function bigintOf(v: Int64 | number, unsigned: boolean): bigint {
  if (typeof v === 'number') return BigInt(v);
  const b = (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
  return unsigned ? b : BigInt.asIntN(64, b);
}

function int64(v: bigint | number): Int64 {
  const b = BigInt.asUintN(64, BigInt(v));
  return { low: Number(b & 0xffffffffn) | 0, high: Number(b >> 32n) | 0 } as Int64;
}

/** A shape from the wire; dimensions past 2^53 lose digits, which checkedElements refuses anyway. */
const dims = (shape: ReadonlyArray<Int64 | number> | null | undefined): number[] => (shape ?? []).map((d) => Number(bigintOf(d, false)));

// ---- InferTensorContents ⇄ the binary tensor layout ---------------------------------------------------------

type Field = keyof Omit<Contents, '$unknowns'>;
/** Each field by its .proto name, for messages. */
const FIELD_NAMES: Record<Field, string> = {
  boolContents: 'bool_contents',
  intContents: 'int_contents',
  int64Contents: 'int64_contents',
  uintContents: 'uint_contents',
  uint64Contents: 'uint64_contents',
  fp32Contents: 'fp32_contents',
  fp64Contents: 'fp64_contents',
  bytesContents: 'bytes_contents',
};
const FIELDS = Object.keys(FIELD_NAMES) as Field[];

interface TypedCodec {
  field: Field;
  /** Typed values as the layout's little-endian bytes; out-of-range values are refused, not wrapped. */
  toRaw(values: unknown[], where: string): Buffer;
  fromRaw(raw: Buffer): unknown[];
}

type FixedArray = Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;
interface FixedCtor {
  readonly BYTES_PER_ELEMENT: number;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): FixedArray;
  from(values: ArrayLike<number>): FixedArray;
}

const view = (a: { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
/** An aligned copy of `raw`'s bytes (slices of a concatenated answer start anywhere). */
const aligned = (raw: Buffer): ArrayBuffer => new Uint8Array(raw).buffer;

function fixed(datatype: string, field: Field, Ctor: FixedCtor, range?: [number, number]): TypedCodec {
  return {
    field,
    toRaw(values, where) {
      const nums = values as number[];
      if (range) {
        for (let i = 0; i < nums.length; i++) {
          if (nums[i]! < range[0] || nums[i]! > range[1]) throw invalid(`${where}: element ${i} of ${FIELD_NAMES[field]} is out of range for ${datatype}`);
        }
      }
      return view(Ctor.from(nums));
    },
    fromRaw: (raw) => Array.from(new Ctor(aligned(raw), 0, raw.length / Ctor.BYTES_PER_ELEMENT)),
  };
}

function wide(field: Field, unsigned: boolean): TypedCodec {
  return {
    field,
    toRaw: (values) => {
      const out = unsigned ? new BigUint64Array(values.length) : new BigInt64Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = bigintOf(values[i] as Int64, unsigned);
      return view(out);
    },
    fromRaw: (raw) => Array.from(unsigned ? new BigUint64Array(aligned(raw), 0, raw.length / 8) : new BigInt64Array(aligned(raw), 0, raw.length / 8), int64),
  };
}

/** BYTES elements, each prefixed with its 4-byte little-endian length (Triton's layout). */
const bytesCodec: TypedCodec = {
  field: 'bytesContents',
  toRaw: (values) =>
    Buffer.concat(
      (values as Uint8Array[]).flatMap((b) => {
        const len = Buffer.alloc(4);
        len.writeUInt32LE(b.length);
        return [len, b];
      }),
    ),
  fromRaw: (raw) => {
    const items: Buffer[] = [];
    for (let p = 0; p + 4 <= raw.length; ) {
      const len = raw.readUInt32LE(p);
      items.push(raw.subarray(p + 4, p + 4 + len));
      p += 4 + len;
    }
    return items;
  },
};

/** Which InferTensorContents field carries each V2 datatype. FP16 (and BF16) have none: raw contents only. */
const TYPED: Record<string, TypedCodec> = {
  BOOL: {
    field: 'boolContents',
    toRaw: (values) => view(Uint8Array.from(values as boolean[], (v) => (v ? 1 : 0))),
    fromRaw: (raw) => Array.from(raw, (b) => b !== 0),
  },
  INT8: fixed('INT8', 'intContents', Int8Array, [-(2 ** 7), 2 ** 7 - 1]),
  INT16: fixed('INT16', 'intContents', Int16Array, [-(2 ** 15), 2 ** 15 - 1]),
  INT32: fixed('INT32', 'intContents', Int32Array),
  INT64: wide('int64Contents', false),
  UINT8: fixed('UINT8', 'uintContents', Uint8Array, [0, 2 ** 8 - 1]),
  UINT16: fixed('UINT16', 'uintContents', Uint16Array, [0, 2 ** 16 - 1]),
  UINT32: fixed('UINT32', 'uintContents', Uint32Array),
  UINT64: wide('uint64Contents', true),
  FP32: fixed('FP32', 'fp32Contents', Float32Array),
  FP64: fixed('FP64', 'fp64Contents', Float64Array),
  BYTES: bytesCodec,
};
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** One input's typed contents as the layout's bytes, after checking they fit its shape. */
function rawFromContents(input: inference.ModelInferRequest.InferInputTensor.$Properties, where: string, budget?: TensorBudget): Buffer {
  const datatype = input.datatype ?? '';
  const codec = has(TYPED, datatype) ? TYPED[datatype]! : undefined;
  const contents = input.contents ?? {};
  // An unknown datatype is decodeInferRequest's to report (with the list of known ones).
  if (!codec && datatype !== 'FP16') return Buffer.alloc(0);
  let n: number;
  try {
    n = checkedElements(dims(input.shape), where, budget);
  } catch (err) {
    if (err instanceof TensorLimitError) throw invalid(err.message);
    throw err;
  }
  if (!codec) {
    if (n === 0) return Buffer.alloc(0);
    throw invalid(`${where}: FP16 has no typed contents field; send it in raw_input_contents`);
  }
  const given = FIELDS.filter((f) => (contents[f]?.length ?? 0) > 0);
  const wrong = given.find((f) => f !== codec.field);
  if (wrong) throw invalid(`${where}: datatype ${datatype} takes ${FIELD_NAMES[codec.field]}, but values were given in ${FIELD_NAMES[wrong]}`);
  const values = (contents[codec.field] ?? []) as unknown[];
  if (values.length !== n) {
    if (values.length === 0) throw invalid(`${where} has no data: give contents.${FIELD_NAMES[codec.field]} or raw_input_contents`);
    throw invalid(`${where}: ${values.length} values in ${FIELD_NAMES[codec.field]}, but shape [${dims(input.shape).join(',')}] holds ${n}`);
  }
  return codec.toRaw(values, where);
}

// ---- requests ----------------------------------------------------------------------------------------------

function param(params: Parameters, key: string): inference.InferParameter.$Properties | undefined {
  return params && has(params, key) ? params[key] : undefined;
}

/** A bool_param's value; undefined when absent or of another kind (as REST ignores a non-boolean flag). */
function boolParam(params: Parameters, key: string): boolean | undefined {
  const p = param(params, key);
  return p?.parameterChoice === 'boolParam' ? p.boolParam === true : undefined;
}

/** "" is the newest available version; anything else must be a version number. */
function versionOf(v: string | null | undefined, field: string): number | undefined {
  if (!v) return undefined;
  if (!/^\d{1,15}$/.test(v)) throw invalid(`${field} must be a version number (digits), or empty for the newest version`);
  return Number(v);
}

function nameOf(v: string | null | undefined, field: string): string {
  if (!v) throw invalid(`${field} is required`);
  return v;
}

/** Triton extensions that would change what the answer means; refused rather than ignored. */
function refuseExtensions(params: Parameters, where: string): void {
  if (param(params, 'shared_memory_region')) throw invalid(`${where}: shared-memory tensors are not supported; send the data in the request`);
  if (param(params, 'classification')) throw invalid(`${where}: the classification extension is not supported`);
}

/**
 * A ModelInferRequest as the REST binary extension's body: a JSON header naming each input with its
 * binary_data_size, then each input's bytes (raw_input_contents as given, typed contents translated).
 */
export function inferRequestBody(req: inference.ModelInferRequest.$Properties, budget?: TensorBudget): { body: Buffer; headerLength: number; raw: boolean } {
  const inputs = req.inputs ?? [];
  const rawInputs = req.rawInputContents ?? [];
  const raw = rawInputs.length > 0;
  if (raw && rawInputs.length !== inputs.length) throw invalid(`raw_input_contents has ${rawInputs.length} entries for ${inputs.length} inputs (one per input, in the order of inputs)`);
  const chunks: Buffer[] = [];
  const header = inputs.map((input, i) => {
    const where = `input ${quoteKey(input.name ?? '')}`;
    refuseExtensions(input.parameters, where);
    if (raw && input.contents) throw invalid(`${where}: contents must not be given when the request uses raw_input_contents`);
    const bytes = raw ? Buffer.from(rawInputs[i]!.buffer, rawInputs[i]!.byteOffset, rawInputs[i]!.byteLength) : rawFromContents(input, where, budget);
    chunks.push(bytes);
    // Input parameters (KServe's SDK sends binary_data_size) are not passed on: the sizes are the chunks'.
    return { name: input.name ?? '', datatype: input.datatype ?? '', shape: dims(input.shape), parameters: { binary_data_size: bytes.length } };
  });
  const outputs = (req.outputs ?? []).map((o) => {
    refuseExtensions(o.parameters, `output ${quoteKey(o.name ?? '')}`);
    return { name: o.name ?? '' };
  });
  const sig = param(req.parameters, 'signature_name');
  if (sig && sig.parameterChoice !== 'stringParam') throw invalid('parameter "signature_name" must be a string_param');
  const head = Buffer.from(
    JSON.stringify({
      ...(req.id ? { id: req.id } : {}),
      ...(sig ? { parameters: { signature_name: sig.stringParam } } : {}),
      inputs: header,
      ...(outputs.length ? { outputs } : {}),
    }),
  );
  return { body: Buffer.concat([head, ...chunks]), headerLength: head.length, raw };
}

/**
 * Whether the answer uses raw_output_contents (for every output: the protocol has no mix). Like KServe's
 * server: raw when the request's inputs were raw (tritonclient always sends raw, and reads only raw numbers);
 * the `binary_data_output` request parameter or an output's `binary_data` overrides that.
 */
export function rawAnswer(req: inference.ModelInferRequest.$Properties, rawInputs: boolean): boolean {
  if ((req.outputs ?? []).some((o) => boolParam(o.parameters, 'binary_data') === true)) return true;
  return boolParam(req.parameters, 'binary_data_output') ?? rawInputs;
}

interface HeaderOutput {
  name: string;
  datatype: string;
  shape: number[];
  parameters: { binary_data_size: number };
}

/**
 * encodeInferResponse's binary answer (every output binary) as a ModelInferResponse: the chunks become
 * raw_output_contents when `raw`, else each output's typed contents.
 */
export function modelInferResponse(encoded: { body: Buffer | string; headers?: Record<string, string> }, raw: boolean): inference.ModelInferResponse.$Properties {
  const body = typeof encoded.body === 'string' ? Buffer.from(encoded.body) : encoded.body;
  const h = encoded.headers?.['inference-header-content-length'];
  const headerLength = h !== undefined ? Number(h) : body.length;
  const head = JSON.parse(body.subarray(0, headerLength).toString('utf8')) as { model_name: string; model_version: string; id?: string; outputs: HeaderOutput[] };
  let offset = headerLength;
  const slices = head.outputs.map((o) => {
    const s = body.subarray(offset, offset + o.parameters.binary_data_size);
    offset += o.parameters.binary_data_size;
    return s;
  });
  // Outputs without a typed field (FP16) can only travel raw, and then every output does.
  const useRaw = raw || head.outputs.some((o) => !has(TYPED, o.datatype));
  return {
    modelName: head.model_name,
    modelVersion: head.model_version,
    id: head.id ?? '',
    outputs: head.outputs.map((o, i) => ({
      name: o.name,
      datatype: o.datatype,
      shape: o.shape.map((d) => int64(d)),
      ...(useRaw ? {} : { contents: { [TYPED[o.datatype]!.field]: TYPED[o.datatype]!.fromRaw(slices[i]!) } }),
    })),
    ...(useRaw ? { rawOutputContents: slices } : {}),
  };
}

// ---- the service -------------------------------------------------------------------------------------------

export interface KServeGrpcOptions {
  /** Per-request tensor limits (the server's --max-body-size, as for REST and TF Serving gRPC). */
  budget?: TensorBudget;
}

/** Adds inference.GRPCInferenceService (KServe V2 / Triton) to the server that serves TF Serving's gRPC API. */
export function registerKServeGrpc(server: grpc.Server, manager: ModelManager, metrics: ServerMetrics, log: Logger, options: KServeGrpcOptions = {}): void {
  const budget = options.budget;
  const wrap = unaryWrapper(manager, metrics, log);
  const none = (): undefined => undefined;

  server.addService(GRPCInferenceServiceDefinition, {
    ServerLive: wrap('grpc_v2_live', none, async () => ({ res: { live: true } })),
    ServerReady: wrap('grpc_v2_ready', none, async () => ({ res: { ready: manager.ready() } })),
    ServerMetadata: wrap('grpc_v2_metadata', none, async () => ({ res: JSON.parse(String(serverMetadata().body)) as inference.ServerMetadataResponse.$Properties })),
    ModelReady: wrap('grpc_v2_model_ready', (r: inference.ModelReadyRequest) => r.name, async (req: inference.ModelReadyRequest) => {
      const name = nameOf(req.name, 'ModelReadyRequest.name');
      // Unknown models and versions are not ready (an answer, as Triton gives it, rather than NOT_FOUND).
      return { res: { ready: modelReady(manager, name, versionOf(req.version, 'ModelReadyRequest.version')).status === 200 }, model: manager.config(name) ? name : undefined };
    }),
    ModelMetadata: wrap('grpc_v2_model_metadata', (r: inference.ModelMetadataRequest) => r.name, async (req: inference.ModelMetadataRequest) => {
      const name = nameOf(req.name, 'ModelMetadataRequest.name');
      const r = modelMetadata(manager, name, versionOf(req.version, 'ModelMetadataRequest.version'));
      const meta = JSON.parse(String(r.body)) as { name: string; versions: string[]; platform: string; inputs: HeaderOutput[]; outputs: HeaderOutput[] };
      const io = (ts: HeaderOutput[]) => ts.map((t) => ({ name: t.name, datatype: t.datatype, shape: t.shape.map((d) => int64(d)) }));
      return { res: { name: meta.name, versions: meta.versions, platform: meta.platform, inputs: io(meta.inputs), outputs: io(meta.outputs) }, model: name, version: r.version };
    }),
    ModelInfer: wrap('grpc_v2_infer', (r: inference.ModelInferRequest) => r.modelName, async (req: inference.ModelInferRequest) => {
      const name = nameOf(req.modelName, 'ModelInferRequest.model_name');
      const servable = manager.get(name, { version: versionOf(req.modelVersion, 'ModelInferRequest.model_version') });
      const { body, headerLength, raw } = inferRequestBody(req, budget);
      const decoded = decodeInferRequest(body, headerLength, (n) => servable.signature(n), budget);
      const sig = servable.signature(decoded.signature);
      const outputs = await servable.run(sig, decoded.feeds, decoded.wanted);
      const names = decoded.wanted ?? Object.keys(sig.outputs);
      const encoded = encodeInferResponse(name, servable.version, names, { binaryOut: names, id: decoded.id }, outputs);
      return { res: modelInferResponse(encoded, rawAnswer(req, raw)), model: name, version: servable.version };
    }),
  });
}
