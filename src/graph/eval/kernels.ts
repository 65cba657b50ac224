/**
 * Host kernels for constant folding, one per TF op. A kernel returns undefined when it cannot fold a case
 * (unusual attributes, unknown shapes); the node then stays in the graph. Semantics follow TF's op docs.
 */
import { attrBool, attrInt, attrInts, attrType, type Node } from '../ir.js';
import { resolveRange, sliceMasks, stridedSliceAxes } from '../strided-slice.js';
import type { DTypeName } from '../../tensor/dtypes.js';
import { numElements, type HostTensor } from '../../tensor/host.js';
import { allocate, binary, broadcastIndex, broadcastShapes, fromNumbers, gatherElements, scalar, stridesOf, toNumbers, transposeTensor, unary } from '../../tensor/math.js';

export type HostKernel = (node: Node, inputs: HostTensor[]) => HostTensor[] | undefined;

export const hostKernels = new Map<string, HostKernel>();

function register(ops: string[], kernel: HostKernel): void {
  for (const op of ops) hostKernels.set(op, kernel);
}

const outType = (node: Node, inputs: HostTensor[]): DTypeName => (node.attrs['T']?.kind === 'type' ? attrType(node, 'T') : inputs[0]!.dtype);
const isInt = (d: DTypeName): boolean => /INT/.test(d);

// ---- element-wise --------------------------------------------------------------------------------------

const BINARY: Record<string, (x: number, y: number, int: boolean) => number> = {
  Add: (x, y) => x + y,
  AddV2: (x, y) => x + y,
  Sub: (x, y) => x - y,
  Mul: (x, y) => x * y,
  RealDiv: (x, y) => x / y,
  Div: (x, y, int) => (int ? Math.trunc(x / y) : x / y),
  FloorDiv: (x, y, int) => (int ? Math.floor(x / y) : Math.floor(x / y)),
  FloorMod: (x, y) => x - Math.floor(x / y) * y,
  Maximum: (x, y) => Math.max(x, y),
  Minimum: (x, y) => Math.min(x, y),
  Pow: (x, y) => x ** y,
  SquaredDifference: (x, y) => (x - y) * (x - y),
};
for (const [op, f] of Object.entries(BINARY)) {
  register([op], (node, [a, b]) => {
    const dt = outType(node, [a!]);
    const int = isInt(dt);
    const r = binary(a!, b!, dt, (x, y) => f(x, y, int));
    return r && [r];
  });
}

const COMPARE: Record<string, (x: number, y: number) => boolean> = {
  Equal: (x, y) => x === y,
  NotEqual: (x, y) => x !== y,
  Less: (x, y) => x < y,
  LessEqual: (x, y) => x <= y,
  Greater: (x, y) => x > y,
  GreaterEqual: (x, y) => x >= y,
};
for (const [op, f] of Object.entries(COMPARE)) {
  register([op], (_node, [a, b]) => {
    if (a!.dtype === 'DT_STRING') return undefined;
    const r = binary(a!, b!, 'DT_BOOL', (x, y) => (f(x, y) ? 1 : 0));
    return r && [r];
  });
}
register(['LogicalAnd'], (_n, [a, b]) => {
  const r = binary(a!, b!, 'DT_BOOL', (x, y) => (x && y ? 1 : 0));
  return r && [r];
});
register(['LogicalOr'], (_n, [a, b]) => {
  const r = binary(a!, b!, 'DT_BOOL', (x, y) => (x || y ? 1 : 0));
  return r && [r];
});
register(['LogicalNot'], (_n, [a]) => [unary(a!, 'DT_BOOL', (x) => (x ? 0 : 1))]);

const UNARY: Record<string, (x: number) => number> = {
  Neg: (x) => -x,
  Abs: Math.abs,
  Sqrt: Math.sqrt,
  Rsqrt: (x) => 1 / Math.sqrt(x),
  Exp: Math.exp,
  Log: Math.log,
  Reciprocal: (x) => 1 / x,
  Inv: (x) => 1 / x,
  Square: (x) => x * x,
  Floor: Math.floor,
  Ceil: Math.ceil,
  Round: (x) => {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; // banker's rounding, as TF
  },
  Sign: Math.sign,
  Tanh: Math.tanh,
  Sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  Relu: (x) => Math.max(0, x),
  Relu6: (x) => Math.min(6, Math.max(0, x)),
};
for (const [op, f] of Object.entries(UNARY)) register([op], (node, [a]) => [unary(a!, outType(node, [a!]), f)]);

