/**
 * Control flow: While → Loop, If → If. TF's LSTM/GRU loops read their input sequence from a TensorList made
 * from a tensor and write their outputs into a TensorList; here the first becomes a Gather on the tensor
 * (read from the outer scope) and the second a Loop scan output, so no ONNX sequence types are needed.
 */
import { attrFunc, type FunctionBody, type Node } from '../../../graph/ir.js';
import { toNumbers } from '../../../tensor/math.js';
import { OnnxContext } from '../context.js';
import { lowerNodes } from '../lower-nodes.js';
import { OnnxGraph } from '../onnx-graph.js';
import { onnxOps } from '../registry.js';
import type { DTypeName } from '../../../tensor/dtypes.js';
import { int } from './common.js';

// "To the end": ONNX clamps slice bounds, so any huge value works; 2^53 − 1 survives float64 → int64.
const INT64_MAX = Number.MAX_SAFE_INTEGER;

function fn(ctx: OnnxContext, node: Node, attr: string): FunctionBody {
  const ref = attrFunc(node, attr);
  const body = ref ? ctx.functions.get(ref.name) : undefined;
  if (!body) throw new Error(`${node.name}: function ${ref?.name ?? attr} is missing`);
  return body;
}

/**
 * Lowers a function body into `graph` with its arguments bound to ONNX values (undefined: the argument is a
 * TensorList described by `lists`). Returns the ONNX values of its outputs (undefined for list outputs).
 */
function lowerFunction(parent: OnnxContext, graph: OnnxGraph, body: FunctionBody, args: Array<string | undefined>, lists: Map<number, Parameters<OnnxContext['defineList']>[1]> = new Map()): OnnxContext {
  const ctx = new OnnxContext(graph, body, parent.opset, parent.functions, parent);
  body.inputs.forEach((a, i) => {
    const list = lists.get(i);
    if (list) ctx.defineList(a.name, list);
    else if (args[i] !== undefined) ctx.define(a.name, args[i]!, 'native', { dtype: a.dtype, shape: null });
  });
  lowerNodes(ctx, body.nodes);
  return ctx;
}

function retRef(body: FunctionBody, i: number): string {
  return body.ret[body.outputs[i]!.name]!;
}

onnxOps.register('control', ['TensorListFromTensor'], (ctx, node) => {
  ctx.defineList(node.name, { kind: 'fromTensor', tensor: ctx.input(0) });
});
onnxOps.register('control', ['TensorListReserve', 'EmptyTensorList'], (ctx, node) => {
  const n = node.op === 'TensorListReserve' ? ctx.constInput(1) : undefined;
  ctx.defineList(node.name, { kind: 'reserve', numElements: n ? toNumbers(n)[0] : undefined });
});
onnxOps.register('control', ['TensorListGetItem'], (ctx, node) => {
  const list = ctx.list(node.inputs[0]!);
  if (list?.kind !== 'fromTensor') throw new Error(`${node.name}: TensorListGetItem only reads lists made from a tensor`);
  ctx.emit('Gather', [list.tensor, ctx.input(1)], { axis: int(0) });
});
onnxOps.register('control', ['TensorListSetItem'], (ctx, node) => {
  const list = ctx.list(node.inputs[0]!);
  if (list?.kind !== 'output') throw new Error(`${node.name}: TensorListSetItem only writes a loop's output list`);
  ctx.defineList(node.name, { kind: 'written', arg: list.arg, item: ctx.input(2), index: node.inputs[1]! });
});
onnxOps.register('control', ['TensorListStack'], (ctx, node) => {
  const list = ctx.list(node.inputs[0]!);
  if (list?.kind !== 'stacked') throw new Error(`${node.name}: TensorListStack only stacks a loop's output list`);
  if (!list.lastOnly) ctx.emit('Identity', [list.value]);
  // A size-1 list written at index 0 every step holds the last step's item.
  else ctx.emit('Slice', [list.value, ctx.int64s('start', [-1]), ctx.int64s('end', [INT64_MAX]), ctx.int64s('axis', [0])]);
});

