/**
 * Numeric comparison of a converted model's outputs with TensorFlow's. For floating outputs the error is
 * max |a − b| (absolute) and that divided by max |b| (relative, b = TensorFlow); an output passes when
 * max |a − b| ≤ atol + rtol · max |b|. Complex outputs are floating too, compared part by part: a and b are
 * every real and every imaginary part. Integer, boolean and string outputs must match exactly.
 */
import { toNumbers } from '../tensor/math.js';
import { isComplexDtype, isFloatDtype, valuesPerElement } from '../tensor/dtypes.js';
import type { HostTensor } from '../tensor/host.js';

/** The numbers to compare: both parts of each complex element, interleaved (toNumbers gives only real parts). */
function values(t: HostTensor): Float64Array {
  return isComplexDtype(t.dtype) ? Float64Array.from(t.data as Float32Array | Float64Array) : toNumbers(t);
}

export interface Tolerance {
  atol: number;
  rtol: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { atol: 1e-5, rtol: 1e-4 };

export interface OutputComparison {
  output: string;
  dtype: string;
  shape: number[];
  maxAbs: number;
  maxRel: number;
  /** Elements that differ (integers, booleans, strings) or are beyond tolerance (floats; complex: either part). */
  mismatches: number;
  pass: boolean;
  /** Why it failed, when it is not a numeric difference (missing output, shape). */
  note?: string;
}

export function compareOutput(name: string, got: HostTensor | undefined, want: HostTensor, tol: Tolerance): OutputComparison {
  const base = { output: name, dtype: want.dtype, shape: [...want.shape] };
  if (!got) return { ...base, maxAbs: NaN, maxRel: NaN, mismatches: 0, pass: false, note: 'missing from the converted model' };
  if (got.shape.join(',') !== want.shape.join(',')) {
    return { ...base, maxAbs: NaN, maxRel: NaN, mismatches: 0, pass: false, note: `shape [${got.shape.join(', ')}] instead of [${want.shape.join(', ')}]` };
  }
  if (want.dtype === 'DT_STRING') {
    const a = got.data as Uint8Array[];
    const b = want.data as Uint8Array[];
    let mismatches = 0;
    for (let i = 0; i < b.length; i++) if (Buffer.compare(Buffer.from(a[i] ?? []), Buffer.from(b[i]!)) !== 0) mismatches++;
    return { ...base, maxAbs: 0, maxRel: 0, mismatches, pass: mismatches === 0 };
  }
  const a = values(got);
  const b = values(want);
  // A complex element is two values; a complex64 result against TensorFlow's complex128 still lines up.
  const per = valuesPerElement(want.dtype);
  if (a.length !== b.length) return { ...base, maxAbs: NaN, maxRel: NaN, mismatches: 0, pass: false, note: `${got.dtype} instead of ${want.dtype}` };
  let maxAbs = 0;
  let maxRef = 0;
  let nanMismatch = 0;
  for (let i = 0; i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) !== Number.isNaN(y)) nanMismatch++;
      continue;
    }
    if (x === y) {
      maxRef = Math.max(maxRef, Math.abs(y));
      continue;
    }
    const d = Math.abs(x - y);
    if (d > maxAbs) maxAbs = d;
    if (Math.abs(y) > maxRef) maxRef = Math.abs(y);
  }
  const maxRel = maxRef === 0 ? (maxAbs === 0 ? 0 : Infinity) : maxAbs / maxRef;
  if (!isFloatDtype(want.dtype) && !isComplexDtype(want.dtype)) {
    let mismatches = nanMismatch;
    for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) mismatches++;
    return { ...base, maxAbs, maxRel, mismatches, pass: mismatches === 0 };
  }
  const bound = tol.atol + tol.rtol * maxRef;
  let mismatches = 0;
  for (let e = 0; e < b.length / per; e++) {
    let off = false;
    for (let i = e * per; i < (e + 1) * per; i++) {
      const x = a[i]!;
      const y = b[i]!;
      off ||= Number.isNaN(x) || Number.isNaN(y) ? Number.isNaN(x) !== Number.isNaN(y) : Math.abs(x - y) > bound;
    }
    if (off) mismatches++;
  }
  return { ...base, maxAbs, maxRel, mismatches, pass: mismatches === 0 && maxAbs <= bound };
}

export function compareOutputs(got: Record<string, HostTensor>, want: Record<string, HostTensor>, tol: Tolerance): OutputComparison[] {
  return Object.keys(want)
    .sort()
    .map((k) => compareOutput(k, got[k], want[k]!, tol));
}
