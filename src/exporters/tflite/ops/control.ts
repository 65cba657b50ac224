/**
 * Control flow: While → WHILE, If → IF, each function body lowered with the same handlers into its own
 * subgraph. Loop-carried values are WHILE's inputs and outputs, in the While's order, in cond and body alike.
 * TensorLists a Keras RNN loop carries become tensors (list.ts): the input sequence passes through as
 * itself, an output list becomes an accumulator the body updates. A loop var the body passes through
 * unchanged and that starts as a constant (the cell's weights) is that constant inside the body too, so the
 * cell lowers as it would outside a loop (FULLY_CONNECTED with constant weights, fused bias).
 */
import { GraphIndex } from '../../../graph/graph-utils.js';
import { attrFunc, canonicalRef, formatRef, type FunctionBody, type Node, type TensorType } from '../../../graph/ir.js';
import type { HostTensor } from '../../../tensor/host.js';
import { fromNumbers } from '../../../tensor/math.js';
import { TfliteContext, UnsupportedVariant, type ListValue } from '../context.js';
import { fuseOperators } from '../fuse.js';
import { tfliteOps } from '../registry.js';
import { lowerNode } from '../lower-node.js';
import { reservedZeros } from './list.js';

function fn(ctx: TfliteContext, node: Node, attr: string): FunctionBody {
  const ref = attrFunc(node, attr);
  const body = ref && 'functions' in ctx.root.graph ? ctx.root.graph.functions.get(ref.name) : undefined;
  if (!body) throw new UnsupportedVariant(`${node.name}: function ${ref?.name ?? attr} is missing`);
  return body;
}

function retRef(body: FunctionBody, i: number): string {
  return body.ret[body.outputs[i]!.name]!;
}

/** What a subgraph's argument i is bound to: a tensor of a type, a constant, or a list followed as a tensor. */
interface Arg {
  type: TensorType;
  constant?: HostTensor;
  list?: ListValue['kind'];
}

/**
 * Lowers a function body into a new subgraph of the model and returns its index. The subgraph's inputs are
 * the arguments that are not constants, in order; its outputs are the body's outputs, except (`loopBody`)
 * those of constant loop vars. A pass-through of an argument stays that input tensor.
 */
export function lowerSubgraph(parent: TfliteContext, body: FunctionBody, name: string, args: Arg[], loopBody = false): number {
  if (args.length !== body.inputs.length) throw new UnsupportedVariant(`${body.name} takes ${body.inputs.length} arguments, called with ${args.length}`);
  // Constant arguments become Const nodes of a copy of the body; the IR is not changed.
  const consts: Node[] = [];
  args.forEach((a, i) => {
    if (a.constant) consts.push({ name: body.inputs[i]!.name, op: 'Const', inputs: [], attrs: { value: { kind: 'tensor', value: a.constant }, dtype: { kind: 'type', value: a.constant.dtype } }, outputs: [a.type] });
  });
  const scope: FunctionBody = consts.length ? { ...body, nodes: [...consts, ...body.nodes] } : body;
  const ctx = new TfliteContext(scope, parent);
  const argTensor = new Map<number, number>();
  args.forEach((a, i) => {
    if (a.constant) return;
    const arg = body.inputs[i]!.name;
    const t = ctx.tensor(arg, a.type);
    ctx.argTypes.set(arg, a.type);
    if (a.list === 'fromTensor' || a.list === 'accumulator') ctx.lists.set(arg, { kind: a.list, tensor: t, type: a.type });
    else ctx.define(arg, t);
    argTensor.set(i, t);
  });
  const inputs = [...argTensor.values()];
  for (const node of body.nodes) {
    if (node.op === 'Const' || node.op === 'Placeholder') continue;
    ctx.node = ctx.refine(node);
    try {
      lowerNode(ctx, ctx.node);
    } catch (err) {
      if (err instanceof UnsupportedVariant) throw new UnsupportedVariant(`in ${body.name}, ${node.name} (${node.op}): ${err.message}`);
      throw err;
    }
  }
  ctx.node = { name: `${name}/outputs`, op: 'Identity', inputs: [], attrs: {} };
  const outputs: number[] = [];
  body.outputs.forEach((o, i) => {
    if (loopBody && args[i]!.constant) return;
    const ref = body.ret[o.name]!;
    if (loopBody && canonicalRef(ref) === body.inputs[i]!.name) return outputs.push(argTensor.get(i)!);
    const list = ctx.lists.get(canonicalRef(ref));
    let t = list && list.kind !== 'reserve' ? list.tensor : ctx.value(ref);
    // An output must be computed in this subgraph, once: a constant or another argument gets a copy.
    if (ctx.isConstant(t) || inputs.includes(t) || outputs.includes(t)) {
      const type = list && list.kind !== 'reserve' ? list.type : (ctx.typeOf(ref) ?? { dtype: o.dtype, shape: null });
      const shape = ctx.tensor(`${name}/out_${i}/shape`, { dtype: 'DT_INT32', shape: [type.shape?.length ?? -1] });
      ctx.add('SHAPE', [t], [shape], { table: 'ShapeOptions', values: { out_type: 2 } });
      const copy = ctx.tensor(`${name}/out_${i}`, type);
      ctx.add('RESHAPE', [t, shape], [copy]);
      t = copy;
    }
    outputs.push(t);
  });
  fuseOperators(ctx, new Set(outputs));
  parent.subgraphs.push({ name, tensors: ctx.tensors, inputs, outputs, operators: ctx.operators });
  return parent.subgraphs.length;
}

