/**
 * Host-side tensor math shared by constant folding, the exporters, validation and the server: values are computed
 * in float64 (or BigInt for 64-bit integers kept exact) and written back in the tensor's dtype; transposes for
 * the layout changes targets need (src/tensor/layout.ts names them).
 */
import { baseDtype, dtypeByteSize, isComplexDtype, valuesPerElement, type DTypeName } from './dtypes.js';
import { numElements, typedArrayFromBytes, type HostTensor, type NumericArray } from './host.js';

export function isNumeric(t: HostTensor): boolean {
  return t.dtype !== 'DT_STRING';
}

/**
 * The values of a numeric tensor as float64 numbers (int64 beyond 2^53 loses precision; folding is for small
 * shape math). A complex tensor gives its real parts, as TensorFlow's Cast to a real dtype reads it.
 */
export function toNumbers(t: HostTensor): Float64Array {
  if (isComplexDtype(t.dtype)) {
    const d = t.data as Float32Array | Float64Array;
    return Float64Array.from({ length: d.length / 2 }, (_, i) => d[2 * i]!);
  }
  const d = t.data as NumericArray;
  const out = new Float64Array(d.length);
  if (t.dtype === 'DT_HALF') {
    for (let i = 0; i < d.length; i++) out[i] = halfToFloat((d as Uint16Array)[i]!);
  } else if (t.dtype === 'DT_BFLOAT16') {
    const f = new Float32Array(1);
    const u = new Uint32Array(f.buffer);
    for (let i = 0; i < d.length; i++) {
      u[0] = (d as Uint16Array)[i]! << 16;
      out[i] = f[0]!;
    }
  } else for (let i = 0; i < d.length; i++) out[i] = Number(d[i]);
  return out;
}

/** Zeros for `n` elements of `dtype` (a complex element takes two values of the typed array). */
export function allocate(dtype: DTypeName, n: number): NumericArray {
  return typedArrayFromBytes(dtype, new Uint8Array(n * (dtypeByteSize(dtype) ?? 1)));
}

/** Writes numbers as `dtype`, with TF's conversions: truncation toward zero for integers, 0/1 for bool. */
export function fromNumbers(dtype: DTypeName, shape: number[], values: ArrayLike<number>): HostTensor {
  const dt = baseDtype(dtype);
  // Real numbers cannot say a complex value: constant folding (which catches this) leaves such a node to TensorFlow.
  if (isComplexDtype(dt)) throw new RangeError(`host math does not compute ${dt} values`);
  const n = values.length;
  const data = allocate(dt, n);
  if (dt === 'DT_INT64' || dt === 'DT_UINT64') {
    for (let i = 0; i < n; i++) (data as BigInt64Array)[i] = BigInt(Math.trunc(values[i]!));
  } else if (dt === 'DT_BOOL') {
    for (let i = 0; i < n; i++) (data as Uint8Array)[i] = values[i] ? 1 : 0;
  } else if (dt === 'DT_HALF') {
    for (let i = 0; i < n; i++) (data as Uint16Array)[i] = floatToHalf(values[i]!);
  } else if (dt === 'DT_FLOAT' || dt === 'DT_DOUBLE') {
    for (let i = 0; i < n; i++) (data as Float32Array)[i] = values[i]!;
  } else {
    for (let i = 0; i < n; i++) (data as Int32Array)[i] = Math.trunc(values[i]!);
  }
  return { dtype: dt, shape, data };
}

export function scalar(dtype: DTypeName, v: number): HostTensor {
  return fromNumbers(dtype, [], [v]);
}

/** NumPy-style broadcast of two shapes; undefined when incompatible. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return undefined;
    out.push(x === 1 ? y : x);
  }
  return out;
}

function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1]! * shape[i + 1]!;
  return s;
}

/** Index map from an output position to an input position under broadcasting. */
export function broadcastIndex(outShape: readonly number[], inShape: readonly number[]): (flat: number) => number {
  const os = strides(outShape);
  const is = strides(inShape);
  const off = outShape.length - inShape.length;
  return (flat) => {
    let idx = 0;
    let rem = flat;
    for (let d = 0; d < outShape.length; d++) {
      const c = Math.floor(rem / os[d]!);
      rem -= c * os[d]!;
      const id = d - off;
      if (id >= 0 && inShape[id] !== 1) idx += c * is[id]!;
    }
    return idx;
  };
}

