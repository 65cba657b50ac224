/**
 * The Keras LSTM loop as one node. TF 2.x + Keras 3 trace an LSTM layer (not unrolled, no mask) as a While
 * whose body is one LSTMCell step over TensorLists:
 *
 *   x_t = TensorListGetItem(inputs, t)
 *   z   = x_t·kernel + h·recurrent_kernel (+ bias)          gates along the last axis in Keras' order i, f, c, o
 *   i, f, g, o = Split(z, 4, axis 1)
 *   c'  = σ(f)·c + σ(i)·tanh(g);   h' = σ(o)·tanh(c')
 *   TensorListSetItem(outputs, t or 0, h')                 every step (return_sequences) or the last one only
 *
 * and a cond that stops after T steps. `fuseKerasLstms` rewrites such a loop, on the TFLite target's own
 * copy of the graph, into `_MdeployLstm` (written as UNIDIRECTIONAL_SEQUENCE_LSTM by ops/rnn.ts) when the
 * semantics are exactly those of TFLite's kernel: sigmoid gates, tanh cell and output activations, no
 * peepholes, no clipping, a zero initial state (or one computed by the graph), and every node of the body
 * accounted for. Anything else (another activation, masking, dropout left in the body, a GRU) stays a While,
 * which the exporter writes as WHILE subgraphs. go_backwards needs nothing special: Keras reverses the
 * time-major input with ReverseV2 before the loop, and that op stays.
 */
import { constNode, GraphIndex, insertBefore, pruneDead, reachableFunctions, replaceUses } from '../../graph/graph-utils.js';
import { attrBool, attrFunc, attrInt, bAttr, canonicalRef, formatRef, iAttr, sAttr, type Dim, type FunctionBody, type Graph, type Node, type TensorType } from '../../graph/ir.js';
import { fromNumbers, toNumbers } from '../../tensor/math.js';
import { numElements } from '../../tensor/host.js';
import { orders, scalarOf } from '../../graph/gelu.js';
import { shapeFns, type ShapeContext } from '../../graph/infer.js';

type ShapeFn = (node: Node, c: ShapeContext) => Array<Dim[] | null> | undefined;

export const LSTM_OP = '_MdeployLstm';

/**
 * `_MdeployLstm` inputs: [x (time-major [T, B, D]), kernel [D, 4U], recurrent_kernel [U, 4U], bias [4U] | '',
 * h0, c0]; attribute `initial_state` "zeros" (h0 and c0 are then the [B, U] dims of the zero states) or
 * "given" (h0 and c0 are the state tensors). Output 0: the hidden state of every step, time-major [T, B, U].
 */
export interface LstmMatch {
  x: string;
  /** x's shape, [T, B, D]. */
  xShape: Dim[];
  kernel: string;
  recurrentKernel: string;
  bias?: string;
  state: { kind: 'zeros'; hDims: string; cDims: string } | { kind: 'given'; h: string; c: string };
  units: number;
  /** Loop var indices of the While. */
  vars: { out: number; h: number; c: number };
  /** True when the body writes every step (return_sequences), false when it overwrites item 0. */
  everyStep: boolean;
}

const same = (a: string, b: string): boolean => canonicalRef(a) === canonicalRef(b);
const isAdd = (n: Node | undefined): n is Node => n?.op === 'AddV2' || n?.op === 'Add';

function retRef(body: FunctionBody, i: number): string {
  return body.ret[body.outputs[i]!.name]!;
}

/** Whether `ref` is output k of the one 4-way Split along axis 1 the step uses (remembered in `split`). */
function splitPart(index: GraphIndex, ref: string, k: number, split: { node?: Node }): boolean {
  const node = index.producer(ref);
  if (node?.op !== 'Split' || attrInt(node, 'num_split', 0) !== 4) return false;
  const dim = scalarOf(index, node.inputs[0]!);
  if (dim !== 1 && dim !== -1) return false;
  const outIndex = ref.includes(':') ? Number(ref.slice(ref.lastIndexOf(':') + 1)) : 0;
  if (outIndex !== k) return false;
  if (split.node && split.node !== node) return false;
  split.node = node;
  return true;
}