/** The TensorListSetItem that writes loop var i's list in the body, if the body returns one. */
function writerOf(body: FunctionBody, index: GraphIndex, i: number): Node | undefined {
  const w = index.producer(retRef(body, i));
  return w?.op === 'TensorListSetItem' && canonicalRef(w.inputs[0]!) === body.inputs[i]!.name ? w : undefined;
}

/**
 * The accumulator a reserved output list starts as. With a static element shape it is a zeros constant;
 * otherwise the item the body writes must also be a loop var's next value (a Keras RNN writes its new
 * state h), and the zeros take that loop var's initial shape at run time.
 */
function accumulatorFor(ctx: TfliteContext, node: Node, body: FunctionBody, i: number, list: Extract<ListValue, { kind: 'reserve' }>, index: GraphIndex): Extract<ListValue, { kind: 'accumulator' }> {
  if (list.elementShape.every((d) => d >= 0)) return reservedZeros(ctx, list);
  const w = writerOf(body, index, i);
  const item = w && canonicalRef(w.inputs[2]!);
  const j = item === undefined ? -1 : body.outputs.findIndex((_, k) => k !== i && canonicalRef(retRef(body, k)) === item);
  const state = j >= 0 ? ctx.inputType(j) : undefined;
  if (!state?.shape || state.shape.length !== list.elementShape.length || ctx.lists.has(canonicalRef(node.inputs[j]!))) {
    throw new UnsupportedVariant(`loop var ${i} is a TensorList with element shape [${list.elementShape.join(', ')}]: mdeploy needs static dimensions, or an item that is also a loop var`);
  }
  const elem = state.shape.map((d, k) => (list.elementShape[k]! >= 0 ? list.elementShape[k]! : d));
  if (elem.some((d, k) => typeof d === 'number' && list.elementShape[k]! >= 0 && d !== list.elementShape[k])) throw new UnsupportedVariant(`loop var ${i}: the list's element shape disagrees with loop var ${j}`);
  const type: TensorType = { dtype: list.dtype, shape: [list.numElements, ...elem] };
  const stateShape = ctx.temp('DT_INT32', [elem.length], 'state_shape');
  ctx.add('SHAPE', [ctx.input(j)], [stateShape], { table: 'ShapeOptions', values: { out_type: 2 } });
  const shape = ctx.temp('DT_INT32', [elem.length + 1], 'acc_shape');
  ctx.add('CONCATENATION', [ctx.int32Const([list.numElements]), stateShape], [shape], { table: 'ConcatenationOptions', values: { axis: 0 } });
  const tensor = ctx.tensor(`${node.name}/acc_${i}`, type);
  ctx.add('FILL', [shape, ctx.constant(fromNumbers(list.dtype, [], [0]), `${node.name}/zero`)], [tensor]);
  return { kind: 'accumulator', tensor, type };
}