export function binary(a: HostTensor, b: HostTensor, dtype: DTypeName, f: (x: number, y: number) => number): HostTensor | undefined {
  // Comparing or combining real parts only would be a wrong answer (1+2j == 1+3j).
  if (isComplexDtype(a.dtype) || isComplexDtype(b.dtype)) return undefined;
  const shape = broadcastShapes(a.shape, b.shape);
  if (!shape) return undefined;
  const x = toNumbers(a);
  const y = toNumbers(b);
  const n = numElements(shape);
  const out = new Float64Array(n);
  // Same shapes, or one side a single value (BatchNorm's variance + epsilon): no index mapping needed.
  if (x.length === n && y.length === n) for (let i = 0; i < n; i++) out[i] = f(x[i]!, y[i]!);
  else if (x.length === n && y.length === 1) for (let i = 0, v = y[0]!; i < n; i++) out[i] = f(x[i]!, v);
  else if (x.length === 1 && y.length === n) for (let i = 0, v = x[0]!; i < n; i++) out[i] = f(v, y[i]!);
  else {
    const ia = broadcastIndex(shape, a.shape);
    const ib = broadcastIndex(shape, b.shape);
    for (let i = 0; i < n; i++) out[i] = f(x[ia(i)]!, y[ib(i)]!);
  }
  return fromNumbers(dtype, shape, out);
}

export function unary(a: HostTensor, dtype: DTypeName, f: (x: number) => number): HostTensor {
  // complex → bool is "either part non-zero", which the real parts alone cannot say.
  if (isComplexDtype(a.dtype) && baseDtype(dtype) === 'DT_BOOL') throw new RangeError(`host math does not read ${a.dtype} as ${dtype}`);
  const x = toNumbers(a);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]!);
  return fromNumbers(dtype, [...a.shape], out);
}

/** Gathers elements of `t` into `shape`, where `index(flatOut)` gives the flat input position. */
export function gatherElements(t: HostTensor, shape: number[], index: (i: number) => number): HostTensor {
  const n = numElements(shape);
  if (t.dtype === 'DT_STRING') {
    const src = t.data as Uint8Array[];
    return { dtype: t.dtype, shape, data: Array.from({ length: n }, (_, i) => src[index(i)]!) };
  }
  const data = allocate(t.dtype, n);
  // Same element type on both sides (bigint for 64-bit integers), so a plain copy is exact.
  const src = t.data as unknown as { [i: number]: number };
  const dst = data as unknown as { [i: number]: number };
  if (valuesPerElement(t.dtype) === 2) {
    for (let i = 0; i < n; i++) {
      const j = index(i);
      dst[2 * i] = src[2 * j]!;
      dst[2 * i + 1] = src[2 * j + 1]!;
    }
  } else for (let i = 0; i < n; i++) dst[i] = src[index(i)]!;
  return { dtype: t.dtype, shape, data };
}

export function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}

/** IEEE 754 half, round to nearest even. */
export function floatToHalf(v: number): number {
  const f32 = new Float32Array([v]);
  const x = new Uint32Array(f32.buffer)[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >> shift;
    const rem = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rem > mid || (rem === mid && half & 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && half & 1)) half++;
  e = half >> 10;
  return sign | half;
}

/** Row-major strides of a shape, in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1]! * shape[i + 1]!;
  return s;
}

/** Elements per side of the square tiles permute4 copies: 32 × 4-byte elements are two cache lines per row. */
const TILE = 32;

type BitsView = Uint8Array | Uint16Array | Uint32Array;

/** An unsigned view of a typed array's elements of 1, 2 or 4 bytes: copies through it keep every bit. */
function bitsView(data: NumericArray): BitsView | undefined {
  const { buffer, byteOffset, length } = data;
  if (data.BYTES_PER_ELEMENT === 4) return new Uint32Array(buffer, byteOffset, length);
  if (data.BYTES_PER_ELEMENT === 2) return new Uint16Array(buffer, byteOffset, length);
  if (data.BYTES_PER_ELEMENT === 1) return new Uint8Array(buffer, byteOffset, length);
  return undefined;
}

/**
 * dst = src permuted, both 4-D: `shape` is the output's, `s` the input stride of each output axis, and
 * output axis `a` reads the input's innermost axis. When that is not the output's innermost axis too, the
 * copy goes in square tiles of the two, so that reads and writes both stay within a few cache lines (a
 * filter's HWIO → OHWI would otherwise read elements O apart).
 */
