/** Shapes, joins and splits, slicing, gathering, padding and tensor creation. */
import { attrBool, attrInt, attrInts, attrString, attrType, type Node } from '../../../graph/ir.js';
import { sliceMasks, stridedSliceAxes } from '../../../graph/strided-slice.js';
import { tensorTypeOf, UnsupportedVariant, type TfliteContext } from '../context.js';
import { tfliteOps } from '../registry.js';

/** An axis operand or attribute made non-negative against a rank (TFLite's kernels differ on negative axes). */
function normAxis(node: Node, axis: number, rank: number | undefined): number {
  if (axis >= 0) return axis;
  if (rank === undefined) throw new UnsupportedVariant(`${node.op} with a negative axis on an input of unknown rank`);
  return axis + rank;
}

/** The outputs of the current node, 0..n-1. */
function outputs(ctx: TfliteContext, n: number): number[] {
  return Array.from({ length: n }, (_, k) => ctx.output(k));
}

tfliteOps.register('array', ['Reshape'], (ctx) => {
  ctx.emit('RESHAPE', [ctx.input(0), ctx.int32Input(1)]);
});

tfliteOps.register('array', ['Squeeze'], (ctx, node) => {
  const dims = attrInts(node, 'squeeze_dims', []);
  ctx.emit('SQUEEZE', [ctx.input(0)], { table: 'SqueezeOptions', values: { squeeze_dims: dims.map((d) => normAxis(node, d, ctx.inputRank(0))) } });
});

tfliteOps.register('array', ['ExpandDims'], (ctx) => {
  ctx.emit('EXPAND_DIMS', [ctx.input(0), ctx.int32Input(1)]);
});

tfliteOps.register('array', ['Transpose'], (ctx) => {
  ctx.emit('TRANSPOSE', [ctx.input(0), ctx.int32Input(1)]);
});

tfliteOps.register('array', ['ConcatV2', 'Concat'], (ctx, node) => {
  const v2 = node.op === 'ConcatV2';
  const axisAt = v2 ? node.inputs.length - 1 : 0;
  const [axis] = ctx.requireConstInts(axisAt, 'axis');
  const values = node.inputs.map((_, i) => i).filter((i) => i !== axisAt);
  ctx.emit('CONCATENATION', values.map((i) => ctx.input(i)), { table: 'ConcatenationOptions', values: { axis: normAxis(node, axis!, ctx.outType(0)?.shape?.length) } });
});

tfliteOps.register('array', ['Pack'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  ctx.emit('PACK', node.inputs.map((_, i) => ctx.input(i)), { table: 'PackOptions', values: { values_count: node.inputs.length, axis: normAxis(node, attrInt(node, 'axis', 0), rank === undefined ? undefined : rank + 1) } });
});

tfliteOps.register('array', ['Unpack'], (ctx, node) => {
  const num = attrInt(node, 'num');
  ctx.add('UNPACK', [ctx.input(0)], outputs(ctx, num), { table: 'UnpackOptions', values: { num, axis: normAxis(node, attrInt(node, 'axis', 0), ctx.inputRank(0)) } });
});

tfliteOps.register('array', ['Split'], (ctx, node) => {
  const n = attrInt(node, 'num_split');
  ctx.add('SPLIT', [ctx.int32Input(0), ctx.input(1)], outputs(ctx, n), { table: 'SplitOptions', values: { num_splits: n } });
});

tfliteOps.register('array', ['SplitV'], (ctx, node) => {
  const n = attrInt(node, 'num_split');
  ctx.add('SPLIT_V', [ctx.input(0), ctx.int32Input(1), ctx.int32Input(2)], outputs(ctx, n), { table: 'SplitVOptions', values: { num_splits: n } });
});

tfliteOps.register('array', ['Slice'], (ctx) => {
  ctx.emit('SLICE', [ctx.input(0), ctx.int32Input(1), ctx.int32Input(2)]);
});

