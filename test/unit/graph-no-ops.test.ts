/**
 * The shared pipeline's no-op removal (src/graph/passes/no-ops.ts) and the GELU matcher ONNX and TFLite share
 * (src/graph/gelu.ts), on hand-built IR graphs: what goes, what must stay (a constant that broadcasts the result
 * larger, 0 − x, a real permutation, a signature output fed straight from its input), and both GELU forms.
 * Their numerics against TensorFlow are the corpus and per-op suites' (every target validates there).
 */
import { describe, expect, it } from 'vitest';
import { constNode } from '../../src/graph/graph-utils.js';
import { fuseGelu, GELU_OP } from '../../src/graph/gelu.js';
import type { Dim, Graph, Node } from '../../src/graph/ir.js';
import { removeNoOps } from '../../src/graph/passes/no-ops.js';

const f32 = (shape: Dim[]) => [{ dtype: 'DT_FLOAT' as const, shape }];
const c = (name: string, values: number[], shape = [values.length]): Node => ({ ...constNode(name, { dtype: 'DT_FLOAT', shape, data: Float32Array.from(values) }), outputs: f32(shape) });
const ci = (name: string, values: number[]): Node => ({ ...constNode(name, { dtype: 'DT_INT32', shape: [values.length], data: Int32Array.from(values) }), outputs: [{ dtype: 'DT_INT32', shape: [values.length] }] });
const op = (name: string, o: string, inputs: string[], shape: Dim[]): Node => ({ name, op: o, inputs, attrs: {}, outputs: f32(shape) });

function graph(nodes: Node[], outputs: Array<[string, Dim[]]>, xShape: Dim[] = [-1, 4]): Graph {
  return {
    nodes: [{ name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: f32(xShape) }, ...nodes],
    inputs: [{ key: 'x', node: 'x', type: f32(xShape)[0]! }],
    outputs: outputs.map(([tensor, shape]) => ({ key: tensor, tensor, type: f32(shape)[0]! })),
    functions: new Map(),
    meta: { signatureKey: 'serving_default', methodName: '', tags: ['serve'], tensorflowVersion: '', source: '' },
  };
}
const ops = (g: Graph) => g.nodes.map((n) => n.op);

describe('no-op removal', () => {
  it('drops x + 0, 1 · x, x − 0, x / 1 and an identity Transpose, and rewires their readers to x', () => {
    const g = graph(
      [
        c('zero', [0, 0, 0, 0]),
        c('one', [1]),
        ci('perm', [0, 1]),
        op('a', 'AddV2', ['x', 'zero'], [-1, 4]),
        op('m', 'Mul', ['one', 'a'], [-1, 4]),
        op('s', 'Sub', ['m', 'zero'], [-1, 4]),
        op('d', 'RealDiv', ['s', 'one'], [-1, 4]),
        op('t', 'Transpose', ['d', 'perm'], [-1, 4]),
        op('y', 'Relu', ['t'], [-1, 4]),
      ],
      [['y', [-1, 4]]],
    );
    expect(removeNoOps(g)).toBe(5);
    expect(ops(g)).toEqual(['Placeholder', 'Relu']);
    expect(g.nodes[1]!.inputs).toEqual(['x']);
  });

  it('keeps what changes values or shapes: 0 − x, x / 2, a real permutation, a zero that broadcasts the result larger', () => {
    const g = graph(
      [
        c('zero3', [0, 0, 0], [3, 1, 1]),
        c('zero', [0]),
        c('two', [2]),
        ci('perm', [1, 0]),
        op('neg', 'Sub', ['zero', 'x'], [-1, 4]),
        op('half', 'RealDiv', ['neg', 'two'], [-1, 4]),
        op('t', 'Transpose', ['half', 'perm'], [4, -1]),
        op('wide', 'AddV2', ['t', 'zero3'], [3, 4, -1]),
      ],
      [['wide', [3, 4, -1]]],
    );
    expect(removeNoOps(g)).toBe(0);
    expect(ops(g)).toEqual(['Placeholder', 'Const', 'Const', 'Const', 'Const', 'Sub', 'RealDiv', 'Transpose', 'AddV2']);
  });

  it('keeps a signature output that would otherwise be its own input', () => {
    const g = graph([c('zero', [0]), op('y', 'AddV2', ['x', 'zero'], [-1, 4])], [['y', [-1, 4]]]);
    expect(removeNoOps(g)).toBe(0);
    expect(g.outputs[0]!.tensor).toBe('y');
  });
});

describe('GELU matcher', () => {
  it('finds the tanh form as Keras writes it, x · 0.5 · (1 + tanh(√(2/π) · (x + 0.044715 · x³)))', () => {
    const s = [-1, 4];
    const g = graph(
      [
        c('half', [0.5]),
        c('three', [3]),
        c('k', [0.044715]),
        c('r', [Math.sqrt(2 / Math.PI)]),
        c('one', [1]),
        op('hx', 'Mul', ['x', 'half'], s),
        op('cube', 'Pow', ['x', 'three'], s),
        op('kc', 'Mul', ['k', 'cube'], s),
        op('inner', 'AddV2', ['x', 'kc'], s),
        op('scaled', 'Mul', ['r', 'inner'], s),
        op('th', 'Tanh', ['scaled'], s),
        op('tail', 'AddV2', ['one', 'th'], s),
        op('gelu', 'Mul', ['hx', 'tail'], s),
      ],
      [['gelu', s]],
    );
    expect(fuseGelu(g)).toBe(1);
    const gelu = g.nodes.find((n) => n.name === 'gelu')!;
    expect(gelu.op).toBe(GELU_OP);
    expect(gelu.inputs).toEqual(['x']);
    expect(gelu.attrs['approximate']).toEqual({ kind: 'b', value: true });
    expect(ops(g)).toEqual(['Placeholder', GELU_OP]);
  });

  it('finds the exact form 0.5 · x · erfc(−x · √½), and leaves a near miss (erfc(−x · 0.8)) alone', () => {
    const s = [-1, 4];
    const build = (k: number) =>
      graph(
        [
          c('half', [0.5]),
          c('k', [k]),
          op('hx', 'Mul', ['half', 'x'], s),
          op('neg', 'Neg', ['x'], s),
          op('sc', 'Mul', ['neg', 'k'], s),
          op('e', 'Erfc', ['sc'], s),
          op('gelu', 'Mul', ['hx', 'e'], s),
        ],
        [['gelu', s]],
      );
    const g = build(Math.SQRT1_2);
    expect(fuseGelu(g)).toBe(1);
    expect(g.nodes.find((n) => n.name === 'gelu')!.attrs['approximate']).toEqual({ kind: 'b', value: false });
    expect(fuseGelu(build(0.8))).toBe(0);
  });
});
