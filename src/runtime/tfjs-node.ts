/**
 * The tfjs-node backends. `tf`: a SavedModel run by libtensorflow through tfjs-node's loadSavedModel.
 * `tfjs`: a TF.js graph model (model.json) run by tfjs-converter on the tfjs-node backend.
 * tfjs-node is loaded on first use, so commands that never run a model do not pay for libtensorflow.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MdeployError } from '../errors.js';
import type { TensorSpec } from '../savedmodel/signature.js';
import { floatToHalf, toNumbers } from '../tensor/math.js';
import { baseDtype, dtypeByteSize, type DTypeName } from '../tensor/dtypes.js';
import { numElements, numValues, typedArrayFromBytes, type HostTensor } from '../tensor/host.js';
import type { ModelSession, SessionSignature } from './session.js';
import { canonicalData, invalidArgument } from './feed.js';
import { inputTensor, outputTensor, type TfBinding } from './tf-tensors.js';
import { bridgeCpuKernels } from './tfjs-kernels.js';

type Tf = typeof import('@tensorflow/tfjs-node');
type Tensor = import('@tensorflow/tfjs-node').Tensor;

let tfModule: Tf | undefined;

/** Loads @tensorflow/tfjs-node, or throws E_DEPENDENCY_MISSING with the fix. */
export function loadTfjsNode(): Tf {
  if (tfModule) return tfModule;
  process.env['TF_CPP_MIN_LOG_LEVEL'] ??= '2';
  // Lets users (and tests) see what mdeploy does on a machine without libtensorflow.
  if (process.env['MDEPLOY_NO_TFJS_NODE'] === '1') {
    throw new MdeployError('E_DEPENDENCY_MISSING', '@tensorflow/tfjs-node is turned off (MDEPLOY_NO_TFJS_NODE=1)', { suggestions: ['Unset MDEPLOY_NO_TFJS_NODE to use TensorFlow.'] });
  }
  try {
    tfModule = createRequire(import.meta.url)('@tensorflow/tfjs-node') as Tf;
  } catch (err) {
    throw new MdeployError('E_DEPENDENCY_MISSING', `@tensorflow/tfjs-node does not load (${(err as Error).message.split('\n')[0]})`, {
      suggestions: ['Run `mdeploy doctor --fix-tfjs-node` to build its native binding from an installed TensorFlow, or reinstall it with internet access.'],
      cause: err,
    });
  }
  return tfModule;
}

/** True when tfjs-node loads (used to decide whether validation can run). */
export function tfjsNodeAvailable(): boolean {
  try {
    loadTfjsNode();
    return true;
  } catch {
    return false;
  }
}

/** Integer dtypes TF.js holds as int32, with the range of each (int32 is all TF.js has). */
const INT_RANGE: Partial<Record<DTypeName, [bigint, bigint]>> = {
  DT_INT8: [-(2n ** 7n), 2n ** 7n - 1n],
  DT_UINT8: [0n, 2n ** 8n - 1n],
  DT_INT16: [-(2n ** 15n), 2n ** 15n - 1n],
  DT_UINT16: [0n, 2n ** 16n - 1n],
  DT_INT32: [-(2n ** 31n), 2n ** 31n - 1n],
  DT_UINT32: [0n, 2n ** 32n - 1n],
  DT_INT64: [-(2n ** 63n), 2n ** 63n - 1n],
  DT_UINT64: [0n, 2n ** 64n - 1n],
};
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Where a request goes that the tfjs backend cannot run: the SavedModel itself, on libtensorflow. */
const USE_TF_BACKEND = 'serve the SavedModel with --backend tf, which runs every TF Serving dtype';

