/** Building the shared IR from a SavedModel: freeze one signature, then optimize. */
import type { SavedModel } from '../savedmodel/savedmodel.js';
import { Freezer, type FreezeOptions } from './freeze.js';
import type { Graph } from './ir.js';
import type { OpRegistry } from './opdefs.js';
import { optimizeGraph, type OptimizeReport } from './optimize.js';

export type BuildGraphOptions = FreezeOptions;

export interface BuiltGraph {
  graph: Graph;
  registry: OpRegistry;
  report: OptimizeReport;
}

export async function buildGraph(model: SavedModel, options: BuildGraphOptions = {}): Promise<BuiltGraph> {
  const mg = model.metaGraph(options.tags);
  const sig = mg.signature(options.signature);
  const freezer = new Freezer(model, mg);
  const graph = await freezer.freeze(sig);
  const report = optimizeGraph(graph, freezer.registry);
  return { graph, registry: freezer.registry, report };
}

export * from './ir.js';
