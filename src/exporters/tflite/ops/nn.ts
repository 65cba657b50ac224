/**
 * Convolutions, pooling, matrix products, bias adds and resizing. TFLite runs NHWC with OHWI conv filters
 * and 1HWO depthwise filters (src/tensor/layout.ts); an NCHW node gets a transpose on each side.
 */
import { attrBool, attrFloat, attrInt, attrInts, attrString, type Dim, type Node } from '../../../graph/ir.js';
import { depthwiseTo1hwo, HWIO_TO_OHWI, hwioToOhwi, NCHW_TO_NHWC, NHWC_TO_NCHW } from '../../../tensor/layout.js';
import { toNumbers, transposeTensor } from '../../../tensor/math.js';
import type { BuiltinOperatorName } from '../../../tflite/schema.js';
import { UnsupportedVariant, type TfliteContext } from '../context.js';
import { GELU_OP } from '../../../graph/gelu.js';
import { tfliteOps } from '../registry.js';
import { Padding } from '../writer.js';

const permute = (shape: Dim[] | null | undefined, perm: readonly number[]): Dim[] | null => (shape && shape.length === perm.length ? perm.map((p) => shape[p]!) : null);

/**
 * Runs `body` on NHWC tensors: for an NCHW node the input is transposed in and the result transposed back.
 * `body` gets the NHWC input and the tensor to write, and reads spatial attributes in NHWC order.
 */
function inNhwc(ctx: TfliteContext, node: Node, body: (input: number, output: number, nhwcAttr: (name: string) => number[]) => void): void {
  const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
  const raw = (name: string): number[] => attrInts(node, name, [1, 1, 1, 1]);
  if (!nchw) return body(ctx.input(0), ctx.output(0), raw);
  const dt = ctx.inputType(0)!.dtype;
  const x = ctx.temp(dt, permute(ctx.inputType(0)?.shape, NCHW_TO_NHWC), 'nhwc_in');
  ctx.add('TRANSPOSE', [ctx.input(0), ctx.int32Const([...NCHW_TO_NHWC])], [x]);
  const y = ctx.temp(dt, permute(ctx.outType(0)?.shape, NCHW_TO_NHWC), 'nhwc_out');
  body(x, y, (name) => NCHW_TO_NHWC.map((p) => raw(name)[p]!));
  ctx.add('TRANSPOSE', [y, ctx.int32Const([...NHWC_TO_NCHW])], [ctx.output(0)]);
}

function requireFloat4d(ctx: TfliteContext, node: Node): void {
  const t = ctx.inputType(0);
  if (t?.dtype !== 'DT_FLOAT') throw new UnsupportedVariant(`${node.op} on ${t?.dtype ?? 'an unknown dtype'} (TFLite export handles float32)`);
  // Unknown rank is let through (shapes after SpaceToBatchND are often unknown); TFLite checks at run time.
  if (t.shape && t.shape.length !== 4) throw new UnsupportedVariant(`${node.op} on a rank-${t.shape.length} input`);
}

/** SAME / VALID, or EXPLICIT as a PAD in front (returns the padded input). */
function padding(ctx: TfliteContext, node: Node, input: number, nchw: boolean): { padding: number; input: number } {
  const p = attrString(node, 'padding');
  if (p === 'SAME') return { padding: Padding.SAME, input };
  if (p === 'VALID') return { padding: Padding.VALID, input };
  if (p !== 'EXPLICIT') throw new UnsupportedVariant(`${node.op} padding ${p}`);
  const flat = attrInts(node, 'explicit_paddings');
  const pairs = [0, 1, 2, 3].map((i) => [flat[2 * i] ?? 0, flat[2 * i + 1] ?? 0]);
  const nhwc = nchw ? NCHW_TO_NHWC.map((i) => pairs[i]!) : pairs;
  const padded = ctx.temp('DT_FLOAT', null, 'pad');
  ctx.add('PAD', [input, ctx.int32Const(nhwc.flat(), [4, 2])], [padded]);
  return { padding: Padding.VALID, input: padded };
}