/** One part (0 real, 1 imaginary) of interleaved complex64 values, moved as bits so NaN payloads survive. */
function complexPart(data: Float32Array, part: 0 | 1): Float32Array {
  const src = new Uint32Array(data.buffer, data.byteOffset, data.length);
  const out = new Uint32Array(data.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = src[2 * i + part]!;
  return new Float32Array(out.buffer);
}

/** Real and imaginary parts interleaved again, (real, imag) per element as TensorFlow lays complex64 out. */
function interleave(re: Float32Array, im: Float32Array): Float32Array {
  const a = new Uint32Array(re.buffer, re.byteOffset, re.length);
  const b = new Uint32Array(im.buffer, im.byteOffset, im.length);
  const out = new Uint32Array(2 * a.length);
  for (let i = 0; i < a.length; i++) {
    out[2 * i] = a[i]!;
    out[2 * i + 1] = b[i]!;
  }
  return new Float32Array(out.buffer);
}

/**
 * A host tensor as a TF.js tensor, for the tfjs backend. TF.js has float32, int32, bool, string and complex64:
 * other integers become int32 and half/bfloat16 become float32, which hold their values exactly. An integer that
 * does not fit int32 (an int64 past 2^31) is refused with INVALID_ARGUMENT, naming the input and its dtype, since
 * TF.js would compute a wrong answer from it; doubles are rounded to float32, the precision the TF.js exporter
 * gave the whole graph (serve the SavedModel on the tf backend for float64 arithmetic). complex64 is built with
 * tf.complex from its interleaved parts, bit for bit; complex128 is refused, as TF.js has no complex128.
 * Every refusal says to use --backend tf.
 */
export function toTfTensor(tf: Tf, t: HostTensor, key = 'input'): Tensor {
  const shape = [...t.shape];
  const dt = baseDtype(t.dtype);
  switch (dt) {
    case 'DT_STRING':
      return tf.tensor(t.data as Uint8Array[], shape, 'string');
    case 'DT_BOOL':
      return tf.tensor(Uint8Array.from(t.data as Uint8Array, (v) => (v ? 1 : 0)), shape, 'bool');
    case 'DT_FLOAT':
      return tf.tensor(canonicalData(t) as Float32Array, shape, 'float32');
    case 'DT_HALF':
    case 'DT_BFLOAT16':
      return tf.tensor(Float32Array.from(toNumbers({ ...t, data: canonicalData(t) })), shape, 'float32');
    case 'DT_DOUBLE':
      // The TF.js exporter made the graph compute in float32 (tfjsDtype), so its inputs are float32 too.
      return tf.tensor(Float32Array.from(canonicalData(t) as Float64Array), shape, 'float32');
    case 'DT_COMPLEX64': {
      const data = canonicalData(t) as Float32Array;
      // tf.complex would take half a buffer silently; a short one is the client's bug, as on the tf backend.
      if (data.length !== numValues(dt, shape)) throw invalidArgument(`input "${key}": ${data.length} DT_COMPLEX64 values for shape [${shape.join(',')}] (${numElements(shape)} elements, each a (real, imaginary) pair)`);
      const real = tf.tensor(complexPart(data, 0), shape, 'float32');
      const imag = tf.tensor(complexPart(data, 1), shape, 'float32');
      try {
        return tf.complex(real, imag);
      } finally {
        real.dispose();
        imag.dispose();
      }
    }
    case 'DT_COMPLEX128':
      throw invalidArgument(`input "${key}" is DT_COMPLEX128, which TF.js has no type for (its only complex type is complex64); ${USE_TF_BACKEND}`);
    default: {
      if (!INT_RANGE[dt]) throw invalidArgument(`input "${key}" is ${dt}, which TF.js has no type for (it has float32, int32, bool, string, complex64); ${USE_TF_BACKEND}`);
      const src = canonicalData(t);
      const out = new Int32Array(src.length);
      for (let i = 0; i < src.length; i++) {
        const v = Number(src[i]);
        if (v < INT32_MIN || v > INT32_MAX) throw invalidArgument(`input "${key}" is ${dt} and element ${i} is outside int32, the only integer type TF.js has; ${USE_TF_BACKEND}`);
        out[i] = v;
      }
      return tf.tensor(out, shape, 'int32');
    }
  }
}

/**
 * A TF.js tensor back as a host tensor in the signature's dtype (`want`): int32 results become the integer
 * dtype the signature names when every value is in its range (else OUT_OF_RANGE: TensorFlow would have wrapped,
 * TF.js did not), float32 results become double exactly or half/bfloat16 rounded to nearest even. complex64
 * results are read part by part (tf.real, tf.imag: tfjs-node cannot read a complex tensor's data) and
 * interleaved bit for bit; where the signature says complex128 (a SavedModel's complex128 output, which
 * tfjs-converter computes as complex64, the only complex type TF.js has) each part is widened exactly, as a
 * float32 result is for a double output, so clients get the dtype the signature promises.
 */
export async function fromTfTensor(tf: Tf, t: Tensor, want?: string, key = 'output'): Promise<HostTensor> {
  const shape = [...t.shape];
  // Strings as raw bytes: data() would decode them as UTF-8, which breaks binary values.
  if (t.dtype === 'string') return { dtype: 'DT_STRING', shape, data: (await t.bytes()) as Uint8Array[] };
  const dtype = want ? baseDtype(want) : undefined;
  if (t.dtype === 'complex64') {
    const parts = tf.tidy(() => [tf.real(t), tf.imag(t)]);
    try {
      const [re, im] = (await Promise.all(parts.map((p) => p.data()))) as Float32Array[];
      const values = interleave(re!, im!);
      return dtype === 'DT_COMPLEX128' ? { dtype, shape, data: Float64Array.from(values) } : { dtype: 'DT_COMPLEX64', shape, data: values };
    } finally {
      parts.forEach((p) => p.dispose());
    }
  }
  const data = await t.data();
  switch (t.dtype) {
    case 'bool':
      return { dtype: 'DT_BOOL', shape, data: Uint8Array.from(data as ArrayLike<number>) };
    case 'int32': {
      const range = dtype ? INT_RANGE[dtype] : undefined;
      if (!dtype || !range || dtype === 'DT_INT32') return { dtype: 'DT_INT32', shape, data: Int32Array.from(data as ArrayLike<number>) };
      const out = typedArrayFromBytes(dtype, new Uint8Array(data.length * dtypeByteSize(dtype)!));
      const wide = dtype === 'DT_INT64' || dtype === 'DT_UINT64';
      for (let i = 0; i < data.length; i++) {
        const v = (data as Int32Array)[i]!;
        if (BigInt(v) < range[0] || BigInt(v) > range[1]) throw Object.assign(new Error(`output "${key}" is ${dtype}, but TF.js computed ${v} for element ${i} (TF.js has only int32; TensorFlow would have wrapped); ${USE_TF_BACKEND}`), { code: 'OUT_OF_RANGE' as const });
        out[i] = wide ? BigInt(v) : v;
      }
      return { dtype, shape, data: out };
    }
    case 'float32': {
      const f32 = data as Float32Array;
      if (dtype === 'DT_DOUBLE') return { dtype, shape, data: Float64Array.from(f32) };
      if (dtype === 'DT_HALF') return { dtype, shape, data: Uint16Array.from(f32, floatToHalf) };
      if (dtype === 'DT_BFLOAT16') return { dtype, shape, data: Uint16Array.from(f32, floatToBfloat16) };
      return { dtype: 'DT_FLOAT', shape, data: Float32Array.from(f32) };
    }
    default:
      throw invalidArgument(`output "${key}" is ${t.dtype}, which mdeploy cannot return from TF.js; ${USE_TF_BACKEND}`);
  }
}

/** float32 → bfloat16 bits, rounding to nearest even (NaN stays a quiet NaN). */
function floatToBfloat16(v: number): number {
  const u = new Uint32Array(new Float32Array([v]).buffer)[0]!;
  if (Number.isNaN(v)) return (u >>> 16) | 0x40;
  return ((u + 0x7fff + ((u >>> 16) & 1)) >>> 16) & 0xffff;
}

function disposeAll(x: unknown): void {
  if (!x) return;
  if (Array.isArray(x)) x.forEach(disposeAll);
  else if (typeof (x as Tensor).dispose === 'function') (x as Tensor).dispose();
  else if (typeof x === 'object') Object.values(x as object).forEach(disposeAll);
}

interface NodeBackend {
  loadSavedModelMetaGraph(path: string, tags: string): number;
  deleteSavedModel(id: number): void;
  binding: TfBinding & {
    runSavedModel(id: number, inputIds: number[], inputNames: string, outputNames: string): Array<{ id: number; shape: number[]; dtype: number }>;
  };
}

/**
 * One TensorFlow session on a SavedModel's MetaGraph (libtensorflow through tfjs-node's binding). Any
 * signature runs in it by tensor names, so all signatures share one copy of the weights and of any state.
 * tfjs-node's own loadSavedModel is bypassed: its JavaScript SignatureDef parser fails on some valid models
 * (a TensorInfo without tensor_shape) and re-parses large graphs slowly. Tensors go in and out through the
 * binding directly, every dtype bit for bit (tf-tensors.ts), not through TF.js tensors.
 */
export interface TfSession {
  run(signature: SessionSignature, feeds: Record<string, HostTensor>, outputKeys?: string[]): Promise<Record<string, HostTensor>>;
  close(): void;
}

export function openTfSession(dir: string, tags: string[] = ['serve']): TfSession {
  const tf = loadTfjsNode();
  const backend = tf.backend() as unknown as NodeBackend;
  const binding = backend.binding;
  let id: number;
  try {
    id = backend.loadSavedModelMetaGraph(resolve(dir), tags.join(','));
  } catch (err) {
    throw new MdeployError('E_UNSUPPORTED_MODEL', `TensorFlow could not load the SavedModel (${(err as Error).message.split('\n')[0]})`, { file: dir, cause: err });
  }
  return {
    async run(sig, feeds, wanted) {
      const inputKeys = Object.keys(sig.inputs);
      const outputKeys = wanted?.length ? wanted : Object.keys(sig.outputs);
      // Every handle made for this run (feeds, their conversions, results and theirs), deleted at the end.
      const owned: number[] = [];
      try {
        // A feed's own dtype decides its tensor: Classify/Regress feed serialized tf.Examples as strings
        // whatever dtype the SignatureDef states (src/server/servable.ts).
        const ids = inputKeys.map((k) => {
          const f = feeds[k];
          if (!f) throw invalidArgument(`missing input "${k}"`);
          return inputTensor(binding, k, f, owned);
        });
        const results = binding.runSavedModel(
          id,
          ids,
          inputKeys.map((k) => sig.inputs[k]!.name).join(','),
          outputKeys.map((k) => sig.outputs[k]!.name).join(','),
        );
        owned.push(...results.map((r) => r.id));
        const out = Object.create(null) as Record<string, HostTensor>;
        results.forEach((r, i) => {
          out[outputKeys[i]!] = outputTensor(binding, outputKeys[i]!, r, owned);
        });
        return out;
      } finally {
        for (const h of owned) binding.deleteTensor(h);
      }
    },
    close() {
      backend.deleteSavedModel(id);
    },
  };
}

/** Runs a SavedModel signature on real TensorFlow kernels (libtensorflow via tfjs-node). */
export async function openTfSavedModel(dir: string, signature: SessionSignature, tags: string[] = ['serve']): Promise<ModelSession> {
  const session = openTfSession(dir, tags);
  return {
    backend: 'tf',
    signature,
    run: (feeds) => session.run(signature, feeds),
    async dispose() {
      session.close();
    },
  };
}

/**
 * Ops TF.js can only run with executeAsync: tfjs-converter's "control", "dynamic" and "hash_table" op
 * categories (op_list/control.js, dynamic.js, hash_table.js), whose executors return promises.
 */
const DYNAMIC_OPS = new Set([
  'LoopCond', 'Switch', 'Merge', 'Enter', 'Exit', 'NextIteration', 'If', 'StatelessIf', 'While', 'StatelessWhile',
  'EmptyTensorList', 'TensorListScatter', 'TensorListScatterV2', 'TensorListGather', 'TensorListGetItem', 'TensorListSetItem', 'TensorListReserve', 'TensorListFromTensor',
  'TensorListStack', 'TensorListSplit', 'TensorListConcat', 'TensorListConcatV2', 'TensorListPopBack', 'TensorListPushBack', 'TensorListLength', 'TensorListResize',
  'TensorArrayV3', 'TensorArrayWriteV3', 'TensorArrayReadV3', 'TensorArrayGatherV3', 'TensorArrayScatterV3', 'TensorArrayConcatV3', 'TensorArraySplitV3', 'TensorArraySizeV3', 'TensorArrayCloseV3',
  'NonMaxSuppressionV2', 'NonMaxSuppressionV3', 'NonMaxSuppressionV4', 'NonMaxSuppressionV5', 'Where', 'ListDiff',
  'HashTable', 'HashTableV2', 'LookupTableImport', 'LookupTableImportV2', 'LookupTableFind', 'LookupTableFindV2', 'LookupTableSize', 'LookupTableSizeV2', 'InitializeTable', 'InitializeTableV2',
]);

/**
 * TF.js for graph models: tfjs-node when its native binding loads (libtensorflow kernels, and the CPU backend's
 * for those it lacks: tfjs-kernels.ts), else tfjs-core with the pure-JavaScript CPU backend, which is what images
 * without libtensorflow run. MDEPLOY_TFJS_BACKEND=cpu forces the latter.
 */
let tfjsRuntime: Promise<{ tf: Tf; kind: 'tfjs-node' | 'cpu' }> | undefined;
export function loadTfjsForGraphModels(): Promise<{ tf: Tf; kind: 'tfjs-node' | 'cpu' }> {
  tfjsRuntime ??= (async () => {
    if (process.env['MDEPLOY_TFJS_BACKEND'] !== 'cpu') {
      try {
        const tf = loadTfjsNode();
        bridgeCpuKernels(tf);
        return { tf, kind: 'tfjs-node' as const };
      } catch {
        // fall through to the pure-JS backend
      }
    }
    const require = createRequire(import.meta.url);
    const core = require('@tensorflow/tfjs-core') as Tf;
    require('@tensorflow/tfjs-backend-cpu');
    const converter = require('@tensorflow/tfjs-converter') as { loadGraphModel: Tf['loadGraphModel'] };
    await core.setBackend('cpu');
    return { tf: { ...core, loadGraphModel: converter.loadGraphModel } as Tf, kind: 'cpu' as const };
  })();
  return tfjsRuntime;
}

interface WeightsGroup {
  paths: string[];
  weights: unknown[];
}

/** Reads model.json and its weight shards from disk (works with any TF.js backend). */
function fileModelArtifacts(modelJson: string): { load(): Promise<Record<string, unknown>> } {
  return {
    async load() {
      const json = JSON.parse(readFileSync(modelJson, 'utf8')) as Record<string, unknown> & { weightsManifest?: WeightsGroup[] };
      const groups = json.weightsManifest ?? [];
      const shards = groups.flatMap((g) => g.paths.map((p) => readFileSync(join(dirname(modelJson), p))));
      const data = Buffer.concat(shards);
      const { weightsManifest: _drop, ...rest } = json;
      void _drop;
      return { ...rest, weightSpecs: groups.flatMap((g) => g.weights), weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) };
    },
  };
}

