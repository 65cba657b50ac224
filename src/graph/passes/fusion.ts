/**
 * Fusion into the kernels TF.js runs fastest: Conv2D / DepthwiseConv2dNative / MatMul + BiasAdd, with an
 * optional activation, become _FusedConv2D / FusedDepthwiseConv2dNative / _FusedMatMul
 * (attrs fused_ops = ["BiasAdd", act], num_args = 1).
 */
import { GraphIndex } from '../graph-utils.js';
import { fuseActivations, fusedActivation, type ActivationFusion } from './activation.js';
import { attrString, canonicalRef, fAttr, iAttr, stringsAttr, type AttrValue, type FunctionBody, type Graph, type Node } from '../ir.js';

const FUSED_OP: Record<string, string> = {
  Conv2D: '_FusedConv2D',
  DepthwiseConv2dNative: 'FusedDepthwiseConv2dNative',
  MatMul: '_FusedMatMul',
};
export const FUSIBLE_ACTIVATIONS = ['Relu', 'Relu6', 'Elu', 'LeakyRelu', 'Sigmoid'];

/** Whether BiasAdd `bias` completes a Conv2D / depthwise / MatMul that TF.js can run as one fused kernel. */
function fusibleBias(bias: Node, index: GraphIndex): Node | undefined {
  if (bias.op !== 'BiasAdd' || attrString(bias, 'data_format', 'NHWC') !== 'NHWC') return undefined;
  const lin = index.producer(bias.inputs[0]!);
  if (!lin || !(lin.op in FUSED_OP) || index.uses(bias.inputs[0]!) !== 1 || canonicalRef(bias.inputs[0]!) !== lin.name) return undefined;
  if (lin.op !== 'MatMul' && attrString(lin, 'data_format', 'NHWC') !== 'NHWC') return undefined;
  return lin;
}

/** TF.js' side of the neutral activation attribute: only a fusible BiasAdd takes one. */
const TFJS_ACTIVATIONS: ActivationFusion = {
  activations: new Set(FUSIBLE_ACTIVATIONS),
  accepts: (producer, _act, index) => fusibleBias(producer, index) !== undefined,
};

function fuseBody(graph: Graph | FunctionBody): number {
  let fused = 0;
  let index = new GraphIndex(graph);
  for (const bias of [...graph.nodes]) {
    const lin = fusibleBias(bias, index);
    if (!lin) continue;
    // The activation the BiasAdd carries (passes/activation.ts) joins the fusion.
    const act = fusedActivation(bias);
    const fusedOps = ['BiasAdd', ...(act ? [act.op] : [])];
    const attrs: Record<string, AttrValue> = { ...lin.attrs, fused_ops: stringsAttr(fusedOps), num_args: iAttr(1), epsilon: fAttr(0) };
    if (act?.op === 'LeakyRelu') attrs['leakyrelu_alpha'] = fAttr(act.alpha ?? 0.2);
    // The fused node takes the name of the last node it replaces (the activation's, which the BiasAdd took), so
    // downstream refs stay valid.
    const node: Node = { name: bias.name, op: FUSED_OP[lin.op]!, inputs: [lin.inputs[0]!, lin.inputs[1]!, bias.inputs[1]!], attrs, outputs: bias.outputs };
    graph.nodes[graph.nodes.indexOf(bias)] = node;
    graph.nodes = graph.nodes.filter((n) => n !== lin);
    fused++;
    index = new GraphIndex(graph);
  }
  return fused;
}

/** Fuses in the graph and in every function body (LSTM/GRU cells live in While bodies). */
export function fuseBiasActivation(graph: Graph): number {
  fuseActivations(graph, TFJS_ACTIVATIONS);
  let n = fuseBody(graph);
  for (const body of graph.functions.values()) n += fuseBody(body);
  return n;
}
