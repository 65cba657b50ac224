/**
 * `mdeploy inspect` for TFLite models: a .tflite file, a directory holding model.tflite, or a TF Serving
 * base path whose versions hold model.tflite (TF Serving's own TFLite layout). Read with mdeploy's
 * validating flatbuffer reader, without any runtime. The result is documented in docs/inspect-schema.md
 * (`kind: "tflite"`).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { MdeployError } from '../errors.js';
import { isSavedModelDir, listVersions } from '../savedmodel/location.js';
import { readTfliteFile, type TfliteTensor } from '../tflite/reader.js';
import { tfliteSignatures, type SignatureSource } from '../tflite/signatures.js';
import { DTYPE_OF_TENSOR_TYPE, type TensorTypeName } from '../tflite/schema.js';
import { INSPECT_SCHEMA_VERSION } from './inspect.js';

export { TFLITE_MODEL_FILE } from '../tflite/reader.js';
import { TFLITE_MODEL_FILE } from '../tflite/reader.js';

export interface TfliteInspectTensor {
  /** The tensor's name in its subgraph. */
  name: string;
  dtype: string;
  /** -1 for a dimension that varies (from shape_signature), as for SavedModel signatures. */
  shape: number[];
  /** The file's `shape` field: the concrete shape the model was built with. */
  tfliteShape: number[];
  /** Quantized tensors: TFLite's per-tensor or per-axis parameters. */
  quantization?: { scale: number[]; zeroPoint: number[]; quantizedDimension: number };
}

export interface TfliteInspectSignature {
  methodName: string;
  /** The subgraph the signature runs. */
  subgraph: number;
  inputs: Record<string, TfliteInspectTensor>;
  outputs: Record<string, TfliteInspectTensor>;
}

export interface TfliteInspectResult {
  schemaVersion: number;
  kind: 'tflite';
  path: string;
  basePath: string | null;
  version: number | null;
  versions: number[];
  file: { path: string; format: 'tflite'; bytes: number };
  /** Model.version, the flatbuffer schema version (3). */
  tfliteSchemaVersion: number;
  description: string | null;
  /** False when the file has no SignatureDefs and `serving_default` stands for its main subgraph. */
  hasSignatureDefs: boolean;
  /** Where the signatures come from: the file's SignatureDefs, `signature_defs_metadata` (TF Serving's), or the main subgraph. */
  signatureSource: SignatureSource;
  defaultSignature: string | null;
  signatures: Record<string, TfliteInspectSignature>;
  /** Operators over all subgraphs: builtin names (custom ops by their custom code). */
  ops: { total: number; types: number; histogram: Record<string, number>; custom: string[] };
  operatorCodes: Array<{ name: string; code: number; version: number; custom: boolean }>;
  subgraphs: Array<{ name: string; tensors: number; operators: number; inputs: number; outputs: number }>;
  tensors: number;
  buffers: { count: number; bytes: number };
  metadata: Array<{ name: string; bytes: number }>;
}

/** The .tflite file a path names, when it names one: the file itself, a directory's model.tflite, or a version's. */
export function findTfliteModel(input: string, version?: number): { file: string; basePath: string | null; version: number | null; versions: number[] } | null {
  const path = resolve(input);
  if (!existsSync(path)) return null;
  if (statSync(path).isFile()) return path.endsWith('.tflite') ? { file: path, basePath: null, version: null, versions: [] } : null;
  if (isSavedModelDir(path)) return null;
  const direct = join(path, TFLITE_MODEL_FILE);
  const versions = listVersions(path);
  if (existsSync(direct) && versions.size === 0) return { file: direct, basePath: null, version: null, versions: [] };
  if (versions.size === 0) return null;
  const sorted = [...versions.keys()].sort((a, b) => a - b);
  const chosen = version ?? sorted[sorted.length - 1]!;
  const dir = versions.get(chosen);
  if (dir === undefined || isSavedModelDir(dir) || !existsSync(join(dir, TFLITE_MODEL_FILE))) return null;
  return { file: join(dir, TFLITE_MODEL_FILE), basePath: path, version: chosen, versions: sorted };
}

