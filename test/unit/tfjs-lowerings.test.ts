/**
 * The structure of the TF.js rewrites, from hand-built IR graphs (no TensorFlow, no tfjs-node): what the per-op
 * suite checks numerically is here pinned by the nodes each rewrite must produce.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lowerForTfjs } from '../../src/exporters/tfjs/lower.js';
import { RUNTIME_FIXES, tfjsOps } from '../../src/exporters/tfjs/registry.js';
import { parseRef, type AttrValue, type Dim, type FunctionBody, type Graph, type Node, type TensorType } from '../../src/graph/ir.js';
import type { DTypeName } from '../../src/tensor/dtypes.js';
import { fromNumbers } from '../../src/tensor/math.js';
import { ROOT } from '../helpers/env.js';

const f32 = (shape: Dim[] | null): TensorType => ({ dtype: 'DT_FLOAT', shape });
const ints = (i: number[]): AttrValue => ({ kind: 'list', value: { i } });
const s = (v: string): AttrValue => ({ kind: 's', value: new TextEncoder().encode(v) });
const type = (value: DTypeName): AttrValue => ({ kind: 'type', value });

function constNode(name: string, dtype: DTypeName, shape: number[], values: number[]): Node {
  return { name, op: 'Const', inputs: [], attrs: { dtype: type(dtype), value: { kind: 'tensor', value: fromNumbers(dtype, shape, values) } }, outputs: [{ dtype, shape }] };
}

/** A graph with placeholders `inputs`, then `nodes`; its outputs are `outputs` (default: the last node). */
function graph(inputs: Array<[string, TensorType]>, nodes: Node[], outputs?: string[], functions: FunctionBody[] = []): Graph {
  const placeholders: Node[] = inputs.map(([name, t]) => ({ name, op: 'Placeholder', inputs: [], attrs: { dtype: type(t.dtype) }, outputs: [t] }));
  return {
    nodes: [...placeholders, ...nodes],
    inputs: inputs.map(([name, t]) => ({ key: name, node: name, type: t })),
    outputs: (outputs ?? [nodes[nodes.length - 1]!.name]).map((tensor, i) => ({ key: `out${i}`, tensor, type: f32(null) })),
    functions: new Map(functions.map((f) => [f.name, f])),
    meta: { signatureKey: 'serving_default', methodName: 'predict', tags: ['serve'], tensorflowVersion: '2.21.0', source: 'unit' },
  };
}

const byName = (g: Graph | FunctionBody, name: string): Node => g.nodes.find((n) => n.name === name)!;
const ops = (g: Graph | FunctionBody): string[] => g.nodes.filter((n) => n.op !== 'Const' && n.op !== 'Placeholder').map((n) => n.op);
const constOf = (g: Graph, ref: string): number[] => {
  const v = byName(g, ref).attrs['value'];
  return v?.kind === 'tensor' ? Array.from(v.value.data as ArrayLike<number>, Number) : [];
};