function unary(index: GraphIndex, ref: string, op: string): Node | undefined {
  const n = index.producer(ref);
  return n?.op === op ? n : undefined;
}

/**
 * Matches one LSTMCell step in a While body: returns the argument indices of the recurrent state and the
 * weights, the TensorList reads and writes, and the set of body nodes the step uses; undefined when the body
 * computes anything else.
 */
function matchBody(body: FunctionBody): { h: number; c: number; x: number; k: number; r: number; b?: number; out: number; time: number; writeIndex: 'time' | 'zero'; used: Set<Node> } | undefined {
  const index = new GraphIndex(body);
  const arg = (ref: string): number => (ref.includes(':') ? -1 : body.inputs.findIndex((a) => a.name === ref));
  const used = new Set<Node>();
  const sets = body.nodes.filter((n) => n.op === 'TensorListSetItem');
  if (sets.length !== 1) return undefined;
  const set = sets[0]!;
  if (attrBool(set, 'resize_if_index_out_of_bounds')) return undefined;
  used.add(set);
  const out = arg(set.inputs[0]!);
  if (out < 0 || !same(retRef(body, out), set.name)) return undefined;

  // h' = σ(o)·tanh(c')
  const hNew = index.producer(set.inputs[2]!);
  if (hNew?.op !== 'Mul') return undefined;
  const split: { node?: Node } = {};
  let cNewRef: string | undefined;
  for (const [a, b] of orders(hNew)) {
    const sig = unary(index, a, 'Sigmoid');
    const tanh = unary(index, b, 'Tanh');
    if (sig && tanh && splitPart(index, sig.inputs[0]!, 3, split)) {
      used.add(sig).add(tanh);
      cNewRef = tanh.inputs[0]!;
      break;
    }
  }
  if (!cNewRef) return undefined;
  used.add(hNew);

  // c' = σ(f)·c + σ(i)·tanh(g)
  const cNew = index.producer(cNewRef);
  if (!isAdd(cNew)) return undefined;
  used.add(cNew);
  let c = -1;
  let gotInput = false;
  for (const [a, b] of orders(cNew)) {
    const fc = index.producer(a);
    const ig = index.producer(b);
    if (fc?.op !== 'Mul' || ig?.op !== 'Mul') continue;
    for (const [s, st] of orders(fc)) {
      const f = unary(index, s, 'Sigmoid');
      if (f && arg(st) >= 0 && splitPart(index, f.inputs[0]!, 1, split)) {
        c = arg(st);
        used.add(fc).add(f);
        break;
      }
    }
    for (const [s, t] of orders(ig)) {
      const i = unary(index, s, 'Sigmoid');
      const g = unary(index, t, 'Tanh');
      if (i && g && splitPart(index, i.inputs[0]!, 0, split) && splitPart(index, g.inputs[0]!, 2, split)) {
        gotInput = true;
        used.add(ig).add(i).add(g);
        break;
      }
    }
    if (c >= 0 && gotInput) break;
    c = -1;
    gotInput = false;
  }
  if (c < 0 || !gotInput || !split.node) return undefined;
  used.add(split.node);

  // z = x·K + h·R (+ b)
  let zRef = split.node.inputs[1]!;
  let b: number | undefined;
  const biasAdd = index.producer(zRef);
  if (biasAdd?.op === 'BiasAdd' || (isAdd(biasAdd) && orders(biasAdd).some(([, v]) => arg(v) >= 0))) {
    const [sum, bias] = biasAdd.op === 'BiasAdd' ? [biasAdd.inputs[0]!, biasAdd.inputs[1]!] : orders(biasAdd).find(([, v]) => arg(v) >= 0)!;
    if (arg(bias) < 0) return undefined;
    b = arg(bias);
    zRef = sum;
    used.add(biasAdd);
  }
  const zz = index.producer(zRef);
  if (!isAdd(zz)) return undefined;
  used.add(zz);
  const matmul = (ref: string): [string, number] | undefined => {
    const m = index.producer(ref);
    if (m?.op !== 'MatMul' || attrBool(m, 'transpose_a') || attrBool(m, 'transpose_b')) return undefined;
    used.add(m);
    return [m.inputs[0]!, arg(m.inputs[1]!)];
  };
  let x = -1;
  let time = -1;
  let k = -1;
  let r = -1;
  let h = -1;
  for (const [a, bb] of orders(zz)) {
    const xk = index.producer(a)?.op === 'MatMul' ? matmul(a) : undefined;
    const hr = index.producer(bb)?.op === 'MatMul' ? matmul(bb) : undefined;
    if (!xk || !hr) continue;
    const get = index.producer(xk[0]);
    if (get?.op !== 'TensorListGetItem' || arg(hr[0]) < 0) continue;
    x = arg(get.inputs[0]!);
    time = arg(get.inputs[1]!);
    k = xk[1];
    r = hr[1];
    h = arg(hr[0]);
    used.add(get);
    break;
  }
  if ([x, time, k, r, h].some((v) => v < 0)) return undefined;

  // The item written: at the step (every step) or at 0 (the last step only).
  const writeIndex = same(set.inputs[1]!, body.inputs[time]!.name) ? 'time' : scalarOf(index, set.inputs[1]!) === 0 ? 'zero' : undefined;
  if (!writeIndex) return undefined;
  if (!same(retRef(body, h), hNew.name) || !same(retRef(body, c), cNew.name)) return undefined;
  return { h, c, x, k, r, b, out, time, writeIndex, used };
}