tfliteOps.register('nn', ['Conv2D'], (ctx, node) => {
  requireFloat4d(ctx, node);
  const fshape = ctx.staticInputShape(1);
  if (!fshape || fshape.length !== 4) throw new UnsupportedVariant('Conv2D with a filter of unknown shape');
  const [, , fi, fo] = fshape as [number, number, number, number];
  const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
  const channels = ctx.inputType(0)!.shape?.[nchw ? 1 : 3];
  if (typeof channels === 'number' && channels !== fi) throw new UnsupportedVariant(`Conv2D with ${String(channels)} input channels and a filter for ${fi} (grouped convolution)`);
  const c = ctx.constInput(1);
  let filter: number;
  if (c) filter = ctx.constant(hwioToOhwi(c), `${node.name}/filter_ohwi`);
  else {
    filter = ctx.temp('DT_FLOAT', [...HWIO_TO_OHWI].map((p) => fshape[p]!), 'filter_ohwi');
    ctx.add('TRANSPOSE', [ctx.input(1), ctx.int32Const([...HWIO_TO_OHWI])], [filter]);
  }
  const bias = ctx.floatConst(new Array<number>(fo).fill(0));
  inNhwc(ctx, node, (x, y, a) => {
    const pad = padding(ctx, node, x, nchw);
    const strides = a('strides');
    const dil = a('dilations');
    const op = ctx.add('CONV_2D', [pad.input, filter, bias], [y], {
      table: 'Conv2DOptions',
      values: { padding: pad.padding, stride_h: strides[1]!, stride_w: strides[2]!, dilation_h_factor: dil[1]!, dilation_w_factor: dil[2]! },
    });
    ctx.openBias.add(op);
  });
});

tfliteOps.register('nn', ['DepthwiseConv2dNative'], (ctx, node) => {
  requireFloat4d(ctx, node);
  const fshape = ctx.staticInputShape(1);
  if (!fshape || fshape.length !== 4) throw new UnsupportedVariant('DepthwiseConv2dNative with a filter of unknown shape');
  const [kh, kw, ch, m] = fshape as [number, number, number, number];
  const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
  const c = ctx.constInput(1);
  let filter: number;
  if (c) filter = ctx.constant(depthwiseTo1hwo(c), `${node.name}/filter_1hwo`);
  else {
    // [kh, kw, C, M] and [1, kh, kw, C·M] hold the same bytes.
    filter = ctx.temp('DT_FLOAT', [1, kh, kw, ch * m], 'filter_1hwo');
    ctx.add('RESHAPE', [ctx.input(1), ctx.int32Const([1, kh, kw, ch * m])], [filter]);
  }
  const bias = ctx.floatConst(new Array<number>(ch * m).fill(0));
  inNhwc(ctx, node, (x, y, a) => {
    const pad = padding(ctx, node, x, nchw);
    const strides = a('strides');
    const dil = a('dilations');
    const op = ctx.add('DEPTHWISE_CONV_2D', [pad.input, filter, bias], [y], {
      table: 'DepthwiseConv2DOptions',
      values: { padding: pad.padding, stride_h: strides[1]!, stride_w: strides[2]!, depth_multiplier: m, dilation_h_factor: dil[1]!, dilation_w_factor: dil[2]! },
    });
    ctx.openBias.add(op);
  });
});

const POOLS: Record<string, BuiltinOperatorName> = { MaxPool: 'MAX_POOL_2D', AvgPool: 'AVERAGE_POOL_2D' };
tfliteOps.register('nn', Object.keys(POOLS), (ctx, node) => {
  requireFloat4d(ctx, node);
  const p = attrString(node, 'padding');
  if (p !== 'SAME' && p !== 'VALID') throw new UnsupportedVariant(`${node.op} padding ${p}`);
  inNhwc(ctx, node, (x, y, a) => {
    const k = a('ksize');
    const s = a('strides');
    if (k[0] !== 1 || k[3] !== 1 || s[0] !== 1 || s[3] !== 1) throw new UnsupportedVariant(`${node.op} over the batch or channel dimension`);
    ctx.add(POOLS[node.op]!, [x], [y], {
      table: 'Pool2DOptions',
      values: { padding: p === 'SAME' ? Padding.SAME : Padding.VALID, stride_h: s[1]!, stride_w: s[2]!, filter_height: k[1]!, filter_width: k[2]! },
    });
  });
});