register(['Cast'], (node, [a]) => {
  const dst = attrType(node, 'DstT');
  if (a!.dtype === 'DT_STRING' || dst === 'DT_STRING') return undefined;
  return [unary(a!, dst, (x) => x)];
});

// ---- shapes ----------------------------------------------------------------------------------------------

const shapeTensor = (node: Node, dims: number[]): HostTensor => fromNumbers(node.attrs['out_type']?.kind === 'type' ? attrType(node, 'out_type') : 'DT_INT32', [dims.length], dims);
register(['Shape'], (node, [a]) => [shapeTensor(node, a!.shape)]);
register(['Size'], (node, [a]) => [fromNumbers(node.attrs['out_type']?.kind === 'type' ? attrType(node, 'out_type') : 'DT_INT32', [], [numElements(a!.shape)])]);
register(['Rank'], (_n, [a]) => [scalar('DT_INT32', a!.shape.length)]);
register(['ShapeN'], (node, inputs) => inputs.map((a) => shapeTensor(node, a.shape)));

function reshapeTo(t: HostTensor, dims: number[]): HostTensor | undefined {
  const n = numElements(t.shape);
  const known = dims.filter((d) => d !== -1).reduce((p, d) => p * d, 1);
  const shape = dims.map((d) => (d === -1 ? (known === 0 ? 0 : n / known) : d));
  if (numElements(shape) !== n || shape.some((d) => !Number.isInteger(d))) return undefined;
  return { ...t, shape };
}
register(['Reshape'], (_n, [a, s]) => {
  const r = reshapeTo(a!, [...toNumbers(s!)]);
  return r && [r];
});
register(['ExpandDims'], (_n, [a, ax]) => {
  let axis = toNumbers(ax!)[0]!;
  if (axis < 0) axis += a!.shape.length + 1;
  const shape = [...a!.shape];
  shape.splice(axis, 0, 1);
  return [{ ...a!, shape }];
});
register(['Squeeze'], (node, [a]) => {
  const dims = attrInts(node, 'squeeze_dims', []).map((d) => (d < 0 ? d + a!.shape.length : d));
  return [{ ...a!, shape: a!.shape.filter((d, i) => (dims.length ? !dims.includes(i) : d !== 1)) }];
});

register(['Pack'], (node, inputs) => {
  const first = inputs[0]!;
  let axis = attrInt(node, 'axis', 0);
  if (axis < 0) axis += first.shape.length + 1;
  const outer = numElements(first.shape.slice(0, axis));
  const inner = numElements(first.shape.slice(axis));
  const shape = [...first.shape];
  shape.splice(axis, 0, inputs.length);
  const n = inputs.length;
  // out[o][k][i] = inputs[k][o][i]
  const all = { ...first, data: first.dtype === 'DT_STRING' ? inputs.flatMap((t) => t.data as Uint8Array[]) : concatTyped(inputs) } as HostTensor;
  return [gatherElements(all, shape, (f) => {
    const o = Math.floor(f / (n * inner));
    const k = Math.floor(f / inner) % n;
    const i = f % inner;
    return k * outer * inner + o * inner + i;
  })];
});

function concatTyped(inputs: HostTensor[]): HostTensor['data'] {
  const total = inputs.reduce((s, t) => s + (t.data as ArrayLike<unknown>).length, 0);
  const out = allocate(inputs[0]!.dtype, total);
  let off = 0;
  for (const t of inputs) {
    (out as unknown as { set(a: unknown, o: number): void }).set(t.data, off);
    off += (t.data as ArrayLike<unknown>).length;
  }
  return out;
}

