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
 * whose shape differs from the tensor's declared one, -1 included, so a feed for a dynamic dimension runs
 * on a copy of the model whose input shapes are set to the feed's (src/tflite/patch.ts), compiled once per
 * distinct shape.
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

/**
 * The tensor shapes to write into a copy of the model for one set of feed shapes. The inputs get the feeds'
 * shapes. LiteRT.js also sizes output buffers from the declared output shapes, so when the only dynamic
 * dimension is a batch (dimension 0, one size for every input) every tensor whose shape_signature starts
 * with -1 gets that batch size too; other dynamic dimensions are left for the operators to resolve.
 */
export function concreteShapes(model: TfliteModel, sig: TfliteSignatureInfo, feedShapes: Map<string, number[]>): Map<number, number[]> {
  const tensors = model.subgraphs[sig.subgraphIndex]!.tensors;
  const out = new Map<number, number[]>();
  const batches = new Set<number>();
  let batchOnly = true;
  for (const [k, shape] of feedShapes) {
    const index = sig.inputTensors[k]!;
    out.set(index, shape);
    const signature = tensors[index]!.shapeSignature ?? tensors[index]!.shape;
    signature.forEach((d, i) => {
      if (d !== -1) return;
      if (i === 0) batches.add(shape[0]!);
      else batchOnly = false;
    });
  }
  if (!batchOnly || batches.size !== 1) return out;
  const [batch] = batches as unknown as [number];
  for (const [i, t] of tensors.entries()) {
    if (out.has(i) || !t.shapeSignature || t.shapeSignature[0] !== -1) continue;
    out.set(i, t.shapeSignature.map((d, j) => (j === 0 ? batch : d === -1 ? t.shape[j]! : d)));
  }
  return out;
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
  const variants = new Map<string, LiteRtCore.CompiledModel>();
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

  const compiledFor = async (sig: TfliteSignatureInfo, shapes: Map<string, number[]>): Promise<LiteRtCore.CompiledModel> => {
    const dynamic = Object.entries(sig.inputs).some(([, s]) => (s.shape ?? []).includes(-1));
    if (!dynamic) return base;
    const id = `${sig.subgraphIndex}|${[...shapes].map(([k, s]) => `${sig.inputTensors[k]}:${s.join('x')}`).join(',')}`;
    const hit = variants.get(id);
    if (hit) {
      variants.delete(id);
      variants.set(id, hit);
      return hit;
    }
    const patched = withTensorShapes(bytes, sig.subgraphIndex, concreteShapes(model, sig, shapes));
    const compiled = await compile(patched);
    variants.set(id, compiled);
    while (variants.size > maxVariants) {
      const [oldest, m] = variants.entries().next().value as [string, LiteRtCore.CompiledModel];
      variants.delete(oldest);
      m.delete();
    }
    return compiled;
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
      const compiled = await compiledFor(sig, shapes);
      const runner = runnerFor(compiled, sig);
      return guarded('run the model', async () => {
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
          results.forEach((r, i) => {
            try {
              const name = names.outputs.get(details[i]!.name) ?? details[i]!.name;
              if (!Object.prototype.hasOwnProperty.call(sig.outputs, name)) throw new Error(`LiteRT returned output "${name}", which signature "${sig.key}" does not have`);
              out[name] = { dtype: sig.outputs[name]!.dtype as HostTensor['dtype'], shape: [...r.type.layout.dimensions], data: r.toTypedArray() };
            } finally {
              r.delete();
            }
          });
          return out;
        } finally {
          for (const t of inputs) t.delete();
        }
      });
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
      for (const m of variants.values()) m.delete();
      variants.clear();
      base.delete();
    },
  };
}