tfliteOps.register('nn', ['MatMul', 'BatchMatMul', 'BatchMatMulV2', 'BatchMatMulV3'], (ctx, node) => {
  const ta = node.op === 'MatMul' ? attrBool(node, 'transpose_a') : attrBool(node, 'adj_x');
  const tb = node.op === 'MatMul' ? attrBool(node, 'transpose_b') : attrBool(node, 'adj_y');
  const [a, b] = [ctx.inputType(0), ctx.inputType(1)];
  if (a?.dtype !== 'DT_FLOAT' || b?.dtype !== 'DT_FLOAT') throw new UnsupportedVariant(`${node.op} on ${a?.dtype}/${b?.dtype} (TFLite export handles float32)`);
  if (node.op === 'BatchMatMulV3' && ctx.outType(0)?.dtype !== 'DT_FLOAT') throw new UnsupportedVariant('BatchMatMulV3 with a different output type');
  const ra = a.shape?.length;
  const rb = b.shape?.length;
  if (ra === undefined || rb === undefined || ra < 2 || rb < 2 || ra > 5 || rb > 5) throw new UnsupportedVariant(`${node.op} on rank ${ra ?? '?'}/${rb ?? '?'} operands`);
  const w = ctx.constInput(1);
  if (w && w.shape.length === 2 && !ta) {
    // FULLY_CONNECTED takes weights [out, in]: TF's [in, out] transposed, unless transpose_b already did.
    const weights = ctx.constant(tb ? w : transposeTensor(w, [1, 0]), `${node.name}/weights`);
    const op = ctx.emit('FULLY_CONNECTED', [ctx.input(0), weights, -1], { table: 'FullyConnectedOptions', values: { keep_num_dims: ra > 2 } });
    ctx.openBias.add(op);
    return;
  }
  ctx.emit('BATCH_MATMUL', [ctx.input(0), ctx.input(1)], { table: 'BatchMatMulOptions', values: { adj_x: ta, adj_y: tb } });
});

tfliteOps.register('nn', ['BiasAdd'], (ctx, node) => {
  const rank = ctx.inputRank(0);
  if (attrString(node, 'data_format', 'NHWC') !== 'NCHW' || rank === undefined || rank <= 2) {
    ctx.emit('ADD', [ctx.input(0), ctx.input(1)], { table: 'AddOptions', values: {} });
    return;
  }
  // NCHW adds along axis 1: the bias gets trailing 1-dims so ADD broadcasts it there.
  const trailing = new Array<number>(rank - 2).fill(1);
  const c = ctx.constInput(1);
  let bias: number;
  if (c) bias = ctx.constant({ ...c, shape: [...c.shape, ...trailing] }, `${node.name}/bias`);
  else {
    bias = ctx.temp(ctx.inputType(1)!.dtype, null, 'bias');
    ctx.add('RESHAPE', [ctx.input(1), ctx.int32Const([-1, ...trailing])], [bias]);
  }
  ctx.emit('ADD', [ctx.input(0), bias], { table: 'AddOptions', values: {} });
});

tfliteOps.register('image', ['ResizeBilinear', 'ResizeNearestNeighbor'], (ctx, node) => {
  requireFloat4d(ctx, node);
  const values = { align_corners: attrBool(node, 'align_corners'), half_pixel_centers: attrBool(node, 'half_pixel_centers') };
  if (node.op === 'ResizeBilinear') ctx.emit('RESIZE_BILINEAR', [ctx.input(0), ctx.int32Input(1)], { table: 'ResizeBilinearOptions', values });
  else ctx.emit('RESIZE_NEAREST_NEIGHBOR', [ctx.input(0), ctx.int32Input(1)], { table: 'ResizeNearestNeighborOptions', values });
});