register(['ConcatV2'], (_node, inputs) => {
  const axisT = inputs[inputs.length - 1]!;
  const parts = inputs.slice(0, -1);
  const rank = parts[0]!.shape.length;
  let axis = toNumbers(axisT)[0]!;
  if (axis < 0) axis += rank;
  const inners = parts.map((p) => numElements(p.shape.slice(axis)));
  const total = inners.reduce((a, b) => a + b, 0);
  const shape = [...parts[0]!.shape];
  shape[axis] = parts.reduce((s, p) => s + p.shape[axis]!, 0);
  const all = { ...parts[0]!, data: parts[0]!.dtype === 'DT_STRING' ? parts.flatMap((t) => t.data as Uint8Array[]) : concatTyped(parts) } as HostTensor;
  const bases: number[] = [];
  let b = 0;
  for (const p of parts) {
    bases.push(b);
    b += numElements(p.shape);
  }
  return [gatherElements(all, shape, (f) => {
    const o = Math.floor(f / total);
    let r = f % total;
    let k = 0;
    while (r >= inners[k]!) r -= inners[k++]!;
    return bases[k]! + o * inners[k]! + r;
  })];
});

register(['Fill'], (_n, [dims, v]) => {
  const shape = [...toNumbers(dims!)];
  const x = toNumbers(v!)[0]!;
  if (numElements(shape) > 1 << 22) return undefined;
  return [fromNumbers(v!.dtype, shape, new Float64Array(numElements(shape)).fill(x))];
});

register(['Range'], (node, [s, l, d]) => {
  const start = toNumbers(s!)[0]!;
  const limit = toNumbers(l!)[0]!;
  const delta = toNumbers(d!)[0]!;
  const n = Math.max(0, Math.ceil((limit - start) / delta));
  if (n > 1 << 22) return undefined;
  const dt = node.attrs['Tidx']?.kind === 'type' ? attrType(node, 'Tidx') : s!.dtype;
  return [fromNumbers(dt, [n], Array.from({ length: n }, (_, i) => start + i * delta))];
});

register(['ZerosLike'], (_n, [a]) => [unary(a!, a!.dtype, () => 0)]);
register(['OnesLike'], (_n, [a]) => [unary(a!, a!.dtype, () => 1)]);

register(['Transpose'], (_n, [a, p]) => [transposeTensor(a!, [...toNumbers(p!)])]);

register(['GatherV2'], (node, [params, indices, ax]) => {
  if (attrInt(node, 'batch_dims', 0) !== 0) return undefined;
  let axis = toNumbers(ax!)[0]!;
  if (axis < 0) axis += params!.shape.length;
  const idx = toNumbers(indices!);
  const dim = params!.shape[axis]!;
  const inner = numElements(params!.shape.slice(axis + 1));
  const shape = [...params!.shape.slice(0, axis), ...indices!.shape, ...params!.shape.slice(axis + 1)];
  if (idx.some((i) => i < -dim || i >= dim)) return undefined;
  return [gatherElements(params!, shape, (f) => {
    const o = Math.floor(f / (idx.length * inner));
    const k = Math.floor(f / inner) % idx.length;
    const i = f % inner;
    const j = idx[k]! < 0 ? idx[k]! + dim : idx[k]!;
    return (o * dim + j) * inner + i;
  })];
});

/** StridedSlice with every mask (src/graph/strided-slice.ts decodes them). */
register(['StridedSlice'], (node, [a, b, e, s]) => {
  const rank = a!.shape.length;
  let axes;
  try {
    axes = stridedSliceAxes(sliceMasks(node), [...toNumbers(b!)], [...toNumbers(e!)], [...toNumbers(s!)], rank);
  } catch {
    return undefined;
  }
  if (!axes) return undefined;
  const starts: number[] = [];
  const steps: number[] = [];
  const counts: number[] = [];
  const outShape: number[] = [];
  let d = 0;
  for (const ax of axes) {
    if (ax.kind === 'new') {
      outShape.push(1);
      continue;
    }
    if (d >= rank) return undefined;
    const r = resolveRange(a!.shape[d]!, ax);
    if (!r) return undefined;
    starts.push(r.start);
    steps.push(r.step);
    counts.push(r.count);
    if (ax.kind === 'range') outShape.push(r.count);
    d++;
  }
  if (d !== rank) return undefined;
  const inStrides = stridesOf(a!.shape);
  const cStrides = stridesOf(counts);
  const sliced = gatherElements(a!, counts, (f) => {
    let idx = 0;
    let rem = f;
    for (let k = 0; k < rank; k++) {
      const c = Math.floor(rem / cStrides[k]!);
      rem -= c * cStrides[k]!;
      idx += (starts[k]! + c * steps[k]!) * inStrides[k]!;
    }
    return idx;
  });
  return [{ ...sliced, shape: outShape }];
});

