/**
 * TensorLists as plain tensors, the way Keras RNN loops use them: a list made from a tensor is that tensor
 * (an item is GATHER along axis 0), a reserved list is a zeros tensor [n, ...element_shape] (an item written
 * is DYNAMIC_UPDATE_SLICE of it), and stacking a list is the tensor itself. Lists that grow (push back,
 * resize) or whose element shape is only known at run time are not followed; they are refused.
 */
import { attrBool, attrInt, attrType, canonicalRef, type TensorType } from '../../../graph/ir.js';
import { fromNumbers } from '../../../tensor/math.js';
import { UnsupportedVariant, type ListValue, type TfliteContext } from '../context.js';
import { tfliteOps } from '../registry.js';

/** The list an input of the current node holds, or a refusal naming it. */
export function listInput(ctx: TfliteContext, i: number): ListValue {
  const ref = ctx.node.inputs[i]!;
  const list = ctx.lists.get(canonicalRef(ref));
  if (!list) throw new UnsupportedVariant(`${ctx.node.op} reads a TensorList (${ref}) mdeploy cannot follow as a tensor`);
  return list;
}

/** A reserved list's zeros tensor, [n, ...element_shape] (element shape fully known). */
export function reservedZeros(ctx: TfliteContext, list: Extract<ListValue, { kind: 'reserve' }>): Extract<ListValue, { kind: 'accumulator' }> {
  if (list.elementShape.some((d) => d < 0)) throw new UnsupportedVariant(`a TensorList with element shape [${list.elementShape.join(', ')}] needs static dimensions to become a tensor`);
  const shape = [list.numElements, ...list.elementShape];
  const size = shape.reduce((a, b) => a * b, 1);
  const tensor = ctx.constant(fromNumbers(list.dtype, shape, new Array<number>(size).fill(0)), `${ctx.node.name}/zeros`);
  return { kind: 'accumulator', tensor, type: { dtype: list.dtype, shape } };
}

/** Sets the current node's output 0 type (list ops' outputs are variants in the IR) and returns its tensor. */
function typedOutput(ctx: TfliteContext, type: TensorType): number {
  ctx.node = { ...ctx.node, outputs: [type] };
  ctx.argTypes.set(ctx.node.name, type);
  return ctx.output(0);
}

tfliteOps.register('list', ['TensorListFromTensor'], (ctx, node) => {
  const type = ctx.inputType(0);
  if (!type?.shape?.length) throw new UnsupportedVariant('TensorListFromTensor of a scalar or a tensor of unknown rank');
  ctx.lists.set(node.name, { kind: 'fromTensor', tensor: ctx.input(0), type });
});

tfliteOps.register('list', ['TensorListReserve'], (ctx, node) => {
  const elementShape = ctx.requireConstInts(0, 'element shape');
  const n = ctx.requireConstInts(1, 'number of elements')[0]!;
  // A scalar element_shape (-1) means "any rank": nothing to build a tensor from.
  if (ctx.constInput(0)!.shape.length !== 1 || n < 0) throw new UnsupportedVariant('TensorListReserve with an unknown element rank or length');
  ctx.lists.set(node.name, { kind: 'reserve', numElements: n, elementShape, dtype: attrType(node, 'element_dtype') });
});

tfliteOps.register('list', ['TensorListGetItem'], (ctx) => {
  let list = listInput(ctx, 0);
  if (list.kind === 'reserve') list = reservedZeros(ctx, list);
  const shape = list.type.shape;
  if (!shape) throw new UnsupportedVariant('TensorListGetItem on a list of unknown element rank');
  if (ctx.inputRank(1) !== 0) throw new UnsupportedVariant('TensorListGetItem with a non-scalar index');
  const out = typedOutput(ctx, { dtype: list.type.dtype, shape: shape.slice(1) });
  ctx.add('GATHER', [list.tensor, ctx.int32Input(1)], [out], { table: 'GatherOptions', values: { axis: 0 } });
});

tfliteOps.register('list', ['TensorListSetItem'], (ctx, node) => {
  if (attrBool(node, 'resize_if_index_out_of_bounds')) throw new UnsupportedVariant('TensorListSetItem that grows the list');
  let list = listInput(ctx, 0);
  if (list.kind === 'reserve') list = reservedZeros(ctx, list);
  if (list.kind !== 'accumulator') throw new UnsupportedVariant('TensorListSetItem on a list made from a tensor');
  const shape = list.type.shape;
  const item = ctx.inputType(2);
  if (!shape || item?.shape?.length !== shape.length - 1 || ctx.inputRank(1) !== 0) throw new UnsupportedVariant('TensorListSetItem whose item rank does not match the list');
  // The update is the item with a leading 1; its offset is [index, 0, 0, …].
  const update = ctx.temp(list.type.dtype, [1, ...item.shape], 'update');
  ctx.add('EXPAND_DIMS', [ctx.input(2), ctx.int32Const([0], [])], [update]);
  let offset = ctx.temp('DT_INT32', [1], 'index');
  ctx.add('RESHAPE', [ctx.int32Input(1), ctx.int32Const([1])], [offset]);
  if (shape.length > 1) {
    const full = ctx.temp('DT_INT32', [shape.length], 'offset');
    ctx.add('CONCATENATION', [offset, ctx.int32Const(new Array<number>(shape.length - 1).fill(0))], [full], { table: 'ConcatenationOptions', values: { axis: 0 } });
    offset = full;
  }
  const out = ctx.tensor(`${node.name}/list`, list.type);
  ctx.add('DYNAMIC_UPDATE_SLICE', [list.tensor, update, offset], [out]);
  ctx.lists.set(node.name, { kind: 'accumulator', tensor: out, type: list.type });
});

tfliteOps.register('list', ['TensorListStack'], (ctx, node) => {
  let list = listInput(ctx, 0);
  if (list.kind === 'reserve') list = reservedZeros(ctx, list);
  const n = attrInt(node, 'num_elements', -1);
  if (n >= 0 && typeof list.type.shape?.[0] === 'number' && list.type.shape[0] !== n) throw new UnsupportedVariant(`TensorListStack of ${n} elements from a list of ${list.type.shape[0]}`);
  ctx.define(node.name, list.tensor);
  ctx.argTypes.set(node.name, list.type);
});
