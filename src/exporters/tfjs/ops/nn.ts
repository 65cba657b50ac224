/** Convolutions, pooling, activations and normalization. */
import { attrBool, attrString, attrType, type AttrValue, type Node } from '../../../graph/ir.js';
import { fromNumbers, toNumbers } from '../../../tensor/math.js';
import { fixRuntime, passthrough, type TfjsLowering } from '../registry.js';
import { int32Const, intAttr, isUsed, makeNode, typeAttr } from './build.js';

passthrough('nn', [
  'Conv1D', 'Conv3D', 'DepthwiseConv2d', 'Dilation2D',
  'MaxPoolWithArgmax', 'AvgPool3D', 'MaxPool3D',
  'Elu', 'Prelu', 'Relu', 'Relu6', 'Selu', 'Sigmoid', 'Softplus', 'LeakyRelu',
  'FusedBatchNorm', 'FusedBatchNormV2', 'FusedBatchNormV3', 'LRN', 'Softmax', 'LogSoftmax',
  'ResizeBilinear', 'ResizeNearestNeighbor', 'CropAndResize', 'ImageProjectiveTransformV3',
  'NonMaxSuppressionV2', 'NonMaxSuppressionV3', 'NonMaxSuppressionV4',
]);

const TO_NHWC = [0, 2, 3, 1];
const TO_NCHW = [0, 3, 1, 2];

/** A per-dimension list attr (strides, ksize, dilations: 4 entries; explicit_paddings: 4 pairs) from NCHW to NHWC order. */
function permuteAttr(a: AttrValue | undefined): AttrValue | undefined {
  const v = a?.kind === 'list' ? a.value.i : undefined;
  if (!v || (v.length !== 4 && v.length !== 8)) return a;
  const per = v.length / 4;
  return { kind: 'list', value: { i: TO_NHWC.flatMap((d) => v.slice(d * per, d * per + per)) } };
}

/**
 * TF.js kernels only compute NHWC, and tfjs-converter reads data_format without honouring NCHW. An NCHW node
 * becomes Transpose → the NHWC node → Transpose back; `layoutInputs` are the inputs in the data layout.
 * `sizesInput` is Conv2DBackpropInput's input_sizes (an NCHW shape vector).
 */
function nchwToNhwc(node: Node, ctx: TfjsLowering, layoutInputs: number[], sizesInput?: number): void {
  if (attrString(node, 'data_format', 'NHWC') !== 'NCHW') return;
  const T = node.attrs['T'] ?? typeAttr('DT_FLOAT');
  const transpose = (base: string, ref: string, perm: number[]): Node =>
    makeNode(ctx, base, 'Transpose', [ref, int32Const(ctx, `${base}/perm`, perm, [4], node)], { T, Tperm: typeAttr('DT_INT32') });
  const before: Node[] = [];
  for (const i of layoutInputs) {
    const t = transpose(`${node.name}/to_nhwc_${i}`, node.inputs[i]!, TO_NHWC);
    before.push(t);
    node.inputs[i] = t.name;
  }
  if (sizesInput !== undefined) {
    const sizes = ctx.constValue(node.inputs[sizesInput]!);
    if (sizes) {
      const v = toNumbers(sizes);
      node.inputs[sizesInput] = ctx.constant(`${node.name}/input_sizes_nhwc`, fromNumbers(sizes.dtype, [4], TO_NHWC.map((d) => v[d]!)), node);
    } else {
      const g = makeNode(ctx, `${node.name}/input_sizes_nhwc`, 'GatherV2', [node.inputs[sizesInput]!, int32Const(ctx, `${node.name}/input_sizes_perm`, TO_NHWC, [4], node), int32Const(ctx, `${node.name}/input_sizes_axis`, [0], [], node)], {
        Tparams: typeAttr('DT_INT32'), Tindices: typeAttr('DT_INT32'), Taxis: typeAttr('DT_INT32'), batch_dims: { kind: 'i', value: 0 },
      });
      before.push(g);
      node.inputs[sizesInput] = g.name;
    }
  }
  node.attrs['data_format'] = { kind: 's', value: new TextEncoder().encode('NHWC') };
  for (const k of ['strides', 'ksize', 'dilations', 'explicit_paddings']) {
    const a = permuteAttr(node.attrs[k]);
    if (a) node.attrs[k] = a;
  }
  const name = node.name;
  node.name = ctx.fresh(`${name}/nhwc`);
  const back = transpose(`${name}/to_nchw`, node.name, TO_NCHW);
  ctx.replace(node, [...before, node, back]);
  // replace() names the last node after the one replaced, which was renamed above: the transpose takes the name.
  back.name = name;
}

