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
import { baseDtype, type DTypeName } from '../tensor/dtypes.js';
import type { HostTensor, NumericArray } from '../tensor/host.js';
import type { ModelSession, SessionSignature } from './session.js';

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

/** A host tensor as a tfjs tensor. int64 becomes int32 (TF.js has no int64); values must fit. */
export function toTfTensor(tf: Tf, t: HostTensor): Tensor {
  const shape = [...t.shape];
  switch (t.dtype) {
    case 'DT_STRING':
      return tf.tensor(t.data as Uint8Array[], shape, 'string');
    case 'DT_BOOL':
      return tf.tensor(t.data as Uint8Array, shape, 'bool');
    case 'DT_FLOAT':
      return tf.tensor(t.data as Float32Array, shape, 'float32');
    case 'DT_INT32':
      return tf.tensor(t.data as Int32Array, shape, 'int32');
    default: {
      const src = t.data as NumericArray;
      if (/INT/.test(t.dtype)) return tf.tensor(Int32Array.from(src as ArrayLike<number>, Number), shape, 'int32');
      return tf.tensor(Float32Array.from(src as ArrayLike<number>, Number), shape, 'float32');
    }
  }
}

/** A tfjs tensor back as a host tensor, in the signature's dtype where it is wider (int64). */
export async function fromTfTensor(t: Tensor, want?: string): Promise<HostTensor> {
  const shape = [...t.shape];
  // Strings as raw bytes: data() would decode them as UTF-8, which breaks binary values.
  if (t.dtype === 'string') return { dtype: 'DT_STRING', shape, data: (await t.bytes()) as Uint8Array[] };
  const data = await t.data();
  const dtype = want ? baseDtype(want) : undefined;
  switch (t.dtype) {
    case 'bool':
      return { dtype: 'DT_BOOL', shape, data: Uint8Array.from(data as ArrayLike<number>) };
    case 'int32':
      if (dtype === 'DT_INT64') return { dtype, shape, data: BigInt64Array.from(data as Int32Array, (v) => BigInt(v)) };
      return { dtype: 'DT_INT32', shape, data: Int32Array.from(data as ArrayLike<number>) };
    default:
      return { dtype: 'DT_FLOAT', shape, data: Float32Array.from(data as ArrayLike<number>) };
  }
}

function disposeAll(x: unknown): void {
  if (!x) return;
  if (Array.isArray(x)) x.forEach(disposeAll);
  else if (typeof (x as Tensor).dispose === 'function') (x as Tensor).dispose();
  else if (typeof x === 'object') Object.values(x as object).forEach(disposeAll);
}

interface OutputMetadata {
  id: number;
  shape: number[];
  dtype: number;
}

interface NodeBackend {
  loadSavedModelMetaGraph(path: string, tags: string): number;
  deleteSavedModel(id: number): void;
  getInputTensorIds(tensors: Tensor[]): number[];
  createOutputTensor(metadata: OutputMetadata): Tensor;
  binding: {
    TF_INT64: number;
    TF_UINT8: number;
    createTensor(shape: number[], dtype: number, data: Int32Array | Uint8Array): number;
    deleteTensor(id: number): void;
    runSavedModel(id: number, inputIds: number[], inputNames: string, outputNames: string): OutputMetadata[];
  };
}

/**
 * int64 inputs go to TensorFlow with all 64 bits. tfjs-node's own runSavedModel narrows them to int32 and
 * then zero-extends (so -1 arrives as 4294967295); here the tensor is built from the little-endian int64
 * bytes directly, in the two-int32-words form its binding expects.
 */
function int64Input(backend: NodeBackend, t: HostTensor): number {
  const data = t.data instanceof BigInt64Array ? t.data : BigInt64Array.from(t.data as ArrayLike<number>, (v) => BigInt(Math.trunc(Number(v))));
  return backend.binding.createTensor([...t.shape], backend.binding.TF_INT64, new Int32Array(data.buffer, data.byteOffset, data.length * 2));
}

/**
 * One TensorFlow session on a SavedModel's MetaGraph (libtensorflow through tfjs-node's binding). Any
 * signature runs in it by tensor names, so all signatures share one copy of the weights and of any state.
 * tfjs-node's own loadSavedModel is bypassed: its JavaScript SignatureDef parser fails on some valid models
 * (a TensorInfo without tensor_shape) and re-parses large graphs slowly.
 */
