/**
 * A Servable: one loaded version of one model, with its signatures, the engine that runs it and a batcher
 * per batchable signature. Loading picks the backend from the files present (--backend overrides):
 * saved_model.pb → tf (real TensorFlow in worker processes), *.onnx → onnx (onnxruntime-node),
 * model.json → tfjs (tfjs-converter in worker processes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { isMdeployError, MdeployError } from '../errors.js';
import { WorkerPool } from '../runtime/pool.js';
import type { WorkerInit } from '../runtime/worker.js';
import { openLiteRtModel } from '../runtime/litert.js';
import { openOnnxModel } from '../runtime/onnx.js';
import { TFLITE_MODEL_FILE } from '../tflite/reader.js';
import type { BackendName, ModelSession, SessionSignature } from '../runtime/session.js';
import { VARIABLE_WRITERS } from '../graph/freeze.js';
import { cpuOnlyCopy } from '../savedmodel/devices.js';
import { SavedModel } from '../savedmodel/savedmodel.js';
import { INIT_OP_SIGNATURE, signatureFromProto, type SignatureInfo, type TensorSpec } from '../savedmodel/signature.js';
import type { HostTensor } from '../tensor/host.js';
import { Batcher, DEFAULT_BATCHING, type BatchingOptions } from './batcher.js';
import { invalid, redact, ServingCode, ServingError, type ServingCodeName } from './errors.js';
import { signatureChecks, inputChecksFor } from './input-checks.js';
import { checkShape, pickSignature, quoteKey, record } from './json-tensors.js';
import { checkVariablesComplete } from './completeness.js';
import { convertForOnnxRuntime } from './converted.js';

export type BackendChoice = 'auto' | 'tf' | 'onnx' | 'tfjs' | 'litert';

export interface ServableOptions {
  backend?: BackendChoice;
  /** Worker processes per model for the tf/tfjs backends (default: one per core, at most 4). */
  workers?: number;
  /**
   * TensorFlow's thread pools in each worker. Default: the cores shared out among the workers (each process has
   * its own pools, and pools sized for the whole machine in every worker fight over the cores: measured 14–48%
   * slower than 1 + 1 threads with 2 workers on 2 cores). 0 lets TensorFlow choose.
   */
  intraOpThreads?: number;
  interOpThreads?: number;
  /** false turns batching off. */
  batching?: BatchingOptions | false;
  tags?: string[];
  /** Told about load-time adjustments worth a log line. */
  onWarning?: (message: string) => void;
  /** Told about every batch the dynamic batcher runs (for metrics). */
  onBatch?: (signature: string, rows: number) => void;
}

/** TF Serving's JSON form of a TensorInfo and a SignatureDef (GetModelMetadata). */
export interface TensorInfoJson {
  dtype: string;
  tensor_shape: { dim: Array<{ size: string; name: string }>; unknown_rank: boolean };
  name: string;
}
export interface SignatureDefJson {
  inputs: Record<string, TensorInfoJson>;
  outputs: Record<string, TensorInfoJson>;
  method_name: string;
  defaults?: Record<string, never>;
}

/** Feature name → type, from the model's ParseExample ops: how :classify / :regress encode JSON examples. */
export type FeatureTypes = Map<string, 'float' | 'int64' | 'bytes'>;

type Feeds = Record<string, HostTensor>;

interface Engine {
  /** What executes the model: libtensorflow, tfjs-node, cpu (pure-JS TF.js) or onnxruntime. */
  runtime: string;
  run(signature: string, feeds: Feeds, outputs?: string[]): Promise<Feeds>;
  /** Runs once on every worker (warm-up). */
  runEach(signature: string, feeds: Feeds): Promise<void>;
  close(): Promise<void>;
}


/** Everything a Servable is made of (see loadServable). */
export interface ServableInit {
  name: string;
  version: number;
  dir: string;
  backend: BackendName;
  signatures: Map<string, SignatureInfo>;
  /** Every SignatureDef as TF Serving's metadata prints it. */
  signatureDefJson: Record<string, SignatureDefJson>;
  featureTypes?: FeatureTypes;
  stateful?: boolean;
  engine: Engine;
  batching: BatchingOptions | false;
  onBatch?: (signature: string, rows: number) => void;
  /** Signatures listed in the metadata that cannot run here, with the reason. */
  unavailable?: Map<string, string>;
  /** Per signature, per input: the shape requests must have (null: any). Default: the signatures' own. */
  inputChecks?: Map<string, Record<string, number[] | null>>;
}

