/**
 * The neutral fused-activation attribute (src/graph/passes/activation.ts) on real SavedModels from the per-op
 * suite (TensorFlow wrote them): TF.js lowers it into _FusedConv2D / _FusedMatMul's fused_ops, TFLite into the
 * operator's fused_activation_function, and where the TFLite operator cannot hold it (an NCHW convolution
 * ends in a TRANSPOSE) the activation stays an operator of its own. The per-op suite checks each of these
 * files' numbers against TensorFlow; this checks where the activation went. The built graph is never modified.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneGraph } from '../../src/graph/clone.js';
import { buildGraph } from '../../src/graph/index.js';
import { attrStrings } from '../../src/graph/ir.js';
import { ACTIVATION_ATTR } from '../../src/graph/passes/activation.js';
import { lowerToTflite, prepareTfliteGraph } from '../../src/exporters/tflite/index.js';
import { prepareTfjsGraph } from '../../src/exporters/tfjs/index.js';
import { SavedModel } from '../../src/savedmodel/savedmodel.js';
import { describeWith, STRICT } from '../helpers/env.js';
import { OP_SUITE_DIR } from '../helpers/op-suite.js';

const ACT = { RELU: 1, RELU6: 3 };

async function built(name: string) {
  const dir = join(OP_SUITE_DIR, name, '1');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`node scripts/bootstrap.mjs --test\` (the per-op suite)`);
  return buildGraph(await SavedModel.load(dir), {});
}

function tfliteOperators(g: Awaited<ReturnType<typeof built>>) {
  const graph = cloneGraph(g.graph);
  prepareTfliteGraph(graph);
  expect(graph.nodes.some((n) => n.attrs[ACTIVATION_ATTR])).toBe(true);
  const { spec, fused } = lowerToTflite(graph, { convertedBy: 'test' });
  // Through the attribute, not the operator-list pass that catches what lowering leaves next to an operator.
  expect(fused.activation).toBe(0);
  return spec.operators.map((o) => ({ op: o.op, act: (o.options?.values as Record<string, unknown> | undefined)?.['fused_activation_function'] }));
}

const missing = existsSync(OP_SUITE_DIR) ? undefined : `${OP_SUITE_DIR} is missing: run \`node scripts/bootstrap.mjs --test\``;
if (missing && !STRICT) process.stdout.write(`SKIP neutral fused activation: ${missing}\n`);

(missing && !STRICT ? describe.skip : describeWith.bind(null, ['python-tf']))('neutral fused activation', () => {
  it.each([
    ['pattern_conv_bias_relu', 'CONV_2D', ACT.RELU],
    ['pattern_depthwise_bias_relu', 'DEPTHWISE_CONV_2D', ACT.RELU],
    ['pattern_matmul_bias_relu', 'FULLY_CONNECTED', ACT.RELU],
  ])('%s: TFLite writes it as %s fused_activation_function, TF.js as fused_ops', async (name, op, act) => {
    const g = await built(name);
    const before = JSON.stringify(g.graph.nodes.map((n) => [n.name, n.op]));
    const ops = tfliteOperators(g);
    expect(ops.filter((o) => o.op === op).map((o) => o.act)).toEqual([act]);
    expect(ops.some((o) => o.op === 'RELU' || o.op === 'RELU6')).toBe(false);
    const tfjs = cloneGraph(g.graph);
    prepareTfjsGraph(tfjs, g.registry);
    const fused = tfjs.nodes.filter((n) => n.op.startsWith('_Fused') || n.op === 'FusedDepthwiseConv2dNative');
    expect(fused.map((n) => attrStrings(n, 'fused_ops'))).toEqual([['BiasAdd', 'Relu']]);
    expect(tfjs.nodes.some((n) => n.op === 'Relu')).toBe(false);
    expect(JSON.stringify(g.graph.nodes.map((n) => [n.name, n.op]))).toBe(before);
  });

  it('an NCHW bias add (ADD) takes RELU6; an NCHW convolution alone ends in a TRANSPOSE, and RELU follows it', async () => {
    const biased = tfliteOperators(await built('pattern_conv_bias_relu6_NCHW'));
    expect(biased.slice(-1)).toEqual([{ op: 'ADD', act: ACT.RELU6 }]);
    const bare = tfliteOperators(await built('pattern_conv_relu_NCHW'));
    expect(bare.map((o) => o.op).slice(-2)).toEqual(['TRANSPOSE', 'RELU']);
  });
});
