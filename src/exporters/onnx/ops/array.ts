/** Shapes, slicing, joining, gathering, padding and tensor creation. */
import { fromNumbers } from '../../../tensor/math.js';
import { attrInt, attrInts, attrType, type Node } from '../../../graph/ir.js';
import { isFullRange, sliceMasks, stridedSliceAxes, type SliceMasks } from '../../../graph/strided-slice.js';
import type { OnnxContext } from '../context.js';
import { onnxOps } from '../registry.js';
import { constNumbers, emitWhere, int, ints, NCHW_POS, normAxis, onnxType } from './common.js';

// "To the end": ONNX clamps slice bounds, so any huge value works; 2^53 − 1 survives float64 → int64.
const INT64_MAX = Number.MAX_SAFE_INTEGER;

onnxOps.register('array', ['Identity', 'Snapshot', 'StopGradient'], (ctx) => {
  ctx.alias(0, ctx.input(0));
});

onnxOps.register('array', ['Reshape'], (ctx) => {
  ctx.emit('Reshape', [ctx.input(0), ctx.int64Input(1)]);
});

onnxOps.register('array', ['Squeeze'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  let dims = attrInts(node, 'squeeze_dims', []);
  if (dims.length === 0) {
    // No dims: every size-1 dim; needs the shape.
    const shape = ctx.inputType(0)?.shape;
    if (!shape || shape.some((d) => typeof d !== 'number')) {
      ctx.emit('Squeeze', [ctx.input(0)]);
      return;
    }
    dims = shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
  }
  ctx.emit('Squeeze', [ctx.input(0), ctx.int64s('axes', dims.map((d) => (rank === undefined ? d : normAxis(d, rank))))]);
});

onnxOps.register('array', ['ExpandDims'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  const a = constNumbers(ctx, 1);
  if (!a || rank === undefined) throw new Error(`${node.name}: ExpandDims needs a constant axis`);
  ctx.emit('Unsqueeze', [ctx.input(0), ctx.int64s('axes', [normAxis(a[0]!, rank + 1)])]);
});

onnxOps.register('array', ['Transpose'], (ctx, node) => {
  const perm = constNumbers(ctx, 1);
  if (!perm) throw new Error(`${node.name}: Transpose needs a constant permutation`);
  ctx.emit('Transpose', [ctx.input(0)], { perm: ints(perm) });
});

onnxOps.register('array', ['ConcatV2'], (ctx, node) => {
  const n = node.inputs.length - 1;
  const rank = ctx.inputRank(0);
  const a = constNumbers(ctx, n);
  if (!a) throw new Error(`${node.name}: ConcatV2 needs a constant axis`);
  // ONNX takes negative axes too, so an unknown rank is fine.
  let axis = rank === undefined ? a[0]! : normAxis(a[0]!, rank);
  // All 4-D inputs already NCHW (or constants): concatenate in NCHW along the mapped axis.
  const parts = node.inputs.slice(0, n);
  const nchw = rank === 4 && parts.some((_, i) => ctx.isNchw(i)) && parts.every((_, i) => ctx.isNchw(i) || ctx.constInput(i));
  if (nchw) axis = NCHW_POS[axis]!;
  ctx.emit('Concat', parts.map((_, i) => ctx.input(i, nchw ? 'NCHW' : 'native')), { axis: int(axis) }, { layout: nchw ? 'NCHW' : 'native' });
});

onnxOps.register('array', ['Pack'], (ctx, node) => {
  const rank = ctx.inputRank(0) ?? 0;
  const axis = normAxis(attrInt(node, 'axis', 0), rank + 1);
  const axes = ctx.int64s('axis', [axis]);
  const parts = node.inputs.map((_, i) => ctx.helper('Unsqueeze', [ctx.input(i), axes])[0]!);
  ctx.emit('Concat', parts, { axis: int(axis) });
});

onnxOps.register('array', ['Unpack'], (ctx, node) => {
  const rank = ctx.inputRank(0) ?? 1;
  const axis = normAxis(attrInt(node, 'axis', 0), rank);
  const num = attrInt(node, 'num');
  const parts = ctx.helper('Split', [ctx.input(0), ctx.int64s('split', new Array<number>(num).fill(1))], { axis: int(axis) }, num);
  const axes = ctx.int64s('axes', [axis]);
  parts.forEach((p, i) => ctx.alias(i, ctx.helper('Squeeze', [p, axes])[0]!));
});