/** A signature whose input and output maps have no prototype, so request keys like "constructor" are just keys. */
function ownKeysOnly(sig: SignatureInfo): SignatureInfo {
  return { ...sig, inputs: Object.assign(record(), sig.inputs), outputs: Object.assign(record(), sig.outputs) };
}

/** What an engine's failure means for the client: TensorFlow's own error code when the runtime gives one. */
export function inferenceError(err: unknown): ServingError {
  if (err instanceof ServingError) return err;
  const e = err as Error & { code?: unknown; crashed?: boolean };
  const message = redact(e.message ?? String(err));
  // A worker that died takes its requests with it: the server is fine, the request is not retried for you.
  if (e.crashed) return new ServingError('UNAVAILABLE', message, { httpStatus: 500 });
  if (typeof e.code === 'string' && e.code in ServingCode && e.code !== 'OK') return new ServingError(e.code as ServingCodeName, message);
  return new ServingError('INTERNAL', message);
}

export class Servable {
  private inflight = 0;
  private drained: (() => void) | undefined;
  private readonly batchers = new Map<string, Batcher>();
  private readonly engine: Engine;
  readonly name: string;
  readonly version: number;
  readonly dir: string;
  readonly backend: BackendName;
  readonly signatures: Map<string, SignatureInfo>;
  readonly signatureDefJson: Record<string, SignatureDefJson>;
  readonly featureTypes: FeatureTypes;
  readonly stateful: boolean;
  readonly unavailable: ReadonlyMap<string, string>;
  private readonly inputChecks: Map<string, Record<string, number[] | null>>;

  constructor(init: ServableInit) {
    this.name = init.name;
    this.version = init.version;
    this.dir = init.dir;
    this.backend = init.backend;
    this.signatures = new Map([...init.signatures].map(([k, sig]) => [k, ownKeysOnly(sig)]));
    this.inputChecks = init.inputChecks ?? signatureChecks(this.signatures.values());
    this.signatureDefJson = init.signatureDefJson;
    this.featureTypes = init.featureTypes ?? new Map();
    this.stateful = init.stateful ?? false;
    this.engine = init.engine;
    this.unavailable = init.unavailable ?? new Map();
    const { batching, onBatch } = init;
    if (batching && !this.stateful) {
      for (const sig of this.signatures.values()) {
        const batchable = [...Object.values(sig.inputs), ...Object.values(sig.outputs)].every((t) => t.shape && t.shape.length > 0 && t.shape[0] === -1);
        if (!batchable || Object.keys(sig.inputs).length === 0) continue;
        const batcher = new Batcher((feeds) => this.execute(sig.key, feeds), batching);
        if (onBatch) batcher.onBatch = (rows) => onBatch(sig.key, rows);
        this.batchers.set(sig.key, batcher);
      }
    }
  }

  /** Requests waiting in each signature's batch queue. */
  queueDepths(): Array<{ signature: string; queued: number }> {
    return [...this.batchers].map(([signature, b]) => ({ signature, queued: b.stats.queued }));
  }

  signature(key?: string): SignatureInfo {
    const k = key || 'serving_default';
    const sig = pickSignature(this.signatures, key);
    if (!sig) {
      const why = this.unavailable.get(k);
      if (why) throw new ServingError('UNIMPLEMENTED', `signature "${k}" cannot run on this server: ${why}`);
      throw invalid(`Serving signature name: "${k}" not found in signature def`);
    }
    return sig;
  }

  get runtime(): string {
    return this.engine.runtime;
  }

  batcher(key: string): Batcher | undefined {
    return this.batchers.get(key);
  }

  /** The engine, with its failures as ServingErrors (the batcher tells client mistakes from the rest by code). */
  private execute(signature: string, feeds: Feeds, outputs?: string[]): Promise<Feeds> {
    return this.engine.run(signature, feeds, outputs).catch((err: unknown) => {
      throw inferenceError(err);
    });
  }

