import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMdeployError, type MdeployError } from '../../src/errors.js';
import { lowerToTflite, planTfliteModel } from '../../src/exporters/tflite/index.js';
import { tfliteOps } from '../../src/exporters/tflite/registry.js';
import { Activation, writeTfliteModel, type TfliteModelSpec } from '../../src/exporters/tflite/writer.js';
import { bAttr, type Graph, type Node, type TensorType } from '../../src/graph/ir.js';
import { fromNumbers } from '../../src/tensor/math.js';
import { builtinOptionsName, readTfliteModel } from '../../src/tflite/reader.js';
import { ROOT } from '../helpers/env.js';

const f32 = (shape: Array<number | string>): TensorType => ({ dtype: 'DT_FLOAT', shape });

function tinySpec(): TfliteModelSpec {
  const weights = new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer);
  return {
    description: 'test',
    tensors: [
      { name: 'x', type: 0, shape: [1, 4], shapeSignature: [-1, 4], buffer: 0 },
      { name: 'c', type: 0, shape: [4], buffer: 1 },
      { name: 'c2', type: 0, shape: [4], buffer: 1 },
      { name: 'y', type: 0, shape: [1, 4], shapeSignature: [-1, 4], buffer: 0 },
    ],
    inputs: [0],
    outputs: [3],
    operators: [{ op: 'ADD', inputs: [0, 1], outputs: [3], options: { table: 'AddOptions', values: { fused_activation_function: Activation.RELU } } }],
    buffers: [new Uint8Array(0), weights],
    signature: { key: 'serving_default', inputs: [{ name: 'features', tensor: 0 }], outputs: [{ name: 'scores', tensor: 3 }] },
    metadata: { min_runtime_version: new TextEncoder().encode('2.10.0') },
  };
}

describe('the TFLite flatbuffer writer', () => {
  it('writes a model that mdeploy\'s validating reader reads back field by field', () => {
    const bytes = writeTfliteModel(tinySpec());
    const m = readTfliteModel(bytes);
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe('TFL3');
    expect(m.version).toBe(3);
    expect(m.description).toBe('test');
    expect(m.operatorCodes.map((c) => [c.name, c.version, c.custom])).toEqual([['ADD', 1, false]]);
    const sg = m.subgraphs[0]!;
    expect(sg.tensors.map((t) => [t.name, t.shape, t.shapeSignature, t.buffer, t.hasRank])).toEqual([
      ['x', [1, 4], [-1, 4], 0, true],
      ['c', [4], null, 1, true],
      ['c2', [4], null, 1, true],
      ['y', [1, 4], [-1, 4], 0, true],
    ]);
    expect([sg.inputs, sg.outputs, sg.operators[0]!.inputs, sg.operators[0]!.outputs]).toEqual([[0], [3], [0, 1], [3]]);
    expect(builtinOptionsName(sg.operators[0]!)).toBe('AddOptions');
    // fused_activation_function is field 0 of AddOptions: a byte right where the table says.
    expect(m.signatureDefs).toEqual([{ signatureKey: 'serving_default', subgraphIndex: 0, inputs: [{ name: 'features', tensorIndex: 0 }], outputs: [{ name: 'scores', tensorIndex: 3 }] }]);
    // Buffer 0 is the empty sentinel; data starts on 16-byte boundaries.
    expect(m.buffers[0]!.data?.length ?? 0).toBe(0);
    expect([...new Float32Array(new Uint8Array(m.buffers[1]!.data!).buffer)]).toEqual([1, 2, 3, 4]);
    expect((m.buffers[1]!.data!.byteOffset - bytes.byteOffset) % 16).toBe(0);
    expect(m.metadata.map((x) => x.name)).toEqual(['min_runtime_version']);
  });

  it('refuses a model whose weights cannot fit one flatbuffer (2 GB) with a clear error', () => {
    const huge = { length: 2 ** 30 } as Uint8Array;
    let caught: unknown;
    try {
      writeTfliteModel({ ...tinySpec(), buffers: [new Uint8Array(0), huge, huge] });
    } catch (err) {
      caught = err;
    }
    expect(isMdeployError(caught)).toBe(true);
    expect((caught as MdeployError).code).toBe('E_UNSUPPORTED_MODEL');
    expect((caught as Error).message).toMatch(/2 GB/);
  });
});

