/** Graph inputs, constants and tensor creation. */
import { attrInt } from '../../../graph/ir.js';
import { fixRuntime, passthrough } from '../registry.js';
import { Emitter, intAttr, shapeOf, typeAttr } from './build.js';

passthrough('creation', [
  'Placeholder', 'Const',
  'Fill', 'LinSpace', 'Ones', 'OnesLike', 'Range', 'Zeros', 'ZerosLike',
  'RandomStandardNormal', 'RandomUniform', 'RandomUniformInt', 'TruncatedNormal', 'Multinomial',
]);

// tfjs always puts the one-hot dim last: OneHot along -1, then a Transpose moves it to `axis`.
fixRuntime('creation', ['OneHot'], 'ignores the axis attr', (node, ctx) => {
  const axis = attrInt(node, 'axis', -1);
  const rank = shapeOf(ctx, node.inputs[0]!)?.length;
  if (axis === -1 || axis === rank || rank === undefined) return;
  const e = new Emitter(ctx, node);
  const last = e.op('last', 'OneHot', [...node.inputs], { ...node.attrs, axis: intAttr(-1) });
  const perm = [...Array(axis).keys(), rank, ...Array.from({ length: rank - axis }, (_, i) => axis + i)];
  e.finish('Transpose', [last, e.int32('perm', perm)], { T: node.attrs['T'] ?? typeAttr('DT_FLOAT'), Tperm: typeAttr('DT_INT32') });
});