/** StridedSlice → Slice (+ Squeeze for shrink_axis_mask, Unsqueeze for new_axis_mask); masks decoded once (graph/strided-slice). */
onnxOps.register('array', ['StridedSlice'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  const begin = constNumbers(ctx, 1);
  const end = constNumbers(ctx, 2);
  const strides = constNumbers(ctx, 3);
  const masks = sliceMasks(node);
  if (!strides) throw new Error(`${node.name}: StridedSlice needs constant strides`);
  if (!begin || !end) return dynamicStridedSlice(ctx, node, masks, strides, rank);
  const axes = stridedSliceAxes(masks, begin, end, strides, rank);
  if (!axes) throw new Error(`${node.name}: StridedSlice with an ellipsis needs a known rank`);
  const starts: number[] = [];
  const ends: number[] = [];
  const sliceAxes: number[] = [];
  const steps: number[] = [];
  // Squeeze runs on the sliced input's dimensions; Unsqueeze afterwards on the output's.
  const squeeze: number[] = [];
  const unsqueeze: number[] = [];
  let inDim = 0;
  let outDim = 0;
  for (const ax of axes) {
    if (ax.kind === 'new') {
      unsqueeze.push(outDim++);
      continue;
    }
    if (ax.kind === 'index') {
      starts.push(ax.index);
      ends.push(ax.index === -1 ? INT64_MAX : ax.index + 1);
      sliceAxes.push(inDim);
      steps.push(1);
      squeeze.push(inDim);
    } else {
      if (!isFullRange(ax)) {
        starts.push(ax.begin ?? (ax.stride > 0 ? 0 : INT64_MAX));
        ends.push(ax.end ?? (ax.stride > 0 ? INT64_MAX : -INT64_MAX));
        sliceAxes.push(inDim);
        steps.push(ax.stride);
      }
      outDim++;
    }
    inDim++;
  }
  let x = ctx.input(0);
  if (sliceAxes.length) x = ctx.helper('Slice', [x, ctx.int64s('starts', starts), ctx.int64s('ends', ends), ctx.int64s('axes', sliceAxes), ctx.int64s('steps', steps)])[0]!;
  if (squeeze.length) x = ctx.helper('Squeeze', [x, ctx.int64s('squeeze', squeeze)])[0]!;
  if (unsqueeze.length) x = ctx.helper('Unsqueeze', [x, ctx.int64s('unsqueeze', unsqueeze)])[0]!;
  ctx.emit('Identity', [x]);
});

/**
 * StridedSlice with bounds computed at run time. The masks are attributes, so the axes are decoded with each
 * spec entry's own position standing in for its bounds; Slice's starts/ends are then gathered from the bound
 * tensors at those positions, a masked bound becomes ±INT64_MAX (ONNX clamps), and a shrunk axis i takes
 * [begin, begin + 1) (to the end for −1) and is squeezed.
 */
