/**
 * Inputs for validation and benchmarks: random tensors that match a signature (seeded, so a failure
 * reproduces), or tensors read from a JSON file.
 */
import { readFileSync } from 'node:fs';
import { MdeployError } from '../errors.js';
import { fromNumbers } from '../tensor/math.js';
import type { TensorSpec } from '../savedmodel/signature.js';
import { baseDtype, dtypeByteSize } from '../tensor/dtypes.js';
import { numElements, numValues, type HostTensor } from '../tensor/host.js';
import { tensorFromJson } from '../tensor/json.js';

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInputOptions {
  seed?: number;
  /** Size for an unknown batch (first) dimension. */
  batch?: number;
  /** Size for other unknown dimensions. */
  dim?: number;
  /** Integer inputs are drawn from [0, intHigh). */
  intHigh?: number;
}

const WORDS = ['hello', 'world', 'mdeploy', 'tensor', 'serving', ''];
/** Random inputs beyond this many elements per tensor are refused rather than allocated (256 MB of floats). */
const MAX_RANDOM_ELEMENTS = 2 ** 26;

export function randomTensor(spec: TensorSpec, rand: () => number, options: RandomInputOptions = {}): HostTensor {
  const batch = options.batch ?? 2;
  const dim = options.dim ?? 16;
  const shape = (spec.shape ?? [batch]).map((d, i) => (d >= 0 ? d : i === 0 ? batch : dim));
  const n = numElements(shape);
  if (!Number.isSafeInteger(n) || n > MAX_RANDOM_ELEMENTS) {
    throw new MdeployError('E_VALIDATION_FAILED', `cannot make a random ${spec.dtype} input of shape [${shape.join(', ')}] (${n} elements) to validate with`, {
      suggestions: ['Pass --inputs with a JSON file of inputs, or convert with --no-validate.'],
    });
  }
  const dtype = baseDtype(spec.dtype);
  if (dtype !== 'DT_STRING' && dtypeByteSize(dtype) === undefined) {
    throw new MdeployError('E_VALIDATION_FAILED', `cannot make a random ${spec.dtype} input to validate with`, { suggestions: ['Convert with --no-validate.'] });
  }
  if (dtype === 'DT_STRING') {
    const enc = new TextEncoder();
    return { dtype, shape, data: Array.from({ length: n }, () => enc.encode(WORDS[Math.floor(rand() * WORDS.length)]!)) };
  }
  if (dtype === 'DT_BOOL') return fromNumbers(dtype, shape, Array.from({ length: n }, () => (rand() < 0.5 ? 1 : 0)));
  if (/INT/.test(dtype)) {
    const hi = options.intHigh ?? 10;
    return fromNumbers(dtype, shape, Array.from({ length: n }, () => Math.floor(rand() * hi)));
  }
  // Standard normal via Box–Muller; a complex element takes two (its real and imaginary parts, interleaved).
  const values = new Float64Array(numValues(dtype, shape));
  for (let i = 0; i < values.length; i++) values[i] = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  if (dtype === 'DT_COMPLEX64') return { dtype, shape, data: Float32Array.from(values) };
  if (dtype === 'DT_COMPLEX128') return { dtype, shape, data: values };
  return fromNumbers(dtype, shape, values);
}

export function randomInputs(inputs: Record<string, TensorSpec>, options: RandomInputOptions = {}): Record<string, HostTensor> {
  const rand = seededRandom(options.seed ?? 1234);
  return Object.fromEntries(Object.entries(inputs).map(([k, spec]) => [k, randomTensor(spec, rand, options)]));
}

/** Reads `{"<input key>": <nested array>, ...}` (optionally wrapped as `{"inputs": {...}}`). */
export function readInputsFile(path: string, inputs: Record<string, TensorSpec>): Record<string, HostTensor> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new MdeployError('E_USAGE', `is not readable JSON (${(err as Error).message})`, { file: path });
  }
  let obj = json as Record<string, unknown>;
  if (obj && typeof obj === 'object' && 'inputs' in obj && typeof obj['inputs'] === 'object' && !Array.isArray(obj['inputs'])) obj = obj['inputs'] as Record<string, unknown>;
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new MdeployError('E_USAGE', 'must be a JSON object keyed by input name', { file: path });
  const missing = Object.keys(inputs).filter((k) => !(k in obj));
  const extra = Object.keys(obj).filter((k) => !(k in inputs));
  if (missing.length || extra.length) {
    throw new MdeployError('E_USAGE', `inputs do not match the signature (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'}); expected ${Object.keys(inputs).join(', ')}`, { file: path });
  }
  const out: Record<string, HostTensor> = {};
  for (const [k, spec] of Object.entries(inputs)) {
    try {
      out[k] = tensorFromJson(obj[k], baseDtype(spec.dtype), `input "${k}"`);
    } catch (err) {
      throw new MdeployError('E_USAGE', (err as Error).message, { file: path });
    }
  }
  return out;
}