fixRuntime('nn', ['Conv2D', '_FusedConv2D', 'DepthwiseConv2dNative', 'FusedDepthwiseConv2dNative', 'AvgPool', 'MaxPool'], 'data_format NCHW is not computed as NCHW', (node, ctx) => nchwToNhwc(node, ctx, [0]));
fixRuntime('nn', ['Conv2DBackpropInput'], 'data_format NCHW is not computed as NCHW', (node, ctx) => nchwToNhwc(node, ctx, [2], 0));

/**
 * NonMaxSuppressionV5 in tfjs: with soft-NMS (sigma > 0) it still drops candidates whose IoU reaches
 * iou_threshold, where TensorFlow only decays their scores (it ignores the threshold), so the threshold becomes 1
 * when sigma > 0; tfjs also ignores pad_to_max_output_size and has no valid_outputs output (output 2).
 */
fixRuntime('nn', ['NonMaxSuppressionV5'], 'soft-NMS still drops boxes over iou_threshold; no padding or valid_outputs', (node, ctx) => {
  const dtype = attrType(node, 'T', 'DT_FLOAT');
  const F = typeAttr(dtype);
  const I32 = typeAttr('DT_INT32');
  const [, , maxOut, iou, , sigma] = node.inputs as string[];
  const zeroF = ctx.constant(`${node.name}/zero`, fromNumbers(dtype, [], [0]), node);
  const oneF = ctx.constant(`${node.name}/one`, fromNumbers(dtype, [], [1]), node);
  const soft = makeNode(ctx, `${node.name}/soft`, 'Greater', [sigma!, zeroF], { T: F });
  const threshold = makeNode(ctx, `${node.name}/iou_threshold`, 'SelectV2', [soft.name, oneF, iou!], { T: F });
  ctx.replace(node, [soft, threshold, node]);
  node.inputs[3] = threshold.name;

  const pad = attrBool(node, 'pad_to_max_output_size');
  if (!pad && !isUsed(ctx.body, `${node.name}:2`)) return;
  const count = makeNode(ctx, `${node.name}/valid_outputs`, 'Size', [node.name], { T: I32, out_type: I32 });
  const after: Node[] = [count];
  if (pad) {
    // TensorFlow pads both outputs with zeros up to max_output_size.
    const zero = int32Const(ctx, `${node.name}/pad_zero`, [0], [], node);
    const amount = makeNode(ctx, `${node.name}/pad_amount`, 'Sub', [maxOut!, count.name], { T: I32 });
    const pair = makeNode(ctx, `${node.name}/pad_pair`, 'Pack', [zero, amount.name], { N: intAttr(2), T: I32, axis: intAttr(0) });
    const paddings = makeNode(ctx, `${node.name}/paddings`, 'Reshape', [pair.name, int32Const(ctx, `${node.name}/paddings_shape`, [1, 2], [2], node)], { T: I32, Tshape: I32 });
    const indices = makeNode(ctx, `${node.name}/padded_indices`, 'Pad', [node.name, paddings.name], { T: I32, Tpaddings: I32 });
    const scores = makeNode(ctx, `${node.name}/padded_scores`, 'Pad', [`${node.name}:1`, paddings.name], { T: F, Tpaddings: I32 });
    ctx.redirect(node.name, indices.name);
    ctx.redirect(`${node.name}:1`, scores.name);
    after.push(amount, pair, paddings, indices, scores);
  }
  ctx.redirect(`${node.name}:2`, count.name);
  ctx.insertAfter(node, after);
});