function graphOf(nodes: Node[], outputs: Graph['outputs'], inputs: Graph['inputs']): Graph {
  return { nodes, inputs, outputs, functions: new Map(), meta: { signatureKey: 'serving_default', methodName: 'tensorflow/serving/predict', tags: ['serve'], tensorflowVersion: '2.21.0', source: '/models/m' } };
}

describe('lowering to TFLite', () => {
  it('turns MatMul + BiasAdd + Relu into one FULLY_CONNECTED with its bias and fused ReLU, weights [out, in]', () => {
    const w = fromNumbers('DT_FLOAT', [2, 3], [1, 2, 3, 4, 5, 6]);
    const b = fromNumbers('DT_FLOAT', [3], [0.5, -1, 2]);
    const nodes: Node[] = [
      { name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: [f32(['batch', 2])] },
      { name: 'w', op: 'Const', inputs: [], attrs: { value: { kind: 'tensor', value: w } }, outputs: [f32([2, 3])] },
      { name: 'b', op: 'Const', inputs: [], attrs: { value: { kind: 'tensor', value: b } }, outputs: [f32([3])] },
      { name: 'mm', op: 'MatMul', inputs: ['x', 'w'], attrs: { transpose_a: bAttr(false), transpose_b: bAttr(false) }, outputs: [f32(['batch', 3])] },
      { name: 'ba', op: 'BiasAdd', inputs: ['mm', 'b'], attrs: {}, outputs: [f32(['batch', 3])] },
      { name: 'relu', op: 'Relu', inputs: ['ba'], attrs: {}, outputs: [f32(['batch', 3])] },
    ];
    const g = graphOf(nodes, [{ key: 'y', tensor: 'relu', type: f32([-1, 3]) }], [{ key: 'x', node: 'x', type: f32(['batch', 2]) }]);
    const { spec, fused } = lowerToTflite(g, { convertedBy: 'test' });
    expect(fused).toEqual({ bias: 1, activation: 1 });
    expect(spec.operators.map((o) => o.op)).toEqual(['FULLY_CONNECTED']);
    const fc = spec.operators[0]!;
    expect(fc.options).toEqual({ table: 'FullyConnectedOptions', values: { keep_num_dims: false, fused_activation_function: Activation.RELU } });
    const weights = spec.tensors[fc.inputs[1]!]!;
    expect(weights.shape).toEqual([3, 2]);
    expect([...new Float32Array(spec.buffers[weights.buffer]!.slice().buffer)]).toEqual([1, 4, 2, 5, 3, 6]);
    expect([...new Float32Array(spec.buffers[spec.tensors[fc.inputs[2]!]!.buffer]!.slice().buffer)]).toEqual([0.5, -1, 2]);
    expect(spec.tensors[spec.inputs[0]!]).toMatchObject({ name: 'x', shape: [1, 2], shapeSignature: [-1, 2] });
    expect(spec.signature).toEqual({ key: 'serving_default', inputs: [{ name: 'x', tensor: spec.inputs[0] }], outputs: [{ name: 'y', tensor: spec.outputs[0] }] });
    // Unreferenced tensors and buffers (the MatMul's own output, the placeholder bias) are gone.
    expect(spec.tensors).toHaveLength(4);
    expect(spec.buffers).toHaveLength(3);
  });

  it('lists every op the registry lacks in one E_UNSUPPORTED_OPS error', () => {
    const nodes: Node[] = [
      { name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: [f32([2])] },
      { name: 'e1', op: 'Erfc', inputs: ['x'], attrs: {}, outputs: [f32([2])] },
      { name: 'e2', op: 'Cumprod', inputs: ['e1', 'x'], attrs: {}, outputs: [f32([2])] },
      { name: 'e3', op: 'Erfc', inputs: ['e2'], attrs: {}, outputs: [f32([2])] },
    ];
    const g = graphOf(nodes, [{ key: 'y', tensor: 'e3', type: f32([2]) }], [{ key: 'x', node: 'x', type: f32([2]) }]);
    let caught: unknown;
    try {
      planTfliteModel(g, { convertedBy: 'test' });
    } catch (err) {
      caught = err;
    }
    expect(isMdeployError(caught) && caught.code).toBe('E_UNSUPPORTED_OPS');
    expect((caught as MdeployError).details).toEqual({ target: 'tflite', unsupported: [{ op: 'Erfc', nodes: ['e1', 'e3'] }, { op: 'Cumprod', nodes: ['e2'] }] });
  });

  it('keeps an activation separate when the value before it is also a signature output, and shares identical constants\' buffers', () => {
    const c = fromNumbers('DT_FLOAT', [2], [1, 2]);
    const nodes: Node[] = [
      { name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: [f32([2])] },
      { name: 'c1', op: 'Const', inputs: [], attrs: { value: { kind: 'tensor', value: c } }, outputs: [f32([2])] },
      { name: 'c2', op: 'Const', inputs: [], attrs: { value: { kind: 'tensor', value: fromNumbers('DT_FLOAT', [2], [1, 2]) } }, outputs: [f32([2])] },
      { name: 'add', op: 'AddV2', inputs: ['x', 'c1'], attrs: {}, outputs: [f32([2])] },
      { name: 'mul', op: 'Mul', inputs: ['add', 'c2'], attrs: {}, outputs: [f32([2])] },
      { name: 'relu', op: 'Relu', inputs: ['add'], attrs: {}, outputs: [f32([2])] },
    ];
    const g = graphOf(nodes, [{ key: 'sum', tensor: 'add', type: f32([2]) }, { key: 'relu', tensor: 'relu', type: f32([2]) }, { key: 'prod', tensor: 'mul', type: f32([2]) }], [{ key: 'x', node: 'x', type: f32([2]) }]);
    const { spec, fused } = lowerToTflite(g, { convertedBy: 'test' });
    expect(fused.activation).toBe(0);
    expect(spec.operators.map((o) => o.op)).toEqual(['ADD', 'MUL', 'RELU']);
    const [add, mul] = spec.operators as [TfliteModelSpec['operators'][0], TfliteModelSpec['operators'][0]];
    expect(spec.tensors[add.inputs[1]!]!.buffer).toBe(spec.tensors[mul.inputs[1]!]!.buffer);
    expect(spec.buffers).toHaveLength(2);
  });

  it('copies an output that is a graph input, so every subgraph output is computed by an operator', () => {
    const nodes: Node[] = [{ name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: [f32([2])] }];
    const g = graphOf(nodes, [{ key: 'y', tensor: 'x', type: f32([2]) }], [{ key: 'x', node: 'x', type: f32([2]) }]);
    const { spec } = lowerToTflite(g, { convertedBy: 'test' });
    expect(spec.operators.map((o) => o.op)).toEqual(['SHAPE', 'RESHAPE']);
    expect(spec.outputs[0]).not.toBe(spec.inputs[0]);
  });
});

describe('docs/ops.md, TFLite section', () => {
  it('lists every TFLite op once, in its category', () => {
    const md = readFileSync(join(ROOT, 'docs', 'ops.md'), 'utf8');
    const section = md.split('## tflite')[1]!.split('## ')[0]!;
    const rows = [...section.matchAll(/^\| `([^`]+)` \| (\w+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(tfliteOps.table().map((r) => [r.op, r.category]));
  });
});
