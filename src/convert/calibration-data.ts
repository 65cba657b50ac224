/**
 * The representative dataset of `convert --quantize int8 --calibration`: the inputs the float model is run on
 * to record each activation's range. Two forms:
 *
 * - JSONL: one JSON object per line, keyed by input name, each value a nested array (one sample per line).
 * - .npy: one file for a single-input model, or `name=file.npy` once per input. An array of the input's rank
 *   is split along its first axis into samples of batch 1; one of rank + 1 holds whole samples along axis 0.
 *
 * Every problem is an E_USAGE error that names the file (and line) and says what the model takes.
 */
import { readFileSync } from 'node:fs';
import { MdeployError } from '../errors.js';
import type { TensorSpec } from '../savedmodel/signature.js';
import { baseDtype, type DTypeName } from '../tensor/dtypes.js';
import type { HostTensor, NumericArray } from '../tensor/host.js';
import { tensorFromJson } from '../tensor/json.js';
import { fromNumbers, toNumbers } from '../tensor/math.js';
import { readNpyFile } from '../util/npy.js';

/** One run of the model: a tensor per signature input. */
export type CalibrationSample = Record<string, HostTensor>;

export interface CalibrationData {
  samples: CalibrationSample[];
  /** What the samples came from, for reports ("calib.jsonl", "a=a.npy, b=b.npy"). */
  source: string;
}

const describe = (spec: TensorSpec): string => `${spec.dtype.replace(/^DT_/, '').toLowerCase()} [${(spec.shape ?? []).join(', ')}]`;

/**
 * The tensor as the input takes it: numbers converted to its dtype, and a sample written without its batch
 * dimension given one. Throws a message (the caller adds the file) when the shape cannot fit.
 */
function fitInput(t: HostTensor, spec: TensorSpec, key: string): HostTensor {
  const want = spec.shape;
  let shape = t.shape;
  if (want && shape.length === want.length - 1 && (want[0] === -1 || want[0] === 1)) shape = [1, ...shape];
  if (want && (shape.length !== want.length || shape.some((d, i) => want[i] !== -1 && want[i] !== d))) {
    throw new Error(`input "${key}" has shape [${t.shape.join(', ')}], and the model takes ${describe(spec)} (-1: any size)`);
  }
  const dtype = baseDtype(spec.dtype);
  if (t.dtype === dtype) return { ...t, shape };
  return fromNumbers(dtype, shape, toNumbers(t));
}

function readJsonl(path: string, inputs: Record<string, TensorSpec>): CalibrationSample[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new MdeployError('E_USAGE', `cannot read the calibration file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file: path });
  }
  const samples: CalibrationSample[] = [];
  const keys = Object.keys(inputs);
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      throw new MdeployError('E_USAGE', `is not a JSON object (${(err as Error).message}); the calibration file is JSONL: one object per line keyed by input name (${keys.join(', ')})`, { file: where });
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new MdeployError('E_USAGE', `must be a JSON object keyed by input name (${keys.join(', ')})`, { file: where });
    const record = obj as Record<string, unknown>;
    const missing = keys.filter((k) => !Object.hasOwn(record, k));
    const extra = Object.keys(record).filter((k) => !Object.hasOwn(inputs, k));
    if (missing.length || extra.length) throw new MdeployError('E_USAGE', `the sample does not match the signature (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'}); expected ${keys.join(', ')}`, { file: where });
    const sample: CalibrationSample = {};
    for (const [k, spec] of Object.entries(inputs)) {
      try {
        sample[k] = fitInput(tensorFromJson(record[k] as never, baseDtype(spec.dtype), `input "${k}"`), spec, k);
      } catch (err) {
        throw new MdeployError('E_USAGE', (err as Error).message, { file: where });
      }
    }
    samples.push(sample);
  });
  return samples;
}

/** Splits an array into samples: along axis 0 (each of batch 1) at the input's rank, or whole rows at rank + 1. */
function npySamples(t: HostTensor, spec: TensorSpec, key: string, file: string): HostTensor[] {
  const rank = spec.shape?.length;
  const split = rank === undefined || t.shape.length === rank ? 'batch' : t.shape.length === rank + 1 ? 'rows' : undefined;
  if (!split || t.shape.length === 0) {
    throw new MdeployError('E_USAGE', `the array has shape (${t.shape.join(', ')}); input "${key}" takes ${describe(spec)}: give an array of that rank (samples along the batch axis) or one more (samples along axis 0)`, { file });
  }
  const n = t.shape[0]!;
  const rowShape = split === 'batch' ? [1, ...t.shape.slice(1)] : t.shape.slice(1);
  const per = rowShape.reduce((a, b) => a * b, 1);
  const data = t.data as NumericArray;
  const out: HostTensor[] = [];
  for (let i = 0; i < n; i++) {
    const row = { dtype: t.dtype, shape: rowShape, data: data.slice(i * per, (i + 1) * per) as NumericArray };
    try {
      out.push(fitInput(row, spec, key));
    } catch (err) {
      throw new MdeployError('E_USAGE', (err as Error).message, { file });
    }
  }
  return out;
}

