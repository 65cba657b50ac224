/**
 * IR rewrites the TFLite target makes on its own copy of the graph before lowering: subgraphs TFLite has one
 * builtin for. GELU in either form (exact: 0.5·x·erfc(−x/√2); tanh: Keras' and tf.nn.gelu's approximate=True)
 * becomes `_MdeployGelu` (src/graph/gelu.ts), written as TFLite GELU with its `approximate` flag; TFLite has no
 * ERF/ERFC builtin, so this is the only form of Erfc the exporter can write.
 */
import { fuseGelu, GELU_OP } from '../../graph/gelu.js';
import type { Graph } from '../../graph/ir.js';

export { GELU_OP };

/** Rewrites every GELU subgraph; returns how many. */
export function fuseGeluForTflite(graph: Graph): number {
  return fuseGelu(graph, { tanh: true });
}