register(['Slice'], (_n, [a, b, sz]) => {
  const begin = [...toNumbers(b!)];
  const size = [...toNumbers(sz!)].map((s, d) => (s === -1 ? a!.shape[d]! - begin[d]! : s));
  const inStrides = stridesOf(a!.shape);
  const outStrides = stridesOf(size);
  return [gatherElements(a!, size, (f) => {
    let idx = 0;
    let rem = f;
    for (let d = 0; d < size.length; d++) {
      const c = Math.floor(rem / outStrides[d]!);
      rem -= c * outStrides[d]!;
      idx += (begin[d]! + c) * inStrides[d]!;
    }
    return idx;
  })];
});

// ---- reductions -------------------------------------------------------------------------------------------

const REDUCE: Record<string, { init: number; f: (acc: number, x: number) => number; finish?: (acc: number, n: number) => number }> = {
  Sum: { init: 0, f: (a, x) => a + x },
  Prod: { init: 1, f: (a, x) => a * x },
  Max: { init: -Infinity, f: Math.max },
  Min: { init: Infinity, f: Math.min },
  Mean: { init: 0, f: (a, x) => a + x, finish: (a, n) => a / n },
  All: { init: 1, f: (a, x) => (a && x ? 1 : 0) },
  Any: { init: 0, f: (a, x) => (a || x ? 1 : 0) },
};
for (const [op, r] of Object.entries(REDUCE)) {
  register([op], (node, [a, ax]) => {
    const rank = a!.shape.length;
    const axes = new Set([...toNumbers(ax!)].map((d) => (d < 0 ? d + rank : d)));
    const keep = attrBool(node, 'keep_dims');
    const outShape = a!.shape.map((d, i) => (axes.has(i) ? 1 : d));
    const x = toNumbers(a!);
    const acc = new Float64Array(numElements(outShape)).fill(r.init);
    const inStrides = stridesOf(a!.shape);
    const outStrides = stridesOf(outShape);
    for (let f = 0; f < x.length; f++) {
      let o = 0;
      let rem = f;
      for (let d = 0; d < rank; d++) {
        const c = Math.floor(rem / inStrides[d]!);
        rem -= c * inStrides[d]!;
        if (!axes.has(d)) o += c * outStrides[d]!;
      }
      acc[o] = r.f(acc[o]!, x[f]!);
    }
    const n = numElements(a!.shape) / Math.max(1, acc.length);
    const values = r.finish ? acc.map((v) => r.finish!(v, n)) : acc;
    const dt = op === 'All' || op === 'Any' ? 'DT_BOOL' : a!.dtype;
    return [fromNumbers(dt, keep ? outShape : a!.shape.filter((_, i) => !axes.has(i)), values)];
  });
}

register(['Select', 'SelectV2'], (node, [c, x, y]) => {
  // TF1 Select with a vector condition picks whole rows; only the element-wise form is folded.
  if (node.op === 'Select' && c!.shape.length !== x!.shape.length) return undefined;
  const xy = broadcastShapes(x!.shape, y!.shape);
  const shape = xy && broadcastShapes(c!.shape, xy);
  if (!shape) return undefined;
  const [cv, xv, yv] = [toNumbers(c!), toNumbers(x!), toNumbers(y!)];
  const [ic, ix, iy] = [broadcastIndex(shape, c!.shape), broadcastIndex(shape, x!.shape), broadcastIndex(shape, y!.shape)];
  return [fromNumbers(x!.dtype, shape, Array.from({ length: numElements(shape) }, (_, i) => (cv[ic(i)] ? xv[ix(i)]! : yv[iy(i)]!)))];
});

/** Ops that must never be folded even with constant inputs (random, stateful, resources). */
export const NEVER_FOLD = /Random|Stateful|Variable|Resource|Placeholder|TensorList|Print|Assert/;