tfliteOps.register('array', ['StridedSlice'], (ctx, node) => {
  const masks = sliceMasks(node);
  const [begin, end, strides] = [ctx.constInts(1), ctx.constInts(2), ctx.constInts(3)];
  if (!begin || !end || !strides) {
    // Run-time bounds: TFLite applies begin/end/shrink masks itself; ellipsis and new axes it is not trusted with.
    if (masks.ellipsis || masks.newAxis) throw new UnsupportedVariant('StridedSlice with run-time bounds and ellipsis or new-axis masks');
    ctx.emit('STRIDED_SLICE', [ctx.input(0), ctx.int32Input(1), ctx.int32Input(2), ctx.int32Input(3)], {
      table: 'StridedSliceOptions',
      values: { begin_mask: masks.begin, end_mask: masks.end, shrink_axis_mask: masks.shrink },
    });
    return;
  }
  // Constant bounds: the spec resolved once (src/graph/strided-slice.ts) into one entry per input dimension,
  // then new axes added with EXPAND_DIMS, so the TFLite op only sees begin/end/shrink masks.
  const axes = stridedSliceAxes(masks, begin, end, strides, ctx.inputRank(0));
  if (!axes) throw new UnsupportedVariant('StridedSlice with an ellipsis on an input of unknown rank');
  const b: number[] = [];
  const e: number[] = [];
  const s: number[] = [];
  let bm = 0;
  let em = 0;
  let sm = 0;
  const newAt: number[] = [];
  let outPos = 0;
  for (const ax of axes) {
    if (ax.kind === 'new') {
      newAt.push(outPos++);
      continue;
    }
    const bit = 1 << b.length;
    if (ax.kind === 'index') {
      b.push(ax.index);
      e.push(ax.index + 1);
      s.push(1);
      sm |= bit;
      if (ax.index === -1) em |= bit;
      continue;
    }
    b.push(ax.begin ?? 0);
    e.push(ax.end ?? 0);
    s.push(ax.stride);
    if (ax.begin === null) bm |= bit;
    if (ax.end === null) em |= bit;
    outPos++;
  }
  if (b.length > 5) throw new UnsupportedVariant(`StridedSlice of a rank-${b.length} tensor (TFLite slices up to 5-D)`);
  const outShape = ctx.outType(0)?.shape ?? null;
  const dt = ctx.inputType(0)!.dtype;
  let x = ctx.input(0);
  const final = ctx.output(0);
  const sliced = newAt.length ? ctx.temp(dt, outShape ? outShape.filter((_, i) => !newAt.includes(i)) : null, 'sliced') : final;
  if (b.length === 0) throw new UnsupportedVariant('StridedSlice of a scalar');
  ctx.add('STRIDED_SLICE', [x, ctx.int32Const(b), ctx.int32Const(e), ctx.int32Const(s)], [sliced], {
    table: 'StridedSliceOptions',
    values: { begin_mask: bm, end_mask: em, shrink_axis_mask: sm },
  });
  x = sliced;
  newAt.forEach((pos, k) => {
    const last = k === newAt.length - 1;
    const shape = outShape ? outShape.filter((_, i) => !newAt.slice(k + 1).includes(i)) : null;
    const y = last ? final : ctx.temp(dt, shape, `expand${k}`);
    ctx.add('EXPAND_DIMS', [x, ctx.int32Const([pos], [])], [y]);
    x = y;
  });
});

tfliteOps.register('array', ['GatherV2', 'Gather'], (ctx, node) => {
  const axis = node.op === 'Gather' ? 0 : ctx.requireConstInts(2, 'axis')[0]!;
  const batchDims = attrInt(node, 'batch_dims', 0);
  const rank = ctx.inputRank(0);
  ctx.emit('GATHER', [ctx.input(0), ctx.input(1)], {
    table: 'GatherOptions',
    values: { axis: normAxis(node, axis, rank), batch_dims: normAxis(node, batchDims, ctx.inputRank(1)) },
  });
});

tfliteOps.register('array', ['GatherNd'], (ctx) => {
  ctx.emit('GATHER_ND', [ctx.input(0), ctx.input(1)]);
});

tfliteOps.register('array', ['Pad', 'PadV2', 'MirrorPad'], (ctx, node) => {
  if (node.op === 'Pad') return void ctx.emit('PAD', [ctx.input(0), ctx.int32Input(1)]);
  if (node.op === 'PadV2') return void ctx.emit('PADV2', [ctx.input(0), ctx.int32Input(1), ctx.input(2)]);
  const mode = attrString(node, 'mode');
  ctx.emit('MIRROR_PAD', [ctx.input(0), ctx.int32Input(1)], { table: 'MirrorPadOptions', values: { mode: mode === 'SYMMETRIC' ? 1 : 0 } });
});

tfliteOps.register('array', ['Tile'], (ctx) => {
  ctx.emit('TILE', [ctx.input(0), ctx.int32Input(1)]);
});

tfliteOps.register('array', ['BroadcastTo'], (ctx) => {
  ctx.emit('BROADCAST_TO', [ctx.input(0), ctx.int32Input(1)]);
});

