/**
 * The pass pipeline every target shares, over a frozen graph. Target-specific rewrites (TF.js' fused kernels,
 * ONNX's LayerNorm/GELU) run in each target's own `prepare`, on its own copy (src/convert/targets.ts).
 */
import { deadCodeElimination } from './graph-utils.js';
import { inferTypes } from './infer.js';
import type { Graph } from './ir.js';
import type { OpRegistry } from './opdefs.js';
import { foldBatchNorms } from './passes/batchnorm-folding.js';
import { foldConstants } from './passes/constant-folding.js';

export interface OptimizeReport {
  nodesBefore: number;
  nodesAfter: number;
  constantsFolded: number;
  batchNormsFolded: number;
  deadRemoved: number;
}

export function countNodes(graph: Graph): number {
  let n = graph.nodes.length;
  for (const b of graph.functions.values()) n += b.nodes.length;
  return n;
}

export function optimizeGraph(graph: Graph, registry: OpRegistry): OptimizeReport {
  const nodesBefore = countNodes(graph);
  inferTypes(graph, registry);
  let constantsFolded = foldConstants(graph);
  let deadRemoved = deadCodeElimination(graph);
  inferTypes(graph, registry);
  const batchNormsFolded = foldBatchNorms(graph);
  constantsFolded += foldConstants(graph);
  deadRemoved += deadCodeElimination(graph);
  inferTypes(graph, registry);
  return { nodesBefore, nodesAfter: countNodes(graph), constantsFolded, batchNormsFolded, deadRemoved };
}