function dynamicStridedSlice(ctx: OnnxContext, node: Node, masks: SliceMasks, strides: number[], rank: number | undefined): void {
  const spec = strides.map((_, i) => i);
  const axes = stridedSliceAxes(masks, spec, spec, strides, rank);
  if (!axes) throw new Error(`${node.name}: StridedSlice with an ellipsis needs a known rank`);
  // Per sliced axis: where its start and end come from (a spec position, or a fixed value when masked).
  const sliced: Array<{ inDim: number; step: number; begin: number | null; end: number | null; index: boolean }> = [];
  const squeeze: number[] = [];
  const unsqueeze: number[] = [];
  let inDim = 0;
  let outDim = 0;
  for (const ax of axes) {
    if (ax.kind === 'new') {
      unsqueeze.push(outDim++);
      continue;
    }
    if (ax.kind === 'index') {
      sliced.push({ inDim, step: 1, begin: ax.index, end: null, index: true });
      squeeze.push(inDim);
    } else {
      if (!isFullRange(ax)) sliced.push({ inDim, step: ax.stride, begin: ax.begin, end: ax.end, index: false });
      outDim++;
    }
    inDim++;
  }
  let x = ctx.input(0);
  if (sliced.length) {
    const beginAll = ctx.int64Input(1);
    const endAll = ctx.int64Input(2);
    const pick = (from: string, at: number[]): string => ctx.helper('Gather', [from, ctx.int64s('at', at)], { axis: int(0) })[0]!;
    const bools = (base: string, v: boolean[]): string => ctx.constant(base, fromNumbers('DT_BOOL', [v.length], v.map(Number)));
    const fill = (base: string, v: number[]): string => ctx.int64s(base, v);
    // starts: the gathered begins, with masked ones replaced by the stride's "from the start".
    const begins = pick(beginAll, sliced.map((a) => a.begin ?? 0));
    const startFill = sliced.map((a) => (a.step > 0 ? 0 : INT64_MAX));
    const starts = sliced.some((a) => a.begin === null) ? ctx.helper('Where', [bools('begin_masked', sliced.map((a) => a.begin === null)), fill('start_fill', startFill), begins])[0]! : begins;
    // ends: "to the end" where masked, the gathered ends of ranges, begin + 1 for shrunk axes.
    let ends = fill('end_fill', sliced.map((a) => (a.step > 0 ? INT64_MAX : -INT64_MAX)));
    if (sliced.some((a) => !a.index && a.end !== null)) {
      ends = ctx.helper('Where', [bools('has_end', sliced.map((a) => !a.index && a.end !== null)), pick(endAll, sliced.map((a) => a.end ?? 0)), ends])[0]!;
    }
    if (sliced.some((a) => a.index)) {
      const next = ctx.helper('Add', [begins, ctx.int64s('one', [1], true)])[0]!;
      // Index −1 is the last element: its end is past the end, not 0.
      const last = ctx.helper('Equal', [begins, ctx.int64s('minus1', [-1], true)])[0]!;
      const indexEnd = ctx.helper('Where', [last, ctx.int64s('max', [INT64_MAX], true), next])[0]!;
      ends = ctx.helper('Where', [bools('shrunk', sliced.map((a) => a.index)), indexEnd, ends])[0]!;
    }
    x = ctx.helper('Slice', [x, starts, ends, ctx.int64s('axes', sliced.map((a) => a.inDim)), ctx.int64s('steps', sliced.map((a) => a.step))])[0]!;
  }
  if (squeeze.length) x = ctx.helper('Squeeze', [x, ctx.int64s('squeeze', squeeze)])[0]!;
  if (unsqueeze.length) x = ctx.helper('Unsqueeze', [x, ctx.int64s('unsqueeze', unsqueeze)])[0]!;
  ctx.emit('Identity', [x]);
}

onnxOps.register('array', ['Slice'], (ctx) => {
  const begin = ctx.int64Input(1);
  const size = constNumbers(ctx, 2);
  const b = constNumbers(ctx, 1);
  if (size && b) {
    const ends = size.map((s, i) => (s === -1 ? INT64_MAX : b[i]! + s));
    ctx.emit('Slice', [ctx.input(0), begin, ctx.int64s('ends', ends)]);
    return;
  }
  // ends = begin + size, with -1 meaning "to the end".
  const sz = ctx.int64Input(2);
  const sum = ctx.helper('Add', [begin, sz])[0]!;
  const isAll = ctx.helper('Equal', [sz, ctx.int64s('minus1', [-1], true)])[0]!;
  const ends = ctx.helper('Where', [isAll, ctx.int64s('max', [INT64_MAX], true), sum])[0]!;
  ctx.emit('Slice', [ctx.input(0), begin, ends]);
});

function shapeOut(ctx: OnnxContext, node: Node, shape: string): void {
  const out = node.attrs['out_type']?.kind === 'type' ? attrType(node, 'out_type') : 'DT_INT32';
  if (out === 'DT_INT64') ctx.emit('Identity', [shape]);
  else ctx.emit('Cast', [shape], { to: int(onnxType(out)) });
}
onnxOps.register('array', ['Shape'], (ctx, node) => shapeOut(ctx, node, ctx.helper('Shape', [ctx.input(0)])[0]!));
onnxOps.register('array', ['Size'], (ctx, node) => shapeOut(ctx, node, ctx.helper('Size', [ctx.input(0)])[0]!));
onnxOps.register('array', ['Rank'], (ctx) => {
  const s = ctx.helper('Shape', [ctx.input(0)])[0]!;
  const r = ctx.helper('Size', [s])[0]!;
  ctx.emit('Cast', [r], { to: int(6) });
});

onnxOps.register('array', ['GatherV2', 'Gather'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  const raw = node.op === 'Gather' ? 0 : (constNumbers(ctx, 2)?.[0] ?? 0);
  const axis = rank === undefined ? raw : normAxis(raw, rank);
  if (attrInt(node, 'batch_dims', 0) !== 0) return batchGather(ctx, node);
  ctx.emit('Gather', [ctx.input(0), ctx.input(1)], { axis: int(axis) });
});