/** A loop var is the step counter when it starts at 0 and the body adds 1 to it. */
function isStepCounter(ctx: OnnxContext, node: Node, body: FunctionBody, j: number, bodyCtx: OnnxContext): boolean {
  const init = ctx.constValue(node.inputs[j]!);
  if (!init || toNumbers(init)[0] !== 0) return false;
  const ret = bodyCtx.index.producer(retRef(body, j));
  if (!ret || (ret.op !== 'AddV2' && ret.op !== 'Add')) return false;
  const arg = body.inputs[j]!.name;
  const other = ret.inputs[0] === arg ? ret.inputs[1] : ret.inputs[1] === arg ? ret.inputs[0] : undefined;
  const one = other ? bodyCtx.constValue(other) : undefined;
  return !!one && toNumbers(one)[0] === 1;
}

/** The dtype a loop's output list holds: the item TensorListSetItem writes (TF's element_dtype). */
function itemDtype(bodyCtx: OnnxContext, body: FunctionBody, i: number): DTypeName {
  const setItem = bodyCtx.index.producer(retRef(body, i));
  const a = setItem?.attrs['element_dtype'];
  return a?.kind === 'type' ? a.value : 'DT_FLOAT';
}

onnxOps.register('control', ['While', 'StatelessWhile'], (ctx, node) => {
  const body = fn(ctx, node, 'body');
  const cond = fn(ctx, node, 'cond');
  const n = node.inputs.length;
  const kinds = node.inputs.map((ref, i) => {
    const l = ctx.list(ref);
    if (l?.kind === 'fromTensor') {
      if (retRef(body, i) !== body.inputs[i]!.name) throw new Error(`${node.name}: loop var ${i} is a list the body changes`);
      return 'listIn' as const;
    }
    if (l?.kind === 'reserve') return 'listOut' as const;
    return 'carried' as const;
  });
  const carried = kinds.map((k, i) => (k === 'carried' ? i : -1)).filter((i) => i >= 0);
  const outs = kinds.map((k, i) => (k === 'listOut' ? i : -1)).filter((i) => i >= 0);

  // The body subgraph: (iteration, condition, carried...) → (condition, carried..., scan items...).
  const sub = new OnnxGraph(`${node.name}/body`, ctx.graph);
  const iter = sub.fresh(`${node.name}/iter`);
  const condIn = sub.fresh(`${node.name}/cond_in`);
  sub.inputs.push({ name: iter, dtype: 'DT_INT64', shape: [] }, { name: condIn, dtype: 'DT_BOOL', shape: [] });
  const argNames: Array<string | undefined> = new Array(n).fill(undefined);
  for (const i of carried) {
    argNames[i] = sub.fresh(body.inputs[i]!.name);
    sub.inputs.push({ name: argNames[i]!, dtype: body.inputs[i]!.dtype, shape: null });
  }
  const lists = new Map<number, Parameters<OnnxContext['defineList']>[1]>();
  node.inputs.forEach((ref, i) => {
    if (kinds[i] === 'listIn') lists.set(i, ctx.list(ref)!);
    if (kinds[i] === 'listOut') lists.set(i, { kind: 'output', arg: body.inputs[i]!.name });
  });
  const bodyCtx = lowerFunction(ctx, sub, body, argNames, lists);
  const next = carried.map((i) => bodyCtx.value(retRef(body, i)));
  const scans = outs.map((i) => {
    const w = bodyCtx.list(retRef(body, i));
    if (w?.kind !== 'written') throw new Error(`${node.name}: loop output list ${i} is not written by TensorListSetItem`);
    const idxConst = bodyCtx.constValue(w.index);
    const reserve = ctx.list(node.inputs[i]!) as { numElements?: number };
    let lastOnly: boolean;
    if (idxConst && toNumbers(idxConst)[0] === 0 && reserve.numElements === 1) lastOnly = true;
    else {
      const j = body.inputs.findIndex((a) => a.name === w.index);
      if (j < 0 || !isStepCounter(ctx, node, body, j, bodyCtx)) throw new Error(`${node.name}: loop output list ${i} is written at an index mdeploy cannot follow`);
      lastOnly = false;
    }
    return { i, item: w.item, lastOnly };
  });
  // The condition for the next step, from the updated values.
  const condArgs: Array<string | undefined> = new Array(n).fill(undefined);
  carried.forEach((i, k) => (condArgs[i] = next[k]));
  const condBody = lowerFunction(bodyCtx, sub, cond, condArgs);
  const condOut = condBody.value(retRef(cond, 0));
  sub.outputs.push({ name: sub.fresh(`${node.name}/cond_out`), dtype: 'DT_BOOL', shape: [] });
  sub.add('Identity', [condOut], [sub.outputs[0]!.name]);
  carried.forEach((i, k) => {
    const name = sub.fresh(`${node.name}/next_${i}`);
    sub.add('Identity', [next[k]!], [name]);
    sub.outputs.push({ name, dtype: body.inputs[i]!.dtype, shape: null });
  });
  scans.forEach((s) => {
    const name = sub.fresh(`${node.name}/scan_${s.i}`);
    sub.add('Identity', [s.item], [name]);
    sub.outputs.push({ name, dtype: itemDtype(bodyCtx, body, s.i), shape: null });
  });

  // The first condition, from the initial values.
  const initial = carried.map((i) => ctx.input(i));
  const initArgs: Array<string | undefined> = new Array(n).fill(undefined);
  carried.forEach((i, k) => (initArgs[i] = initial[k]));
  const condInit = lowerFunction(ctx, ctx.graph, cond, initArgs).value(retRef(cond, 0));
  const results = ctx.helper('Loop', ['', condInit, ...initial], { body: { kind: 'graph', value: sub } }, carried.length + scans.length);
  carried.forEach((i, k) => ctx.alias(i, results[k]!));
  scans.forEach((s, k) => ctx.defineList(`${node.name}:${s.i}`, { kind: 'stacked', value: results[carried.length + k]!, lastOnly: s.lastOnly }));
  // Lists read by the loop pass through unchanged.
  node.inputs.forEach((ref, i) => {
    if (kinds[i] === 'listIn') ctx.defineList(`${node.name}:${i}`, ctx.list(ref)!);
  });
});

