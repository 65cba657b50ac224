/**
 * IR rewrites the TFLite target makes on its own copy of the graph before lowering: subgraphs TFLite has one
 * builtin for. Exact GELU, 0.5·x·erfc(−x/√2) as Keras and tf.nn.gelu trace it, becomes `_MdeployGelu`
 * (TFLite GELU, approximate = false); TFLite has no ERF/ERFC builtin, so this is the only form of Erfc the
 * exporter can write.
 */
import { GraphIndex, pruneDead } from '../../graph/graph-utils.js';
import { bAttr, canonicalRef, type Graph, type Node } from '../../graph/ir.js';
import { toNumbers } from '../../tensor/math.js';

export const GELU_OP = '_MdeployGelu';

function scalarConst(index: GraphIndex, ref: string, value: number): boolean {
  const c = index.constValue(ref);
  return !!c && c.dtype === 'DT_FLOAT' && c.data.length === 1 && Math.abs(toNumbers(c)[0]! - value) < 1e-6;
}

/** The operand of a two-input node that is not the scalar constant `value` (either order), or undefined. */
function otherThan(index: GraphIndex, n: Node | undefined, op: string, value: number): string | undefined {
  if (!n || n.op !== op || n.inputs.length !== 2) return undefined;
  if (scalarConst(index, n.inputs[0]!, value)) return n.inputs[1];
  if (scalarConst(index, n.inputs[1]!, value)) return n.inputs[0];
  return undefined;
}

/** Rewrites every exact-GELU subgraph; returns how many. */
export function fuseGeluForTflite(graph: Graph): number {
  const index = new GraphIndex(graph);
  let fused = 0;
  for (const m of graph.nodes) {
    if (m.op !== 'Mul' || m.inputs.length !== 2 || m.outputs?.[0]?.dtype !== 'DT_FLOAT') continue;
    for (const [half, erfc] of [[0, 1], [1, 0]] as const) {
      const e = index.producer(m.inputs[erfc]!);
      const x = otherThan(index, index.producer(m.inputs[half]!), 'Mul', 0.5);
      if (!x || e?.op !== 'Erfc') continue;
      const scaled = otherThan(index, index.producer(e.inputs[0]!), 'Mul', Math.SQRT1_2);
      const neg = scaled ? index.producer(scaled) : undefined;
      if (neg?.op !== 'Neg' || canonicalRef(neg.inputs[0]!) !== canonicalRef(x)) continue;
      m.op = GELU_OP;
      m.inputs = [x];
      m.attrs = { approximate: bAttr(false) };
      fused++;
      break;
    }
  }
  if (fused) pruneDead(graph);
  return fused;
}
