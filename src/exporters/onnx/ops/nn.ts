/**
 * Convolutions, pooling, normalization and softmax. TF's NHWC ops run as ONNX's NCHW ones: the input is
 * taken in NCHW (the context transposes only when the producer was NHWC), filters are transposed at export
 * (HWIO → OIHW), and the output stays NCHW for the next layer.
 */
import { attrBool, attrFloat, attrInt, attrInts, attrString, type Dim, type Node } from '../../../graph/ir.js';
import { depthwiseToOihw, HWIO_TO_OIHW, hwioToOihw } from '../../../tensor/layout.js';
import type { Layout } from '../context.js';
import { onnxOps } from '../registry.js';
import { float, int, ints, str, transpose } from './common.js';

interface Spatial {
  layout: Layout;
  /** [h, w] positions of the spatial axes in TF's attribute lists. */
  hw: [number, number];
}

function spatial(node: Node): Spatial {
  const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
  // NHWC tensors are fed in NCHW; NCHW graphs are already in ONNX's layout.
  return nchw ? { layout: 'native', hw: [2, 3] } : { layout: 'NCHW', hw: [1, 2] };
}

/** ONNX padding attributes for TF's SAME / VALID / EXPLICIT. SAME pads the extra pixel at the end, like SAME_UPPER. */
function padAttrs(node: Node, s: Spatial): Record<string, ReturnType<typeof str> | ReturnType<typeof ints>> {
  const padding = attrString(node, 'padding', 'VALID');
  if (padding === 'SAME') return { auto_pad: str('SAME_UPPER') };
  if (padding === 'EXPLICIT') {
    const e = attrInts(node, 'explicit_paddings', []);
    const [h, w] = s.hw;
    return { pads: ints([e[2 * h]!, e[2 * w]!, e[2 * h + 1]!, e[2 * w + 1]!]) };
  }
  return { pads: ints([0, 0, 0, 0]) };
}

/**
 * TF's SAME padding written out as ONNX pads, for the convolutions onnxruntime will not auto-pad (dilated
 * ones): out = ceil(in / stride), the total padding split with the extra pixel at the end. With stride 1 the
 * total is the dilated kernel's extent − 1 whatever the input size; a larger stride needs the size.
 */
function samePads(node: Node, inShape: Dim[] | undefined, kernel: [number, number], strides: [number, number], dilations: [number, number], s: Spatial): number[] {
  const total = s.hw.map((a, i) => {
    const effective = (kernel[i]! - 1) * dilations[i]! + 1;
    if (strides[i] === 1) return effective - 1;
    const d = inShape?.[a];
    if (typeof d !== 'number' || d < 0) {
      throw new Error(`${node.name}: ${node.op} with SAME padding, dilations and strides > 1 needs static spatial dimensions (got [${(inShape ?? []).join(', ')}])`);
    }
    const out = Math.ceil(d / strides[i]!);
    return Math.max((out - 1) * strides[i]! + effective - d, 0);
  });
  const before = total.map((t) => Math.floor(t / 2));
  return [...before, ...total.map((t, i) => t - before[i]!)];
}

function convCommon(node: Node, s: Spatial, kernel: [number, number], inShape: Dim[] | undefined): Record<string, ReturnType<typeof ints> | ReturnType<typeof str>> {
  const st = attrInts(node, 'strides', [1, 1, 1, 1]);
  const dl = attrInts(node, 'dilations', [1, 1, 1, 1]);
  const [h, w] = s.hw;
  const strides: [number, number] = [st[h]!, st[w]!];
  const dilations: [number, number] = [dl[h]!, dl[w]!];
  const common = { strides: ints(strides), dilations: ints(dilations), kernel_shape: ints(kernel) };
  // onnxruntime refuses auto_pad together with dilations at run time.
  if (attrString(node, 'padding', 'VALID') === 'SAME' && dilations.some((d) => d !== 1)) return { ...common, pads: ints(samePads(node, inShape, kernel, strides, dilations, s)) };
  return { ...common, ...padAttrs(node, s) };
}