onnxOps.register('control', ['If', 'StatelessIf'], (ctx, node) => {
  const branches = [fn(ctx, node, 'then_branch'), fn(ctx, node, 'else_branch')];
  const args = node.inputs.slice(1).map((_, i) => ctx.input(i + 1));
  const graphs = branches.map((b, k) => {
    const g = new OnnxGraph(`${node.name}/${k === 0 ? 'then' : 'else'}`, ctx.graph);
    const bctx = lowerFunction(ctx, g, b, args);
    b.outputs.forEach((o, i) => {
      const name = g.fresh(`${node.name}/${k}_out_${i}`);
      g.add('Identity', [bctx.value(retRef(b, i))], [name]);
      g.outputs.push({ name, dtype: o.dtype, shape: null });
    });
    return g;
  });
  // TF If takes any tensor as the condition (true when non-zero / non-empty); ONNX wants a boolean scalar.
  let cond = ctx.input(0);
  if (ctx.inputType(0)?.dtype !== 'DT_BOOL') cond = ctx.helper('Cast', [cond], { to: int(9) })[0]!;
  const results = ctx.helper('If', [cond], { then_branch: { kind: 'graph', value: graphs[0]! }, else_branch: { kind: 'graph', value: graphs[1]! } }, branches[0]!.outputs.length);
  results.forEach((r, i) => ctx.alias(i, r));
});
