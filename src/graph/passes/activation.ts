/**
 * Activations folded into the node before them, as a neutral attribute each target lowers in its own words:
 * `act(p(...))`, where `p`'s only use is the activation, becomes `p` carrying `_mdeploy_activation: "Relu"` (and
 * LeakyRelu's alpha) under the activation's name, so every reference to the activation now means `p` with it.
 * TF.js lowers a BiasAdd that carries one into `_FusedConv2D` / `_FusedMatMul` (fused_ops [BiasAdd, act],
 * src/graph/passes/fusion.ts); TFLite writes it as the emitted operator's `fused_activation_function`
 * (src/exporters/tflite/index.ts). Each target runs it on its own copy of the graph, saying which producers and
 * activations it can fuse; a producer it then cannot fuse after all writes the activation as its own op.
 */
import { GraphIndex } from '../graph-utils.js';
import { attrFloat, attrString, canonicalRef, fAttr, sAttr, type AttrValue, type FunctionBody, type Graph, type Node } from '../ir.js';

export const ACTIVATION_ATTR = '_mdeploy_activation';
export const ACTIVATION_ALPHA_ATTR = '_mdeploy_activation_alpha';
/** The producer's own name, which a target may still want (TFLite names a node's weights by it). */
export const ACTIVATION_OF_ATTR = '_mdeploy_activation_of';

export interface ActivationFusion {
  /** Activation ops the target can fuse (TF op names: Relu, Relu6, …). */
  activations: ReadonlySet<string>;
  /** Whether `producer` can take `activation` (`index` describes the body they are in). */
  accepts(producer: Node, activation: Node, index: GraphIndex): boolean;
}

/** The activation a node carries, if any: its TF op name, LeakyRelu's alpha, and the producer's own name. */
export function fusedActivation(node: Node): { op: string; alpha?: number; of: string } | undefined {
  if (node.attrs[ACTIVATION_ATTR]?.kind !== 's') return undefined;
  const op = attrString(node, ACTIVATION_ATTR);
  const of = attrString(node, ACTIVATION_OF_ATTR, node.name);
  return node.attrs[ACTIVATION_ALPHA_ATTR] ? { op, alpha: attrFloat(node, ACTIVATION_ALPHA_ATTR, 0.2), of } : { op, of };
}

function fuseBody(body: Graph | FunctionBody, rule: ActivationFusion): number {
  let fused = 0;
  let index = new GraphIndex(body);
  for (const act of [...body.nodes]) {
    if (!rule.activations.has(act.op) || act.inputs.length < 1) continue;
    const ref = act.inputs[0]!;
    const producer = index.producer(ref);
    if (!producer || canonicalRef(ref) !== canonicalRef(producer.name) || producer.attrs[ACTIVATION_ATTR]) continue;
    // The activation is the only reader of the producer (of any of its outputs), and no output of the graph.
    if (index.uses(producer.name) !== 1 || (index.consumers.get(canonicalRef(producer.name))?.length ?? 0) !== 1) continue;
    if (!rule.accepts(producer, act, index)) continue;
    const attrs: Record<string, AttrValue> = { ...producer.attrs, [ACTIVATION_ATTR]: sAttr(act.op), [ACTIVATION_OF_ATTR]: sAttr(producer.name) };
    if (act.op === 'LeakyRelu') attrs[ACTIVATION_ALPHA_ATTR] = fAttr(attrFloat(act, 'alpha', 0.2));
    const node: Node = { ...producer, name: act.name, attrs, ...(act.outputs ? { outputs: act.outputs } : {}) };
    body.nodes[body.nodes.indexOf(act)] = node;
    body.nodes.splice(body.nodes.indexOf(producer), 1);
    fused++;
    index = new GraphIndex(body);
  }
  return fused;
}

/** Folds activations in the graph and in every function body; returns how many. */
export function fuseActivations(graph: Graph, rule: ActivationFusion): number {
  let n = fuseBody(graph, rule);
  for (const body of graph.functions.values()) n += fuseBody(body, rule);
  return n;
}