tfliteOps.register('nn', [GELU_OP], (ctx, node) => {
  requireFloat(ctx, node);
  ctx.emit('GELU', [ctx.input(0)], { table: 'GeluOptions', values: { approximate: attrBool(node, 'approximate') } });
});

function requireFloat(ctx: TfliteContext, node: Node): void {
  const dt = ctx.inputType(0)?.dtype;
  if (dt !== 'DT_FLOAT') throw new UnsupportedVariant(`${node.op} on ${dt ?? 'an unknown dtype'} (TFLite export handles float32)`);
}

/** The product of some dimensions; -1 when one of them is not known. */
function product(dims: Dim[]): Dim {
  return dims.every((d) => typeof d === 'number' && d >= 0) ? (dims as number[]).reduce((a, b) => a * b, 1) : -1;
}

/** A RESHAPE to `dims` (at most one unknown, written -1), or the tensor itself when nothing changes. */
function reshapeTo(ctx: TfliteContext, t: number, from: Dim[], dims: Dim[], suffix: string, out?: number): number {
  if (!out && from.length === dims.length && from.every((d, i) => d === dims[i])) return t;
  const target = dims.map((d) => (typeof d === 'number' && d >= 0 ? d : -1));
  if (target.filter((d) => d === -1).length > 1) throw new UnsupportedVariant(`a reshape to [${dims.join(',')}] with more than one unknown dimension`);
  const y = out ?? ctx.temp('DT_FLOAT', dims.map((d) => (typeof d === 'number' && d >= 0 ? d : 'unk')), suffix);
  ctx.add('RESHAPE', [t, ctx.int32Const(target)], [y]);
  return y;
}

function transposeTo(ctx: TfliteContext, t: number, shape: Dim[], perm: number[], suffix: string, out?: number): number {
  if (!out && perm.every((p, i) => p === i)) return t;
  const y = out ?? ctx.temp('DT_FLOAT', perm.map((p) => shape[p]!), suffix);
  ctx.add('TRANSPOSE', [t, ctx.int32Const(perm)], [y]);
  return y;
}

/**
 * Two-operand Einsum without ellipsis or repeated labels, as TFLite's converter lowers it: each operand
 * transposed to [batch…, free…, contracted…] (the right one to [batch…, contracted…, free…]) and folded to
 * 3-D where a group has several labels, one BATCH_MATMUL, then unfolded and transposed to the output order.
 */
