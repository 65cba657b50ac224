/**
 * The one registry of conversion targets. `convert --to`, its flags, `docs/ops.md`, `inspect`'s converter
 * section, the image backends (`build`/`scaffold`/`serve --docker --backend`) and the server's in-memory ONNX
 * fallback all read it; adding a target is adding a record here (and its exporter). The graph is built once (src/graph): each target gets its own copy, rewrites that copy in
 * `prepare`, and `plan` turns it into files without modifying it.
 */
import { basename } from 'node:path';
import { sourceName } from '../exporters/provenance.js';
import { cloneGraph } from '../graph/clone.js';
import type { BuiltGraph } from '../graph/index.js';
import type { Dim, Graph } from '../graph/ir.js';
import type { OpRegistry } from '../graph/opdefs.js';
import { FROZEN_AWAY } from '../graph/freeze.js';
import type { OpSupportTable } from '../exporters/op-registry.js';
import { tfjsOps } from '../exporters/tfjs/registry.js';
import { DEFAULT_OPSET, MAX_OPSET, MIN_OPSET, onnxOps } from '../exporters/onnx/registry.js';
import { tfliteOps } from '../exporters/tflite/registry.js';
import { planTfjsModel, prepareTfjsGraph, type QuantizeOptions } from '../exporters/tfjs/index.js';
import { planOnnxModel, prepareOnnxGraph } from '../exporters/onnx/index.js';
import { planTfliteInt8Model, planTfliteModel, prepareTfliteGraph, type TfliteInt8Options } from '../exporters/tflite/index.js';
import { TFLITE_QUANTIZE_MODES, type TfliteQuantizeMode } from '../exporters/tflite/quantize.js';
import { openOnnxModel, SIGNATURE_METADATA_KEY } from '../runtime/onnx.js';
import type { ModelSession } from '../runtime/session.js';
import { MdeployError } from '../errors.js';
import { liteRtCannotHold } from '../runtime/litert.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { TFLITE_MODEL_FILE } from '../tflite/reader.js';
import type { Tolerance } from '../validate/compare.js';

export interface PlannedFiles {
  files: Array<{ path: string; bytes: Uint8Array }>;
  details: Record<string, unknown>;
  /**
   * When the target's runtime cannot run the main file itself: an equivalent model it can run, validated in
   * its place (TFLite with int8 I/O: the same model with float32 I/O, as LiteRT.js moves no int8 tensors).
   */
  validationFile?: { bytes: Uint8Array; why: string };
}

/** What every target's plan is given; target-specific settings ride along by name (opset, shardBytes, …). */
export type TargetOptions = Record<string, unknown> & { convertedBy: string; fileName?: string };

/**
 * How an image serves a target's files (mdeploy's node template): `build`/`scaffold --backend <target>`.
 * The runtimes are loaded lazily (inside `open()`), so the image's package list cannot be read from imports.
 */
export interface ImageServing {
  /** The packages the server loads on demand to run the files (they and their dependencies go into the image). */
  runtimePackages: string[];
  /** The model_platform of models.config (TF Serving runs .tflite files under "tensorflow"). */
  platform: string;
  /** Each SavedModel signature as its own file (ONNX), or only the default one (a TF.js graph model holds one; so does mdeploy's .tflite). */
  signatures: 'each' | 'default';
  /** The converted output's path in the version directory, for the model's name and a signature's file-safe key (non-default signatures only). */
  output(name: string, key?: string): string;
}

/** The names of the targets in EXPORT_TARGETS. */
export type TargetName = 'tfjs' | 'onnx' | 'tflite';

