/**
 * Nodes that hand their input on unchanged: a Transpose by the identity permutation, x + 0 (Add, AddV2,
 * BiasAdd, x − 0) and x · 1 (Mul, x / 1). Keras graphs are full of them: a Dense or attention layer's bias that is
 * still all zeros, a LayerNorm's β = 0 and γ = 1, the rank-preserving Transpose a Dense on 3-D input traces.
 * TensorFlow's own converters drop them (TFLiteConverter's output has no ADD of a zero bias), and every
 * target's runtime pays one kernel launch per node, so the shared pipeline drops them too.
 *
 * A node goes only when its inferred output type is exactly its input's (same dtype, same dims: the constant
 * cannot have broadcast the result to a larger shape) and it is not itself a graph output fed straight from a
 * Placeholder (a signature output must stay a tensor of its own). The one value that can change is the sign of
 * a zero: (−0) + 0 is +0 in IEEE arithmetic, and without the Add it stays −0, which compares equal.
 */
import { GraphIndex, pruneDead, replaceUses } from '../graph-utils.js';
import { canonicalRef, type Graph, type TensorType } from '../ir.js';
import { isFloatDtype } from '../../tensor/dtypes.js';
import { toNumbers } from '../../tensor/math.js';

/** Binary ops that are the identity when the constant operand is all `value`, and on which side it may be. */
const NEUTRAL: Record<string, { value: number; sides: Array<0 | 1> }> = {
  Add: { value: 0, sides: [0, 1] },
  AddV2: { value: 0, sides: [0, 1] },
  BiasAdd: { value: 0, sides: [1] },
  Sub: { value: 0, sides: [1] },
  Mul: { value: 1, sides: [0, 1] },
  RealDiv: { value: 1, sides: [1] },
  Div: { value: 1, sides: [1] },
};

function sameType(a: TensorType | undefined, b: TensorType | undefined): boolean {
  if (!a || !b || a.dtype !== b.dtype || !a.shape || !b.shape || a.shape.length !== b.shape.length) return false;
  return a.shape.every((d, i) => d === b.shape![i]);
}

/** Removes the main graph's no-op nodes; returns how many. */
export function removeNoOps(graph: Graph): number {
  const index = new GraphIndex(graph);
  const placeholders = new Set(graph.inputs.map((i) => i.node));
  let removed = 0;
  for (const n of graph.nodes) {
    let through: string | undefined;
    if (n.op === 'Transpose' && n.inputs.length === 2) {
      const perm = index.constValue(n.inputs[1]!);
      if (perm && [...toNumbers(perm)].every((p, i) => p === i)) through = n.inputs[0];
    } else {
      const rule = NEUTRAL[n.op];
      if (!rule || n.inputs.length !== 2) continue;
      for (const side of rule.sides) {
        const c = index.constValue(n.inputs[side]!);
        // Floats only: an integer x / 1 is the same, but integer Div's rounding rules are not worth the risk.
        if (!c || !isFloatDtype(c.dtype) || c.data.length === 0 || ![...toNumbers(c)].every((v) => v === rule.value)) continue;
        through = n.inputs[1 - side];
        break;
      }
    }
    if (!through || !sameType(n.outputs?.[0], index.typeOf(through))) continue;
    const ref = canonicalRef(n.name);
    if (index.outputRefs.has(ref) && placeholders.has(index.producer(through)?.name ?? '')) continue;
    replaceUses(graph, n.name, canonicalRef(through));
    removed++;
  }
  if (removed) pruneDead(graph);
  return removed;
}