tfliteOps.register('matrices', ['Einsum'], (ctx, node) => {
  const eq = attrString(node, 'equation').replace(/\s/g, '');
  const m = /^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]*)$/.exec(eq);
  if (!m || node.inputs.length !== 2) throw new UnsupportedVariant(`Einsum "${eq}" (two operands without ellipsis are supported)`);
  const [, a, b, out] = m as unknown as [string, string, string, string];
  const sa = ctx.inputType(0)?.shape;
  const sb = ctx.inputType(1)?.shape;
  if (ctx.inputType(0)?.dtype !== 'DT_FLOAT' || ctx.inputType(1)?.dtype !== 'DT_FLOAT') throw new UnsupportedVariant('Einsum on non-float32 operands');
  const unique = (s: string): boolean => new Set(s).size === s.length;
  if (!sa || !sb || sa.length !== a.length || sb.length !== b.length || !unique(a) || !unique(b) || !unique(out)) throw new UnsupportedVariant(`Einsum "${eq}" with repeated labels or operands of unknown rank`);
  const batch = [...out].filter((l) => a.includes(l) && b.includes(l));
  const contract = [...a].filter((l) => b.includes(l) && !out.includes(l));
  const aFree = [...a].filter((l) => !b.includes(l));
  const bFree = [...b].filter((l) => !a.includes(l));
  if ([...aFree, ...bFree].some((l) => !out.includes(l)) || [...out].some((l) => !a.includes(l) && !b.includes(l))) throw new UnsupportedVariant(`Einsum "${eq}" sums a label over one operand only`);
  const dimOf = (l: string): Dim => (a.includes(l) ? sa[a.indexOf(l)]! : sb[b.indexOf(l)]!);
  const dims = (ls: string[]): Dim[] => ls.map(dimOf);

  const permA = [...batch, ...aFree, ...contract].map((l) => a.indexOf(l));
  const permB = [...batch, ...contract, ...bFree].map((l) => b.indexOf(l));
  let x = transposeTo(ctx, ctx.input(0), sa, permA, 'lhs_t');
  let y = transposeTo(ctx, ctx.input(1), sb, permB, 'rhs_t');
  const [M, K, N] = [product(dims(aFree)), product(dims(contract)), product(dims(bFree))];
  x = reshapeTo(ctx, x, dims([...batch, ...aFree, ...contract]), [...dims(batch), M, K], 'lhs_3d');
  y = reshapeTo(ctx, y, dims([...batch, ...contract, ...bFree]), [...dims(batch), K, N], 'rhs_3d');

  const grouped = [...batch, ...aFree, ...bFree];
  const final = grouped.map((l) => out.indexOf(l));
  const identityOut = final.every((p, i) => p === i);
  const unfolded = aFree.length === 1 && bFree.length === 1;
  const mmOut = unfolded && identityOut ? ctx.output(0) : ctx.temp('DT_FLOAT', [...dims(batch), M, N], 'matmul');
  ctx.add('BATCH_MATMUL', [x, y], [mmOut], { table: 'BatchMatMulOptions', values: {} });
  if (unfolded && identityOut) return;
  // [batch…, M, N] → [batch…, aFree…, bFree…] → output order.
  const perm = [...out].map((l) => grouped.indexOf(l));
  const z = reshapeTo(ctx, mmOut, [...dims(batch), M, N], dims(grouped), 'unfold', perm.every((p, i) => p === i) ? ctx.output(0) : undefined);
  if (!perm.every((p, i) => p === i)) transposeTo(ctx, z, dims(grouped), perm, 'out', ctx.output(0));
});

/** Inference batch norm with constant statistics: x·s + (offset − mean·s), s = scale / √(variance + ε). */
tfliteOps.register('nn', ['FusedBatchNorm', 'FusedBatchNormV2', 'FusedBatchNormV3'], (ctx, node) => {
  requireFloat(ctx, node);
  if (attrBool(node, 'is_training')) throw new UnsupportedVariant('FusedBatchNorm in training mode');
  const [scale, offset, mean, variance] = [1, 2, 3, 4].map((i) => ctx.constInput(i));
  const eps = attrFloat(node, 'epsilon', 1e-4);
  const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
  const t = ctx.inputType(0)!;
  if (!scale || !offset || !mean || !variance) {
    // Run-time statistics: the same arithmetic as operators (NHWC broadcasts the per-channel vectors).
    if (nchw) throw new UnsupportedVariant('FusedBatchNorm with run-time statistics and data_format NCHW');
    const vec = (suffix: string): number => ctx.temp('DT_FLOAT', ctx.inputType(1)?.shape ?? null, suffix);
    const [veps, rs, s, ms, o, xs] = [vec('var_eps'), vec('rsqrt'), vec('scale'), vec('mean_scale'), vec('offset'), ctx.temp('DT_FLOAT', t.shape, 'x_scaled')];
    ctx.add('ADD', [ctx.input(4), ctx.floatConst([eps], [])], [veps], { table: 'AddOptions', values: {} });
    ctx.add('RSQRT', [veps], [rs]);
    ctx.add('MUL', [ctx.input(1), rs], [s], { table: 'MulOptions', values: {} });
    ctx.add('MUL', [ctx.input(3), s], [ms], { table: 'MulOptions', values: {} });
    ctx.add('SUB', [ctx.input(2), ms], [o], { table: 'SubOptions', values: {} });
    ctx.add('MUL', [ctx.input(0), s], [xs], { table: 'MulOptions', values: {} });
    ctx.add('ADD', [xs, o], [ctx.output(0)], { table: 'AddOptions', values: {} });
    return;
  }
  const [sc, of, mu, va] = [scale, offset, mean, variance].map((x) => toNumbers(x));
  const s = [...sc!].map((v, i) => v / Math.sqrt(va![i]! + eps));
  const o = [...of!].map((v, i) => v - mu![i]! * s[i]!);
  const c = s.length;
  const shape = nchw ? [c, 1, 1] : [c];
  const scaled = ctx.temp('DT_FLOAT', t.shape, 'scaled');
  ctx.add('MUL', [ctx.input(0), ctx.floatConst(s, shape)], [scaled], { table: 'MulOptions', values: {} });
  ctx.add('ADD', [scaled, ctx.floatConst(o, shape)], [ctx.output(0)], { table: 'AddOptions', values: {} });
});

