/**
 * Control flow v2 (While/If keep their bodies in the model's function library), TensorLists and TensorArrays.
 * tfjs-converter keeps a list's tensors in a JavaScript object that its ops mutate in place, and some of its
 * list ops return fewer outputs than TensorFlow's; the rewrites below give TensorFlow's outputs back.
 */
import { MdeployError } from '../../../errors.js';
import { constNode, freshName } from '../../../graph/graph-utils.js';
import { attrType, parseRef, type FunctionBody, type Node } from '../../../graph/ir.js';
import type { DTypeName } from '../../../tensor/dtypes.js';
import { fromNumbers, toNumbers } from '../../../tensor/math.js';
import { fixRuntime, passthrough, type TfjsLowering } from '../registry.js';
import { int32Const, intAttr, isUsed, makeNode, shapeAttr, staticShape, typeAttr } from './build.js';

passthrough('control', [
  'EmptyTensorList', 'TensorListScatter', 'TensorListScatterV2', 'TensorListGather', 'TensorListGetItem', 'TensorListSetItem', 'TensorListReserve', 'TensorListFromTensor',
  'TensorListStack', 'TensorListSplit', 'TensorListPushBack', 'TensorListLength', 'TensorListResize',
  'TensorArrayV3', 'TensorArrayWriteV3', 'TensorArrayReadV3', 'TensorArrayGatherV3', 'TensorArrayScatterV3', 'TensorArraySplitV3', 'TensorArraySizeV3', 'TensorArrayCloseV3',
]);

/**
 * TF's PopBack returns (list, element); tfjs returns the element as output 0 and pops the list in place. Readers
 * of the list get an Identity of the input list that runs after the pop (a control input orders it).
 */
fixRuntime('control', ['TensorListPopBack'], 'returns the element as output 0 and no list output', (node, ctx) => {
  const after = makeNode(ctx, `${node.name}/popped_list`, 'Identity', [node.inputs[0]!, `^${node.name}`], { T: typeAttr('DT_VARIANT') });
  ctx.insertAfter(node, [after]);
  ctx.redirect(node.name, after.name);
  ctx.redirect(`${node.name}:1`, node.name);
});

/**
 * Output 1 of a concat (each element's length along axis 0) from its output 0, for lists whose elements all
 * have the same length (the only lists tfjs can concatenate): shape(concat)[0] / max(size, 1), `size` times.
 */
function uniformLengths(node: Node, ctx: TfjsLowering, size: Node): void {
  const zero = int32Const(ctx, `${node.name}/lengths/zero`, [0], [], node);
  const one = int32Const(ctx, `${node.name}/lengths/one`, [1], [], node);
  const vec = int32Const(ctx, `${node.name}/lengths/vec`, [1], [1], node);
  const i32 = typeAttr('DT_INT32');
  const shape = makeNode(ctx, `${node.name}/lengths/shape`, 'Shape', [node.name], { T: typeAttr(attrType(node, 'element_dtype', attrType(node, 'dtype', 'DT_FLOAT'))), out_type: i32 });
  const rows = makeNode(ctx, `${node.name}/lengths/rows`, 'GatherV2', [shape.name, zero, zero], { Tparams: i32, Tindices: i32, Taxis: i32, batch_dims: intAttr(0) });
  const count = makeNode(ctx, `${node.name}/lengths/count`, 'Maximum', [size.name, one], { T: i32 });
  const each = makeNode(ctx, `${node.name}/lengths/each`, 'FloorDiv', [rows.name, count.name], { T: i32 });
  const dims = makeNode(ctx, `${node.name}/lengths/dims`, 'Reshape', [size.name, vec], { T: i32, Tshape: i32 });
  const lengths = makeNode(ctx, `${node.name}/lengths`, 'Fill', [dims.name, each.name], { T: i32, index_type: i32 });
  ctx.insertAfter(node, [size, shape, rows, count, each, dims, lengths]);
  ctx.redirect(`${node.name}:1`, lengths.name);
}

