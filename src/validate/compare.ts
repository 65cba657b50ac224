/**
 * Numeric comparison of a converted model's outputs with TensorFlow's. For floating outputs the error is
 * max |a − b| (absolute) and that divided by max |b| (relative, b = TensorFlow); an output passes when
 * max |a − b| ≤ atol + rtol · max |b|. Integer, boolean and string outputs must match exactly.
 */
import { toNumbers } from '../tensor/math.js';
import { isFloatDtype } from '../tensor/dtypes.js';
import type { HostTensor } from '../tensor/host.js';

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
  /** Elements that differ (integers, booleans, strings) or are beyond tolerance (floats). */
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
  const a = toNumbers(got);
  const b = toNumbers(want);
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
  if (!isFloatDtype(want.dtype)) {
    let mismatches = nanMismatch;
    for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) mismatches++;
    return { ...base, maxAbs, maxRel, mismatches, pass: mismatches === 0 };
  }
  const bound = tol.atol + tol.rtol * maxRef;
  let mismatches = nanMismatch;
  for (let i = 0; i < b.length; i++) if (Math.abs(a[i]! - b[i]!) > bound) mismatches++;
  return { ...base, maxAbs, maxRel, mismatches, pass: mismatches === 0 && maxAbs <= bound };
}

export function compareOutputs(got: Record<string, HostTensor>, want: Record<string, HostTensor>, tol: Tolerance): OutputComparison[] {
  return Object.keys(want)
    .sort()
    .map((k) => compareOutput(k, got[k], want[k]!, tol));
}
