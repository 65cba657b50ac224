/** Shapes, slicing, joining, gathering and other data movement. */
import { fromNumbers, toNumbers } from '../../../tensor/math.js';
import { fixRuntime, passthrough } from '../registry.js';
import { shapeOf } from './build.js';

passthrough('array', [
  'ConcatV2', 'Concat', 'Gather', 'Reverse', 'ReverseV2', 'Slice', 'StridedSlice', 'Pack', 'Unpack', 'Tile', 'Split', 'SplitV', 'ScatterNd', 'GatherNd', 'SparseToDense', 'TensorScatterUpdate',
  'Cast', 'ExpandDims', 'MirrorPad', 'Pad', 'PadV2', 'Reshape', 'Squeeze', 'SpaceToBatchND', 'BatchToSpaceND', 'DepthToSpace', 'BroadcastTo', 'BroadcastArgs', 'Transpose',
  'Rank', 'Size', 'Shape', 'ShapeN',
  'Where', 'ListDiff', 'TopKV2', 'Unique', 'UniqueV2', 'LowerBound', 'UpperBound',
  'SparseFillEmptyRows', 'SparseReshape', 'SparseSegmentMean', 'SparseSegmentSum',
]);

// tfjs checks indices against x.shape[axis] before normalising the axis: a negative axis becomes its positive twin.
fixRuntime('array', ['GatherV2'], 'a negative axis is not normalised before the index check', (node, ctx) => {
  const axis = ctx.constValue(node.inputs[2]!);
  const rank = shapeOf(ctx, node.inputs[0]!)?.length;
  if (!axis || rank === undefined || axis.shape.length !== 0) return;
  const a = toNumbers(axis)[0]!;
  if (a < 0) node.inputs[2] = ctx.constant(`${node.name}/axis`, fromNumbers(axis.dtype, [], [a + rank]), node);
});