/** `ref` + 1 with ref the body's argument i, or undefined. */
function increments(body: FunctionBody, index: GraphIndex, i: number): Node | undefined {
  const n = index.producer(retRef(body, i));
  if (!isAdd(n)) return undefined;
  return orders(n).some(([a, one]) => a === body.inputs[i]!.name && scalarOf(index, one) === 1) ? n : undefined;
}

/** Whether a main-graph ref holds the sequence length T of the time-major tensor `x` [T, B, D]. */
function isSeqLen(index: GraphIndex, ref: string, x: string, T: Dim | undefined): boolean {
  const c = scalarOf(index, ref);
  if (c !== undefined) return typeof T === 'number' && c === T;
  // StridedSlice(Shape(t))[k] with t = x (k = 0) or t its batch-major source (k = 1).
  const ss = index.producer(ref);
  if (ss?.op !== 'StridedSlice' || attrInt(ss, 'shrink_axis_mask', 0) !== 1) return false;
  for (const m of ['begin_mask', 'end_mask', 'ellipsis_mask', 'new_axis_mask']) if (attrInt(ss, m, 0) !== 0) return false;
  const begin = index.constValue(ss.inputs[1]!);
  const strides = index.constValue(ss.inputs[3]!);
  if (!begin || numElements(begin.shape) !== 1 || !strides || toNumbers(strides)[0] !== 1) return false;
  const shape = index.producer(ss.inputs[0]!);
  if (shape?.op !== 'Shape') return false;
  const k = toNumbers(begin)[0];
  if (k === 0 && same(shape.inputs[0]!, x)) return true;
  const tr = index.producer(x);
  const src = tr?.op === 'ReverseV2' ? index.producer(tr.inputs[0]!) : tr;
  const perm = src?.op === 'Transpose' ? index.constValue(src.inputs[1]!) : undefined;
  return k === 1 && !!perm && [...toNumbers(perm)].join() === '1,0,2' && same(shape.inputs[0]!, src!.inputs[0]!);
}

/** The dims of a zero-filled state (Fill(dims, 0)), or undefined. */
function zeroFillDims(index: GraphIndex, ref: string): string | undefined {
  const fill = index.producer(ref);
  if (fill?.op !== 'Fill' || scalarOf(index, fill.inputs[1]!) !== 0) return undefined;
  return fill.inputs[0]!;
}