/** Runs a TF.js graph model (model.json + shards) with tfjs-converter, on tfjs-node or the pure-JS CPU backend. */
export async function openTfjsGraphModel(dir: string): Promise<ModelSession> {
  const { tf } = await loadTfjsForGraphModels();
  const modelJson = join(resolve(dir), 'model.json');
  let model: import('@tensorflow/tfjs-node').GraphModel;
  try {
    model = await tf.loadGraphModel(fileModelArtifacts(modelJson) as never);
  } catch (err) {
    throw new MdeployError('E_UNSUPPORTED_MODEL', `TF.js could not load the graph model (${(err as Error).message.split('\n')[0]})`, { file: modelJson, cause: err });
  }
  const sig = (model as unknown as { signature: unknown }).signature as { inputs?: Record<string, { name: string; dtype: string; tensorShape?: { dim?: Array<{ size: string }>; unknownRank?: boolean } }>; outputs?: Record<string, { name: string; dtype: string; tensorShape?: { dim?: Array<{ size: string }>; unknownRank?: boolean } }>; methodName?: string };
  const specs = (m: NonNullable<typeof sig.inputs>): Record<string, TensorSpec> =>
    Object.fromEntries(
      Object.entries(m).map(([k, v]) => [k, { name: v.name, dtype: v.dtype as DTypeName, shape: v.tensorShape?.unknownRank ? null : (v.tensorShape?.dim ?? []).map((d) => Number(d.size)) }]),
    );
  const meta = (model as unknown as { artifacts?: { userDefinedMetadata?: { signatureKey?: string } } }).artifacts?.userDefinedMetadata;
  const signature: SessionSignature = { key: meta?.signatureKey ?? 'serving_default', methodName: sig.methodName ?? '', inputs: specs(sig.inputs ?? {}), outputs: specs(sig.outputs ?? {}) };
  const outputKeys = Object.keys(signature.outputs);
  const topology = (model as unknown as { artifacts?: { modelTopology?: { node?: Array<{ op: string }>; library?: { function?: unknown[] } } } }).artifacts?.modelTopology;
  const dynamic = (topology?.library?.function?.length ?? 0) > 0 || (topology?.node ?? []).some((n) => DYNAMIC_OPS.has(n.op));
  const weightIds = new Set(Object.values(model.weights).flatMap((ts) => ts.map((t) => t.id)));
  return {
    backend: 'tfjs',
    signature,
    async run(feeds) {
      const inputs: Record<string, Tensor> = {};
      try {
        for (const [k, v] of Object.entries(feeds)) inputs[k] = toTfTensor(tf, v, k);
        // executeAsync is needed for control flow and dynamic shapes; plain execute is faster otherwise.
        const result = (dynamic ? await model.executeAsync(inputs, outputKeys) : model.execute(inputs, outputKeys)) as Tensor | Tensor[];
        const list = Array.isArray(result) ? result : [result];
        try {
          const out: Record<string, HostTensor> = {};
          for (let i = 0; i < list.length; i++) out[outputKeys[i]!] = await fromTfTensor(tf, list[i]!, signature.outputs[outputKeys[i]!]?.dtype, outputKeys[i]);
          return out;
        } finally {
          // An output that is a weight (a Const) is the model's own tensor: disposing it would break the next run.
          disposeAll(list.filter((t) => !weightIds.has(t.id)));
        }
      } finally {
        disposeAll(inputs);
      }
    },
    async dispose() {
      model.dispose();
    },
  };
}