const SPACE_BATCH: Record<string, BuiltinOperatorName> = { SpaceToBatchND: 'SPACE_TO_BATCH_ND', BatchToSpaceND: 'BATCH_TO_SPACE_ND' };
tfliteOps.register('nn', Object.keys(SPACE_BATCH), (ctx, node) => {
  requireFloat(ctx, node);
  ctx.emit(SPACE_BATCH[node.op]!, [ctx.input(0), ctx.int32Input(1), ctx.int32Input(2)]);
});

// SpaceToDepth (SPACE_TO_DEPTH) is left out until the op suite has a case for it.
tfliteOps.register('nn', ['DepthToSpace'], (ctx, node) => {
  if (attrString(node, 'data_format', 'NHWC') !== 'NHWC') throw new UnsupportedVariant(`${node.op} with data_format ${attrString(node, 'data_format')}`);
  ctx.emit('DEPTH_TO_SPACE', [ctx.input(0)], { table: 'DepthToSpaceOptions', values: { block_size: attrInt(node, 'block_size') } });
});

/**
 * The gradient of Conv2D with respect to its input (conv2d_transpose): TRANSPOSE_CONV, weights [O, H, W, I].
 * NCHW gets a transpose on each side and its constant output size reordered.
 */
tfliteOps.register('nn', ['Conv2DBackpropInput'], (ctx, node) => {
  const t = ctx.inputType(2);
  if (t?.dtype !== 'DT_FLOAT' || (t.shape && t.shape.length !== 4)) throw new UnsupportedVariant('Conv2DBackpropInput on a non-float32 or non-4-D input');
  const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
  const p = attrString(node, 'padding');
  if (p !== 'SAME' && p !== 'VALID') throw new UnsupportedVariant(`Conv2DBackpropInput padding ${p}`);
  if (attrInts(node, 'dilations', [1, 1, 1, 1]).some((d) => d !== 1)) throw new UnsupportedVariant('Conv2DBackpropInput with dilations');
  const f = ctx.constInput(1);
  if (!f) throw new UnsupportedVariant('Conv2DBackpropInput with a run-time filter');
  const raw = attrInts(node, 'strides');
  const strides = nchw ? NCHW_TO_NHWC.map((i) => raw[i]!) : raw;
  const weights = ctx.constant(transposeTensor(f, [2, 0, 1, 3]), `${node.name}/weights_ohwi`);
  const options = { table: 'TransposeConvOptions', values: { padding: p === 'SAME' ? Padding.SAME : Padding.VALID, stride_h: strides[1]!, stride_w: strides[2]! } } as const;
  if (!nchw) return void ctx.emit('TRANSPOSE_CONV', [ctx.int32Input(0), weights, ctx.input(2)], options);
  const sizes = ctx.requireConstInts(0, 'output size');
  const x = ctx.temp('DT_FLOAT', permute(t.shape, NCHW_TO_NHWC), 'nhwc_in');
  ctx.add('TRANSPOSE', [ctx.input(2), ctx.int32Const([...NCHW_TO_NHWC])], [x]);
  const y = ctx.temp('DT_FLOAT', permute(ctx.outType(0)?.shape, NCHW_TO_NHWC), 'nhwc_out');
  ctx.add('TRANSPOSE_CONV', [ctx.int32Const(NCHW_TO_NHWC.map((i) => sizes[i]!)), weights, x], [y], options);
  ctx.add('TRANSPOSE', [y, ctx.int32Const([...NHWC_TO_NCHW])], [ctx.output(0)]);
});
