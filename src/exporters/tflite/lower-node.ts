/**
 * One IR node through its TFLite handler, then the activation it carries (src/graph/passes/activation.ts):
 * written as the emitted operator's fused_activation_function when that operator computes the node's output and
 * takes one (float32), else lowered by its own handler after it. Used for the main graph and every function body.
 */
import { canonicalRef, type Node } from '../../graph/ir.js';
import { fusedActivation } from '../../graph/passes/activation.js';
import type { TfliteContext } from './context.js';
import { tfliteOps } from './registry.js';
import { Activation } from './writer.js';

const FLOAT32 = 0;
/** The activations TFLite's fused_activation_function holds, by TF op. */
export const TFLITE_FUSED_ACTIVATIONS: Readonly<Record<string, number>> = { Relu: Activation.RELU, Relu6: Activation.RELU6 };
/** Builtins with a fused_activation_function field. */
export const TAKES_ACTIVATION: ReadonlySet<string> = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'FULLY_CONNECTED', 'ADD', 'SUB', 'MUL', 'DIV']);

export function lowerNode(ctx: TfliteContext, node: Node): void {
  const act = fusedActivation(node);
  if (!act) {
    tfliteOps.get(node.op)!(ctx, node);
    return;
  }
  const how = TFLITE_FUSED_ACTIVATIONS[act.op];
  if (how === undefined) throw new Error(`TFLite export: ${node.name} carries activation ${act.op}, which TFLite cannot fuse`);
  // The producer lowers under its own name (its weights are named by it), and its output then takes the
  // activation's name, which is what the rest of the graph refers to.
  const inner: Node = { ...node, name: act.of };
  ctx.node = inner;
  tfliteOps.get(node.op)!(ctx, inner);
  ctx.node = node;
  const out = ctx.value(inner.name);
  const last = ctx.operators[ctx.operators.length - 1];
  const values = last?.options?.values as Record<string, unknown> | undefined;
  const spec = ctx.tensors[out]!;
  if (last && values && last.outputs[0] === out && TAKES_ACTIVATION.has(last.op) && !values['fused_activation_function'] && spec.type === FLOAT32) {
    values['fused_activation_function'] = how;
    spec.name = ctx.uniqueName(node.name);
    ctx.define(node.name, out);
    return;
  }
  // The operator cannot hold it: the activation is lowered as the node it was, on the producer's output.
  // (The producer's old name is no longer in the graph: its type is the node's.)
  const type = node.outputs?.[0];
  if (type) ctx.argTypes.set(canonicalRef(inner.name), type);
  const activation: Node = { name: node.name, op: act.op, inputs: [inner.name], attrs: {}, ...(node.outputs ? { outputs: node.outputs } : {}) };
  ctx.node = activation;
  tfliteOps.get(act.op)!(ctx, activation);
  ctx.node = node;
}
