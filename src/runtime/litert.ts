/**
 * The litert backend: a .tflite file run by Google's LiteRT.js (`@litertjs/core`, the LiteRT runtime built
 * to WebAssembly with XNNPACK), in Node, from the wasm files the package ships (no network).
 *
 * LiteRT.js is written for browsers and workers. Its loader runs the Emscripten glue script with
 * `importScripts()` and reads the factory from `self.ModuleFactory`; the glue itself then sees Node and
 * reads the .wasm with `fs` relative to `__dirname`. So while it loads (once per process) this module
 * provides `self` and an `importScripts` that runs that one glue file from the package's wasm/ folder as
 * CommonJS (vm.compileFunction with its own `require`, `module` and `__dirname`), and removes both globals,
 * and the loader's `ModuleFactory`/`Module` leftovers, when loading ends.
 *
 * Models are read and validated by mdeploy's own TFLite reader before LiteRT sees them, and every feed is
 * checked against the model's tensors: the runtime gets only what it can run. LiteRT.js refuses a feed
 * whose shape differs from the tensor's declared one, -1 included, and it sizes the output buffers it returns
 * from the declared output shapes (it has no resize call; measured: a wrong declared output shape gives
 * padding or garbage, not an error, while intermediate tensors are re-shaped by the operators when the model
 * is compiled). So a signature with dimensions that vary runs each set of input shapes on a copy of the model
 * whose inputs and varying outputs are declared in concrete shapes (src/tflite/patch.ts), compiled once and
 * kept in a small LRU cache. The output shapes come from the runtime itself: a probe of the model
 * (src/tflite/probe.ts) returns each output's shape, and every later run returns them again beside the
 * outputs, so an output whose shape follows the input values is caught and run again on a copy for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import vm from 'node:vm';
import type * as LiteRtCore from '@litertjs/core';
import { MdeployError } from '../errors.js';
import { DEFAULT_SIGNATURE } from '../savedmodel/signature.js';
import { numElements, type HostTensor, type NumericArray } from '../tensor/host.js';
import { withTensorShapes } from '../tflite/patch.js';
import { shapeOutputName, withShapeProbe, type ShapeProbeOptions } from '../tflite/probe.js';
import { readTfliteFile, readTfliteModel, type TfliteModel } from '../tflite/reader.js';
import { tfliteSignatures, type TfliteSignatureInfo } from '../tflite/signatures.js';
import { canonicalData, invalidArgument } from './feed.js';
import type { ModelSession } from './session.js';

export { tfliteSignatures, type TfliteSignatureInfo };

type Core = typeof LiteRtCore;

/** The dtypes LiteRT.js can move in and out of a model (its Tensor class knows these three). */
const LITERT_DTYPES: Partial<Record<string, 'float32' | 'int32' | 'uint8'>> = { DT_FLOAT: 'float32', DT_INT32: 'int32', DT_UINT8: 'uint8' };

/** The dtypes of `dtypes` LiteRT.js has no tensors for (it loads no model whose signature uses them). */
export function liteRtCannotHold(dtypes: Iterable<string>): string[] {
  return [...new Set([...dtypes].filter((d) => !LITERT_DTYPES[d]))];
}

/**
 * Why LiteRT.js cannot load a model at all, if it cannot: variable tensors (the state of a fused
 * UNIDIRECTIONAL_SEQUENCE_LSTM), which its loader refuses ("Variable tensors not yet supported").
 */
export function liteRtCannotLoad(model: TfliteModel): string | undefined {
  const variables = model.subgraphs.reduce((n, sg) => n + sg.tensors.filter((t) => t.isVariable).length, 0);
  if (variables) return `LiteRT.js, which runs .tflite files here, cannot load variable tensors, and this model has ${variables} (the state of fused UNIDIRECTIONAL_SEQUENCE_LSTM ops; convert without --tflite-lstm fused for a file it runs)`;
  return undefined;
}

let loading: Promise<Core> | undefined;
/** Set when the WebAssembly instance aborted or exited: its memory can no longer be trusted. */
let aborted: string | undefined;
/** The runtime's own log lines (INFO: …); kept for error messages, printed only with MDEPLOY_DEBUG. */
const recentLog: string[] = [];