/**
 * TensorListConcat/V2: tfjs reads the element shape from an `element_shape` attr (V2 has it as input 1) and
 * needs every dim but the first; it returns no lengths output.
 */
fixRuntime('control', ['TensorListConcat', 'TensorListConcatV2'], 'reads the element shape from an attr V2 lacks and returns no lengths', (node, ctx) => {
  const declared = node.op === 'TensorListConcatV2' ? ctx.constValue(node.inputs[1]!) : undefined;
  let shape: number[] | null = declared && declared.shape.length === 1 ? Array.from(toNumbers(declared)) : null;
  if (node.op === 'TensorListConcat') {
    const a = node.attrs['element_shape'];
    shape = a?.kind === 'shape' ? a.value : null;
  }
  const out = staticShape(node.outputs?.[0]?.shape);
  if (out && (!shape || shape.slice(1).some((d) => d < 0))) shape = [-1, ...out.slice(1)];
  node.attrs['element_shape'] = shapeAttr(shape);
  if (!isUsed(ctx.body, `${node.name}:1`)) return;
  // The list's length, read after the concat (tfjs lists change in place).
  uniformLengths(node, ctx, makeNode(ctx, `${node.name}/lengths/size`, 'TensorListLength', [node.inputs[0]!, `^${node.name}`]));
});

/**
 * TensorArrayConcatV3 returns no lengths in tfjs, and tfjs' TensorArraySplitV3 only splits into equal parts. A
 * concat that reads back what one split wrote is that split's input, with its lengths.
 */
fixRuntime('control', ['TensorArrayConcatV3'], 'returns no lengths, and its split only makes equal parts', (node, ctx) => {
  const split = ctx.producer(node.inputs[1]!);
  const array = ctx.producer(node.inputs[0]!);
  const same = (ref: string | undefined): boolean => !!ref && parseRef(ref).node === array?.name;
  if (array && split?.op === 'TensorArraySplitV3' && same(split.inputs[0]) && same(split.inputs[3])) {
    ctx.redirect(node.name, split.inputs[1]!);
    ctx.redirect(`${node.name}:1`, split.inputs[2]!);
    ctx.remove(node);
    if (!isUsed(ctx.body, split.name)) ctx.remove(split);
    if (!isUsed(ctx.body, array.name) && !isUsed(ctx.body, `${array.name}:1`)) ctx.remove(array);
    return;
  }
  if (isUsed(ctx.body, `${node.name}:1`)) {
    throw new MdeployError('E_UNSUPPORTED_MODEL', `TensorArrayConcatV3 ${node.name}: TF.js returns no lengths output, and mdeploy can only recover them when one TensorArraySplitV3 filled the array`);
  }
});

/** List ops that store their input tensor itself (not a copy), and which input that is. */
const STORES_INPUT: Record<string, number> = { TensorListSetItem: 2, TensorListPushBack: 1, TensorArrayWriteV3: 2 };

/**
 * The tensors a function body makes and stores in a TensorList or TensorArray. tfjs disposes every tensor a
 * function (a loop body, an If branch) made except its outputs when the function returns, these included, and
 * later reads of the list then find them disposed; returning them as extra outputs keeps them.
 */
function storedTensors(body: FunctionBody): Array<{ ref: string; dtype: DTypeName }> {
  const args = new Set(body.inputs.map((a) => a.name));
  const stored = new Map<string, DTypeName>();
  for (const n of body.nodes) {
    const at = STORES_INPUT[n.op];
    const ref = at === undefined ? undefined : n.inputs[at];
    if (!ref) continue;
    const producer = body.nodes.find((p) => p.name === parseRef(ref).node);
    // Arguments outlive the call, and Consts are weights.
    if (!producer || producer.op === 'Const' || args.has(ref)) continue;
    const dtype = attrType(n, n.op === 'TensorArrayWriteV3' ? 'T' : 'element_dtype', 'DT_FLOAT');
    if (dtype !== 'DT_STRING' && dtype !== 'DT_VARIANT' && dtype !== 'DT_RESOURCE') stored.set(ref, dtype);
  }
  return [...stored].map(([ref, dtype]) => ({ ref, dtype }));
}