export interface ExportTarget {
  name: TargetName;
  label: string;
  /**
   * The target's op registry: the TF ops it handles (for `inspect` and docs/ops.md) and their versions. Reading
   * it loads the handlers, not the target's runtime.
   */
  ops: OpSupportTable;
  /** For a target whose ops export per target version: which versions a conversion can ask for (ONNX's opsets). */
  opVersions?: { label: string; min: number; max: number; default: number };
  /** How an image serves the target's files; absent when images cannot. */
  image?: ImageServing;
  /** A directory of files (tfjs) or one main file with optional side files next to it (onnx, tflite). */
  kind: 'dir' | 'file';
  /** The output name `--to` uses when several targets are written into one directory. */
  defaultOutput: string;
  /** Rewrites the target's own copy of the graph; returns what it did (counts, for the report). */
  prepare(graph: Graph, registry: OpRegistry, options: TargetOptions): Record<string, number>;
  /** The files for a prepared graph; never modifies it. */
  plan(graph: Readonly<Graph>, options: TargetOptions, prepared: Record<string, number>): PlannedFiles;
  /**
   * The same, for targets with modes that need a runtime while planning (TFLite's int8 calibration runs the
   * float model); `exportGraphAsync` uses it when present.
   */
  planAsync?(graph: Readonly<Graph>, options: TargetOptions, prepared: Record<string, number>): Promise<PlannedFiles>;
  /** Opens written output in the target's runtime (validation, serving); runtimes are imported here, on first use. */
  open(path: string, signature: SignatureInfo): Promise<ModelSession>;
  /**
   * The `--quantize` modes the target writes, each with the validation tolerance it defaults to
   * (undefined: the usual one); `--atol`/`--rtol` override it.
   */
  quantizeModes: Readonly<Record<string, Tolerance | undefined>>;
  /** Whether `--quantize-only` (weight-name globs) applies. */
  quantizeOnly: boolean;
}

const dims = (s: Dim[] | null): number[] | null => (s ? s.map((d) => (typeof d === 'number' ? d : -1)) : null);