/**
 * GatherV2 with batch_dims b: GatherND with batch_dims b over indices with a trailing 1-dim gathers along
 * axis b. For a later axis, that axis is moved to position b first, and the gathered dims moved back after
 * the params dims that came before it: TF's output is params[:axis] + indices[b:] + params[axis+1:].
 */
function batchGather(ctx: OnnxContext, node: Node): void {
  const r = ctx.inputRank(0);
  const q = ctx.inputRank(1);
  const rawAxis = constNumbers(ctx, 2)?.[0];
  const rawB = attrInt(node, 'batch_dims', 0);
  if (rawAxis === undefined) throw new Error(`${node.name}: GatherV2 with batch_dims needs a constant axis`);
  const idx = ctx.helper('Unsqueeze', [ctx.helper('Cast', [ctx.input(1)], { to: int(7) })[0]!, ctx.int64s('last', [-1])])[0]!;
  // The common case (gathering right after the batch dims) needs no ranks.
  if (rawB >= 0 && rawAxis === rawB) {
    ctx.emit('GatherND', [ctx.input(0), idx], { batch_dims: int(rawB) });
    return;
  }
  if (r === undefined || q === undefined) throw new Error(`${node.name}: GatherV2 with batch_dims ${rawB} and axis ${rawAxis} needs params and indices of known rank`);
  const b = rawB < 0 ? rawB + q : rawB;
  const axis = normAxis(rawAxis, r);
  if (b < 0 || b > q || axis < b) throw new Error(`${node.name}: GatherV2 with batch_dims ${rawB} and axis ${rawAxis} is invalid for ranks ${r} and ${q}`);
  const iota = (from: number, to: number): number[] => Array.from({ length: Math.max(to - from, 0) }, (_, i) => from + i);
  let params = ctx.input(0);
  if (axis > b) params = ctx.helper('Transpose', [params], { perm: ints([...iota(0, b), axis, ...iota(b, axis), ...iota(axis + 1, r)]) })[0]!;
  const gathered = ctx.helper('GatherND', [params, idx], { batch_dims: int(b) })[0]!;
  if (axis === b) {
    ctx.emit('Identity', [gathered]);
    return;
  }
  // GatherND gives [batch, indices[b:], params[b:axis], params[axis+1:]].
  const mid = b + (q - b);
  const perm = [...iota(0, b), ...iota(mid, mid + axis - b), ...iota(b, mid), ...iota(mid + axis - b, q + r - 1 - b)];
  ctx.emit('Transpose', [gathered], { perm: ints(perm) });
}
onnxOps.register('array', ['GatherNd'], (ctx) => {
  const idx = ctx.helper('Cast', [ctx.input(1)], { to: int(7) })[0]!;
  ctx.emit('GatherND', [ctx.input(0), idx]);
});

onnxOps.register('array', ['Fill'], (ctx) => {
  ctx.emit('Expand', [ctx.input(1), ctx.int64Input(0)]);
});
onnxOps.register('array', ['ZerosLike', 'OnesLike'], (ctx, node) => {
  const T = node.attrs['T']?.kind === 'type' ? attrType(node, 'T') : 'DT_FLOAT';
  const v = ctx.constant('v', fromNumbers(T, [], [node.op === 'OnesLike' ? 1 : 0]));
  ctx.emit('Expand', [v, ctx.helper('Shape', [ctx.input(0)])[0]!]);
});
onnxOps.register('array', ['BroadcastTo'], (ctx) => {
  ctx.emit('Expand', [ctx.input(0), ctx.int64Input(1)]);
});
onnxOps.register('array', ['Range'], (ctx) => {
  ctx.emit('Range', [ctx.input(0), ctx.input(1), ctx.input(2)]);
});

function mirrorMode(node: Node): string {
  const m = node.attrs['mode'];
  return m?.kind === 's' ? new TextDecoder().decode(m.value) : 'REFLECT';
}