/** Appends outputs to a function body; returns their names. */
function addOutputs(body: FunctionBody, refs: Array<{ ref: string; dtype: DTypeName }>): void {
  for (const { ref, dtype } of refs) {
    const name = `mdeploy_kept_${body.outputs.length}`;
    body.outputs.push({ name, dtype });
    body.ret[name] = ref;
  }
}

/** Appends types (and unknown shapes) for extra outputs to a control-flow node's type-list attrs. */
function appendTypes(node: Node, typesAttr: string, dtypes: DTypeName[]): void {
  const T = node.attrs[typesAttr];
  if (T?.kind === 'list') node.attrs[typesAttr] = { kind: 'list', value: { ...T.value, type: [...(T.value.type ?? []), ...dtypes] } };
  const shapes = node.attrs['output_shapes'];
  if (shapes?.kind === 'list') node.attrs['output_shapes'] = { kind: 'list', value: { ...shapes.value, shape: [...(shapes.value.shape ?? []), ...dtypes.map(() => null)] } };
}

/** Per function body: the dtypes of the outputs added to it (a body shared by several nodes is changed once). */
const keptByBody = new WeakMap<FunctionBody, DTypeName[]>();

const funcAttr = (node: Node, key: string, ctx: TfjsLowering): FunctionBody | undefined => {
  const a = node.attrs[key];
  return a?.kind === 'func' ? ctx.functions.get(a.value.name) : undefined;
};

/**
 * A loop body's stored tensors become extra loop variables: outputs of the body (so tfjs keeps them), inputs of
 * body and cond, with an unused zero as their initial value.
 */
fixRuntime('control', ['While', 'StatelessWhile'], 'disposes tensors a loop body stored in a TensorList/TensorArray', (node, ctx) => {
  const body = funcAttr(node, 'body', ctx);
  const cond = funcAttr(node, 'cond', ctx);
  if (!body || !cond) return;
  let kept = keptByBody.get(body);
  if (!kept) {
    const stored = storedTensors(body);
    stored.forEach(({ dtype }, i) => {
      body.inputs.push({ name: `mdeploy_kept_arg_${i}`, dtype });
      cond.inputs.push({ name: `mdeploy_kept_arg_${i}`, dtype });
    });
    addOutputs(body, stored);
    keptByBody.set(body, (kept = stored.map((s) => s.dtype)));
  }
  if (kept.length === 0) return;
  kept.forEach((dtype, i) => node.inputs.push(ctx.constant(`${node.name}/kept_${i}`, fromNumbers(dtype, [], [0]), node)));
  appendTypes(node, 'T', kept);
});

/**
 * An If branch's stored tensors become extra outputs of the If. Both branches get an output for every such
 * tensor of either branch (a zero where the tensor is the other branch's).
 */
fixRuntime('control', ['If', 'StatelessIf'], 'disposes tensors a branch stored in a TensorList/TensorArray', (node, ctx) => {
  const then = funcAttr(node, 'then_branch', ctx);
  const other = funcAttr(node, 'else_branch', ctx);
  if (!then || !other) return;
  let kept = keptByBody.get(then);
  if (!kept) {
    const mine = storedTensors(then);
    const theirs = storedTensors(other);
    const zeros = (body: FunctionBody, list: typeof mine): typeof mine =>
      list.map(({ dtype }) => {
        const c = constNode(freshName(body, 'mdeploy_kept_zero'), fromNumbers(dtype, [], [0]));
        body.nodes.push(c);
        return { ref: c.name, dtype };
      });
    addOutputs(then, [...mine, ...zeros(then, theirs)]);
    addOutputs(other, [...zeros(other, mine), ...theirs]);
    kept = [...mine, ...theirs].map((s) => s.dtype);
    keptByBody.set(then, kept);
  }
  if (kept.length) appendTypes(node, 'Tout', kept);
});
