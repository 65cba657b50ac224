/**
 * From a model to an image plan: find the model and its version, choose the backend (the node template's
 * default is ONNX when the SavedModel converts and validates, else the SavedModel on TensorFlow; any target
 * of the registry whose record says how images serve it can be asked for), convert it if needed, gather
 * mdeploy's server files, and plan the context. writeContext() puts a plan on disk
 * atomically (`mdeploy scaffold`); build.ts streams it to Docker instead.
 */
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { convertModel } from '../convert/convert.js';
import { exportTarget } from '../convert/targets.js';
import { isMdeployError, MdeployError } from '../errors.js';
import { resolveModelLocation } from '../savedmodel/location.js';
import { SavedModel } from '../savedmodel/savedmodel.js';
import { shapeAgnosticInputs } from '../server/input-checks.js';
import type { TensorSpec } from '../savedmodel/signature.js';
import { DEFAULT_BATCHING } from '../server/batcher.js';
import { silentProgress, type Progress } from '../util/progress.js';
import { VERSION } from '../version.js';
import { findTfliteModel } from '../inspect/tflite.js';
import { TFLITE_MODEL_FILE } from '../tflite/reader.js';
import { appEntries, IMAGE_BACKENDS, imageServing, type ImageBackend } from './app-files.js';
import { LABEL } from './docker.js';
import { defaultBaseImageTag, imageName, imageReferenceProblem } from './names.js';
import { contextHash, DEFAULT_TF_SERVING_TAG, planImage, type ContextFile, type ImagePlan, type ModelFile, type TemplateName } from './plan.js';

export interface ImageOptions {
  model: string;
  template?: TemplateName;
  name?: string;
  version?: number;
  backend?: 'auto' | ImageBackend;
  baseImage?: string;
  tag?: string;
  progress?: Progress;
}

export interface PreparedImage {
  plan: ImagePlan;
  name: string;
  version: number;
  backend: ImageBackend;
  template: TemplateName;
  baseImage: string;
  tag: string;
  notes: string[];
  /** Bytes of the model files in the image (sizes the container's default memory limit). */
  modelBytes: number;
  /** Removes temporary conversion output; call after the plan was written or built. */
  dispose(): void;
}

type Source = { kind: 'savedmodel'; dir: string; version?: number } | { kind: 'onnx'; file: string } | { kind: 'tflite'; file: string; name: string; version?: number } | { kind: 'tfjs'; dir: string };

function locate(model: string, version?: number): Source {
  const path = resolve(model);
  if (!existsSync(path)) throw new MdeployError('E_PATH_NOT_FOUND', 'no such file or directory', { file: model });
  if (statSync(path).isFile() && path.endsWith('.onnx')) return { kind: 'onnx', file: path };
  // A .tflite file, or TF Serving's TFLite layout (a base path whose version directories hold model.tflite).
  const lite = findTfliteModel(path, version);
  if (lite) {
    const dir = dirname(lite.file);
    const numbered = lite.basePath === null && basename(lite.file) === TFLITE_MODEL_FILE && /^\d+$/.test(basename(dir));
    const name = lite.basePath !== null ? basename(lite.basePath) : basename(lite.file) !== TFLITE_MODEL_FILE ? basename(lite.file, '.tflite') : basename(numbered ? dirname(dir) : dir);
    return { kind: 'tflite', file: lite.file, name, version: lite.version ?? (numbered ? Number(basename(dir)) : undefined) };
  }
  if (statSync(path).isDirectory() && existsSync(join(path, 'model.json'))) return { kind: 'tfjs', dir: path };
  const loc = resolveModelLocation(model, version);
  return { kind: 'savedmodel', dir: loc.modelDir, version: loc.version ?? (/^\d+$/.test(basename(loc.modelDir)) ? Number(basename(loc.modelDir)) : undefined) };
}

export { imageName };

/** Every file under a directory as model files (symlinks followed: a model directory is copied, not linked). */
function dirFiles(dir: string, prefix = ''): ModelFile[] {
  const out: ModelFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...dirFiles(full, rel));
    else out.push({ path: rel, type: 'file', source: full });
  }
  return out;
}