tfliteOps.register('array', ['ReverseV2'], (ctx, node) => {
  const axes = ctx.constInts(1);
  if (!axes || axes.length <= 1) return void ctx.emit('REVERSE_V2', [ctx.input(0), ctx.int32Input(1)]);
  // TFLite reverses contiguous axes only: one REVERSE_V2 per axis.
  const type = ctx.inputType(0)!;
  let x = ctx.input(0);
  axes.forEach((a, k) => {
    const y = k === axes.length - 1 ? ctx.output(0) : ctx.temp(type.dtype, type.shape, `reverse${k}`);
    ctx.add('REVERSE_V2', [x, ctx.int32Const([normAxis(node, a, type.shape?.length)])], [y]);
    x = y;
  });
});

tfliteOps.register('array', ['Shape'], (ctx, node) => {
  ctx.emit('SHAPE', [ctx.input(0)], { table: 'ShapeOptions', values: { out_type: tensorTypeOf(attrType(node, 'out_type', 'DT_INT32')) } });
});

tfliteOps.register('array', ['Rank'], (ctx) => {
  ctx.emit('RANK', [ctx.input(0)]);
});

tfliteOps.register('creation', ['Fill'], (ctx) => {
  ctx.emit('FILL', [ctx.int32Input(0), ctx.input(1)]);
});

tfliteOps.register('creation', ['Range'], (ctx) => {
  const dt = ctx.outType(0)?.dtype;
  if (dt !== 'DT_INT32' && dt !== 'DT_FLOAT') throw new UnsupportedVariant(`Range of ${dt}`);
  ctx.emit('RANGE', [ctx.input(0), ctx.input(1), ctx.input(2)]);
});

tfliteOps.register('array', ['OneHot'], (ctx, node) => {
  ctx.emit('ONE_HOT', [ctx.input(0), ctx.int32Input(1), ctx.input(2), ctx.input(3)], { table: 'OneHotOptions', values: { axis: attrInt(node, 'axis', -1) } });
});

tfliteOps.register('array', ['Placeholder', 'Const'], () => {
  // Inputs become subgraph inputs and constants become buffers, both in lowerToTflite / TfliteContext.
  throw new Error('Placeholder and Const are lowered by lowerToTflite');
});

tfliteOps.register('array', ['ShapeN'], (ctx, node) => {
  const outType = tensorTypeOf(attrType(node, 'out_type', 'DT_INT32'));
  node.inputs.forEach((_, i) => ctx.add('SHAPE', [ctx.input(i)], [ctx.output(i)], { table: 'ShapeOptions', values: { out_type: outType } }));
});

/** TF1 Reverse takes a bool per dimension: the true ones become REVERSE_V2 axes, one at a time. */
tfliteOps.register('array', ['Reverse'], (ctx) => {
  const dims = ctx.requireConstInts(1, 'dims');
  const axes = dims.flatMap((d, i) => (d ? [i] : []));
  const type = ctx.inputType(0)!;
  let x = ctx.input(0);
  if (axes.length === 0) throw new UnsupportedVariant('Reverse over no dimensions');
  axes.forEach((a, k) => {
    const y = k === axes.length - 1 ? ctx.output(0) : ctx.temp(type.dtype, type.shape, `reverse${k}`);
    ctx.add('REVERSE_V2', [x, ctx.int32Const([a])], [y]);
    x = y;
  });
});

tfliteOps.register('array', ['ScatterNd'], (ctx) => {
  ctx.emit('SCATTER_ND', [ctx.int32Input(0), ctx.input(1), ctx.int32Input(2)]);
});

tfliteOps.register('array', ['SparseToDense'], (ctx, node) => {
  ctx.emit('SPARSE_TO_DENSE', [ctx.input(0), ctx.input(1), ctx.input(2), ctx.input(3)], { table: 'SparseToDenseOptions', values: { validate_indices: attrBool(node, 'validate_indices') } });
});

tfliteOps.register('array', ['Unique'], (ctx, node) => {
  const idx = attrType(node, 'out_idx', 'DT_INT32');
  ctx.add('UNIQUE', [ctx.input(0)], [ctx.output(0), ctx.output(1)], { table: 'UniqueOptions', values: { idx_out_type: tensorTypeOf(idx) } });
});

tfliteOps.register('array', ['Size'], (ctx, node) => {
  const out = attrType(node, 'out_type', 'DT_INT32');
  const shape = ctx.temp(out, [ctx.inputRank(0) ?? 'unk'], 'shape');
  ctx.add('SHAPE', [ctx.input(0)], [shape], { table: 'ShapeOptions', values: { out_type: tensorTypeOf(out) } });
  ctx.emit('REDUCE_PROD', [shape, ctx.int32Const([0])], { table: 'ReducerOptions', values: { keep_dims: false } });
});

tfliteOps.register('array', ['BroadcastArgs'], (ctx) => {
  ctx.emit('BROADCAST_ARGS', [ctx.input(0), ctx.input(1)]);
});
