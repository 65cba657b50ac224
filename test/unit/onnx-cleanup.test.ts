import { describe, expect, it } from 'vitest';
import { cleanupGraph } from '../../src/exporters/onnx/cleanup.js';
import { OnnxGraph } from '../../src/exporters/onnx/onnx-graph.js';

describe('ONNX clean-up', () => {
  it('drops a Shape → int32 → int64 Cast round trip and returns', () => {
    const g = new OnnxGraph('main');
    g.inputs.push({ name: 'x', dtype: 'DT_FLOAT', shape: [1, 4] }, { name: 'y', dtype: 'DT_FLOAT', shape: ['batch', 4] });
    const [s] = g.add('Shape', ['y']);
    const [i32] = g.add('Cast', [s!], 1, { to: { kind: 'int', value: 6 } });
    const [i64] = g.add('Cast', [i32!], 1, { to: { kind: 'int', value: 7 } });
    g.add('Expand', ['x', i64!], ['out']);
    g.outputs.push({ name: 'out', dtype: 'DT_FLOAT', shape: ['batch', 4] });
    cleanupGraph(g);
    expect(g.nodes.map((n) => n.op)).toEqual(['Shape', 'Expand']);
    expect(g.nodes[1]!.inputs).toEqual(['x', s]);
  });

  it('drops a Transpose pair that cancels and returns', () => {
    const g = new OnnxGraph('main');
    g.inputs.push({ name: 'x', dtype: 'DT_FLOAT', shape: [1, 2, 3, 4] });
    const [a] = g.add('Transpose', ['x'], 1, { perm: { kind: 'ints', value: [0, 3, 1, 2] } });
    const [b] = g.add('Transpose', [a!], 1, { perm: { kind: 'ints', value: [0, 2, 3, 1] } });
    g.add('Relu', [b!], ['out']);
    g.outputs.push({ name: 'out', dtype: 'DT_FLOAT', shape: [1, 2, 3, 4] });
    cleanupGraph(g);
    expect(g.nodes.map((n) => n.op)).toEqual(['Relu']);
    expect(g.nodes[0]!.inputs).toEqual(['x']);
  });
});
