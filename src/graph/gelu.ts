/**
 * GELU as one node. Keras and tf.nn.gelu trace it as arithmetic; ONNX (Gelu, opset 20) and TFLite (GELU) have
 * one operator for it, in both forms, so each of those targets rewrites the subgraph on its own copy of the
 * graph into `_MdeployGelu` with a neutral `approximate` attribute (bool) that each lowers in its own words:
 *   exact:  0.5·x·erfc(−x·√½)                                 (approximate = false)
 *   tanh:   0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))        (approximate = true; x³ as Pow(x, 3))
 * The 0.5 may sit on either factor of the outer product (Keras writes x·0.5·(…), TF 0.5·x·(…)).
 */
import { GraphIndex, pruneDead } from './graph-utils.js';
import { bAttr, canonicalRef, type Graph, type Node } from './ir.js';
import { numElements } from '../tensor/host.js';
import { toNumbers } from '../tensor/math.js';

export const GELU_OP = '_MdeployGelu';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** A one-element numeric constant's value. */
export function scalarOf(index: GraphIndex, ref: string): number | undefined {
  const c = index.constValue(ref);
  return c && numElements(c.shape) === 1 && c.dtype !== 'DT_STRING' ? toNumbers(c)[0] : undefined;
}

/** The two inputs of a commutative binary node, in both orders. */
export function orders(n: Node): Array<[string, string]> {
  return n.inputs.length === 2
    ? [
        [n.inputs[0]!, n.inputs[1]!],
        [n.inputs[1]!, n.inputs[0]!],
      ]
    : [];
}

const near = (a: number | undefined, b: number, tol = 1e-6): boolean => a !== undefined && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
const same = (a: string, b: string): boolean => canonicalRef(a) === canonicalRef(b);

/** The operand of `n` (op `op`, two inputs) that is not the scalar constant `value`. */
function otherThan(index: GraphIndex, n: Node | undefined, op: string, value: number): string | undefined {
  if (!n || n.op !== op) return undefined;
  return orders(n).find(([, c]) => near(scalarOf(index, c), value))?.[0];
}

/** erfc(−x·√½) → x. */
function exactTail(index: GraphIndex, ref: string): string | undefined {
  const e = index.producer(ref);
  if (e?.op !== 'Erfc') return undefined;
  const neg = index.producer(otherThan(index, index.producer(e.inputs[0]!), 'Mul', Math.SQRT1_2) ?? '');
  return neg?.op === 'Neg' ? neg.inputs[0] : undefined;
}

/** 1 + tanh(√(2/π)·(x + 0.044715·x³)) → x. */
function tanhTail(index: GraphIndex, ref: string): string | undefined {
  const t = index.producer(otherThan(index, index.producer(ref), 'AddV2', 1) ?? otherThan(index, index.producer(ref), 'Add', 1) ?? '');
  if (t?.op !== 'Tanh') return undefined;
  const inner = index.producer(otherThan(index, index.producer(t.inputs[0]!), 'Mul', SQRT_2_OVER_PI) ?? '');
  if (!inner || (inner.op !== 'AddV2' && inner.op !== 'Add')) return undefined;
  for (const [x, cube] of orders(inner)) {
    const pow = index.producer(otherThan(index, index.producer(cube), 'Mul', 0.044715) ?? '');
    if (pow?.op === 'Pow' && same(pow.inputs[0]!, x) && near(scalarOf(index, pow.inputs[1]!), 3)) return x;
  }
  return undefined;
}

/** What GELU the Mul node `y` computes, if it is the outer product of one. */
export function matchGelu(index: GraphIndex, y: Node): { x: string; approximate: boolean } | undefined {
  if (y.op !== 'Mul') return undefined;
  for (const [a, b] of orders(y)) {
    // 0.5·x on one side, the tail on the other; or x on one side, 0.5·tail on the other.
    const halfX = otherThan(index, index.producer(a), 'Mul', 0.5);
    const halfTail = otherThan(index, index.producer(b), 'Mul', 0.5);
    for (const [x, tail] of [
      [halfX, b],
      [a, halfTail],
    ] as const) {
      if (!x || !tail) continue;
      const exact = exactTail(index, tail);
      if (exact && same(exact, x)) return { x, approximate: false };
      const tanh = tanhTail(index, tail);
      if (tanh && same(tanh, x)) return { x, approximate: true };
    }
  }
  return undefined;
}

/**
 * Rewrites every GELU subgraph (float outputs) into one `_MdeployGelu` node in place of its outer Mul (so its
 * name, and a graph output that reads it, stay); `tanh: false` leaves the tanh form as arithmetic. Returns
 * how many. Only for a target's own copy of the graph.
 */
export function fuseGelu(graph: Graph, options: { tanh: boolean } = { tanh: true }): number {
  const index = new GraphIndex(graph);
  let fused = 0;
  for (const y of graph.nodes) {
    if (y.op !== 'Mul' || y.outputs?.[0]?.dtype !== 'DT_FLOAT') continue;
    const m = matchGelu(index, y);
    if (!m || (m.approximate && !options.tanh)) continue;
    y.op = GELU_OP;
    y.inputs = [m.x];
    y.attrs = { approximate: bAttr(m.approximate) };
    fused++;
  }
  if (fused) pruneDead(graph);
  return fused;
}