function log(line: string): void {
  recentLog.push(line);
  if (recentLog.length > 20) recentLog.shift();
  if (process.env['MDEPLOY_DEBUG']) process.stderr.write(`[litert] ${line}\n`);
}

/** The package's wasm/ folder. */
export function liteRtWasmDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@litertjs/core')), '..', 'wasm');
}

type Globals = Record<'self' | 'importScripts' | 'ModuleFactory' | 'Module', unknown>;

async function load(): Promise<Core> {
  let core: Core;
  try {
    core = await import('@litertjs/core');
  } catch (err) {
    throw new MdeployError('E_DEPENDENCY_MISSING', `@litertjs/core does not load (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  const existing = core.getGlobalLiteRtPromise();
  if (existing) {
    await existing;
    return core;
  }
  const wasmDir = liteRtWasmDir();
  const g = globalThis as unknown as Globals;
  const added = (['self', 'importScripts', 'ModuleFactory', 'Module'] as const).filter((k) => !(k in globalThis));
  g.self ??= globalThis;
  g.importScripts = (url: unknown): void => {
    const file = resolve(String(url));
    // Only the package's own glue script is ever run.
    if (dirname(file) !== resolve(wasmDir) || !file.endsWith('.js')) throw new Error(`refusing to load ${file}`);
    const run = vm.compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
    const mod = { exports: {} as unknown };
    run.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
    g.ModuleFactory = mod.exports;
    // The options the loader hands to the factory: route the runtime's stdout/stderr, and note aborts.
    g.Module = {
      print: log,
      printErr: log,
      onAbort: (what: unknown) => {
        aborted = String(what);
      },
    };
  };
  // Environment.create() looks for WebGPU and warns when there is none; Node has none, and the CPU
  // (XNNPACK) path is what mdeploy uses, so that one warning is dropped while loading.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Failed to create default WebGPU device')) return;
    warn.apply(console, args);
  };
  try {
    await core.loadLiteRt(`${wasmDir}/`);
  } catch (err) {
    throw new MdeployError('E_DEPENDENCY_MISSING', `LiteRT.js could not start its WebAssembly runtime (${(err as Error).message.split('\n')[0]})`, { cause: err });
  } finally {
    console.warn = warn;
    for (const k of added) delete (globalThis as Record<string, unknown>)[k];
  }
  return core;
}

/** Loads LiteRT.js once per process; later calls get the same runtime. */
export function loadLiteRt(): Promise<Core> {
  loading ??= load().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

/**
 * Runs a call into the runtime. An abort or exit() inside WebAssembly leaves the instance unusable, so it is
 * remembered and every later call refuses; Emscripten's exit path also sets process.exitCode, which is put
 * back.
 */
async function guarded<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
  if (aborted) throw new MdeployError('E_DEPENDENCY_MISSING', `LiteRT.js stopped earlier in this process (${aborted}); restart mdeploy`);
  const exitCode = process.exitCode;
  try {
    return await fn();
  } catch (err) {
    const name = (err as { name?: string })?.name;
    // A trap or abort() is a WebAssembly.RuntimeError; exit() throws Emscripten's ExitStatus.
    if (name === 'RuntimeError' || name === 'ExitStatus') aborted ??= (err as Error).message;
    if ((err as { code?: string })?.code === 'INVALID_ARGUMENT') throw err;
    const reason = err instanceof Error ? err.message : String(err);
    // LiteRT's messages are a chain of "ERROR: [file:line]" lines with the reason in one of them.
    const lines = reason.split('\n').map((l) => l.replace(/^[\s└]*(ERROR|INFO|WARNING): /, '').trim()).filter(Boolean);
    throw new MdeployError('E_UNSUPPORTED_MODEL', `LiteRT could not ${what} (${lines.join('; ').slice(0, 400)})`, { cause: err });
  } finally {
    process.exitCode = exitCode;
  }
}

/** Checks feeds against a signature; returns each feed's concrete shape. Throws INVALID_ARGUMENT naming the input. */
export function checkFeeds(sig: TfliteSignatureInfo, feeds: Record<string, HostTensor>): Map<string, number[]> {
  const shapes = new Map<string, number[]>();
  for (const k of Object.keys(feeds)) if (!Object.prototype.hasOwnProperty.call(sig.inputs, k)) throw invalidArgument(`input "${k}" is not an input of signature "${sig.key}" (inputs: ${Object.keys(sig.inputs).join(', ')})`);
  for (const [k, spec] of Object.entries(sig.inputs)) {
    const t = Object.prototype.hasOwnProperty.call(feeds, k) ? feeds[k] : undefined;
    if (!t) throw invalidArgument(`input "${k}" of signature "${sig.key}" is missing`);
    if (t.dtype !== spec.dtype) throw invalidArgument(`input "${k}" is ${t.dtype}, but the model takes ${spec.dtype}`);
    if (!LITERT_DTYPES[t.dtype]) throw invalidArgument(`input "${k}" is ${t.dtype}; LiteRT.js runs float32, int32 and uint8 tensors only`);
    const want = spec.shape ?? [];
    const shape = t.shape;
    const fits = Array.isArray(shape) && shape.length === want.length && shape.every((d, i) => Number.isSafeInteger(d) && d >= 0 && (want[i] === -1 || want[i] === d));
    if (!fits) throw invalidArgument(`input "${k}" has shape [${String(shape)}], but the model takes [${want.join(',')}] (-1: any size)`);
    if (shape.includes(0)) throw invalidArgument(`input "${k}" has shape [${shape.join(',')}]: LiteRT.js holds no empty tensors`);
    if (!ArrayBuffer.isView(t.data) || (t.data as NumericArray).length !== numElements(shape)) {
      throw invalidArgument(`input "${k}" has ${ArrayBuffer.isView(t.data) ? (t.data as NumericArray).length : 'no typed-array'} values for shape [${shape.join(',')}]`);
    }
    shapes.set(k, shape);
  }
  for (const [k, spec] of Object.entries(sig.outputs)) {
    if (!LITERT_DTYPES[spec.dtype]) throw invalidArgument(`output "${k}" is ${spec.dtype}; LiteRT.js returns float32, int32 and uint8 tensors only`);
  }
  return shapes;
}

/** Whether a tensor spec has a dimension that varies (-1). */
const varies = (spec: { shape?: number[] | null }): boolean => (spec.shape ?? []).includes(-1);

/**
 * Checks a shape the runtime computed for output `key` against what the signature declares (rank, and
 * every fixed dimension); returns it, or throws: LiteRT's answer is never used unchecked.
 */
export function checkOutputShape(sig: TfliteSignatureInfo, key: string, shape: ArrayLike<number> | undefined): number[] {
  const want = sig.outputs[key]!.shape ?? [];
  const got = shape ? Array.from(shape) : [];
  const fits = shape !== undefined && got.length === want.length && got.every((d, i) => Number.isSafeInteger(d) && d >= 0 && (want[i] === -1 || want[i] === d));
  if (!fits) throw new MdeployError('E_UNSUPPORTED_MODEL', `LiteRT computed output "${key}" of signature "${sig.key}" as [${got.join(',')}], which does not fit its declared shape [${want.join(',')}]`);
  if (got.includes(0)) throw invalidArgument(`output "${key}" would have shape [${got.join(',')}] for these inputs: LiteRT.js holds no empty tensors`);
  return got;
}

/** A copy of a model compiled for one set of input shapes, and the output shapes it declares. */
interface Variant {
  compiled: LiteRtCore.CompiledModel;
  outputShapes: Map<string, number[]>;
}

export interface LiteRtSessionOptions {
  /** The signature `run()` serves (default: serving_default, else the first). */
  signature?: string;
  /** How many shape-specialised copies of a model with dynamic dimensions to keep compiled (default 4). */
  maxShapeVariants?: number;
}

/**
 * A .tflite model loaded into LiteRT.js. It has the shape of a ModelSession (src/runtime/session.ts) for
 * its default signature, and runs any other signature by key.
 */
export interface LiteRtSession extends Omit<ModelSession, 'backend'> {
  readonly backend: 'litert';
  readonly model: TfliteModel;
  readonly signatures: Record<string, TfliteSignatureInfo>;
  runSignature(key: string, feeds: Record<string, HostTensor>): Promise<Record<string, HostTensor>>;
}

/** Opens a .tflite file, or a model held in memory. The model is validated before LiteRT sees it. */
export async function openLiteRtModel(source: string | Uint8Array, options: LiteRtSessionOptions = {}): Promise<LiteRtSession> {
  const where = typeof source === 'string' ? source : undefined;
  const { model, bytes } = typeof source === 'string' ? readTfliteFile(source) : { model: readTfliteModel(source), bytes: source };
  const custom = model.operatorCodes.filter((c) => c.custom).map((c) => c.name);
  if (custom.length) {
    throw new MdeployError('E_UNSUPPORTED_OPS', `the model uses custom operators LiteRT.js does not have: ${[...new Set(custom)].join(', ')}`, { file: where, details: { ops: custom } });
  }
  const cannot = liteRtCannotLoad(model);
  if (cannot) throw new MdeployError('E_UNSUPPORTED_MODEL', cannot, { file: where, suggestions: ['Run it in tf.lite.Interpreter or another TFLite runtime, or convert again with --tflite-lstm while.'] });
  const signatures = tfliteSignatures(model);
  const keys = Object.keys(signatures);
  const defaultKey = options.signature ?? (keys.includes(DEFAULT_SIGNATURE) ? DEFAULT_SIGNATURE : keys[0]!);
  if (!signatures[defaultKey]) throw new MdeployError('E_UNKNOWN_SIGNATURE', `no signature "${defaultKey}" (signatures: ${keys.join(', ')})`, { file: where });

  const core = await loadLiteRt();
  const compile = (data: Uint8Array): Promise<LiteRtCore.CompiledModel> =>
    guarded('load the model', () => core.loadAndCompile(new Uint8Array(data), { accelerator: 'wasm' }));
  let base: LiteRtCore.CompiledModel;
  try {
    base = await compile(bytes);
  } catch (err) {
    throw err instanceof MdeployError ? new MdeployError(err.code, err.message, { file: where, cause: err.cause, suggestions: recentLog.length ? [`LiteRT said: ${recentLog.at(-1)}`] : undefined }) : err;
  }
  // Shape-specialised copies, most recently used last.
  const variants = new Map<string, Variant>();
  const maxVariants = options.maxShapeVariants ?? 4;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const runnerFor = (compiled: LiteRtCore.CompiledModel, sig: TfliteSignatureInfo): LiteRtCore.SignatureRunner => {
    const runners = compiled.signatures;
    // LiteRT.js names a model without SignatureDefs "<placeholder signature>": its only runner.
    return sig.signatureKey === null ? Object.values(runners)[0]! : runners[sig.signatureKey]!;
  };

  /** Runner (tensor) name → signature key, for signatures LiteRT does not know by key. */
  const runnerNames = (sig: TfliteSignatureInfo): { inputs: Map<string, string>; outputs: Map<string, string> } => {
    const tensors = model.subgraphs[sig.subgraphIndex]!.tensors;
    const byName = (m: Record<string, number>): Map<string, string> => new Map(sig.signatureKey === null ? Object.entries(m).map(([k, i]) => [tensors[i]!.name, k]) : []);
    return { inputs: byName(sig.inputTensors), outputs: byName(sig.outputTensors) };
  };

  /**
   * Runs one compiled model. Outputs named by shapeOutputName() (a variant's, or a probe's) are the shapes
   * LiteRT computed for the signature's outputs; they are returned apart, never as outputs.
   */
  const execute = (compiled: LiteRtCore.CompiledModel, sig: TfliteSignatureInfo, feeds: Record<string, HostTensor>, what: string): Promise<{ outputs: Record<string, HostTensor>; shapes: Map<string, number[]> }> => {
    const runner = runnerFor(compiled, sig);
    return guarded(what, async () => {
      const inputs: LiteRtCore.Tensor[] = [];
      try {
        // LiteRT names a runner's inputs by SignatureDef key, or by tensor name without SignatureDefs (then a
        // signature from metadata maps its keys to tensor names).
        const names = runnerNames(sig);
        for (const d of runner.getInputDetails()) {
          const key = names.inputs.get(d.name) ?? d.name;
          const t = Object.prototype.hasOwnProperty.call(feeds, key) ? feeds[key] : undefined;
          if (!t) throw new Error(`LiteRT lists input "${d.name}", which the model's signature "${sig.key}" does not have`);
          inputs.push(new core.Tensor(canonicalData(t) as Float32Array, t.shape));
        }
        const results = await runner.run(inputs);
        const details = runner.getOutputDetails();
        const out = Object.create(null) as Record<string, HostTensor>;
        const shapes = new Map<string, number[]>();
        const shapeKeys = new Map(Object.keys(sig.outputs).map((k) => [shapeOutputName(k), k]));
        results.forEach((r, i) => {
          try {
            const shapeOf = shapeKeys.get(details[i]!.name);
            if (shapeOf !== undefined) {
              shapes.set(shapeOf, [...(r.toTypedArray() as Int32Array)]);
              return;
            }
            const name = names.outputs.get(details[i]!.name) ?? details[i]!.name;
            if (!Object.prototype.hasOwnProperty.call(sig.outputs, name)) throw new Error(`LiteRT returned output "${name}", which signature "${sig.key}" does not have`);
            out[name] = { dtype: sig.outputs[name]!.dtype as HostTensor['dtype'], shape: [...r.type.layout.dimensions], data: r.toTypedArray() };
          } finally {
            r.delete();
          }
        });
        return { outputs: out, shapes };
      } finally {
        for (const t of inputs) t.delete();
      }
    });
  };

  /** The signature's outputs that vary (-1), as the probe options name them. */
  const varyingOutputs = (sig: TfliteSignatureInfo): Array<{ key: string; tensor: number }> =>
    Object.entries(sig.outputs)
      .filter(([, spec]) => varies(spec))
      .map(([key]) => ({ key, tensor: sig.outputTensors[key]! }));

  const probeOptions = (sig: TfliteSignatureInfo, keepOutputs: boolean): ShapeProbeOptions => ({
    subgraphIndex: sig.subgraphIndex,
    signatureDefIndex: sig.signatureKey === null ? null : model.signatureDefs.findIndex((d) => d.signatureKey === sig.signatureKey),
    outputs: varyingOutputs(sig),
    keepOutputs,
  });

  const describeShapes = (shapes: Map<string, number[]>): string => [...shapes].map(([k, s]) => `${k} [${s.join(',')}]`).join(', ');

  /** Compiles a specialised copy; a model that cannot take these shapes is the caller's problem (INVALID_ARGUMENT). */
  const compileFor = async (data: Uint8Array, feedShapes: Map<string, number[]>): Promise<LiteRtCore.CompiledModel> => {
    try {
      return await compile(data);
    } catch (err) {
      if (aborted) throw err;
      throw invalidArgument(`the model cannot run inputs of shape ${describeShapes(feedShapes)}: ${(err as Error).message.replace(/^LiteRT could not load the model /, '')}`);
    }
  };

  /**
   * The shapes LiteRT computes for the varying outputs from these feeds: a probe (src/tflite/probe.ts) of
   * the model with the feeds' input shapes, run once on the feeds, then dropped.
   */
  const probeShapes = async (sig: TfliteSignatureInfo, feedShapes: Map<string, number[]>, feeds: Record<string, HostTensor>): Promise<Map<string, number[]>> => {
    const inputs = new Map([...feedShapes].map(([k, s]) => [sig.inputTensors[k]!, s]));
    const probe = await compileFor(withShapeProbe(withTensorShapes(bytes, sig.subgraphIndex, inputs), probeOptions(sig, false)), feedShapes);
    try {
      let shapes: Map<string, number[]>;
      try {
        ({ shapes } = await execute(probe, sig, feeds, 'run the model'));
      } catch (err) {
        if (aborted) throw err;
        throw invalidArgument(`the model cannot run inputs of shape ${describeShapes(feedShapes)}: ${(err as Error).message.replace(/^LiteRT could not run the model /, '')}`);
      }
      return new Map(varyingOutputs(sig).map(({ key }) => [key, checkOutputShape(sig, key, shapes.get(key))]));
    } finally {
      probe.delete();
    }
  };

  /**
   * A copy of the model whose inputs and varying outputs are declared in concrete shapes (LiteRT sizes its
   * buffers from those; operators recompute every other tensor's shape when the copy is compiled), and that
   * also returns the shapes it computed for those outputs, so that each run can check them.
   */
  const variantFor = async (sig: TfliteSignatureInfo, id: string, feedShapes: Map<string, number[]>, outputShapes: Map<string, number[]>): Promise<Variant> => {
    const tensors = new Map<number, number[]>();
    for (const [k, s] of feedShapes) tensors.set(sig.inputTensors[k]!, s);
    for (const [k, s] of outputShapes) tensors.set(sig.outputTensors[k]!, s);
    const withChecks = outputShapes.size ? withShapeProbe(bytes, probeOptions(sig, true)) : bytes;
    const variant = { compiled: await compileFor(withTensorShapes(withChecks, sig.subgraphIndex, tensors), feedShapes), outputShapes };
    variants.set(id, variant);
    while (variants.size > maxVariants) {
      const [oldest, v] = variants.entries().next().value as [string, Variant];
      variants.delete(oldest);
      v.compiled.delete();
    }
    return variant;
  };

  const evict = (id: string): void => {
    variants.get(id)?.compiled.delete();
    variants.delete(id);
  };

  /** Output shapes a run reported that differ from the ones its variant declares. */
  const changed = (sig: TfliteSignatureInfo, variant: Variant, reported: Map<string, number[]>): Map<string, number[]> | undefined => {
    const now = new Map([...variant.outputShapes.keys()].map((k) => [k, checkOutputShape(sig, k, reported.get(k))]));
    return [...now].some(([k, s]) => s.join(',') !== variant.outputShapes.get(k)!.join(',')) ? now : undefined;
  };

  const runDynamic = async (sig: TfliteSignatureInfo, feedShapes: Map<string, number[]>, feeds: Record<string, HostTensor>): Promise<Record<string, HostTensor>> => {
    const id = `${sig.key}|${[...feedShapes].map(([k, s]) => `${sig.inputTensors[k]}:${s.join('x')}`).join(',')}`;
    let variant = variants.get(id);
    if (variant) {
      variants.delete(id);
      variants.set(id, variant);
    } else {
      variant = await variantFor(sig, id, feedShapes, varyingOutputs(sig).length ? await probeShapes(sig, feedShapes, feeds) : new Map());
    }
    const first = await execute(variant.compiled, sig, feeds, 'run the model');
    const moved = changed(sig, variant, first.shapes);
    if (!moved) return first.outputs;
    // An output whose shape follows the input values, not only their shapes: these values need other
    // output shapes than the cached copy declares, so its results are dropped and a copy for them runs.
    evict(id);
    variant = await variantFor(sig, id, feedShapes, moved);
    const second = await execute(variant.compiled, sig, feeds, 'run the model');
    if (changed(sig, variant, second.shapes)) throw new MdeployError('E_UNSUPPORTED_MODEL', `LiteRT computed different output shapes for the same inputs of signature "${sig.key}"`, { file: where });
    return second.outputs;
  };

  const runSignature = (key: string, feeds: Record<string, HostTensor>): Promise<Record<string, HostTensor>> => {
    const sig = Object.prototype.hasOwnProperty.call(signatures, key) ? signatures[key] : undefined;
    if (!sig) return Promise.reject(invalidArgument(`no signature "${key}" (signatures: ${keys.join(', ')})`));
    let shapes: Map<string, number[]>;
    try {
      shapes = checkFeeds(sig, feeds);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    // One run at a time: the WebAssembly instance is single-threaded and the variant cache is shared.
    const job = queue.then(async () => {
      if (closed) throw new MdeployError('E_UNSUPPORTED_MODEL', 'the LiteRT model was closed', { file: where });
      // A signature whose inputs and outputs are all fixed runs on the file as it is.
      if (!Object.values(sig.inputs).some(varies) && !Object.values(sig.outputs).some(varies)) return (await execute(base, sig, feeds, 'run the model')).outputs;
      return runDynamic(sig, shapes, feeds);
    });
    queue = job.catch(() => undefined);
    return job;
  };

  return {
    backend: 'litert',
    model,
    signatures,
    signature: signatures[defaultKey]!,
    run: (feeds) => runSignature(defaultKey, feeds),
    runSignature,
    async dispose() {
      await queue;
      if (closed) return;
      closed = true;
      for (const v of variants.values()) v.compiled.delete();
      variants.clear();
      base.delete();
    },
  };
}
