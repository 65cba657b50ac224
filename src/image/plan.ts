/**
 * planImage(): the files of a serving image's build context, decided without touching the disk or Docker, so
 * the same plan can be written (`scaffold`), streamed to the daemon (`build`, `serve --docker`) and
 * snapshot-tested. Text files come from templates/ through renderTemplate(); model and app files are copied.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MdeployError } from '../errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import { renderTemplate } from '../util/template.js';
import { imageServing, type AppEntry, type ImageBackend } from './app-files.js';

export type TemplateName = 'node' | 'tf-serving';
export const DEFAULT_TF_SERVING_TAG = '2.18.0';

/** One file of a build context. */
export interface ContextFile {
  /** Path inside the context, with forward slashes. */
  path: string;
  type: 'file' | 'symlink';
  /** Generated text… */
  content?: string;
  /** …or a file copied from this machine. */
  source?: string;
  linkname?: string;
  mode?: number;
}

export interface ModelFile {
  /** Path under models/<name>/<version>/. */
  path: string;
  type: 'file' | 'symlink';
  source?: string;
  linkname?: string;
}

export interface BatchingDefaults {
  maxBatchSize: number;
  batchTimeoutMicros: number;
  maxEnqueuedBatches: number;
  numBatchThreads: number;
}

export interface ImageInput {
  template: TemplateName;
  name: string;
  version: number;
  /** node: mdeploy's backend; tf-serving is always TensorFlow Serving. */
  backend: ImageBackend;
  /** node: the Node base image; tf-serving: the TF Serving image. */
  baseImage: string;
  /** The default node base image (mentioned in comments). */
  defaultBaseImage: string;
  /** Image tag suggested in the README. */
  tag: string;
  mdeployVersion: string;
  nodeVersion: string;
  modelFiles: ModelFile[];
  /** node only: mdeploy's server files under app/. */
  app: AppEntry[];
  appPackages: number;
  batching: BatchingDefaults;
  /** A :predict body that fits the model's default signature (README). */
  requestExample: string;
  /** Why this backend (e.g. "ONNX conversion failed: …, so the SavedModel runs on TensorFlow"). */
  backendNote: string;
}

export interface ImagePlan {
  template: TemplateName;
  files: ContextFile[];
  /** Labels set on the image (besides those in the Dockerfile). */
  labels: Record<string, string>;
  /** sha256 of everything in the context (text, and path/size/mtime of copied files): the build cache key. */
  contextHash: string;
}

export { renderTemplate };

function template(name: TemplateName, file: string): string {
  return readFileSync(join(TEMPLATES_DIR, name, file), 'utf8');
}


/** TF Serving's model_config_list for the one model, in its version layout under /models. */
export function modelsConfig(name: string, platform: string): string {
  return `model_config_list {\n  config {\n    name: "${name}"\n    base_path: "/models/${name}"\n    model_platform: "${platform}"\n  }\n}\n`;
}

export function batchingConfig(b: BatchingDefaults): string {
  return `max_batch_size { value: ${b.maxBatchSize} }\nbatch_timeout_micros { value: ${b.batchTimeoutMicros} }\nmax_enqueued_batches { value: ${b.maxEnqueuedBatches} }\nnum_batch_threads { value: ${b.numBatchThreads} }\n`;
}

export const MONITORING_CONFIG = 'prometheus_config {\n  enable: true\n  path: "/monitoring/prometheus/metrics"\n}\n';

export function planImage(input: ImageInput): ImagePlan {
  if (input.template === 'tf-serving' && input.backend !== 'tf') {
    throw new MdeployError('E_USAGE', `--template tf-serving serves SavedModels only (TensorFlow Serving runs no ${input.backend} models); leave out --backend`);
  }
  const vars = {
    name: input.name,
    version: input.version,
    backend: input.template === 'tf-serving' ? 'tf-serving' : input.backend,
    baseImage: input.baseImage,
    defaultBaseImage: input.defaultBaseImage,
    tag: input.tag,
    mdeployVersion: input.mdeployVersion,
    nodeMajor: input.nodeVersion.split('.')[0]!,
    tfServingTag: input.baseImage.split(':').pop()!,
    description: `${input.name} v${input.version} served by ${input.template === 'tf-serving' ? 'TensorFlow Serving' : `mdeploy (${input.backend})`}`,
    requestExample: input.requestExample,
    backendNote: input.backendNote,
    appPackages: input.appPackages,
  };
  const t = input.template;
  const files: ContextFile[] = [
    { path: 'Dockerfile', type: 'file', content: renderTemplate(template(t, 'Dockerfile'), vars) },
    { path: '.dockerignore', type: 'file', content: renderTemplate(template(t, 'dockerignore'), vars) },
    { path: 'README.md', type: 'file', content: renderTemplate(template(t, 'README.md'), vars) },
    { path: 'models/models.config', type: 'file', content: modelsConfig(input.name, t === 'tf-serving' || input.backend === 'tf' ? 'tensorflow' : imageServing(input.backend).platform) },
    { path: 'models/batching.config', type: 'file', content: batchingConfig(input.batching) },
    { path: 'models/monitoring.config', type: 'file', content: MONITORING_CONFIG },
  ];
  const versionDir = `models/${input.name}/${input.version}`;
  for (const f of input.modelFiles) files.push({ path: `${versionDir}/${f.path}`, type: f.type, source: f.source, linkname: f.linkname });
  if (t === 'node') for (const a of input.app) files.push({ path: `app/${a.path}`, type: a.type, source: a.source, linkname: a.linkname, mode: a.mode });
  const labels = { 'mdeploy.managed': 'true', 'mdeploy.model': input.name, 'mdeploy.version': String(input.version), 'mdeploy.backend': vars.backend };
  return { template: t, files, labels, contextHash: '' };
}

/**
 * The build cache key. Model files are hashed by content (a conversion rewrites them into a new temporary
 * file each time, with the same bytes); mdeploy's own files and packages by path, size and mtime (they only
 * change when mdeploy is reinstalled, and hashing a 700 MB libtensorflow on every `serve --docker` is slow).
 */
export function contextHash(files: ContextFile[], stat: (path: string) => { size: number; mtimeMs: number }, read: (path: string) => Buffer): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(`${f.path}\0${f.type}\0${f.mode ?? ''}\0`);
    if (f.content !== undefined) h.update(f.content);
    else if (f.linkname !== undefined) h.update(`-> ${f.linkname}`);
    else if (f.source && f.path.startsWith('models/')) h.update(createHash('sha256').update(read(f.source)).digest());
    else if (f.source) {
      const st = stat(f.source);
      h.update(`${f.source}\0${st.size}\0${Math.round(st.mtimeMs)}`);
    }
    h.update('\n');
  }
  return h.digest('hex');
}