/** Matches a Keras LSTM While of the main graph; undefined when it is anything else. */
export function matchKerasLstm(graph: Graph, index: GraphIndex, w: Node): LstmMatch | undefined {
  if (w.op !== 'While' && w.op !== 'StatelessWhile') return undefined;
  const body = graph.functions.get(attrFunc(w, 'body')?.name ?? '');
  const cond = graph.functions.get(attrFunc(w, 'cond')?.name ?? '');
  if (!body || !cond || body.inputs.length !== w.inputs.length || body.outputs.length !== w.inputs.length) return undefined;
  const m = matchBody(body);
  if (!m) return undefined;
  const bodyIndex = new GraphIndex(body);

  // Every loop var has its role: the cell's state and weights, the lists, the step and the loop counter.
  const passThrough = (i: number): boolean => same(retRef(body, i), body.inputs[i]!.name);
  const roles = new Map<number, string>([[m.h, 'h'], [m.c, 'c'], [m.x, 'x'], [m.k, 'k'], [m.r, 'r'], [m.out, 'out'], [m.time, 'time']]);
  if (m.b !== undefined) roles.set(m.b, 'b');
  if (roles.size !== (m.b === undefined ? 7 : 8)) return undefined;
  for (const i of [m.x, m.k, m.r, ...(m.b === undefined ? [] : [m.b])]) if (!passThrough(i)) return undefined;
  const timeInc = increments(body, bodyIndex, m.time);
  if (!timeInc) return undefined;
  const used = new Set(m.used).add(timeInc);
  for (let i = 0; i < w.inputs.length; i++) {
    if (roles.has(i)) continue;
    if (passThrough(i)) roles.set(i, 'limit');
    else {
      const inc = increments(body, bodyIndex, i);
      if (!inc) return undefined;
      used.add(inc);
      roles.set(i, 'counter');
    }
  }
  // Nothing else in the body (dropout masks, a mask list, extra outputs).
  if (body.nodes.some((n) => n.op !== 'Const' && !used.has(n))) return undefined;

  // The main graph's side: x from a tensor, constant float weights, the output list reserved here.
  const from = index.producer(w.inputs[m.x]!);
  if (from?.op !== 'TensorListFromTensor') return undefined;
  const x = from.inputs[0]!;
  // ReverseV2 (go_backwards) has no shape function: its input's type is its own.
  const reversed = index.producer(x);
  const xType = index.typeOf(x)?.shape ? index.typeOf(x) : reversed?.op === 'ReverseV2' ? index.typeOf(reversed.inputs[0]!) : undefined;
  if (xType?.dtype !== 'DT_FLOAT' || xType.shape?.length !== 3) return undefined;
  const T = xType.shape[0];
  const K = index.constValue(w.inputs[m.k]!);
  const R = index.constValue(w.inputs[m.r]!);
  const B = m.b === undefined ? undefined : index.constValue(w.inputs[m.b]!);
  if (K?.dtype !== 'DT_FLOAT' || R?.dtype !== 'DT_FLOAT' || K.shape.length !== 2 || R.shape.length !== 2) return undefined;
  const U = R.shape[0]!;
  if (R.shape[1] !== 4 * U || K.shape[1] !== 4 * U || (typeof xType.shape[2] === 'number' && K.shape[0] !== xType.shape[2])) return undefined;
  if (m.b !== undefined && (B?.dtype !== 'DT_FLOAT' || B.shape.length !== 1 || B.shape[0] !== 4 * U)) return undefined;
  const reserve = index.producer(w.inputs[m.out]!);
  if (reserve?.op !== 'TensorListReserve') return undefined;
  const everyStep = m.writeIndex === 'time';
  if (everyStep ? !isSeqLen(index, reserve.inputs[1]!, x, T) : scalarOf(index, reserve.inputs[1]!) !== 1) return undefined;

  // The loop runs exactly T steps from step 0: every limit the cond compares with is T, from a start of 0.
  if (scalarOf(index, w.inputs[m.time]!) !== 0) return undefined;
  const condIndex = new GraphIndex(cond);
  const condArg = (ref: string): number => cond.inputs.findIndex((a) => a.name === ref);
  const and = condIndex.producer(cond.ret[cond.outputs[0]!.name]!);
  const compares = and?.op === 'LogicalAnd' ? and.inputs.map((r) => condIndex.producer(r)) : [and];
  if (cond.nodes.some((n) => n.op !== 'Const' && n !== and && !compares.includes(n))) return undefined;
  for (const less of compares) {
    if (less?.op !== 'Less') return undefined;
    const v = condArg(less.inputs[0]!);
    const role = roles.get(v);
    if (role !== 'time' && role !== 'counter') return undefined;
    if (scalarOf(index, w.inputs[v]!) !== 0) return undefined;
    const lim = condArg(less.inputs[1]!);
    const limitRef = lim >= 0 ? (roles.get(lim) === 'limit' ? w.inputs[lim]! : undefined) : less.inputs[1]!;
    if (limitRef === undefined) return undefined;
    const ok = lim >= 0 ? isSeqLen(index, limitRef, x, T) : typeof T === 'number' && scalarOf(condIndex, limitRef) === T;
    if (!ok) return undefined;
  }

  // Outputs the graph reads: the list (only stacked), the last h; not the last c or the counters.
  for (let i = 0; i < w.inputs.length; i++) {
    const ref = formatRef(w.name, i);
    if (!index.uses(ref)) continue;
    const role = roles.get(i)!;
    if (role === 'out' && (index.consumers.get(ref) ?? []).every((n) => n.op === 'TensorListStack') && !index.outputRefs.has(ref)) continue;
    if (role === 'h' || ['k', 'r', 'b', 'limit'].includes(role)) continue;
    return undefined;
  }

  const h0 = w.inputs[m.h]!;
  const c0 = w.inputs[m.c]!;
  const hDims = zeroFillDims(index, h0);
  const cDims = zeroFillDims(index, c0);
  let state: LstmMatch['state'];
  if (hDims && cDims) state = { kind: 'zeros', hDims, cDims };
  else if (!index.constValue(h0) && !index.constValue(c0)) state = { kind: 'given', h: h0, c: c0 };
  // A constant state is a stateful layer's frozen variable: left as the loop.
  else return undefined;
  return { x, xShape: xType.shape, kernel: w.inputs[m.k]!, recurrentKernel: w.inputs[m.r]!, bias: m.b === undefined ? undefined : w.inputs[m.b]!, state, units: U, vars: { out: m.out, h: m.h, c: m.c }, everyStep };
}

