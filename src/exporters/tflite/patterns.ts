/**
 * IR rewrites the TFLite target makes on its own copy of the graph before lowering: subgraphs TFLite has one
 * builtin for. GELU in either form (exact: 0.5·x·erfc(−x/√2); tanh: Keras' and tf.nn.gelu's approximate=True)
 * becomes `_MdeployGelu` (src/graph/gelu.ts), written as TFLite GELU with its `approximate` flag; TFLite has no
 * ERF/ERFC builtin, so this is the only form of Erfc the exporter can write. Then the no-op nodes go
 * (src/graph/passes/no-ops.ts: zero biases, unit scales, identity transposes), as TFLiteConverter drops them:
 * on TFLite each is a kernel of its own and a buffer in the file. Other targets keep them where their own
 * fusions want the full pattern (ONNX's LayerNormalization, TF.js' fused bias + activation).
 */
import { fuseGelu, GELU_OP } from '../../graph/gelu.js';
import type { Graph } from '../../graph/ir.js';
import { removeNoOps } from '../../graph/passes/no-ops.js';

export { GELU_OP };

/** Rewrites every GELU subgraph, then drops the no-op nodes; returns how many GELUs. */
export function fuseGeluForTflite(graph: Graph): number {
  const gelu = fuseGelu(graph, { tanh: true });
  removeNoOps(graph);
  return gelu;
}