const tfjs: ExportTarget = {
  name: 'tfjs',
  label: 'TF.js graph model',
  ops: tfjsOps,
  image: { runtimePackages: ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-converter'], platform: 'tfjs', signatures: 'default', output: (name) => name },
  kind: 'dir',
  defaultOutput: 'tfjs',
  prepare: (graph, registry) => prepareTfjsGraph(graph, registry),
  plan(graph, options) {
    const a = planTfjsModel(graph, {
      convertedBy: options.convertedBy,
      shardBytes: options['shardBytes'] as number | undefined,
      quantize: options['quantize'] as QuantizeOptions | undefined,
      metadata: { source: sourceName(graph.meta.source) },
    });
    return { files: a.files, details: { weights: a.weights } };
  },
  // The runtimes load when a target's files are opened, so reading the registry (inspect, --help) stays cheap.
  open: async (path) => (await import('../runtime/tfjs-node.js')).openTfjsGraphModel(path),
  quantizeModes: { float16: undefined, uint8: undefined, uint16: undefined },
  quantizeOnly: true,
};

const onnx: ExportTarget = {
  name: 'onnx',
  label: 'ONNX model',
  ops: onnxOps,
  opVersions: { label: 'opset', min: MIN_OPSET, max: MAX_OPSET, default: DEFAULT_OPSET },
  image: { runtimePackages: ['onnxruntime-node'], platform: 'onnx', signatures: 'each', output: (name, key) => `${name}${key === undefined ? '' : `.${key}`}.onnx` },
  kind: 'file',
  defaultOutput: 'model.onnx',
  prepare: (graph, _registry, options) => prepareOnnxGraph(graph, { opset: options['opset'] as number | undefined }),
  plan(graph, options, prepared) {
    // The SignatureDef travels in the model's metadata, so `mdeploy serve` keeps the original keys.
    const signature = {
      key: graph.meta.signatureKey,
      methodName: graph.meta.methodName,
      inputs: Object.fromEntries(graph.inputs.map((i) => [i.key, { name: i.key, dtype: i.type.dtype, shape: dims(i.type.shape) }])),
      outputs: Object.fromEntries(graph.outputs.map((o) => [o.key, { name: o.key, dtype: o.type.dtype, shape: dims(o.type.shape) }])),
    };
    const a = planOnnxModel(graph, {
      convertedBy: options.convertedBy,
      opset: options['opset'] as number | undefined,
      inputsAsNchw: options['inputsAsNchw'] as boolean | undefined,
      fileName: options.fileName,
      externalDataThreshold: options['externalDataThreshold'] as number | undefined,
      metadata: { [SIGNATURE_METADATA_KEY]: JSON.stringify(signature) },
      fused: { layerNorm: prepared['layerNorm'] ?? 0, gelu: prepared['gelu'] ?? 0 },
    });
    return { files: a.files, details: a.details };
  },
  open: (path) => openOnnxModel(path),
  quantizeModes: {},
  quantizeOnly: false,
};

/**
 * Full-integer int8's validation tolerance: max |err| ≤ 0.02 + 0.1 · max |reference| (an error of a tenth of
 * the output's largest magnitude, a few int8 steps of a well-calibrated output). Set from the corpus: see
 * test/integration/convert-tflite-int8.integration.test.ts, which prints the measured errors.
 */
export const INT8_TOLERANCE: Tolerance = { atol: 2e-2, rtol: 1e-1 };

const tflite: ExportTarget = {
  name: 'tflite',
  label: 'TFLite model',
  ops: tfliteOps,
  // TF Serving's TFLite layout: model.tflite in the version directory, where the server finds it (litert).
  image: { runtimePackages: ['@litertjs/core'], platform: 'tensorflow', signatures: 'default', output: () => TFLITE_MODEL_FILE },
  kind: 'file',
  defaultOutput: 'model.tflite',
  prepare: (graph, _registry, options) => prepareTfliteGraph(graph, { fuseLstm: options['tfliteLstm'] === 'fused' }),
  plan(graph, options) {
    // `--quantize` arrives as TF.js's { dtype, only }; TFLite takes the modes quantize.ts has.
    const q = (options['quantize'] as QuantizeOptions | undefined)?.dtype as string | undefined;
    if (q === 'int8') throw new RangeError('tflite int8 quantization calibrates in a runtime: plan it with planAsync (exportGraphAsync)');
    if (q !== undefined && !TFLITE_QUANTIZE_MODES.includes(q as TfliteQuantizeMode)) throw new RangeError(`tflite cannot quantize to ${q}`);
    const quantize = q ? { mode: q as TfliteQuantizeMode } : undefined;
    const a = planTfliteModel(graph, { convertedBy: options.convertedBy, fileName: options.fileName, quantize });
    return { files: a.files, details: a.details };
  },
  async planAsync(graph, options, prepared) {
    const q = (options['quantize'] as QuantizeOptions | undefined)?.dtype as string | undefined;
    if (q !== 'int8') return this.plan(graph, options, prepared);
    const int8 = options['int8'] as TfliteInt8Options | undefined;
    if (!int8) throw new MdeployError('E_USAGE', '--quantize int8 needs --calibration FILE: a representative dataset (JSONL, or .npy) to record the activation ranges with');
    const a = await planTfliteInt8Model(graph, { convertedBy: options.convertedBy, fileName: options.fileName, int8 });
    return {
      files: a.files,
      details: a.details,
      ...(a.validationBytes ? { validationFile: { bytes: a.validationBytes, why: 'int8 I/O: validated as the same model with float32 I/O (LiteRT.js moves no int8 tensors)' } } : {}),
    };
  },
  // The file's SignatureDef has the SavedModel signature's key, so LiteRT runs that one.
  open: async (path, signature) => {
    const litert = await import('../runtime/litert.js');
    const why = liteRtCannotRun(signature) ?? litert.liteRtCannotLoad((await import('../tflite/reader.js')).readTfliteFile(path).model);
    if (why) throw new (await import('../validate/validate.js')).CandidateUnavailable(`${why}; run the file in tf.lite.Interpreter (or any TFLite runtime) to check it`);
    return litert.openLiteRtModel(path, { signature: signature.key });
  },
  // Measured on the corpus against TensorFlow (max |err| / max |ref|): float16 ≤ 4e-4, the weight-only int8
  // modes ≤ 1e-2. Full int8 also rounds every activation to 1/255 of its calibrated range, layer after layer:
  // INT8_TOLERANCE.
  quantizeModes: {
    float16: { atol: 1e-3, rtol: 1e-2 },
    'dynamic-int8': { atol: 1e-2, rtol: 5e-2 },
    'weight-int8': { atol: 1e-2, rtol: 5e-2 },
    int8: INT8_TOLERANCE,
  } satisfies Record<TfliteQuantizeMode | 'int8', Tolerance>,
  quantizeOnly: false,
};

/**
 * Why LiteRT.js cannot run a signature, if it cannot: a dtype it has no tensors for. (Dimensions that vary
 * are no obstacle: src/runtime/litert.ts runs each set of input shapes on a copy of the file declared in them.)
 * Validation then has nothing to run the file with; tf.lite.Interpreter can.
 */
function liteRtCannotRun(signature: SignatureInfo): string | undefined {
  const odd = liteRtCannotHold([...Object.values(signature.inputs), ...Object.values(signature.outputs)].map((t) => t.dtype));
  if (odd.length) return `LiteRT.js, which runs .tflite files here, has only float32, int32 and uint8 tensors, and this signature has ${odd.join(', ')}`;
  return undefined;
}

/** Every target that has an exporter, in `--to`'s order. */
export const EXPORT_TARGETS: readonly ExportTarget[] = [tfjs, onnx, tflite];

export type ConvertTarget = TargetName;

/** Which TF ops a target handles: its registry's, plus the ones freezing removes before any exporter runs. */
export interface TargetOpSupport {
  target: TargetName;
  /** Whether the target has an exporter (every target here has; inspect's JSON keeps the field). */
  available: boolean;
  ops: ReadonlySet<string>;
}

export function targetSupport(name: TargetName): TargetOpSupport {
  return { target: name, available: true, ops: new Set([...exportTarget(name).ops.ops(), ...FROZEN_AWAY]) };
}

export function exportTarget(name: string): ExportTarget {
  const t = EXPORT_TARGETS.find((x) => x.name === name);
  if (!t) throw new RangeError(`no export target "${name}"`);
  return t;
}

/**
 * One target's files from a built graph: a copy of the graph, the target's rewrites on the copy, then its plan.
 * `built.graph` is left as it was, so the same build can feed the next target.
 */
export function exportGraph(target: ExportTarget, built: BuiltGraph, options: TargetOptions): PlannedFiles & { prepared: Record<string, number> } {
  const graph = cloneGraph(built.graph);
  const prepared = target.prepare(graph, built.registry, options);
  return { ...target.plan(graph, options, prepared), prepared };
}

/** exportGraph for every target and mode, including those that plan asynchronously (TFLite int8). */
export async function exportGraphAsync(target: ExportTarget, built: BuiltGraph, options: TargetOptions): Promise<PlannedFiles & { prepared: Record<string, number> }> {
  const graph = cloneGraph(built.graph);
  const prepared = target.prepare(graph, built.registry, options);
  return { ...(await (target.planAsync ? target.planAsync(graph, options, prepared) : target.plan(graph, options, prepared))), prepared };
}

/**
 * What is wrong with a `--quantize` / `--quantize-only` choice for these targets: one line per problem, each
 * saying what is valid (empty when all is well).
 */
export function quantizeProblems(targets: readonly ExportTarget[], mode: string | undefined, only: readonly string[] | undefined): string[] {
  const problems: string[] = [];
  if (mode !== undefined) {
    for (const t of targets) {
      if (mode in t.quantizeModes) continue;
      const valid = Object.keys(t.quantizeModes);
      problems.push(`--quantize ${mode} does not apply to --to ${t.name}: ${valid.length ? `it takes --quantize ${valid.join(', ')}` : 'it has no quantization'}`);
    }
  }
  if (only?.length) {
    for (const t of targets) {
      if (!t.quantizeOnly) problems.push(`--quantize-only does not apply to --to ${t.name} (only to ${EXPORT_TARGETS.filter((x) => x.quantizeOnly).map((x) => x.name).join(', ')})`);
    }
  }
  return problems;
}

/** Every `--quantize` mode some target writes. */
export const QUANTIZE_MODES: readonly string[] = [...new Set(EXPORT_TARGETS.flatMap((t) => Object.keys(t.quantizeModes)))];

/**
 * The tolerance a target is validated with: the user's `--atol`/`--rtol` where given, else the quantization
 * mode's default, else `fallback`.
 */
export function targetTolerance(target: ExportTarget, mode: string | undefined, user: Partial<Tolerance>, fallback: Tolerance): Tolerance {
  const base = (mode !== undefined ? target.quantizeModes[mode] : undefined) ?? fallback;
  return { atol: user.atol ?? base.atol, rtol: user.rtol ?? base.rtol };
}

/** For single-file targets: the name the main file gets (external data files are named after it). */
export function mainFileName(output: string): string {
  return basename(output);
}