/** A StridedSlice node taking the last step of a time-major [T, B, U] tensor: [1, B, U], or [B, U] (shrink). */
function lastStep(name: string, seq: string, type: TensorType, shrink: boolean): Node[] {
  const c = (suffix: string, v: number[]): Node => constNode(`${name}/${suffix}`, fromNumbers('DT_INT32', [1], v));
  const consts = [c('begin', [-1]), c('end', [0]), c('strides', [1])];
  const [, ...rest] = type.shape ?? [];
  const node: Node = {
    name,
    op: 'StridedSlice',
    inputs: [seq, ...consts.map((n) => n.name)],
    attrs: { T: { kind: 'type', value: 'DT_FLOAT' }, Index: { kind: 'type', value: 'DT_INT32' }, begin_mask: iAttr(0), end_mask: iAttr(1), ellipsis_mask: iAttr(0), new_axis_mask: iAttr(0), shrink_axis_mask: iAttr(shrink ? 1 : 0) },
    outputs: [{ dtype: 'DT_FLOAT', shape: shrink ? rest : [1, ...rest] }],
  };
  return [...consts, node];
}

/**
 * Shapes type inference leaves unknown that a loop's input needs: a stacked list is [num_elements,
 * ...element_shape] (-1: a fresh symbol), and ReverseV2 keeps its input's shape.
 */
const LIST_SHAPES: Record<string, ShapeFn> = {
  TensorListStack: (node, c) => {
    const elem = c.consts[1];
    if (!elem || c.inputs[1]?.length !== 1) return undefined;
    const n = attrInt(node, 'num_elements', -1);
    return [[n >= 0 ? n : c.fresh(), ...Array.from(elem).map((d) => (d >= 0 ? d : c.fresh()))]];
  },
  ReverseV2: (_node, c) => [c.inputs[0] ?? null],
};