onnxOps.register('array', ['Pad', 'PadV2', 'MirrorPad'], (ctx, node) => {
  const p = constNumbers(ctx, 1);
  // The paddings ([rank, 2]) give the rank when inference could not.
  const rank = ctx.inputRank(0) ?? (p ? p.length / 2 : undefined);
  if (!p || rank === undefined) throw new Error(`${node.name}: ${node.op} needs constant paddings`);
  if (node.op === 'MirrorPad' && mirrorMode(node) === 'SYMMETRIC') return symmetricPad(ctx, p, rank);
  const nchw = rank === 4 && ctx.isNchw(0);
  const order = nchw ? [0, 3, 1, 2] : Array.from({ length: rank }, (_, i) => i);
  // TF: [[before, after] per dim]; ONNX: [all befores, all afters].
  const pads = [...order.map((d) => p[2 * d]!), ...order.map((d) => p[2 * d + 1]!)];
  const inputs = [ctx.input(0, nchw ? 'NCHW' : 'native'), ctx.int64s('pads', pads)];
  if (node.op === 'PadV2') inputs.push(ctx.input(2));
  const mode = node.op === 'MirrorPad' ? 'reflect' : 'constant';
  ctx.emit('Pad', inputs, { mode: { kind: 'string', value: mode } }, { layout: nchw ? 'NCHW' : 'native' });
});

/**
 * MirrorPad SYMMETRIC (the edge is repeated; ONNX Pad's reflect mode leaves it out), one axis at a time: the
 * first `before` items reversed, the input, the last `after` items reversed, concatenated.
 */
function symmetricPad(ctx: OnnxContext, p: number[], rank: number): void {
  let x = ctx.input(0);
  for (let d = 0; d < rank; d++) {
    const [before, after] = [p[2 * d]!, p[2 * d + 1]!];
    if (before === 0 && after === 0) continue;
    const axis = ctx.int64s(`axis${d}`, [d]);
    const back = ctx.int64s('back', [-1]);
    const parts = [x];
    // Step −1 from index before−1 down to (and including) 0; from the last index down to size−after.
    if (before > 0) parts.unshift(ctx.helper('Slice', [x, ctx.int64s('start', [before - 1]), ctx.int64s('end', [-INT64_MAX]), axis, back])[0]!);
    if (after > 0) parts.push(ctx.helper('Slice', [x, ctx.int64s('start', [-1]), ctx.int64s('end', [-after - 1]), axis, back])[0]!);
    x = ctx.helper('Concat', parts, { axis: int(d) })[0]!;
  }
  ctx.emit('Identity', [x]);
}

function split(ctx: OnnxContext, node: Node, x: string, axisInput: number, sizes: number[] | undefined, num: number): void {
  const rank = ctx.inputRank(node.op === 'Split' ? 1 : 0);
  const raw = constNumbers(ctx, axisInput)?.[0] ?? 0;
  const axis = rank === undefined ? raw : normAxis(raw, rank);
  const inputs = sizes ? [x, ctx.int64s('split', sizes)] : [x];
  const attrs: Record<string, ReturnType<typeof int>> = { axis: int(axis) };
  if (!sizes && ctx.opset >= 18) attrs['num_outputs'] = int(num);
  ctx.emit('Split', inputs, attrs, { outputs: num });
}
onnxOps.register('array', ['Split'], (ctx, node) => {
  const num = attrInt(node, 'num_split', 1);
  const shape = ctx.inputType(1)?.shape;
  const raw = constNumbers(ctx, 0)?.[0] ?? 0;
  const d = shape ? shape[normAxis(raw, shape.length)] : undefined;
  // Before opset 18 an equal split needs explicit sizes when the dim is known.
  const sizes = ctx.opset < 18 && typeof d === 'number' ? new Array<number>(num).fill(d / num) : undefined;
  split(ctx, node, ctx.input(1), 0, sizes, num);
});
/** SplitV; a −1 size (the rest of the axis) is resolved from a static dim, else computed at run time from Shape. */
onnxOps.register('array', ['SplitV'], (ctx, node) => {
  const sizes = constNumbers(ctx, 1);
  if (!sizes) throw new Error(`${node.name}: SplitV needs constant sizes`);
  const num = attrInt(node, 'num_split', sizes.length);
  const rest = sizes.indexOf(-1);
  if (rest < 0) return split(ctx, node, ctx.input(0), 2, sizes, num);
  const shape = ctx.inputType(0)?.shape;
  const rawAxis = constNumbers(ctx, 2)?.[0];
  if (rawAxis === undefined) throw new Error(`${node.name}: SplitV with a -1 size needs a constant axis`);
  const axis = shape ? normAxis(rawAxis, shape.length) : rawAxis;
  const known = sizes.reduce((a, b, i) => (i === rest ? a : a + b), 0);
  const dim = shape?.[axis];
  if (typeof dim === 'number' && dim >= 0) {
    return split(ctx, node, ctx.input(0), 2, sizes.map((s, i) => (i === rest ? dim - known : s)), num);
  }
  const d = ctx.helper('Gather', [ctx.helper('Shape', [ctx.input(0)])[0]!, ctx.int64s('axis', [axis])], { axis: int(0) })[0]!;
  const restSize = ctx.helper('Sub', [d, ctx.int64s('known', [known])])[0]!;
  const parts = [
    ...(rest > 0 ? [ctx.int64s('head', sizes.slice(0, rest))] : []),
    restSize,
    ...(rest < sizes.length - 1 ? [ctx.int64s('tail', sizes.slice(rest + 1))] : []),
  ];
  const splitSizes = parts.length === 1 ? restSize : ctx.helper('Concat', parts, { axis: int(0) })[0]!;
  ctx.emit('Split', [ctx.input(0), splitSizes], { axis: int(axis) }, { outputs: num });
});

