/** Reads the goldens written by scripts/generate_corpus.py (real TensorFlow). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toNumbers } from '../../src/tensor/math.js';
import type { DTypeName } from '../../src/tensor/dtypes.js';
import { typedArrayFromBytes, type HostTensor } from '../../src/tensor/host.js';
import { CORPUS_DIR, FIXTURES_DIR } from './env.js';

export interface GoldenTensor {
  dtype: string;
  shape: number[];
  b64?: string;
  strings_b64?: string[];
}

export interface GoldenSignature {
  method_name: string;
  inputs: Record<string, { name: string; dtype: string; shape: number[] | null }>;
  outputs: Record<string, { name: string; dtype: string; shape: number[] | null }>;
}

export interface GoldenModel {
  meta_graphs: Array<{ tags: string[]; tensorflow_version: string; signatures: Record<string, GoldenSignature> }>;
  variables: Record<string, { dtype: string; shape: number[]; sha256: string }>;
  captures: Record<string, Array<string | null>>;
  cases: GoldenCase[];
  load_error?: string;
}

export interface GoldenEntry {
  /** A readable id, e.g. "corpus/mlp" or "fixture/saved_model_half_plus_two_cpu@00000123". */
  id: string;
  /** Path to pass to mdeploy (base path for corpus models, version dir for fixtures). */
  path: string;
  modelDir: string;
  golden: GoldenModel;
}

export function corpusModels(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((n) => !n.startsWith('_') && existsSync(join(CORPUS_DIR, n, 'golden.json')))
    .sort();
}

/** Every corpus model and every version of every TF Serving fixture that has a golden file. */
export function goldenEntries(): GoldenEntry[] {
  const out: GoldenEntry[] = [];
  for (const name of corpusModels()) {
    out.push({
      id: `corpus/${name}`,
      path: join(CORPUS_DIR, name),
      modelDir: join(CORPUS_DIR, name, '1'),
      golden: JSON.parse(readFileSync(join(CORPUS_DIR, name, 'golden.json'), 'utf8')) as GoldenModel,
    });
  }
  const fx = join(CORPUS_DIR, '_fixtures');
  if (existsSync(fx)) {
    for (const file of readdirSync(fx).sort()) {
      const g = JSON.parse(readFileSync(join(fx, file), 'utf8')) as { name: string; versions: Record<string, GoldenModel> };
      for (const [v, golden] of Object.entries(g.versions)) {
        const dir = join(FIXTURES_DIR, g.name, v);
        out.push({ id: `fixture/${g.name}@${v}`, path: dir, modelDir: dir, golden });
      }
    }
  }
  return out;
}

export function goldenBytes(t: GoldenTensor): Buffer {
  return Buffer.from(t.b64 ?? '', 'base64');
}

/** A golden tensor as a host tensor. */
export function goldenToHost(t: GoldenTensor): HostTensor {
  const dtype = t.dtype.replace(/_REF$/, '') as DTypeName;
  if (t.strings_b64) return { dtype, shape: t.shape, data: t.strings_b64.map((s) => new Uint8Array(Buffer.from(s, 'base64'))) };
  return { dtype, shape: t.shape, data: typedArrayFromBytes(dtype, new Uint8Array(goldenBytes(t))) };
}

export interface GoldenCase {
  signature: string;
  inputs: Record<string, GoldenTensor>;
  outputs?: Record<string, GoldenTensor>;
  error?: string;
}

/** max |a − b| and max |b| over two tensors of the same size. */
export function maxErrors(got: HostTensor, want: HostTensor): { maxAbs: number; maxRef: number } {
  const a = toNumbers(got);
  const b = toNumbers(want);
  let maxAbs = 0;
  let maxRef = 0;
  for (let i = 0; i < b.length; i++) {
    maxAbs = Math.max(maxAbs, Math.abs(a[i]! - b[i]!));
    maxRef = Math.max(maxRef, Math.abs(b[i]!));
  }
  return { maxAbs, maxRef };
}

