/**
 * TF.js weights: every Const becomes a manifest entry (named after its node) whose bytes are concatenated
 * in order and cut into shards. TF.js holds float32, int32, bool and string; int64 and float64 are narrowed
 * (as the official converter does), and float32 weights can be quantized to float16, uint8 or uint16.
 */
import { MdeployError } from '../../errors.js';
import { floatToHalf, toNumbers } from '../../tensor/math.js';
import { bytesOf, numElements, type HostTensor, type NumericArray } from '../../tensor/host.js';

export type QuantizeDtype = 'float16' | 'uint8' | 'uint16';

export interface WeightEntry {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32' | 'bool' | 'string';
  quantization?: { dtype: QuantizeDtype; min?: number; scale?: number; original_dtype: 'float32' };
}

export interface QuantizeOptions {
  dtype: QuantizeDtype;
  /** Glob patterns (`*` and `?`) over weight names; all float32 weights when empty. */
  only?: string[];
}

export interface EncodedWeight {
  entry: WeightEntry;
  bytes: Uint8Array;
}

export const DEFAULT_SHARD_BYTES = 4 * 1024 * 1024;

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

export function matchesAny(name: string, globs: string[] | undefined): boolean {
  if (!globs || globs.length === 0) return true;
  return globs.some((g) => globToRegExp(g).test(name));
}

function int32From(t: HostTensor, name: string): Int32Array {
  const src = t.data as NumericArray;
  const out = new Int32Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = Number(src[i]);
    if (v > 2147483647 || v < -2147483648) {
      throw new MdeployError('E_UNSUPPORTED_MODEL', `weight "${name}" holds ${t.dtype} value ${v}, which does not fit TF.js' int32`);
    }
    out[i] = v;
  }
  return out;
}

/** Strings: uint32 little-endian byte length, then the bytes, per element. */
function stringBytes(items: Uint8Array[]): Uint8Array {
  const total = items.reduce((s, b) => s + 4 + b.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  for (const b of items) {
    view.setUint32(p, b.length, true);
    out.set(b, p + 4);
    p += 4 + b.length;
  }
  return out;
}

/**
 * Affine quantization with the zero point nudged so 0.0 is exact: value = q · scale + min.
 * (A weight whose range excludes zero keeps its own min.)
 */
function affine(values: Float64Array, bits: 8 | 16): { q: Uint8Array | Uint16Array; min: number; scale: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) lo = hi = 0;
  const qmax = bits === 8 ? 255 : 65535;
  let scale = (hi - lo) / qmax;
  let min = lo;
  if (scale === 0) scale = 1;
  else if (lo <= 0 && hi >= 0) {
    const zero = Math.round(-lo / scale);
    min = -zero * scale;
  }
  const q = bits === 8 ? new Uint8Array(values.length) : new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) q[i] = Math.min(qmax, Math.max(0, Math.round((values[i]! - min) / scale)));
  return { q, min, scale };
}

export function encodeWeight(name: string, t: HostTensor, quantize?: QuantizeOptions): EncodedWeight {
  const shape = [...t.shape];
  switch (t.dtype) {
    case 'DT_STRING':
      return { entry: { name, shape, dtype: 'string' }, bytes: stringBytes(t.data as Uint8Array[]) };
    case 'DT_BOOL':
      return { entry: { name, shape, dtype: 'bool' }, bytes: bytesOf(t.data as NumericArray) };
    case 'DT_INT32':
      return { entry: { name, shape, dtype: 'int32' }, bytes: bytesOf(t.data as NumericArray) };
    case 'DT_INT64':
    case 'DT_UINT32':
    case 'DT_INT16':
    case 'DT_INT8':
    case 'DT_UINT8':
    case 'DT_UINT16':
    case 'DT_UINT64':
      return { entry: { name, shape, dtype: 'int32' }, bytes: bytesOf(int32From(t, name)) };
    case 'DT_FLOAT':
    case 'DT_DOUBLE':
    case 'DT_HALF':
    case 'DT_BFLOAT16': {
      const f32 = t.dtype === 'DT_FLOAT' ? (t.data as Float32Array) : Float32Array.from(toNumbers(t));
      if (quantize && matchesAny(name, quantize.only) && numElements(shape) > 0) {
        if (quantize.dtype === 'float16') {
          const h = new Uint16Array(f32.length);
          for (let i = 0; i < f32.length; i++) h[i] = floatToHalf(f32[i]!);
          return { entry: { name, shape, dtype: 'float32', quantization: { dtype: 'float16', original_dtype: 'float32' } }, bytes: bytesOf(h) };
        }
        const { q, min, scale } = affine(Float64Array.from(f32), quantize.dtype === 'uint8' ? 8 : 16);
        return { entry: { name, shape, dtype: 'float32', quantization: { dtype: quantize.dtype, min, scale, original_dtype: 'float32' } }, bytes: bytesOf(q) };
      }
      return { entry: { name, shape, dtype: 'float32' }, bytes: bytesOf(f32) };
    }
    default:
      throw new MdeployError('E_UNSUPPORTED_MODEL', `weight "${name}" has dtype ${t.dtype}, which TF.js cannot hold`);
  }
}

export interface ShardPlan {
  /** File name → bytes, in manifest order. */
  files: Array<{ path: string; bytes: Uint8Array }>;
  manifest: Array<{ paths: string[]; weights: WeightEntry[] }>;
  totalBytes: number;
}

/** Concatenates weights in order and cuts the stream into `group1-shardNofM.bin` files. */
export function shardWeights(weights: EncodedWeight[], shardBytes = DEFAULT_SHARD_BYTES): ShardPlan {
  const total = weights.reduce((s, w) => s + w.bytes.length, 0);
  const count = Math.max(1, Math.ceil(total / shardBytes));
  const files: ShardPlan['files'] = [];
  const all = new Uint8Array(total);
  let p = 0;
  for (const w of weights) {
    all.set(w.bytes, p);
    p += w.bytes.length;
  }
  for (let i = 0; i < count; i++) {
    files.push({ path: `group1-shard${i + 1}of${count}.bin`, bytes: all.subarray(i * shardBytes, Math.min(total, (i + 1) * shardBytes)) });
  }
  return { files, manifest: [{ paths: files.map((f) => f.path), weights: weights.map((w) => w.entry) }], totalBytes: total };
}