  /**
   * Every input must be one of the signature's, with the shape the graph takes (input-checks.ts). Serialized
   * tf.Examples built by the server itself (Classify, Regress) are a string vector whatever the SignatureDef
   * claims (half_plus_three's regress signature says its tf.Example input is a DT_FLOAT scalar), as in TF Serving.
   */
  private checkFeeds(sig: SignatureInfo, feeds: Feeds, examples = false): void {
    const checks = this.inputChecks.get(sig.key) ?? record<number[] | null>();
    for (const [k, t] of Object.entries(feeds)) {
      if (!Object.prototype.hasOwnProperty.call(sig.inputs, k)) throw invalid(`input ${quoteKey(k)} is not in signature "${sig.key}" (inputs: ${Object.keys(sig.inputs).join(', ')})`);
      if (!examples) checkShape(t, checks[k] ?? null, k);
    }
  }

  /** Runs Classify/Regress: `feeds` are the server's own serialized tf.Examples (see checkFeeds). */
  runExamples(sig: SignatureInfo, feeds: Feeds): Promise<Feeds> {
    return this.run(sig, feeds, undefined, true);
  }

  /** Runs a signature; requests for batchable signatures go through the batcher. */
  async run(sig: SignatureInfo, feeds: Feeds, outputFilter?: string[], examples = false): Promise<Feeds> {
    for (const k of outputFilter ?? []) if (!Object.prototype.hasOwnProperty.call(sig.outputs, k)) throw invalid(`output tensor alias not found in signature: ${quoteKey(k).slice(1, -1)} Outputs expected to be in the set {${Object.keys(sig.outputs).join(',')}}.`);
    if (outputFilter && new Set(outputFilter).size !== outputFilter.length) {
      const dup = outputFilter.find((k, i) => outputFilter.indexOf(k) !== i)!;
      throw invalid(`duplicate output tensor alias: ${quoteKey(dup).slice(1, -1)}`);
    }
    this.checkFeeds(sig, feeds, examples);
    this.inflight++;
    try {
      const b = this.batchers.get(sig.key);
      // Batched requests compute every output (they share one run); an output filter then picks from them.
      const out = b ? await b.submit(feeds) : await this.execute(sig.key, feeds, outputFilter);
      if (!outputFilter?.length) return out;
      const picked = record<HostTensor>();
      for (const k of outputFilter) picked[k] = out[k]!;
      return picked;
    } finally {
      this.inflight--;
      if (this.inflight === 0) this.drained?.();
    }
  }

  /** Warm-up: runs a request on every worker, outside batching (see warmup.ts). */
  async warm(sig: SignatureInfo, feeds: Feeds, examples = false): Promise<void> {
    this.checkFeeds(sig, feeds, examples);
    await this.engine.runEach(sig.key, feeds).catch((err: unknown) => {
      throw inferenceError(err);
    });
  }

  get busy(): number {
    return this.inflight;
  }

