/**
 * The TF.js exporter: IR graph → model.json + weight shards. `prepareTfjsGraph` rewrites the target's own copy
 * of the graph for TF.js (fused kernels, lowered ops, function constants renamed); `planTfjsModel` then builds
 * the files in memory without touching the graph, and the caller writes them.
 */
import { deadCodeElimination } from '../../graph/graph-utils.js';
import { inferTypes } from '../../graph/infer.js';
import type { FunctionBody, Graph } from '../../graph/ir.js';
import { parseRef, formatRef } from '../../graph/ir.js';
import type { OpRegistry } from '../../graph/opdefs.js';
import { fuseBiasActivation } from '../../graph/passes/fusion.js';
import type { HostTensor } from '../../tensor/host.js';
import { lowerForTfjs } from './lower.js';
import { modelJson } from './model-json.js';
import { DEFAULT_SHARD_BYTES, encodeWeight, shardWeights, type QuantizeOptions } from './weights.js';

export { tfjsOps } from './registry.js';
export type { QuantizeDtype, QuantizeOptions } from './weights.js';

export interface TfjsExportOptions {
  shardBytes?: number;
  quantize?: QuantizeOptions;
  convertedBy: string;
  metadata?: Record<string, unknown>;
}

export interface TfjsArtifacts {
  files: Array<{ path: string; bytes: Uint8Array }>;
  weights: { count: number; bytes: number; shards: number };
}

/**
 * TF.js resolves every Const by its node name in one global weight map, functions included, so Consts in
 * function bodies get their function's name as a prefix.
 */
function prefixFunctionConsts(graph: Graph): void {
  const taken = new Set(graph.nodes.map((n) => n.name));
  for (const body of graph.functions.values()) renameConsts(body, taken);
}

function renameConsts(body: FunctionBody, taken: Set<string>): void {
  const renames = new Map<string, string>();
  for (const n of body.nodes) {
    if (n.op !== 'Const') continue;
    let name = `${body.name}/${n.name}`;
    for (let i = 1; taken.has(name); i++) name = `${body.name}/${n.name}_${i}`;
    taken.add(name);
    renames.set(n.name, name);
    n.name = name;
  }
  const fix = (ref: string): string => {
    const { node, index } = parseRef(ref);
    const r = renames.get(node);
    return r ? formatRef(r, index) : ref;
  };
  for (const n of body.nodes) n.inputs = n.inputs.map(fix);
  for (const k of Object.keys(body.ret)) body.ret[k] = fix(body.ret[k]!);
}

/**
 * TF.js' rewrites, on a graph the caller owns (a target's copy): Conv2D/DepthwiseConv2dNative/MatMul + BiasAdd
 * (+ activation) into TF.js' fused kernels, ops TF.js lacks lowered to ones it has and ops it runs differently
 * from TensorFlow (NCHW layouts, integer Div/Mod, TensorList outputs, …; see RUNTIME_FIXES) rewritten (throws
 * E_UNSUPPORTED_OPS listing every op left over), and function constants given unique names.
 */
export function prepareTfjsGraph(graph: Graph, registry: OpRegistry): { fused: number } {
  const fused = fuseBiasActivation(graph);
  deadCodeElimination(graph);
  inferTypes(graph, registry);
  lowerForTfjs(graph);
  prefixFunctionConsts(graph);
  return { fused };
}

/** The files of a graph prepared by prepareTfjsGraph. The graph is only read. */
export function planTfjsModel(graph: Readonly<Graph>, options: TfjsExportOptions): TfjsArtifacts {
  const consts: Array<{ name: string; value: HostTensor }> = [];
  const collect = (nodes: Graph['nodes']): void => {
    for (const n of nodes) {
      const v = n.attrs['value'];
      if (n.op === 'Const' && v?.kind === 'tensor') consts.push({ name: n.name, value: v.value });
    }
  };
  collect(graph.nodes);
  for (const body of graph.functions.values()) collect(body.nodes);
  const encoded = consts.map((c) => encodeWeight(c.name, c.value, options.quantize));
  const shards = shardWeights(encoded, options.shardBytes ?? DEFAULT_SHARD_BYTES);
  const json = modelJson(graph, shards, { convertedBy: options.convertedBy, metadata: options.metadata });
  return {
    files: [{ path: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(json)) }, ...shards.files],
    weights: { count: encoded.length, bytes: shards.totalBytes, shards: shards.files.length },
  };
}