function permute4(src: BitsView, dst: BitsView, shape: readonly number[], s: readonly number[], a: number): void {
  const outS = stridesOf(shape);
  if (a === 3) {
    // Runs of the innermost axis are contiguous on both sides.
    const run = shape[3]!;
    let o = 0;
    for (let i0 = 0; i0 < shape[0]!; i0++)
      for (let i1 = 0; i1 < shape[1]!; i1++)
        for (let i2 = 0; i2 < shape[2]!; i2++) {
          const b = i0 * s[0]! + i1 * s[1]! + i2 * s[2]!;
          dst.set(src.subarray(b, b + run), o);
          o += run;
        }
    return;
  }
  const [x, y] = [0, 1, 2].filter((k) => k !== a) as [number, number];
  const da = shape[a]!;
  const d3 = shape[3]!;
  const oa = outS[a]!;
  const sa = s[a]!;
  const s3 = s[3]!;
  for (let ix = 0; ix < shape[x]!; ix++)
    for (let iy = 0; iy < shape[y]!; iy++) {
      const bi = ix * s[x]! + iy * s[y]!;
      const bo = ix * outS[x]! + iy * outS[y]!;
      for (let ta = 0; ta < da; ta += TILE) {
        const ea = Math.min(ta + TILE, da);
        for (let t3 = 0; t3 < d3; t3 += TILE) {
          const e3 = Math.min(t3 + TILE, d3);
          for (let ia = ta; ia < ea; ia++) {
            const ro = bo + ia * oa;
            const ri = bi + ia * sa;
            for (let i3 = t3; i3 < e3; i3++) dst[ro + i3] = src[ri + i3 * s3]!;
          }
        }
      }
    }
}

/**
 * A host-side transpose (out[i] = in[perm-mapped i]). Numeric tensors of rank ≤ 4 with 1-, 2- or 4-byte
 * elements (every conv filter and dense kernel) take a tiled, bit-exact fast path.
 */
export function transposeTensor(t: HostTensor, perm: readonly number[]): HostTensor {
  const shape = perm.map((p) => t.shape[p]!);
  const inS = stridesOf(t.shape);
  const outS = stridesOf(shape);
  if (perm.length >= 1 && perm.length <= 4 && t.dtype !== 'DT_STRING' && valuesPerElement(t.dtype) === 1) {
    const data = t.data as NumericArray;
    const src = bitsView(data);
    if (src) {
      const out = new (data.constructor as new (n: number) => NumericArray)(data.length);
      // As 4-D: leading axes of size 1 (stride irrelevant), then the tensor's own.
      const pad = 4 - perm.length;
      const shape4 = [...new Array<number>(pad).fill(1), ...shape];
      const s4 = [...new Array<number>(pad).fill(0), ...perm.map((p) => inS[p]!)];
      permute4(src, bitsView(out)!, shape4, s4, pad + perm.indexOf(perm.length - 1));
      return { dtype: t.dtype, shape, data: out };
    }
  }
  if (perm.length === 4 && t.dtype !== 'DT_STRING' && valuesPerElement(t.dtype) === 1) {
    // 8-byte elements: walk the output in order with the four input strides it maps to.
    const src = t.data as unknown as { [i: number]: number; length: number; constructor: new (n: number) => { [i: number]: number } };
    const dst = new src.constructor(src.length);
    const [s0, s1, s2, s3] = perm.map((p) => inS[p]!) as [number, number, number, number];
    const [d0, d1, d2, d3] = shape as [number, number, number, number];
    let o = 0;
    for (let a = 0; a < d0; a++)
      for (let b = 0; b < d1; b++)
        for (let c = 0; c < d2; c++) {
          const base = a * s0 + b * s1 + c * s2;
          for (let d = 0; d < d3; d++) dst[o++] = src[base + d * s3]!;
        }
    return { dtype: t.dtype, shape, data: dst as unknown as HostTensor['data'] };
  }
  return gatherElements(t, shape, (f) => {
    let idx = 0;
    let rem = f;
    for (let d = 0; d < shape.length; d++) {
      const c = Math.floor(rem / outS[d]!);
      rem -= c * outS[d]!;
      idx += c * inS[perm[d]!]!;
    }
    return idx;
  });
}