/** A :predict body for the README: zeros of the right shape when small, else a placeholder. */
export function requestExample(inputs: Record<string, TensorSpec> | undefined): string {
  const keys = Object.keys(inputs ?? {});
  if (!inputs || keys.length === 0) return '{"instances": [...]}';
  const row = (spec: TensorSpec): unknown => {
    const dims = (spec.shape ?? [-1]).slice(1).map((d) => (d < 0 ? 1 : d));
    const size = dims.reduce((a, b) => a * b, 1);
    if (size > 8) return `<${dims.join('x')} ${spec.dtype.replace('DT_', '').toLowerCase()}>`;
    const zero = spec.dtype === 'DT_STRING' ? '' : spec.dtype === 'DT_BOOL' ? false : 0;
    const nest = (d: number[]): unknown => (d.length === 0 ? zero : Array.from({ length: d[0]! }, () => nest(d.slice(1))));
    return nest(dims);
  };
  const instance = keys.length === 1 ? row(inputs[keys[0]!]!) : Object.fromEntries(keys.map((k) => [k, row(inputs[k]!)]));
  return JSON.stringify({ instances: [instance] }).replace(/"<([^>]+)>"/g, '<$1>');
}

export async function prepareImage(options: ImageOptions): Promise<PreparedImage> {
  const progress = options.progress ?? silentProgress;
  const template = options.template ?? 'node';
  const source = locate(options.model, options.version);
  const notes: string[] = [];
  const temps: string[] = [];
  const dispose = (): void => temps.forEach((t) => rmSync(t, { recursive: true, force: true }));
  // A tag Docker would refuse fails here, not after the conversion.
  const tagProblem = options.tag === undefined ? undefined : imageReferenceProblem(options.tag);
  if (tagProblem) throw new MdeployError('E_USAGE', tagProblem, { suggestions: [`Try -t ${imageName(options.tag!.split(':')[0]!.split('/').pop()!)}:1.`] });
  if (options.backend !== undefined && options.backend !== 'auto' && !IMAGE_BACKENDS.includes(options.backend)) {
    throw new MdeployError('E_USAGE', `--backend ${String(options.backend)} is not one an image runs: auto, ${IMAGE_BACKENDS.join(', ')}`);
  }
  try {
    const defaultName = source.kind === 'tflite' ? source.name : source.kind === 'onnx' ? basename(source.file, '.onnx') : basename(source.kind === 'savedmodel' && source.version !== undefined ? dirname(source.dir) : source.dir);
    const name = options.name ?? defaultName;
    if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new MdeployError('E_USAGE', `model name "${name}" may only hold letters, digits, ".", "_" and "-"; pick one with --name`);
    const version = options.version ?? (source.kind === 'savedmodel' || source.kind === 'tflite' ? source.version : undefined) ?? 1;

    // Assigned on every path below (one of them through onTensorFlow).
    let backend!: ImageBackend;
    let modelFiles!: ModelFile[];
    let inputs: Record<string, TensorSpec> | undefined;
    /** Why the SavedModel must run on TensorFlow to serve what it serves locally, if it must. */
    let needsTensorFlow: string | undefined;
    let signatureKeys: string[] = [];
    if (source.kind === 'savedmodel') {
      const model = SavedModel.load(source.dir);
      const mg = model.metaGraph();
      const sigs = mg.signatures();
      signatureKeys = sigs.map((x) => x.key);
      inputs = (sigs.find((x) => x.key === 'serving_default') ?? sigs[0])?.inputs;
      // A conversion fixes the SignatureDef's shapes, while TensorFlow (and TF Serving) take any shape where
      // only elementwise ops follow an input: such a model keeps TensorFlow to answer as it does locally.
      const agnostic = [...shapeAgnosticInputs(mg.graphDef, sigs)].filter(([, keys]) => keys.length > 0).map(([k]) => k);
      if (agnostic.length) needsTensorFlow = `TensorFlow takes inputs of any shape for signature ${agnostic.join(', ')}, as TF Serving does, and a conversion fixes them`;
      await model.close();
    }
    if (template === 'tf-serving') {
      if (source.kind !== 'savedmodel') throw new MdeployError('E_USAGE', '--template tf-serving needs a SavedModel (mdeploy writes TF Serving images for SavedModels only)', { file: options.model });
      if (options.backend && options.backend !== 'auto' && options.backend !== 'tf') throw new MdeployError('E_USAGE', `--template tf-serving serves SavedModels only; --backend ${options.backend} does not apply`);
      backend = 'tf';
      modelFiles = dirFiles(source.dir);
    } else if (source.kind === 'onnx') {
      if (options.backend && options.backend !== 'auto' && options.backend !== 'onnx') throw new MdeployError('E_USAGE', `an .onnx file is served on the onnx backend; --backend ${options.backend} does not apply`, { file: options.model });
      backend = 'onnx';
      modelFiles = [{ path: basename(source.file), type: 'file', source: source.file }];
      if (existsSync(`${source.file}.data`)) modelFiles.push({ path: `${basename(source.file)}.data`, type: 'file', source: `${source.file}.data` });
    } else if (source.kind === 'tflite') {
      if (options.backend && options.backend !== 'auto' && options.backend !== 'tflite') throw new MdeployError('E_USAGE', `a .tflite file is served on the tflite backend (LiteRT.js); --backend ${options.backend} does not apply`, { file: options.model });
      backend = 'tflite';
      // TF Serving's TFLite layout: the version directory holds model.tflite.
      modelFiles = [{ path: TFLITE_MODEL_FILE, type: 'file', source: source.file }];
    } else if (source.kind === 'tfjs') {
      backend = 'tfjs';
      modelFiles = dirFiles(source.dir);
    } else {
      const wanted = options.backend ?? 'auto';
      const onTensorFlow = (why: string): void => {
        backend = 'tf';
        modelFiles = dirFiles(source.dir);
        notes.push(`The SavedModel runs on TensorFlow (libtensorflow is in the image)${why}.`);
      };
      if (wanted === 'tf') onTensorFlow('');
      else if (wanted === 'auto' && needsTensorFlow) onTensorFlow(` because ${needsTensorFlow}`);
      else {
        if (needsTensorFlow) notes.push(`Shapes are the SignatureDef's: ${needsTensorFlow}.`);
        const to = wanted === 'auto' ? 'onnx' : wanted;
        const target = exportTarget(to);
        const serving = imageServing(to);
        const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-image-'));
        temps.push(tmp);
        // Every signature, one file each (ONNX: the server serves a directory of them as one model), or the
        // default one (a TF.js graph model holds one, and so does the .tflite mdeploy writes).
        const keys = serving.signatures === 'each' ? signatureKeys : [undefined];
        const converted: ModelFile[] = [];
        const missing: string[] = [];
        const validated: string[] = [];
        for (const key of keys) {
          const main = key === undefined || key === 'serving_default' || keys.length === 1;
          const out = join(tmp, serving.output(name, main ? undefined : fileSafe(key!)));
          try {
            const r = await progress.step(`converting ${key ? `signature ${key} ` : ''}to a ${target.label} (validated against TensorFlow when tfjs-node works)`, () =>
              convertModel({ model: source.dir, to, output: out, validate: 'auto', ...(key ? { signature: key } : {}) }),
            );
            converted.push(...(target.kind === 'file' ? r.files.map((f) => ({ path: basename(f.path), type: 'file' as const, source: f.path })) : dirFiles(out)));
            const v = r.validation;
            validated.push('skipped' in v ? `${r.source.signature} (not validated: ${v.skipped})` : `${r.source.signature} (validated, max relative error ${Math.max(...v.outputs.map((o) => o.maxRel)).toExponential(1)})`);
          } catch (err) {
            if (!isMdeployError(err) || !['E_UNSUPPORTED_OPS', 'E_VALIDATION_FAILED', 'E_UNSUPPORTED_MODEL'].includes(err.code)) throw err;
            missing.push(`${key ?? 'the default signature'} (${err.code}: ${err.message.split('\n')[0]})`);
          }
        }
        if (missing.length && wanted === 'auto') onTensorFlow(` because ${missing.length === keys.length ? 'the conversion did not pass' : 'some signatures do not convert'}: ${missing.join('; ')}`);
        else if (converted.length === 0) throw new MdeployError('E_UNSUPPORTED_MODEL', `no signature converts to ${to}: ${missing.join('; ')}`, { file: options.model, suggestions: ['Build with --backend tf to serve the SavedModel itself.'] });
        else {
          backend = to;
          modelFiles = converted;
          notes.push(`Converted to ${to}: ${validated.join(', ')}.`);
          if (missing.length) notes.push(`Not served (they need TensorFlow; build with --backend tf to keep them): ${missing.join('; ')}.`);
          if (serving.signatures === 'default' && signatureKeys.length > 1) notes.push(`Only the default signature is served (the ${target.label} mdeploy writes holds one; the SavedModel has ${signatureKeys.join(', ')}).`);
        }
      }
    }

    const defaultBase = defaultBaseImageTag();
    const baseImage = options.baseImage ?? (template === 'tf-serving' ? `tensorflow/serving:${DEFAULT_TF_SERVING_TAG}` : defaultBase);
    const tag = options.tag ?? `mdeploy/${imageName(name)}:${version}-${template === 'tf-serving' ? 'tf-serving' : backend}`;
    const app = template === 'node' ? await progress.step('collecting the server and its runtime packages', () => appEntries(backend)) : { entries: [], packages: [] };
    const plan = planImage({
      template,
      name,
      version,
      backend,
      baseImage,
      defaultBaseImage: defaultBase,
      tag,
      mdeployVersion: VERSION,
      nodeVersion: process.versions.node,
      modelFiles,
      app: app.entries,
      appPackages: app.packages.length,
      batching: { maxBatchSize: DEFAULT_BATCHING.maxBatchSize, batchTimeoutMicros: DEFAULT_BATCHING.batchTimeoutMicros, maxEnqueuedBatches: DEFAULT_BATCHING.maxEnqueuedBatches, numBatchThreads: DEFAULT_BATCHING.numBatchThreads },
      requestExample: requestExample(inputs),
      backendNote: notes.join(' ') || `The model runs on the ${backend} backend.`,
    });
    plan.contextHash = contextHash(plan.files, (p) => statSync(p), (p) => readFileSync(p));
    plan.labels[`mdeploy.context-hash`] = plan.contextHash;
    const modelBytes = modelFiles.reduce((n, f) => n + (f.type === 'file' && f.source ? statSync(f.source).size : 0), 0);
    // Read back by `serve --docker --image` to size the memory limit as for a model it builds (not hashed:
    // it follows from the files).
    plan.labels[LABEL.modelBytes] = String(modelBytes);
    return { plan, name, version, backend, template, baseImage, tag, notes, modelBytes, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

export interface WrittenContext {
  dir: string;
  files: number;
  bytes: number;
}

/** Writes a plan's files into `dir`, through a temporary sibling renamed into place (no half-written context). */
export function writeContext(plan: ImagePlan, dir: string, options: { overwrite?: boolean } = {}): WrittenContext {
  const target = resolve(dir);
  if (existsSync(target) && !options.overwrite) throw new MdeployError('E_USAGE', 'already exists; pass --overwrite to replace it', { file: dir });
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  let bytes = 0;
  try {
    for (const f of plan.files) {
      const dest = join(staging, ...f.path.split('/'));
      mkdirSync(dirname(dest), { recursive: true });
      if (f.type === 'symlink') symlinkSync(f.linkname!, dest);
      else if (f.content !== undefined) {
        writeFileSync(dest, f.content);
        bytes += Buffer.byteLength(f.content);
      } else {
        copyFileSync(f.source!, dest);
        bytes += statSync(dest).size;
      }
      if (f.mode !== undefined && f.type === 'file') chmodSync(dest, f.mode);
    }
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (isMdeployError(err)) throw err;
    throw new MdeployError('E_IO', `cannot write the build context (${(err as Error).message})`, { file: dir, cause: err });
  }
  return { dir: target, files: plan.files.length, bytes };
}

/** A build context directory on disk as context files, minus what its .dockerignore excludes. */
export function readContextDir(dir: string): ContextFile[] {
  const root = resolve(dir);
  if (!existsSync(join(root, 'Dockerfile'))) throw new MdeployError('E_USAGE', 'has no Dockerfile; pass a context written by `mdeploy scaffold`, or a model', { file: dir });
  const ignore = existsSync(join(root, '.dockerignore')) ? dockerignoreMatcher(readFileSync(join(root, '.dockerignore'), 'utf8')) : () => false;
  const out: ContextFile[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const rel = prefix ? `${prefix}/${name}` : name;
      if (rel !== 'Dockerfile' && ignore(rel)) continue;
      const full = join(d, name);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out.push({ path: rel, type: 'symlink', linkname: readlinkSync(full) });
      else if (st.isDirectory()) walk(full, rel);
      else out.push({ path: rel, type: 'file', source: full, mode: st.mode & 0o777 });
    }
  };
  walk(root, '');
  return out;
}

/** .dockerignore patterns (globs with * and **, ! to re-include) as a predicate on context paths. */
export function dockerignoreMatcher(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pat = (negate ? l.slice(1) : l).replace(/^\/+|\/+$/g, '');
      const re = new RegExp(`^${pat.split('**').map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')).join('.*')}(/.*)?$`);
      return { negate, re };
    });
  return (path) => {
    let ignored = false;
    for (const r of rules) if (r.re.test(path)) ignored = !r.negate;
    return ignored;
  };
}


/** A signature key as part of a file name ("tensorflow/serving/regress" → "tensorflow_serving_regress"). */
function fileSafe(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '_');
}