onnxOps.register('nn', ['Conv2D'], (ctx, node) => {
  const s = spatial(node);
  const f = ctx.constInput(1);
  const fshape = f?.shape ?? (ctx.inputType(1)?.shape as number[] | undefined);
  if (!fshape || typeof fshape[0] !== 'number' || typeof fshape[1] !== 'number') throw new Error(`${node.name}: Conv2D needs a filter of known size`);
  const w = f ? ctx.constant('filter', hwioToOihw(f)) : transpose(ctx, ctx.input(1), [...HWIO_TO_OIHW]);
  ctx.emit('Conv', [ctx.input(0, s.layout), w], { ...convCommon(node, s, [fshape[0], fshape[1]], ctx.inputType(0)?.shape ?? undefined), group: int(1) }, { layout: s.layout });
});

onnxOps.register('nn', ['DepthwiseConv2dNative'], (ctx, node) => {
  const s = spatial(node);
  const f = ctx.constInput(1);
  if (!f || f.shape.length !== 4) throw new Error(`${node.name}: DepthwiseConv2dNative needs a constant 4-D filter${f ? `, not one of shape [${f.shape.join(', ')}]` : ''}`);
  const [kh, kw, c] = f.shape as [number, number, number, number];
  // One group per input channel.
  const oihw = depthwiseToOihw(f);
  ctx.emit('Conv', [ctx.input(0, s.layout), ctx.constant('filter', oihw)], { ...convCommon(node, s, [kh, kw], ctx.inputType(0)?.shape ?? undefined), group: int(c) }, { layout: s.layout });
});

onnxOps.register('nn', ['MaxPool', 'AvgPool'], (ctx, node) => {
  const s = spatial(node);
  const k = attrInts(node, 'ksize', [1, 1, 1, 1]);
  const [h, w] = s.hw;
  const st = attrInts(node, 'strides', [1, 1, 1, 1]);
  const attrs = { kernel_shape: ints([k[h]!, k[w]!]), strides: ints([st[h]!, st[w]!]), ...padAttrs(node, s) };
  // TF averages over the valid pixels only; ONNX's count_include_pad=0 (the default) matches.
  ctx.emit(node.op === 'MaxPool' ? 'MaxPool' : 'AveragePool', [ctx.input(0, s.layout)], attrs, { layout: s.layout });
});

/** Inference-mode batch norm that was not folded (e.g. not after a convolution). */
onnxOps.register('nn', ['FusedBatchNorm', 'FusedBatchNormV2', 'FusedBatchNormV3'], (ctx, node) => {
  const s = spatial(node);
  const inputs = [ctx.input(0, s.layout), ...[1, 2, 3, 4].map((i) => ctx.input(i))];
  ctx.emit('BatchNormalization', inputs, { epsilon: float(attrFloat(node, 'epsilon', 0.001)) }, { layout: s.layout });
});

onnxOps.register('nn', ['Softmax', 'LogSoftmax'], (ctx, node) => {
  ctx.emit(node.op, [ctx.input(0)], { axis: int(-1) });
});

/** mdeploy's fused LayerNorm (see patterns.ts): ONNX LayerNormalization from opset 17. */
onnxOps.register(
  'nn',
  ['_MdeployLayerNorm'],
  (ctx, node) => {
    ctx.emit('LayerNormalization', [ctx.input(0), ctx.input(1), ctx.input(2)], { axis: int(attrInt(node, 'axis', -1)), epsilon: float(attrFloat(node, 'epsilon', 1e-5)) });
  },
  { since: 17 },
);

/** mdeploy's fused GELU (see patterns.ts): ONNX Gelu from opset 20. */
onnxOps.register(
  'nn',
  ['_MdeployGelu'],
  (ctx, node) => {
    // The neutral flag of src/graph/gelu.ts in ONNX's words.
    ctx.emit('Gelu', [ctx.input(0)], { approximate: str(attrBool(node, 'approximate') ? 'tanh' : 'none') });
  },
  { since: 20 },
);

onnxOps.register('nn', ['LRN'], (ctx, node) => {
  // TF's depth_radius r covers 2r+1 channels; ONNX's alpha is divided by the size.
  const r = attrInt(node, 'depth_radius', 5);
  const size = 2 * r + 1;
  ctx.emit(
    'LRN',
    [ctx.input(0, 'NCHW')],
    { size: int(size), alpha: float(attrFloat(node, 'alpha', 1) * size), beta: float(attrFloat(node, 'beta', 0.5)), bias: float(attrFloat(node, 'bias', 1)) },
    { layout: 'NCHW' },
  );
});