describe('TF.js rewrites', () => {
  it('runs an NCHW convolution as NHWC between transposes, with strides permuted', () => {
    const g = graph(
      [['x', f32([1, 3, 8, 8])]],
      [
        constNode('w', 'DT_FLOAT', [3, 3, 3, 4], new Array<number>(108).fill(1)),
        { name: 'conv', op: 'Conv2D', inputs: ['x', 'w'], attrs: { T: type('DT_FLOAT'), strides: ints([1, 1, 2, 3]), dilations: ints([1, 1, 1, 1]), padding: s('SAME'), data_format: s('NCHW') }, outputs: [f32([1, 4, 4, 3])] },
      ],
    );
    lowerForTfjs(g);
    expect(ops(g)).toEqual(['Transpose', 'Conv2D', 'Transpose']);
    const out = byName(g, 'conv');
    expect(out.op).toBe('Transpose');
    expect(constOf(g, out.inputs[1]!)).toEqual([0, 3, 1, 2]);
    const conv = byName(g, parseRef(out.inputs[0]!).node);
    expect(conv.attrs['strides']).toEqual(ints([1, 2, 3, 1]));
    expect(new TextDecoder().decode((conv.attrs['data_format'] as { value: Uint8Array }).value)).toBe('NHWC');
    expect(constOf(g, byName(g, conv.inputs[0]!).inputs[1]!)).toEqual([0, 2, 3, 1]);
  });

  it('adds an NCHW bias along the channel dim', () => {
    const g = graph([['x', f32([2, 3, 4, 4])]], [constNode('b', 'DT_FLOAT', [3], [1, 2, 3]), { name: 'y', op: 'BiasAdd', inputs: ['x', 'b'], attrs: { T: type('DT_FLOAT'), data_format: s('NCHW') }, outputs: [f32([2, 3, 4, 4])] }]);
    lowerForTfjs(g);
    expect(ops(g)).toEqual(['Reshape', 'AddV2']);
    expect(constOf(g, byName(g, byName(g, 'y').inputs[1]!).inputs[1]!)).toEqual([-1, 1, 1]);
  });

  it('leaves NHWC ops alone', () => {
    const g = graph([['x', f32([2, 4, 4, 3])]], [constNode('b', 'DT_FLOAT', [3], [1, 2, 3]), { name: 'y', op: 'BiasAdd', inputs: ['x', 'b'], attrs: { T: type('DT_FLOAT'), data_format: s('NHWC') }, outputs: [f32([2, 4, 4, 3])] }]);
    lowerForTfjs(g);
    expect(ops(g)).toEqual(['BiasAdd']);
  });

  it("gives TensorListPopBack TensorFlow's outputs: the list after the pop, then the element", () => {
    const g = graph(
      [['x', f32([2, 3])]],
      [
        constNode('shape', 'DT_INT32', [1], [3]),
        { name: 'list', op: 'TensorListFromTensor', inputs: ['x', 'shape'], attrs: { element_dtype: type('DT_FLOAT'), shape_type: type('DT_INT32') } },
        { name: 'pop', op: 'TensorListPopBack', inputs: ['list', 'shape'], attrs: { element_dtype: type('DT_FLOAT') } },
        { name: 'n', op: 'TensorListLength', inputs: ['pop'], attrs: {} },
      ],
      ['n', 'pop:1'],
    );
    lowerForTfjs(g);
    const after = byName(g, byName(g, 'n').inputs[0]!);
    expect(after.op).toBe('Identity');
    expect(after.inputs).toEqual(['list', '^pop']);
    expect(g.outputs.map((o) => o.tensor)).toEqual(['n', 'pop']);
  });

  it('makes tensors a loop body stores in a TensorList loop variables, so tfjs keeps them', () => {
    const body: FunctionBody = {
      name: 'body',
      inputs: [{ name: 'i', dtype: 'DT_INT32' }, { name: 'l', dtype: 'DT_VARIANT' }],
      outputs: [{ name: 'i_out', dtype: 'DT_INT32' }, { name: 'l_out', dtype: 'DT_VARIANT' }],
      nodes: [
        { name: 'v', op: 'Cast', inputs: ['i'], attrs: { SrcT: type('DT_INT32'), DstT: type('DT_FLOAT') } },
        { name: 'set', op: 'TensorListSetItem', inputs: ['l', 'i', 'v'], attrs: { element_dtype: type('DT_FLOAT') } },
      ],
      ret: { i_out: 'i', l_out: 'set' },
    };
    const cond: FunctionBody = { name: 'cond', inputs: [{ name: 'i', dtype: 'DT_INT32' }, { name: 'l', dtype: 'DT_VARIANT' }], outputs: [{ name: 'c', dtype: 'DT_BOOL' }], nodes: [], ret: { c: 'i' } };
    const g = graph(
      [['i0', { dtype: 'DT_INT32', shape: [] }], ['l0', { dtype: 'DT_VARIANT', shape: [] }]],
      [{ name: 'loop', op: 'StatelessWhile', inputs: ['i0', 'l0'], attrs: { T: { kind: 'list', value: { type: ['DT_INT32', 'DT_VARIANT'] } }, body: { kind: 'func', value: { name: 'body', attrs: {} } }, cond: { kind: 'func', value: { name: 'cond', attrs: {} } } } }],
      ['loop:1'],
      [body, cond],
    );
    lowerForTfjs(g);
    const loop = byName(g, 'loop');
    expect(loop.inputs).toHaveLength(3);
    expect(loop.attrs['T']).toEqual({ kind: 'list', value: { type: ['DT_INT32', 'DT_VARIANT', 'DT_FLOAT'] } });
    expect(body.inputs.map((a) => a.dtype)).toEqual(['DT_INT32', 'DT_VARIANT', 'DT_FLOAT']);
    expect(Object.values(body.ret)).toEqual(['i', 'set', 'v']);
    expect(cond.inputs).toHaveLength(3);
  });

  it('returns tensors an If branch stores in a TensorList as extra outputs of the If', () => {
    const branch = (name: string, op: string): FunctionBody => ({
      name,
      inputs: [{ name: 'x', dtype: 'DT_FLOAT' }, { name: 'l', dtype: 'DT_VARIANT' }],
      outputs: [{ name: 'l_out', dtype: 'DT_VARIANT' }],
      nodes: [
        constNode('one', 'DT_INT32', [], [1]),
        { name: 'v', op, inputs: ['x', 'x'], attrs: { T: type('DT_FLOAT') } },
        { name: 'set', op: 'TensorListSetItem', inputs: ['l', 'one', 'v'], attrs: { element_dtype: type('DT_FLOAT') } },
      ],
      ret: { l_out: 'set' },
    });
    const then = branch('then', 'Mul');
    const other = branch('else', 'AddV2');
    const g = graph(
      [['c', { dtype: 'DT_BOOL', shape: [] }], ['x', f32([3])], ['l0', { dtype: 'DT_VARIANT', shape: [] }]],
      [{ name: 'if', op: 'StatelessIf', inputs: ['c', 'x', 'l0'], attrs: { Tout: { kind: 'list', value: { type: ['DT_VARIANT'] } }, then_branch: { kind: 'func', value: { name: 'then', attrs: {} } }, else_branch: { kind: 'func', value: { name: 'else', attrs: {} } } } }],
      ['if'],
      [then, other],
    );
    lowerForTfjs(g);
    expect(byName(g, 'if').attrs['Tout']).toEqual({ kind: 'list', value: { type: ['DT_VARIANT', 'DT_FLOAT', 'DT_FLOAT'] } });
    // Each branch returns its own stored tensor and a zero in the other branch's slot.
    expect(Object.values(then.ret).slice(1).map((r) => byName(then, r).op)).toEqual(['Mul', 'Const']);
    expect(Object.values(other.ret).slice(1).map((r) => byName(other, r).op)).toEqual(['Const', 'AddV2']);
  });

  it('lists a reason for every op it rewrites that tfjs-converter also executes', async () => {
    const cats = ['arithmetic', 'basic_math', 'control', 'convolution', 'creation', 'dynamic', 'evaluation', 'graph', 'hash_table', 'image', 'logical', 'matrices', 'normalization', 'reduction', 'slice_join', 'sparse', 'spectral', 'string', 'transformation'];
    const runtime = new Set<string>();
    for (const c of cats) {
      const m = (await import(join(ROOT, 'node_modules', '@tensorflow', 'tfjs-converter', 'dist', 'operations', 'op_list', `${c}.js`))) as { json: Array<{ tfOpName: string }> };
      for (const op of m.json) runtime.add(op.tfOpName);
    }
    const rewritten = tfjsOps.table().map((r) => r.op).filter((op) => tfjsOps.get(op) !== undefined);
    expect(rewritten.filter((op) => runtime.has(op) && !RUNTIME_FIXES.has(op))).toEqual([]);
    // A listed fix is for an op the runtime has; an op it lacks is simply lowered.
    expect([...RUNTIME_FIXES.keys()].filter((op) => !runtime.has(op))).toEqual([]);
  });
});
