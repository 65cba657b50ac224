/**
 * What to serve: one model from the command line, or TF Serving's model_config_list file (text proto) with
 * several models, version policies and labels. Also TF Serving's batching and monitoring config files.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve, sep } from 'node:path';
import { MdeployError } from '../errors.js';
import { parseTextProto } from '../proto/textformat.js';
import { serving } from '../proto/serving-api.js';
import { isSavedModelDir, listVersions } from '../savedmodel/location.js';
import type { BatchingOptions } from './batcher.js';
import { ServingError } from './errors.js';
import type { BackendChoice } from './servable.js';

export type VersionPolicy = { kind: 'latest'; count: number } | { kind: 'all' } | { kind: 'specific'; versions: number[] };

export interface ModelConfig {
  name: string;
  /** A base path with numeric version directories, or a single model directory / file. */
  basePath: string;
  /** True when basePath is itself one model (served as version 1). */
  single: boolean;
  policy: VersionPolicy;
  labels: Map<string, number>;
  backend: BackendChoice;
}

const S = serving.tensorflow.serving;

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new MdeployError('E_PATH_NOT_FOUND', `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file: path });
  }
}

function parseConfigText<T>(path: string, type: string, fromObject: (o: Record<string, unknown>) => T): T {
  try {
    return parseTextProto(readText(path), 'serving', type, fromObject);
  } catch (err) {
    if (err instanceof MdeployError) throw err;
    throw new MdeployError('E_USAGE', `is not a valid ${type.split('.').pop()} text proto (${(err as Error).message})`, { file: path });
  }
}

/** Expands ${VAR} in base paths, as TF Serving's tests write them. */
function expand(s: string): string {
  return s.replace(/\$\{(\w+)\}/g, (_, v: string) => process.env[v] ?? '');
}

/** Reads a model_config_list file; relative base paths are relative to the file. */
export function readModelConfigFile(path: string, backend: BackendChoice = 'auto'): ModelConfig[] {
  const cfg = parseConfigText(path, 'tensorflow.serving.ModelServerConfig', (o) => S.ModelServerConfig.fromObject(o));
  return modelConfigsFromProto(cfg, { file: path, baseDir: dirname(path), backend });
}

/**
 * A ModelServerConfig (from a file, or a gRPC HandleReloadConfigRequest) as model configs. Relative base paths
 * resolve against `baseDir`; problems are E_USAGE errors naming `file` when given.
 */
export function modelConfigsFromProto(cfg: serving.tensorflow.serving.IModelServerConfig, where: { file?: string; baseDir: string; backend?: BackendChoice; allowedRoot?: string }): ModelConfig[] {
  const file = where.file;
  const list = cfg.modelConfigList?.config ?? [];
  if (list.length === 0) throw new MdeployError('E_USAGE', 'has no model_config_list entries', { file });
  const seen = new Set<string>();
  return list.map((c, i) => {
    if (!c.name) throw new MdeployError('E_USAGE', `config ${i + 1} has no name`, { file });
    if (seen.has(c.name)) throw new MdeployError('E_USAGE', `model "${c.name}" appears twice`, { file });
    seen.add(c.name);
    const raw = expand(c.basePath ?? '');
    if (!raw) throw new MdeployError('E_USAGE', `model "${c.name}" has no base_path`, { file });
    if (c.modelPlatform && c.modelPlatform !== 'tensorflow' && c.modelPlatform !== 'onnx' && c.modelPlatform !== 'tfjs') {
      throw new MdeployError('E_USAGE', `model "${c.name}" has model_platform "${c.modelPlatform}"; mdeploy serves tensorflow, onnx and tfjs`, { file });
    }
    const basePath = isAbsolute(raw) ? resolve(raw) : resolve(where.baseDir, raw);
    if (where.allowedRoot) assertUnder(where.allowedRoot, basePath, c.name);
    const p = c.modelVersionPolicy;
    let policy: VersionPolicy = { kind: 'latest', count: 1 };
    if (p?.all) policy = { kind: 'all' };
    else if (p?.specific) policy = { kind: 'specific', versions: (p.specific.versions ?? []).map(Number) };
    else if (p?.latest) policy = { kind: 'latest', count: Math.max(1, Number(p.latest.numVersions ?? 1)) };
    const labels = new Map(Object.entries(c.versionLabels ?? {}).map(([k, v]) => [k, Number(v)]));
    const platform = c.modelPlatform === 'onnx' ? 'onnx' : c.modelPlatform === 'tfjs' ? 'tfjs' : (where.backend ?? 'auto');
    return { name: c.name, basePath, single: isSingleModel(basePath), policy, labels, backend: platform };
  });
}

/**
 * A base path from a remote reload must lie under the model root: checked on the path as written before
 * anything is looked up (so a refusal says nothing about what exists), then on its real path (no symlinks out).
 */
function assertUnder(root: string, path: string, model: string): void {
  const refuse = (): never => {
    throw new ServingError('PERMISSION_DENIED', `model "${model}": its base_path is outside the model root ${root} (--model-root)`);
  };
  const realRoot = (() => {
    try {
      return realpathSync(root);
    } catch {
      return resolve(root);
    }
  })();
  const inside = (p: string, r: string): boolean => p === r || p.startsWith(r.endsWith(sep) ? r : r + sep);
  if (!inside(path, resolve(root)) && !inside(path, realRoot)) refuse();
  let real: string | undefined;
  try {
    real = realpathSync(path);
  } catch {
    real = undefined;
  }
  if (real !== undefined && !inside(real, realRoot)) refuse();
}

/** A directory holding a model itself (not numeric versions), or a .onnx file. */
export function isSingleModel(path: string): boolean {
  try {
    if (statSync(path).isFile()) return true;
  } catch {
    return false;
  }
  return listVersions(path).size === 0 && (isSavedModelDir(path) || statExists(resolve(path, 'model.json')) || statExists(resolve(path, 'model.tflite')));
}

function statExists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** One model from the command line. */
export function modelFromPath(path: string, options: { name?: string; backend?: BackendChoice; policy?: VersionPolicy } = {}): ModelConfig {
  const basePath = resolve(path);
  try {
    statSync(basePath);
  } catch {
    throw new MdeployError('E_PATH_NOT_FOUND', 'no such file or directory', { file: path });
  }
  const single = isSingleModel(basePath);
  const name = options.name ?? basename(basePath).replace(/\.(onnx|tflite)$/, '');
  return { name, basePath, single, policy: options.policy ?? { kind: 'latest', count: 1 }, labels: new Map(), backend: options.backend ?? 'auto' };
}

/** TF Serving's batching_parameters file (text proto). */
export function readBatchingConfig(path: string): Partial<BatchingOptions> {
  const p = parseConfigText(path, 'tensorflow.serving.BatchingParameters', (o) => S.BatchingParameters.fromObject(o));
  const out: Partial<BatchingOptions> = {};
  if (p.maxBatchSize) out.maxBatchSize = Number(p.maxBatchSize.value);
  if (p.batchTimeoutMicros) out.batchTimeoutMicros = Number(p.batchTimeoutMicros.value);
  if (p.maxEnqueuedBatches) out.maxEnqueuedBatches = Number(p.maxEnqueuedBatches.value);
  if (p.numBatchThreads) out.numBatchThreads = Number(p.numBatchThreads.value);
  if (p.allowedBatchSizes?.length) out.allowedBatchSizes = p.allowedBatchSizes.map(Number);
  if (out.maxBatchSize !== undefined && out.maxBatchSize < 1) throw new MdeployError('E_USAGE', 'max_batch_size must be at least 1', { file: path });
  const a = out.allowedBatchSizes;
  if (a && (a.some((v, i) => i > 0 && v <= a[i - 1]!) || (out.maxBatchSize !== undefined && a[a.length - 1] !== out.maxBatchSize))) {
    throw new MdeployError('E_USAGE', 'allowed_batch_sizes must increase and end with max_batch_size', { file: path });
  }
  return out;
}

/** TF Serving's monitoring config: the Prometheus path (enabled by default in mdeploy). */
export function readMonitoringConfig(path: string): { enabled: boolean; path: string } {
  const m = parseConfigText(path, 'tensorflow.serving.MonitoringConfig', (o) => S.MonitoringConfig.fromObject(o));
  return { enabled: m.prometheusConfig?.enable ?? false, path: m.prometheusConfig?.path || '/monitoring/prometheus/metrics' };
}
