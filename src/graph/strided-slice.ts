/**
 * TensorFlow's StridedSlice semantics, once: the constant-folding kernel, shape inference and every exporter
 * read a slice through these two functions instead of decoding the five masks themselves.
 *
 * `stridedSliceAxes` turns the spec (begin/end/strides and the masks) into one entry per output-relevant axis:
 * the ellipsis expanded to full ranges (it needs the input's rank), `new` axes (new_axis_mask: a dimension of 1
 * inserted), `index` axes (shrink_axis_mask: one element taken, the dimension removed) and `range` axes, where a
 * masked bound is null ("from the start" / "to the end" for the stride's direction). Input dimensions the spec
 * does not reach are full ranges. `resolveRange` then clamps a range against a known dimension, as TF does.
 */
import { attrInt, type Node } from './ir.js';

export type SliceAxis =
  | { kind: 'new' }
  | { kind: 'index'; index: number }
  | { kind: 'range'; begin: number | null; end: number | null; stride: number };

export interface SliceMasks {
  begin: number;
  end: number;
  ellipsis: number;
  newAxis: number;
  shrink: number;
}

export function sliceMasks(node: Node): SliceMasks {
  return {
    begin: attrInt(node, 'begin_mask', 0),
    end: attrInt(node, 'end_mask', 0),
    ellipsis: attrInt(node, 'ellipsis_mask', 0),
    newAxis: attrInt(node, 'new_axis_mask', 0),
    shrink: attrInt(node, 'shrink_axis_mask', 0),
  };
}

const FULL: SliceAxis = { kind: 'range', begin: null, end: null, stride: 1 };

/**
 * The axes of a slice over an input of `rank` dimensions. With the rank unknown, an ellipsis cannot be expanded
 * (the answer is null) and dimensions past the spec are not listed. Throws on a zero stride, as TF does.
 */
export function stridedSliceAxes(masks: SliceMasks, begin: ArrayLike<number>, end: ArrayLike<number>, strides: ArrayLike<number>, rank?: number): SliceAxis[] | null {
  const n = strides.length;
  const bit = (m: number, i: number): boolean => (m & (1 << i)) !== 0;
  // Spec entries that consume an input dimension (all but new axes and the ellipsis itself).
  let consuming = 0;
  let ellipsisAt = -1;
  for (let i = 0; i < n; i++) {
    if (bit(masks.ellipsis, i)) {
      if (ellipsisAt < 0) ellipsisAt = i;
      continue;
    }
    if (!bit(masks.newAxis, i)) consuming++;
  }
  const axes: SliceAxis[] = [];
  for (let i = 0; i < n; i++) {
    if (i === ellipsisAt) {
      if (rank === undefined) return null;
      for (let k = 0; k < rank - consuming; k++) axes.push(FULL);
      continue;
    }
    if (bit(masks.ellipsis, i)) continue; // only the first ellipsis counts
    if (bit(masks.newAxis, i)) {
      axes.push({ kind: 'new' });
      continue;
    }
    const stride = strides[i]!;
    if (stride === 0) throw new RangeError('StridedSlice stride must be non-zero');
    if (bit(masks.shrink, i)) {
      axes.push({ kind: 'index', index: begin[i]! });
      continue;
    }
    axes.push({ kind: 'range', begin: bit(masks.begin, i) ? null : begin[i]!, end: bit(masks.end, i) ? null : end[i]!, stride });
  }
  // Input dimensions past the spec are taken whole (listed only when the rank is known).
  if (ellipsisAt < 0 && rank !== undefined) for (let k = consuming; k < rank; k++) axes.push(FULL);
  return axes;
}

/** Whether a range axis takes its whole dimension unchanged. */
export function isFullRange(a: SliceAxis): boolean {
  return a.kind === 'range' && a.begin === null && a.end === null && a.stride === 1;
}

/** A range (or index) axis against a known dimension: the first index, the step and the element count. */
export function resolveRange(dim: number, a: Exclude<SliceAxis, { kind: 'new' }>): { start: number; step: number; count: number } | null {
  if (a.kind === 'index') {
    const i = a.index < 0 ? a.index + dim : a.index;
    return i >= 0 && i < dim ? { start: i, step: 1, count: 1 } : null;
  }
  const st = a.stride;
  const norm = (v: number): number => (v < 0 ? v + dim : v);
  let lo = a.begin === null ? (st > 0 ? 0 : dim - 1) : norm(a.begin);
  let hi = a.end === null ? (st > 0 ? dim : -1) : norm(a.end);
  if (st > 0) {
    lo = Math.min(Math.max(lo, 0), dim);
    hi = Math.min(Math.max(hi, 0), dim);
  } else {
    lo = Math.min(Math.max(lo, -1), dim - 1);
    hi = Math.min(Math.max(hi, -1), dim - 1);
  }
  return { start: lo, step: st, count: Math.max(0, Math.ceil((hi - lo) / st)) };
}