/**
 * Type inference could not see through the TensorLists the loop wrote; the fused node's output has a type,
 * so the nodes after it take theirs again from their shape functions (an unknown rank, or a symbolic
 * dimension the function knows as a number, is replaced; a known dimension never is).
 */
function sharpenTypes(graph: Graph): void {
  const index = new GraphIndex(graph);
  let fresh = 0;
  for (const node of graph.nodes) {
    const fn = shapeFns.get(node.op) ?? LIST_SHAPES[node.op];
    if (!fn || !node.outputs || node.op === 'Const' || node.op === 'Placeholder') continue;
    let shapes: Array<Dim[] | null> | undefined;
    try {
      shapes = fn(node, {
        inputs: node.inputs.map((r) => index.typeOf(r)?.shape ?? null),
        consts: node.inputs.map((r) => {
          const v = index.constValue(r);
          return v && v.dtype !== 'DT_STRING' && numElements(v.shape) <= 64 ? toNumbers(v) : undefined;
        }),
        fresh: () => `${node.name}/dim_${fresh++}`,
      });
    } catch {
      continue;
    }
    if (!shapes) continue;
    node.outputs = node.outputs.map((t, k) => {
      const s = shapes[k];
      if (!s) return t;
      if (!t.shape) return { ...t, shape: s };
      if (t.shape.length !== s.length) return t;
      return { ...t, shape: t.shape.map((d, i) => (typeof d !== 'number' && typeof s[i] === 'number' ? s[i]! : d)) };
    });
  }
}

/**
 * Rewrites every Keras LSTM While of the main graph into `_MdeployLstm` (see the module comment); the graph
 * is the TFLite target's own copy. Returns how many loops it fused.
 */
export function fuseKerasLstms(graph: Graph): number {
  if (!graph.nodes.some((n) => n.op === 'While' || n.op === 'StatelessWhile')) return 0;
  sharpenTypes(graph);
  let fused = 0;
  for (const w of [...graph.nodes]) {
    if (w.op !== 'While' && w.op !== 'StatelessWhile') continue;
    const index = new GraphIndex(graph);
    const m = matchKerasLstm(graph, index, w);
    if (!m) continue;
    const xShape = m.xShape;
    const seqType: TensorType = { dtype: 'DT_FLOAT', shape: [xShape[0]!, xShape[1]!, m.units] };
    const lstm: Node = {
      name: `${w.name}/lstm`,
      op: LSTM_OP,
      inputs: [m.x, m.kernel, m.recurrentKernel, m.bias ?? '', ...(m.state.kind === 'zeros' ? [m.state.hDims, m.state.cDims] : [m.state.h, m.state.c])],
      attrs: { use_bias: bAttr(m.bias !== undefined), initial_state: sAttr(m.state.kind) },
      outputs: [seqType],
    };
    if (!m.bias) lstm.inputs.splice(3, 1);
    insertBefore(graph, lstm, w);
    const seq = formatRef(lstm.name, 0);
    const add = (nodes: Node[]): string => {
      for (const n of nodes) insertBefore(graph, n, w);
      return nodes[nodes.length - 1]!.name;
    };
    for (const s of index.consumers.get(formatRef(w.name, m.vars.out)) ?? []) {
      replaceUses(graph, s.name, m.everyStep ? seq : add(lastStep(`${lstm.name}/last_step`, seq, seqType, false)));
    }
    if (index.uses(formatRef(w.name, m.vars.h))) replaceUses(graph, formatRef(w.name, m.vars.h), add(lastStep(`${lstm.name}/last_h`, seq, seqType, true)));
    // Weights passed through the loop: the graph reads them directly.
    w.inputs.forEach((ref, i) => {
      if (i !== m.vars.out && i !== m.vars.h && index.uses(formatRef(w.name, i))) replaceUses(graph, formatRef(w.name, i), ref);
    });
    fused++;
  }
  if (fused) {
    pruneDead(graph);
    sharpenTypes(graph);
    const reachable = reachableFunctions(graph);
    for (const name of [...graph.functions.keys()]) if (!reachable.has(name)) graph.functions.delete(name);
  }
  return fused;
}