/** The relative error the issue defines: max |a − b| / max |b| (0/0 counts as 0). */
export function relError(got: HostTensor, want: HostTensor): number {
  const { maxAbs, maxRef } = maxErrors(got, want);
  return maxRef === 0 ? maxAbs : maxAbs / maxRef;
}

/** A golden input as TF Serving JSON: numbers as nested lists, strings as {"b64": ...}. */
export function goldenToJson(t: GoldenTensor): unknown {
  const host = goldenToHost(t);
  const flat: unknown[] = host.dtype === 'DT_STRING' ? (host.data as Uint8Array[]).map((b) => ({ b64: Buffer.from(b).toString('base64') })) : Array.from(toNumbers(host));
  if (host.dtype === 'DT_BOOL') for (let i = 0; i < flat.length; i++) flat[i] = flat[i] !== 0;
  const nest = (dims: number[], offset: number): unknown => {
    if (dims.length === 0) return flat[offset];
    const stride = dims.slice(1).reduce((a, b) => a * b, 1);
    return Array.from({ length: dims[0]! }, (_, i) => nest(dims.slice(1), offset + i * stride));
  };
  return nest(t.shape, 0);
}

/** Row i of a golden tensor (along dimension 0) as JSON. */
export function goldenRowJson(t: GoldenTensor, i: number): unknown {
  return (goldenToJson(t) as unknown[])[i];
}

/** Shape and flat values of a JSON response tensor (strings: utf8 or {"b64"} decoded to bytes). */
export function jsonTensor(v: unknown): { shape: number[]; values: Array<number | boolean | Uint8Array> } {
  const shape: number[] = [];
  let cur = v;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    cur = cur[0];
  }
  const values: Array<number | boolean | Uint8Array> = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (typeof x === 'string') values.push(x === 'NaN' ? NaN : new Uint8Array(Buffer.from(x, 'utf8')));
    else if (x && typeof x === 'object' && 'b64' in x) values.push(new Uint8Array(Buffer.from((x as { b64: string }).b64, 'base64')));
    else values.push(x as number | boolean);
  };
  walk(v);
  return { shape, values };
}

/**
 * Compares a JSON response tensor with a golden one: same shape (optionally without the batch dimension
 * for one row), strings byte-equal, numbers within the relative error bound. Returns a problem or undefined.
 */
export function compareJson(got: unknown, want: GoldenTensor, options: { row?: number; tolerance?: number } = {}): string | undefined {
  const g = jsonTensor(got);
  const host = goldenToHost(want);
  let shape = want.shape;
  let wantValues: Array<number | Uint8Array>;
  if (host.dtype === 'DT_STRING') wantValues = host.data as Uint8Array[];
  else wantValues = Array.from(toNumbers(host));
  if (options.row !== undefined) {
    const inner = shape.slice(1).reduce((a, b) => a * b, 1);
    wantValues = wantValues.slice(options.row * inner, (options.row + 1) * inner);
    shape = shape.slice(1);
  }
  if (g.shape.join(',') !== shape.join(',')) return `shape [${g.shape}] != golden [${shape}]`;
  if (host.dtype === 'DT_STRING') {
    for (let i = 0; i < wantValues.length; i++) {
      if (Buffer.compare(Buffer.from(g.values[i] as Uint8Array), Buffer.from(wantValues[i] as Uint8Array)) !== 0) return `string ${i} differs`;
    }
    return undefined;
  }
  const a = g.values.map((x) => (typeof x === 'boolean' ? (x ? 1 : 0) : Number(x)));
  const b = wantValues as number[];
  let maxAbs = 0;
  let maxRef = 0;
  for (let i = 0; i < b.length; i++) {
    if (Number.isNaN(a[i]!) && Number.isNaN(b[i]!)) continue;
    maxAbs = Math.max(maxAbs, Math.abs(a[i]! - b[i]!));
    maxRef = Math.max(maxRef, Math.abs(b[i]!));
  }
  const err = maxRef === 0 ? maxAbs : maxAbs / maxRef;
  return err <= (options.tolerance ?? 1e-5) ? undefined : `relative error ${err} > ${options.tolerance ?? 1e-5}`;
}