export interface TfSession {
  run(signature: SessionSignature, feeds: Record<string, HostTensor>, outputKeys?: string[]): Promise<Record<string, HostTensor>>;
  close(): void;
}

// tfjs-node warns on every int64 output; the values are read correctly, so keep logs clean.
let warnFiltered = false;
function filterInt64Warning(): void {
  if (warnFiltered) return;
  warnFiltered = true;
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('INT64 output tensor')) return;
    warn(...args);
  };
}

export function openTfSession(dir: string, tags: string[] = ['serve']): TfSession {
  const tf = loadTfjsNode();
  filterInt64Warning();
  const backend = tf.backend() as unknown as NodeBackend;
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
      const direct = inputKeys.map((k) => baseDtype(sig.inputs[k]!.dtype));
      const tensors: Tensor[] = [];
      const created: number[] = [];
      try {
        const ids = inputKeys.map((k, i) => {
          const f = feeds[k];
          if (!f) throw Object.assign(new Error(`missing input "${k}"`), { code: 'INVALID_ARGUMENT' });
          if (direct[i] === 'DT_INT64' || direct[i] === 'DT_UINT8') {
            const handle = direct[i] === 'DT_INT64' ? int64Input(backend, f) : backend.binding.createTensor([...f.shape], backend.binding.TF_UINT8, Uint8Array.from(f.data as ArrayLike<number>));
            created.push(handle);
            return handle;
          }
          const t = toTfTensor(tf, f);
          tensors.push(t);
          return backend.getInputTensorIds([t])[0]!;
        });
        const meta = backend.binding.runSavedModel(
          id,
          ids,
          inputKeys.map((k) => sig.inputs[k]!.name).join(','),
          outputKeys.map((k) => sig.outputs[k]!.name).join(','),
        );
        const results = meta.map((m) => backend.createOutputTensor(m));
        const out: Record<string, HostTensor> = {};
        for (let i = 0; i < results.length; i++) {
          out[outputKeys[i]!] = await fromTfTensor(results[i]!, sig.outputs[outputKeys[i]!]?.dtype);
          results[i]!.dispose();
        }
        return out;
      } finally {
        for (const t of tensors) t.dispose();
        for (const h of created) backend.binding.deleteTensor(h);
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

/** Ops TF.js can only run with executeAsync. */
const DYNAMIC_OPS = new Set(['Where', 'NonMaxSuppressionV2', 'NonMaxSuppressionV3', 'NonMaxSuppressionV4', 'NonMaxSuppressionV5', 'ListDiff', 'Unique', 'UniqueV2', 'While', 'StatelessWhile', 'If', 'StatelessIf', 'Switch', 'Merge', 'Enter', 'Exit', 'NextIteration', 'LoopCond']);

/**
 * TF.js for graph models: tfjs-node when its native binding loads (libtensorflow kernels), else tfjs-core with
 * the pure-JavaScript CPU backend, which is what images without libtensorflow run. MDEPLOY_TFJS_BACKEND=cpu
 * forces the latter.
 */
let tfjsRuntime: Promise<{ tf: Tf; kind: 'tfjs-node' | 'cpu' }> | undefined;
export function loadTfjsForGraphModels(): Promise<{ tf: Tf; kind: 'tfjs-node' | 'cpu' }> {
  tfjsRuntime ??= (async () => {
    if (process.env['MDEPLOY_TFJS_BACKEND'] !== 'cpu') {
      try {
        return { tf: loadTfjsNode(), kind: 'tfjs-node' as const };
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
  return {
    backend: 'tfjs',
    signature,
    async run(feeds) {
      const inputs: Record<string, Tensor> = {};
      for (const [k, v] of Object.entries(feeds)) inputs[k] = toTfTensor(tf, v);
      try {
        // executeAsync is needed for control flow and dynamic shapes; plain execute is faster otherwise.
        const result = (dynamic ? await model.executeAsync(inputs, outputKeys) : model.execute(inputs, outputKeys)) as Tensor | Tensor[];
        const list = Array.isArray(result) ? result : [result];
        const out: Record<string, HostTensor> = {};
        for (let i = 0; i < list.length; i++) out[outputKeys[i]!] = await fromTfTensor(list[i]!, signature.outputs[outputKeys[i]!]?.dtype);
        disposeAll(list);
        return out;
      } finally {
        disposeAll(inputs);
      }
    },
    async dispose() {
      model.dispose();
    },
  };
}