  /** Waits for requests in flight, then releases the engine. */
  async unload(): Promise<void> {
    if (this.inflight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    await this.engine.close();
  }
}

/** TF Serving's JSON for a TensorInfo: dims as strings, names empty, unknown_rank spelled out. */
function tensorInfoJson(t: { name?: string | null; dtype: string; shape: number[] | null }): TensorInfoJson {
  return {
    dtype: t.dtype,
    tensor_shape: t.shape === null ? { dim: [], unknown_rank: true } : { dim: t.shape.map((d) => ({ size: String(d), name: '' })), unknown_rank: false },
    name: t.name ?? '',
  };
}

export function signatureDefJson(sig: { inputs: Record<string, TensorSpec>; outputs: Record<string, TensorSpec>; methodName: string }): SignatureDefJson {
  return {
    inputs: Object.fromEntries(Object.entries(sig.inputs).map(([k, t]) => [k, tensorInfoJson(t)])),
    outputs: Object.fromEntries(Object.entries(sig.outputs).map(([k, t]) => [k, tensorInfoJson(t)])),
    method_name: sig.methodName,
    defaults: {},
  };
}

/** The files of a version directory decide the backend. */
export function detectBackend(dir: string): 'tf' | 'onnx' | 'tfjs' | 'litert' | undefined {
  if (existsSync(join(dir, 'saved_model.pb')) || existsSync(join(dir, 'saved_model.pbtxt'))) return 'tf';
  if (existsSync(join(dir, 'model.json'))) return 'tfjs';
  if (onnxFile(dir)) return 'onnx';
  if (tfliteFile(dir)) return 'litert';
  return undefined;
}

/** A .tflite file, or the model.tflite of a version directory (TF Serving's TFLite layout). */
function tfliteFile(dir: string): string | undefined {
  if (dir.endsWith('.tflite')) return existsSync(dir) ? dir : undefined;
  const f = join(dir, TFLITE_MODEL_FILE);
  return existsSync(f) ? f : undefined;
}

function onnxFile(dir: string): string | undefined {
  return onnxFiles(dir)[0];
}

/** The .onnx file, or every .onnx file of a directory (a model converted signature by signature, as images are). */
function onnxFiles(dir: string): string[] {
  if (dir.endsWith('.onnx') && existsSync(dir)) return [dir];
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.onnx'))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

function defaultWorkers(): number {
  return Math.min(4, Math.max(1, cpus().length));
}

/** Starts the worker processes with their TensorFlow thread pools sized (see ServableOptions), and logs their lives. */
async function startPool(init: WorkerInit, size: number, options: ServableOptions): Promise<WorkerPool> {
  const share = Math.max(1, Math.floor(cpus().length / Math.max(1, size)));
  const pick = (v: number | undefined): number | undefined => (v === 0 ? undefined : (v ?? share));
  const pool = await WorkerPool.start(init, size, { tfThreads: { intraOp: pick(options.intraOpThreads), interOp: pick(options.interOpThreads) } });
  pool.onWorkerLost = (reason) => options.onWarning?.(`an inference worker died (${reason}); its requests failed and a new worker is starting`);
  pool.onWorkerReplaced = (m) => options.onWarning?.(m);
  pool.onRestartFailed = (m) => options.onWarning?.(m);
  return pool;
}

/** Feature types declared by ParseExample / ParseExampleV2 nodes (dense keys come from Const inputs). */
function featureTypesOf(model: SavedModel): FeatureTypes {
  const out: FeatureTypes = new Map();
  const mg = model.metaGraph();
  const nodes = mg.graphDef.node;
  const byName = new Map(nodes.map((n) => [n.name ?? '', n]));
  const typeOf = (v: number | undefined): 'float' | 'int64' | 'bytes' => (v === 1 ? 'float' : v === 9 ? 'int64' : 'bytes');
  const constStrings = (ref: string): string[] => {
    const n = byName.get(ref.replace(/:\d+$/, ''));
    const t = n?.attr?.['value']?.tensor;
    return (t?.stringVal ?? []).map((b) => new TextDecoder().decode(b as Uint8Array));
  };
  for (const n of nodes) {
    if (n.op === 'ParseExampleV2') {
      const inputs = (n.input ?? []).filter((i) => !i.startsWith('^'));
      const sparse = constStrings(inputs[2] ?? '');
      const dense = constStrings(inputs[3] ?? '');
      const st = n.attr?.['sparse_types']?.list?.type ?? [];
      const dt = n.attr?.['Tdense']?.list?.type ?? [];
      sparse.forEach((k, i) => out.set(k, typeOf(st[i] as number | undefined)));
      dense.forEach((k, i) => out.set(k, typeOf(dt[i] as number | undefined)));
    } else if (n.op === 'ParseExample') {
      const inputs = (n.input ?? []).filter((i) => !i.startsWith('^'));
      const ns = Number(n.attr?.['Nsparse']?.i ?? 0);
      const nd = Number(n.attr?.['Ndense']?.i ?? 0);
      const st = n.attr?.['sparse_types']?.list?.type ?? [];
      const dt = n.attr?.['Tdense']?.list?.type ?? [];
      for (let i = 0; i < ns; i++) constStrings(inputs[2 + i] ?? '').forEach((k) => out.set(k, typeOf(st[i] as number | undefined)));
      for (let i = 0; i < nd; i++) constStrings(inputs[2 + ns + i] ?? '').forEach((k) => out.set(k, typeOf(dt[i] as number | undefined)));
    }
  }
  return out;
}

/** Set once a tf worker reported that tfjs-node does not load here: later loads go straight to the fallback. */
let tfjsNodeMissing: string | undefined;

function poolEngine(pool: WorkerPool, close?: () => Promise<void>): Engine {
  return { runtime: pool.runtime, run: (k, f, o) => pool.run(k, f, o), runEach: (k, f) => pool.runEach(k, f), close: close ?? (() => pool.close()) };
}

export async function loadServable(name: string, version: number, dir: string, options: ServableOptions = {}): Promise<Servable> {
  const detected = detectBackend(dir);
  const backend = options.backend && options.backend !== 'auto' ? options.backend : detected;
  if (!backend) throw new MdeployError('E_NO_SAVED_MODEL', 'holds no saved_model.pb, model.json or .onnx file', { file: dir });
  const batching: BatchingOptions | false = options.batching === false ? false : { ...DEFAULT_BATCHING, ...options.batching };
  const base = { name, version, dir, batching, onBatch: options.onBatch };

  if (backend === 'onnx') {
    const files = onnxFiles(dir);
    if (files.length === 0) throw new MdeployError('E_NO_SAVED_MODEL', '--backend onnx needs a .onnx file', { file: dir });
    // One session per file; each file's metadata names the signature it is (several: one per signature).
    const sessions = new Map<string, ModelSession>();
    try {
      for (const f of files) {
        const session = await openOnnxModel(f);
        if (sessions.has(session.signature.key)) throw new MdeployError('E_UNSUPPORTED_MODEL', `two .onnx files serve signature "${session.signature.key}"`, { file: dir });
        sessions.set(session.signature.key, session);
      }
    } catch (err) {
      await Promise.all([...sessions.values()].map((x) => x.dispose()));
      throw err;
    }
    const sigs = [...sessions.values()].map((x) => x.signature);
    return new Servable({ ...base, backend: 'onnx', signatures: new Map(sigs.map((sig) => [sig.key, sig])), signatureDefJson: Object.fromEntries(sigs.map((sig) => [sig.key, signatureDefJson(sig)])), engine: sessionsEngine(sessions) });
  }

  if (backend === 'litert') {
    const file = tfliteFile(dir);
    if (!file) throw new MdeployError('E_NO_SAVED_MODEL', `--backend litert needs a .tflite file (or a version directory holding ${TFLITE_MODEL_FILE})`, { file: dir });
    // One LiteRT model serves every signature; its sessions share it, and closing the engine closes it.
    const lite = await openLiteRtModel(file);
    const sigs = Object.values(lite.signatures);
    const sessions = new Map<string, ModelSession>(sigs.map((sig) => [sig.key, { backend: 'litert', signature: sig, run: (f) => lite.runSignature(sig.key, f), dispose: async () => undefined }]));
    return new Servable({ ...base, backend: 'litert', signatures: new Map(sigs.map((sig) => [sig.key, sig])), signatureDefJson: Object.fromEntries(sigs.map((sig) => [sig.key, signatureDefJson(sig)])), engine: sessionsEngine(sessions, () => lite.dispose(), 'litert') });
  }

  if (backend === 'tfjs') {
    if (!existsSync(join(dir, 'model.json'))) throw new MdeployError('E_NO_SAVED_MODEL', '--backend tfjs needs a model.json', { file: dir });
    const sig = readTfjsSignature(dir);
    const pool = await startPool({ backend: 'tfjs', path: dir, tags: [], signatures: { [sig.key]: sig } }, options.workers ?? defaultWorkers(), options);
    return new Servable({ ...base, backend: 'tfjs', signatures: new Map([[sig.key, sig]]), signatureDefJson: { [sig.key]: signatureDefJson(sig) }, engine: poolEngine(pool) });
  }

  // tf: the SavedModel itself, on libtensorflow.
  const model = SavedModel.load(dir);
  try {
    checkVariablesComplete(model, options.tags);
    const mg = model.metaGraph(options.tags);
    const sigs = mg.signatures();
    if (sigs.length === 0) throw new MdeployError('E_UNKNOWN_SIGNATURE', 'has no servable signatures', { file: dir });
    const ops = mg.reachableOps(sigs.map((s) => s.key));
    const stateful = [...ops.keys()].some((op) => VARIABLE_WRITERS.test(op));
    const defs = mg.proto.signatureDef ?? {};
    const json: Record<string, SignatureDefJson> = {};
    for (const key of Object.keys(defs)) {
      const s = signatureFromProto(key, defs[key]!);
      json[key] = signatureDefJson(s);
      // TF Serving prints the init-op pseudo-signature without defaults.
      if (key === INIT_OP_SIGNATURE) delete json[key]!.defaults;
    }
    const tfBase = { ...base, signatureDefJson: json, featureTypes: featureTypesOf(model), stateful, inputChecks: inputChecksFor(mg.graphDef, sigs) };
    // Without libtensorflow, `--backend auto` still serves: every signature that converts runs on onnxruntime.
    const fallback = async (reason: string): Promise<Servable> => {
      const converted = await convertForOnnxRuntime(model, mg.tags, sigs);
      const running = sigs.filter((s) => converted.sessions.has(s.key));
      options.onWarning?.(
        `${reason}; serving ${running.map((s) => s.key).join(', ')} on onnxruntime (converted to ONNX in memory)` +
          (converted.unavailable.size ? `; unavailable: ${[...converted.unavailable].map(([k, r]) => `${k} (${r})`).join(', ')}` : ''),
      );
      return new Servable({ ...tfBase, backend: 'onnx', signatures: new Map(running.map((s) => [s.key, s])), inputChecks: signatureChecks(running), engine: sessionsEngine(converted.sessions, converted.dispose), unavailable: converted.unavailable });
    };
    const auto = (options.backend ?? 'auto') === 'auto';
    if (auto && tfjsNodeMissing) return await fallback(tfjsNodeMissing);
    const signatures: Record<string, SessionSignature> = Object.fromEntries(sigs.map((s) => [s.key, s]));
    // A model exported on a GPU machine still serves here: its GPU/TPU placements are cleared in a copy.
    const cpu = cpuOnlyCopy(model.dir);
    if (cpu) options.onWarning?.(`cleared device placements ${cpu.removed.join(', ')} so the model runs on CPU`);
    let pool: WorkerPool;
    try {
      pool = await startPool({ backend: 'tf', path: cpu?.dir ?? model.dir, tags: mg.tags, signatures }, stateful ? 1 : (options.workers ?? defaultWorkers()), options);
    } catch (err) {
      cpu?.dispose();
      if (auto && isMdeployError(err) && err.code === 'E_DEPENDENCY_MISSING') {
        tfjsNodeMissing = err.message;
        return await fallback(err.message);
      }
      if (!cpu) throw err;
      // Report the user's directory, not the temporary copy.
      throw new MdeployError('E_UNSUPPORTED_MODEL', (err as Error).message.split(`${cpu.dir}: `).join('').split(cpu.dir).join(model.dir), { file: dir });
    }
    const b = batching ? { ...batching, numBatchThreads: Math.min(batching.numBatchThreads, pool.size) } : false;
    const close = async (): Promise<void> => {
      await pool.close();
      cpu?.dispose();
    };
    return new Servable({ ...tfBase, backend: 'tf', batching: b, signatures: new Map(sigs.map((s) => [s.key, s])), engine: poolEngine(pool, close) });
  } finally {
    await model.close();
  }
}

/** In-process onnxruntime sessions, one per signature. */
function sessionsEngine(sessions: Map<string, ModelSession>, dispose?: () => Promise<void>, runtime = 'onnxruntime'): Engine {
  const session = (k: string): ModelSession => {
    const s = sessions.get(k);
    if (!s) throw invalid(`no signature "${k}"`);
    return s;
  };
  return {
    runtime,
    run: async (k, f, o) => {
      const out = await session(k).run(f);
      return o?.length ? Object.fromEntries(o.map((name) => [name, out[name]!])) : out;
    },
    runEach: async (k, f) => {
      await session(k).run(f);
    },
    close: dispose ?? (async () => {
      await Promise.all([...sessions.values()].map((s) => s.dispose()));
    }),
  };
}

function readTfjsSignature(dir: string): SessionSignature {
  const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as {
    signature?: { inputs?: Record<string, { name: string; dtype: string; tensorShape?: { dim?: Array<{ size: string }>; unknownRank?: boolean } }>; outputs?: Record<string, { name: string; dtype: string; tensorShape?: { dim?: Array<{ size: string }>; unknownRank?: boolean } }>; methodName?: string };
    userDefinedMetadata?: { signatureKey?: string };
  };
  const specs = (m: Record<string, { name: string; dtype: string; tensorShape?: { dim?: Array<{ size: string }>; unknownRank?: boolean } }> = {}): Record<string, TensorSpec> =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { name: v.name, dtype: v.dtype, shape: v.tensorShape?.unknownRank ? null : (v.tensorShape?.dim ?? []).map((d) => Number(d.size)) }]));
  return { key: json.userDefinedMetadata?.signatureKey ?? 'serving_default', methodName: json.signature?.methodName ?? 'tensorflow/serving/predict', inputs: specs(json.signature?.inputs), outputs: specs(json.signature?.outputs) };
}