function tensorJson(t: TfliteTensor): TfliteInspectTensor {
  const out: TfliteInspectTensor = {
    name: t.name,
    dtype: DTYPE_OF_TENSOR_TYPE[t.typeName as TensorTypeName] ?? `DT_UNKNOWN_TFLITE_${t.type}`,
    shape: t.shapeSignature ?? t.shape,
    tfliteShape: t.shape,
  };
  if (t.quantization && t.quantization.scale.length > 0) {
    out.quantization = { scale: t.quantization.scale, zeroPoint: t.quantization.zeroPoint, quantizedDimension: t.quantization.quantizedDimension };
  }
  return out;
}

export interface InspectTfliteOptions {
  path: string;
  version?: number;
  /** Restricts the signatures listed. */
  signature?: string;
}

/** Reads a TFLite model and summarizes it. */
export async function inspectTflite(options: InspectTfliteOptions): Promise<TfliteInspectResult> {
  const found = findTfliteModel(options.path, options.version);
  if (!found) throw new MdeployError('E_NO_SAVED_MODEL', `holds no ${TFLITE_MODEL_FILE}`, { file: options.path });
  const { model } = readTfliteFile(found.file);
  const sigs = tfliteSignatures(model);
  const keys = Object.keys(sigs);
  if (options.signature !== undefined && !sigs[options.signature]) {
    throw new MdeployError('E_UNKNOWN_SIGNATURE', `no signature "${options.signature}" (signatures: ${keys.join(', ')})`, { file: found.file });
  }
  const signatures: Record<string, TfliteInspectSignature> = {};
  for (const key of options.signature !== undefined ? [options.signature] : keys) {
    const s = sigs[key]!;
    const tensors = model.subgraphs[s.subgraphIndex]!.tensors;
    const map = (m: Record<string, number>): Record<string, TfliteInspectTensor> => Object.fromEntries(Object.entries(m).map(([k, i]) => [k, tensorJson(tensors[i]!)]));
    signatures[key] = { methodName: s.methodName, subgraph: s.subgraphIndex, inputs: map(s.inputTensors), outputs: map(s.outputTensors) };
  }
  const histogram = new Map<string, number>();
  for (const sg of model.subgraphs) for (const op of sg.operators) {
    const name = model.operatorCodes[op.opcodeIndex]!.name;
    histogram.set(name, (histogram.get(name) ?? 0) + 1);
  }
  const sorted = [...histogram.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const bufferBytes = (i: number): number => {
    const b = model.buffers[i]!;
    return b.offset > 1 ? b.size : (b.data?.byteLength ?? 0);
  };
  return {
    schemaVersion: INSPECT_SCHEMA_VERSION,
    kind: 'tflite',
    path: found.file,
    basePath: found.basePath,
    version: found.version,
    versions: found.versions,
    file: { path: basename(found.file), format: 'tflite', bytes: model.byteLength },
    tfliteSchemaVersion: model.version,
    description: model.description,
    hasSignatureDefs: model.signatureDefs.length > 0,
    signatureSource: Object.values(sigs)[0]?.source ?? 'main_subgraph',
    defaultSignature: keys.includes('serving_default') ? 'serving_default' : keys.length === 1 ? keys[0]! : null,
    signatures,
    ops: {
      total: sorted.reduce((n, [, c]) => n + c, 0),
      types: sorted.length,
      histogram: Object.fromEntries(sorted),
      custom: [...new Set(model.operatorCodes.filter((c) => c.custom).map((c) => c.name))],
    },
    operatorCodes: model.operatorCodes.map((c) => ({ name: c.name, code: c.code, version: c.version, custom: c.custom })),
    subgraphs: model.subgraphs.map((sg) => ({ name: sg.name, tensors: sg.tensors.length, operators: sg.operators.length, inputs: sg.inputs.length, outputs: sg.outputs.length })),
    tensors: model.subgraphs.reduce((n, sg) => n + sg.tensors.length, 0),
    buffers: { count: model.buffers.length, bytes: model.buffers.reduce((n, _b, i) => n + bufferBytes(i), 0) },
    metadata: model.metadata.map((m) => ({ name: m.name, bytes: bufferBytes(m.buffer) })),
  };
}