function readNpy(entries: readonly string[], inputs: Record<string, TensorSpec>): CalibrationSample[] {
  const keys = Object.keys(inputs);
  const named = entries.map((e) => {
    const eq = e.indexOf('=');
    const entry: { key: string | undefined; file: string } = eq > 0 && !e.slice(0, eq).includes('/') ? { key: e.slice(0, eq), file: e.slice(eq + 1) } : { key: undefined, file: e };
    return entry;
  });
  if (named.length === 1 && named[0]!.key === undefined) {
    if (keys.length !== 1) throw new MdeployError('E_USAGE', `one .npy file calibrates a single-input model; this one takes ${keys.join(', ')}: pass --calibration NAME=FILE.npy once per input`, { file: named[0]!.file });
    named[0]!.key = keys[0];
  }
  const problems: string[] = [];
  const unnamed = named.filter((n) => n.key === undefined).map((n) => n.file);
  if (unnamed.length) problems.push(`${unnamed.join(', ')} ${unnamed.length === 1 ? 'needs' : 'need'} an input name (NAME=FILE.npy)`);
  const given = named.flatMap((n) => (n.key ? [n.key] : []));
  const unknown = given.filter((k) => !Object.hasOwn(inputs, k));
  if (unknown.length) problems.push(`unknown input${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}`);
  const twice = given.filter((k, i) => given.indexOf(k) !== i);
  if (twice.length) problems.push(`${[...new Set(twice)].join(', ')} given more than once`);
  const missing = keys.filter((k) => !given.includes(k));
  if (missing.length) problems.push(`no file for ${missing.join(', ')}`);
  if (problems.length) throw new MdeployError('E_USAGE', `--calibration: ${problems.join('; ')}; the model takes ${keys.join(', ')}`);

  const columns = named.map((n) => ({ key: n.key!, rows: npySamples(readNpyFile(n.file), inputs[n.key!]!, n.key!, n.file) }));
  const counts = new Set(columns.map((c) => c.rows.length));
  if (counts.size > 1) throw new MdeployError('E_USAGE', `--calibration: the .npy files hold different numbers of samples (${columns.map((c) => `${c.key}: ${c.rows.length}`).join(', ')})`);
  const n = columns[0]!.rows.length;
  return Array.from({ length: n }, (_, i) => Object.fromEntries(columns.map((c) => [c.key, c.rows[i]!])));
}

/**
 * Reads `--calibration` (one JSONL or .npy file, or `name=file.npy` entries) for a signature's inputs.
 * Throws E_USAGE for anything that does not fit, and when there are no samples at all.
 */
export function readCalibrationData(entries: readonly string[], inputs: Record<string, TensorSpec>): CalibrationData {
  if (!entries.length) throw new MdeployError('E_USAGE', '--quantize int8 needs --calibration FILE (JSONL, or .npy)');
  const npy = entries.map((e) => e.toLowerCase().endsWith('.npy'));
  if (entries.length > 1 && !npy.every(Boolean)) throw new MdeployError('E_USAGE', '--calibration is given once for a JSONL file; only .npy files (NAME=FILE.npy) may be given once per input');
  const dtypes = Object.values(inputs).map((s) => baseDtype(s.dtype) as DTypeName);
  if (dtypes.some((d) => d === 'DT_STRING')) throw new MdeployError('E_USAGE', 'int8 calibration takes numeric inputs only');
  const samples = npy[0] ? readNpy(entries, inputs) : readJsonl(entries[0]!, inputs);
  if (!samples.length) throw new MdeployError('E_USAGE', 'the calibration data holds no samples; give at least one (TFLiteConverter\'s guidance is ~100 representative ones)', { file: entries.join(', ') });
  return { samples, source: entries.join(', ') };
}

/** Validation runs on at most this many calibration samples, stacked along the batch axis. */
const VALIDATION_SAMPLES = 8;

/**
 * Validation inputs from the calibration data: the first samples stacked along a dynamic batch axis (up to
 * VALIDATION_SAMPLES, as long as their other dimensions agree), or the first sample alone.
 */
export function calibrationFeeds(data: CalibrationData, inputs: Record<string, TensorSpec>): { tensors: CalibrationSample; label: string } {
  const first = data.samples[0]!;
  const stackable = Object.entries(inputs).every(([k, s]) => s.shape?.[0] === -1 && first[k]!.shape.length > 0);
  let n = 1;
  if (stackable) {
    const same = (a: HostTensor, b: HostTensor): boolean => a.dtype === b.dtype && a.shape.slice(1).join(',') === b.shape.slice(1).join(',');
    while (n < Math.min(VALIDATION_SAMPLES, data.samples.length) && Object.keys(inputs).every((k) => same(data.samples[n]![k]!, first[k]!))) n++;
  }
  const tensors: CalibrationSample = {};
  for (const k of Object.keys(inputs)) {
    const parts = data.samples.slice(0, n).map((s) => s[k]!);
    if (n === 1) {
      tensors[k] = parts[0]!;
      continue;
    }
    const total = parts.reduce((a, p) => a + (p.data as NumericArray).length, 0);
    const data0 = parts[0]!.data as NumericArray;
    const out = new (data0.constructor as new (n: number) => NumericArray)(total);
    let at = 0;
    for (const p of parts) {
      (out as Float32Array).set(p.data as Float32Array, at);
      at += (p.data as NumericArray).length;
    }
    tensors[k] = { dtype: parts[0]!.dtype, shape: [parts.reduce((a, p) => a + p.shape[0]!, 0), ...parts[0]!.shape.slice(1)], data: out };
  }
  return { tensors, label: `calibration sample${n === 1 ? ' 1' : `s 1–${n}`} of ${data.source}` };
}