tfliteOps.register('control', ['While', 'StatelessWhile'], (ctx, node) => {
  const body = fn(ctx, node, 'body');
  const cond = fn(ctx, node, 'cond');
  const index = new GraphIndex(body);
  const init: Array<number | undefined> = [];
  const args: Arg[] = node.inputs.map((ref, i) => {
    const passThrough = canonicalRef(retRef(body, i)) === body.inputs[i]!.name;
    let list = ctx.lists.get(canonicalRef(ref));
    if (list?.kind === 'reserve') list = accumulatorFor(ctx, node, body, i, list, index);
    if (list) {
      if (list.kind === 'fromTensor' && !passThrough) throw new UnsupportedVariant(`loop var ${i} is a list made from a tensor that the body changes`);
      if (list.kind === 'accumulator' && !passThrough && !writerOf(body, index, i)) throw new UnsupportedVariant(`loop var ${i} is a list the body changes other than by TensorListSetItem`);
      init.push(list.tensor);
      return { type: list.type, list: list.kind };
    }
    init.push(ctx.input(i));
    // The loop var's type for every step: the While's shape invariant (output_shapes), else the initial one.
    const declared = node.outputs?.[i];
    const type = declared?.shape ? declared : (ctx.inputType(i) ?? declared);
    if (!type) throw new UnsupportedVariant(`loop var ${i} has no known type`);
    // A constant the body passes through (the cell's weights) is no loop var: it is a constant in the body.
    const c = ctx.constInput(i);
    if (c && passThrough) {
      init[i] = undefined;
      return { type, constant: c };
    }
    return { type };
  });
  const bodyIndex = lowerSubgraph(ctx, body, `${node.name}/body`, args, true);
  const condIndex = lowerSubgraph(ctx, cond, `${node.name}/cond`, args);
  const outputs = args.flatMap((a, i) => {
    const ref = formatRef(node.name, i);
    if (a.constant) {
      ctx.define(ref, ctx.input(i));
      return [];
    }
    if (!a.list) return [ctx.output(i)];
    const t = ctx.tensor(ref, a.type);
    ctx.lists.set(ref, { kind: a.list === 'fromTensor' ? 'fromTensor' : 'accumulator', tensor: t, type: a.type });
    return [t];
  });
  const inputs = init.filter((t): t is number => t !== undefined);
  ctx.add('WHILE', inputs, outputs, { table: 'WhileOptions', values: { cond_subgraph_index: condIndex, body_subgraph_index: bodyIndex } });
});

tfliteOps.register('control', ['If', 'StatelessIf'], (ctx, node) => {
  const branches = [fn(ctx, node, 'then_branch'), fn(ctx, node, 'else_branch')] as const;
  const args: Arg[] = node.inputs.slice(1).map((ref, k) => {
    if (ctx.lists.has(canonicalRef(ref))) throw new UnsupportedVariant('If with a TensorList operand');
    const type = ctx.inputType(k + 1);
    if (!type) throw new UnsupportedVariant(`operand ${k + 1} has no known type`);
    return { type };
  });
  const [thenIndex, elseIndex] = branches.map((b, k) => lowerSubgraph(ctx, b, `${node.name}/${k === 0 ? 'then' : 'else'}`, args));
  // TF's If takes any scalar as the condition (true when non-zero); TFLite's IF wants one bool.
  const condType = ctx.inputType(0);
  if (!condType?.shape || condType.shape.some((d) => d !== 1)) throw new UnsupportedVariant('If with a condition that is not a scalar');
  let c = ctx.input(0);
  if (condType.dtype !== 'DT_BOOL') {
    const b = ctx.temp('DT_BOOL', condType.shape, 'cond');
    ctx.add('NOT_EQUAL', [c, ctx.constant(fromNumbers(condType.dtype, [], [0]))], [b]);
    c = b;
  }
  const outputs = branches[0].outputs.map((_, k) => ctx.output(k));
  ctx.add('IF', [c, ...node.inputs.slice(1).map((_, k) => ctx.input(k + 1))], outputs, { table: 'IfOptions', values: { then_subgraph_index: thenIndex!, else_subgraph_index: elseIndex! } });
});