onnxOps.register('array', ['Tile'], (ctx) => {
  ctx.emit('Tile', [ctx.input(0), ctx.int64Input(1)]);
});

onnxOps.register('array', ['ReverseV2'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  const axes = constNumbers(ctx, 1);
  if (!axes || rank === undefined) throw new Error(`${node.name}: ReverseV2 needs constant axes`);
  const a = axes.map((x) => normAxis(x, rank));
  // A slice with step −1 over each reversed axis.
  ctx.emit('Slice', [ctx.input(0), ctx.int64s('starts', a.map(() => -1)), ctx.int64s('ends', a.map(() => -INT64_MAX)), ctx.int64s('axes', a), ctx.int64s('steps', a.map(() => -1))]);
});

/**
 * OneHot as Equal(indices, range(depth)) → Where(on, off), not ONNX OneHot: onnxruntime implements OneHot for
 * a few (indices, values, depth) type combinations only, and ONNX OneHot counts negative indices from the
 * end where TF writes a row of off values.
 */
onnxOps.register('array', ['OneHot'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  const rawAxis = attrInt(node, 'axis', -1);
  if (rawAxis !== -1 && rank === undefined) throw new Error(`${node.name}: OneHot with axis ${rawAxis} needs indices of known rank`);
  const idx = ctx.helper('Cast', [ctx.input(0)], { to: int(7) })[0]!;
  const expanded = ctx.helper('Unsqueeze', [idx, ctx.int64s('axis', [rawAxis])])[0]!;
  const depth = ctx.helper('Reshape', [ctx.int64Input(1), ctx.int64s('scalar', [])])[0]!;
  let range = ctx.helper('Range', [ctx.int64s('zero', [0], true), depth, ctx.int64s('one', [1], true)])[0]!;
  // The depth runs along `axis` of the output: trailing 1-dims for the index dims after it.
  if (rawAxis !== -1) range = ctx.helper('Unsqueeze', [range, ctx.int64s('trailing', Array.from({ length: rank! - rawAxis }, (_, i) => i + 1))])[0]!;
  const hit = ctx.helper('Equal', [expanded, range])[0]!;
  emitWhere(ctx, hit, ctx.input(2), ctx.input(3), ctx.inputType(2)?.dtype ?? attrType(node, 'T', 'DT_FLOAT'));
});

onnxOps.register('array', ['TopKV2'], (ctx, node) => {
  const k = ctx.helper('Reshape', [ctx.int64Input(1), ctx.int64s('one', [1])])[0]!;
  const [v, i] = ctx.helper('TopK', [ctx.input(0), k], { axis: int(-1), largest: int(1), sorted: int(1) }, 2);
  ctx.alias(0, v!);
  const idx = node.attrs['index_type']?.kind === 'type' ? attrType(node, 'index_type') : 'DT_INT32';
  const cast = ctx.helper('Cast', [i!], { to: int(onnxType(idx)) })[0]!;
  ctx.alias(1, cast);
});

onnxOps.register('array', ['Where'], (ctx) => {
  // TF Where(cond) → coordinates of true elements, [n, rank]; ONNX NonZero gives [rank, n].
  const nz = ctx.helper('NonZero', [ctx.input(0)])[0]!;
  ctx.emit('Transpose', [nz], { perm: ints([1, 0]) });
});

// Graph inputs and constants are handled by the lowering itself (graph inputs, initializers).
onnxOps.register('array', ['Placeholder', 'Const'], () => {
  throw new Error('Placeholder and Const are lowered by lowerNodes');
});
