/**
 * `mdeploy inspect`: everything a SavedModel says about itself, read without TensorFlow. The result is the
 * documented JSON schema (docs/inspect-schema.md, schemaVersion 1); the human view renders the same object.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXPORT_TARGETS, targetSupport, type TargetName } from '../convert/targets.js';
import { SavedModel } from '../savedmodel/savedmodel.js';
import type { SignatureInfo, TensorSpec } from '../savedmodel/signature.js';
import { DEFAULT_SIGNATURE } from '../savedmodel/signature.js';

export const INSPECT_SCHEMA_VERSION = 1;

export interface InspectOptions {
  path: string;
  version?: number;
  tags?: string[];
  /** Restricts the signatures listed and the ops counted. */
  signature?: string;
}

export interface InspectTensor {
  name: string;
  dtype: string;
  shape: number[] | null;
  encoding?: string;
}

export interface InspectSignature {
  methodName: string;
  inputs: Record<string, InspectTensor>;
  outputs: Record<string, InspectTensor>;
}

export interface InspectVariable {
  key: string;
  dtype: string;
  shape: number[];
  bytes: number;
}

export interface InspectTarget {
  /** False until the exporter for this target exists. */
  available: boolean;
  /** True when every op reachable from the signatures is handled; null when the target is unavailable. */
  supported: boolean | null;
  unsupportedOps: string[];
}

export interface InspectResult {
  schemaVersion: number;
  path: string;
  basePath: string | null;
  version: number | null;
  versions: number[];
  file: { path: string; format: 'pb' | 'pbtxt'; bytes: number };
  savedModelSchemaVersion: number;
  tensorflowVersion: string;
  tensorflowGitVersion: string;
  graphKind: 'tf1' | 'tf2';
  tagSets: string[][];
  tags: string[];
  defaultSignature: string | null;
  signatures: Record<string, InspectSignature>;
  ops: { total: number; types: number; histogram: Record<string, number> };
  functions: number;
  variables: { count: number; bytes: number; shards: number; indexBytes: number; entries: InspectVariable[] };
  assets: Array<{ path: string; bytes: number }>;
  targets: Record<TargetName, InspectTarget>;
}

function tensorJson(t: TensorSpec): InspectTensor {
  const out: InspectTensor = { name: t.name, dtype: t.dtype, shape: t.shape };
  if (t.encoding) out.encoding = t.encoding;
  return out;
}

function signatureJson(s: SignatureInfo): InspectSignature {
  const map = (m: Record<string, TensorSpec>): Record<string, InspectTensor> =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, tensorJson(v)]));
  return { methodName: s.methodName, inputs: map(s.inputs), outputs: map(s.outputs) };
}

function listFiles(root: string, sub: string): Array<{ path: string; bytes: number }> {
  const out: Array<{ path: string; bytes: number }> = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else out.push({ path: relative(root, full), bytes: st.size });
    }
  };
  walk(join(root, sub));
  return out;
}

/** Reads a SavedModel and summarizes it. Reads saved_model.pb and variables.index, never the weights. */
export async function inspectSavedModel(options: InspectOptions): Promise<InspectResult> {
  const model = SavedModel.load(options.path, { version: options.version });
  try {
    const mg = model.metaGraph(options.tags);
    const sigs = options.signature ? [mg.signature(options.signature)] : mg.signatures();
    const histogram = mg.reachableOps(sigs.map((s) => s.key));
    const sorted = [...histogram.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const bundle = model.bundle();
    const vars = bundle?.variables() ?? [];
    const targets = {} as Record<TargetName, InspectTarget>;
    for (const { name: target } of EXPORT_TARGETS) {
      const support = targetSupport(target);
      const unsupportedOps = support.available ? sorted.map(([op]) => op).filter((op) => !support.ops.has(op)) : [];
      targets[target] = { available: support.available, supported: support.available ? unsupportedOps.length === 0 : null, unsupportedOps };
    }
    const all = mg.signatures();
    return {
      schemaVersion: INSPECT_SCHEMA_VERSION,
      path: model.dir,
      basePath: model.location.basePath ?? null,
      version: model.location.version ?? null,
      versions: model.location.versions,
      file: { path: model.file.file, format: model.file.format, bytes: model.file.bytes },
      savedModelSchemaVersion: Number(model.file.proto.savedModelSchemaVersion ?? 0),
      tensorflowVersion: mg.tensorflowVersion,
      tensorflowGitVersion: mg.proto.metaInfoDef?.tensorflowGitVersion ?? '',
      graphKind: mg.kind,
      tagSets: model.tagSets(),
      tags: mg.tags,
      defaultSignature: all.some((s) => s.key === DEFAULT_SIGNATURE) ? DEFAULT_SIGNATURE : all.length === 1 ? all[0]!.key : null,
      signatures: Object.fromEntries(sigs.map((s) => [s.key, signatureJson(s)])),
      ops: { total: sorted.reduce((n, [, c]) => n + c, 0), types: sorted.length, histogram: Object.fromEntries(sorted) },
      functions: mg.scanned.functions.size,
      variables: {
        count: vars.length,
        bytes: vars.reduce((n, v) => n + v.size, 0),
        shards: bundle?.header.numShards ?? 0,
        indexBytes: bundle?.indexBytes ?? 0,
        entries: vars.map((v) => ({ key: v.key, dtype: v.dtype, shape: v.shape, bytes: v.size })),
      },
      assets: [...listFiles(model.dir, 'assets'), ...listFiles(model.dir, 'assets.extra')],
      targets,
    };
  } finally {
    await model.close();
  }
}
