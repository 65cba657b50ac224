/** Shapes, slicing, joining, gathering, padding and tensor creation. */
import { fromNumbers } from '../../../tensor/math.js';
import { attrInt, attrInts, attrType, type Node } from '../../../graph/ir.js';
import { isFullRange, sliceMasks, stridedSliceAxes } from '../../../graph/strided-slice.js';
import type { OnnxContext } from '../context.js';
import { onnxOps } from '../registry.js';
import { constNumbers, int, ints, NCHW_POS, normAxis, onnxType } from './common.js';

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
  if (!begin || !end) {
    // Dynamic bounds without masks: Slice takes them as inputs directly.
    if (masks.begin || masks.end || masks.newAxis || masks.shrink || masks.ellipsis) throw new Error(`${node.name}: StridedSlice with dynamic bounds and masks is not supported`);
    ctx.emit('Slice', [ctx.input(0), ctx.int64Input(1), ctx.int64Input(2), ctx.int64s('axes', Array.from({ length: strides.length }, (_, i) => i)), ctx.int64s('steps', strides)]);
    return;
  }
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
  if (attrInt(node, 'batch_dims', 0) !== 0) throw new Error(`${node.name}: GatherV2 with batch_dims is not supported`);
  ctx.emit('Gather', [ctx.input(0), ctx.input(1)], { axis: int(axis) });
});
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

onnxOps.register('array', ['Pad', 'PadV2', 'MirrorPad'], (ctx, node) => {
  const p = constNumbers(ctx, 1);
  const rank = ctx.inputRank(0);
  if (!p || rank === undefined) throw new Error(`${node.name}: ${node.op} needs constant paddings`);
  const nchw = rank === 4 && ctx.isNchw(0);
  const order = nchw ? [0, 3, 1, 2] : Array.from({ length: rank }, (_, i) => i);
  // TF: [[before, after] per dim]; ONNX: [all befores, all afters].
  const pads = [...order.map((d) => p[2 * d]!), ...order.map((d) => p[2 * d + 1]!)];
  const inputs = [ctx.input(0, nchw ? 'NCHW' : 'native'), ctx.int64s('pads', pads)];
  if (node.op === 'PadV2') inputs.push(ctx.input(2));
  const mode = node.op === 'MirrorPad' ? (new TextDecoder().decode(node.attrs['mode']?.kind === 's' ? node.attrs['mode'].value : new Uint8Array()) === 'SYMMETRIC' ? 'symmetric' : 'reflect') : 'constant';
  if (mode === 'symmetric') throw new Error(`${node.name}: MirrorPad SYMMETRIC has no ONNX equivalent`);
  ctx.emit('Pad', inputs, { mode: { kind: 'string', value: mode } }, { layout: nchw ? 'NCHW' : 'native' });
});

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
onnxOps.register('array', ['SplitV'], (ctx, node) => {
  const sizes = constNumbers(ctx, 1);
  if (!sizes || sizes.includes(-1)) throw new Error(`${node.name}: SplitV needs constant sizes`);
  split(ctx, node, ctx.input(0), 2, sizes, attrInt(node, 'num_split', sizes.length));
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

onnxOps.register('array', ['OneHot'], (ctx, node) => {
  const axis = attrInt(node, 'axis', -1);
  const values = ctx.helper('Concat', [
    ctx.helper('Unsqueeze', [ctx.input(3), ctx.int64s('ax0', [0])])[0]!,
    ctx.helper('Unsqueeze', [ctx.input(2), ctx.int64s('ax1', [0])])[0]!,
  ], { axis: int(0) })[0]!;
  ctx.emit('OneHot', [ctx.input(0), ctx.int64Input(1), values], { axis: int(axis) });
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
