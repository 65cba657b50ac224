/**
 * Rewrites on the TFLite operator list, as TFLite's own converter does them: a bias add after a convolution
 * or fully-connected layer becomes its bias input, and a ReLU / ReLU6 after an op with a
 * `fused_activation_function` becomes that field (most activations arrive already fused, as the neutral attribute
 * lower-node.ts writes; this catches those a lowering leaves next to such an operator). Both are exact (the kernels add the bias and clamp the same
 * way), and they are what lets XNNPACK run the layer as one operator.
 */
import type { TfliteContext } from './context.js';
import { Activation, type OperatorSpec } from './writer.js';
import { TAKES_ACTIVATION } from './lower-node.js';

const FLOAT32 = 0;
const ACTIVATIONS: Partial<Record<string, number>> = { RELU: Activation.RELU, RELU6: Activation.RELU6 };

function consumers(ops: readonly OperatorSpec[]): Map<number, OperatorSpec[]> {
  const m = new Map<number, OperatorSpec[]>();
  for (const op of ops) for (const t of op.inputs) if (t >= 0) m.set(t, [...(m.get(t) ?? []), op]);
  return m;
}

/** Fuses in place; `keep` are tensors that must stay (subgraph outputs). Returns what it fused. */
export function fuseOperators(ctx: TfliteContext, keep: ReadonlySet<number>): { bias: number; activation: number } {
  let bias = 0;
  let activation = 0;
  let ops = ctx.operators;
  const removed = new Set<OperatorSpec>();

  // Bias: producer → ADD(out, const [channels]) with the producer's bias still the placeholder.
  let users = consumers(ops);
  for (const op of ops) {
    if (!ctx.openBias.has(op) || removed.has(op)) continue;
    const out = op.outputs[0]!;
    const next = users.get(out);
    if (keep.has(out) || next?.length !== 1 || next[0]!.op !== 'ADD') continue;
    const add = next[0]!;
    const addActivation = (add.options?.values as Record<string, unknown> | undefined)?.['fused_activation_function'];
    const opValues = op.options?.values as Record<string, unknown> | undefined;
    if (addActivation && !opValues) continue;
    const other = add.inputs[0] === out ? add.inputs[1]! : add.inputs[0]!;
    if (add.inputs[0] === add.inputs[1]) continue;
    const b = ctx.tensors[other]!;
    const w = ctx.tensors[op.inputs[1]!]!;
    const channels = op.op === 'DEPTHWISE_CONV_2D' ? w.shape?.[3] : w.shape?.[0];
    if (!ctx.isConstant(other) || b.type !== FLOAT32 || b.shape?.length !== 1 || b.shape[0] !== channels) continue;
    op.inputs[2] = other;
    op.outputs = add.outputs;
    // The activation the ADD carried (lower-node.ts) moves to the operator that now adds the bias.
    if (addActivation) opValues!['fused_activation_function'] = addActivation;
    removed.add(add);
    bias++;
  }
  ops = ops.filter((o) => !removed.has(o));

  users = consumers(ops);
  for (const op of ops) {
    if (!TAKES_ACTIVATION.has(op.op) || removed.has(op) || !op.options) continue;
    const values = op.options.values as Record<string, unknown>;
    const out = op.outputs[0]!;
    const next = users.get(out);
    const act = next?.length === 1 ? ACTIVATIONS[next[0]!.op] : undefined;
    if (act === undefined || keep.has(out) || values['fused_activation_function'] || ctx.tensors[out]!.type !== FLOAT32) continue;
    values['fused_activation_function'] = act;
    op.outputs = next![0]!.outputs;
    removed.add(next![0]!);
    activation++;
  }
  ctx.operators.splice(0, ctx.operators.length, ...ctx.operators.filter((o) => !removed.has(o)));
  return { bias, activation };
}
