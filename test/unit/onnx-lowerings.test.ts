/**
 * The structure of a few ONNX lowerings, from hand-built IR graphs (no TensorFlow, no onnxruntime): what the
 * per-op suite checks numerically is here pinned by the attributes and ops it must produce.
 */
import { describe, expect, it } from 'vitest';
import { isMdeployError } from '../../src/errors.js';
import { planOnnxModel } from '../../src/exporters/onnx/index.js';
import type { AttrValue, Dim, Graph, Node, TensorType } from '../../src/graph/ir.js';
import { onnx } from '../../src/proto/onnx.js';
import type { DTypeName } from '../../src/tensor/dtypes.js';
import { fromNumbers } from '../../src/tensor/math.js';

const f32 = (shape: Dim[] | null): TensorType => ({ dtype: 'DT_FLOAT', shape });
const ints = (i: number[]): AttrValue => ({ kind: 'list', value: { i } });
const s = (v: string): AttrValue => ({ kind: 's', value: new TextEncoder().encode(v) });

function constNode(name: string, dtype: DTypeName, shape: number[], values: number[]): Node {
  return { name, op: 'Const', inputs: [], attrs: { dtype: { kind: 'type', value: dtype }, value: { kind: 'tensor', value: fromNumbers(dtype, shape, values) } }, outputs: [{ dtype, shape }] };
}

/** A graph with placeholders `inputs`, then `nodes`; its output is the last node's output 0. */
function graph(inputs: Array<[string, TensorType]>, nodes: Node[]): Graph {
  const last = nodes[nodes.length - 1]!;
  const placeholders: Node[] = inputs.map(([name, type]) => ({ name, op: 'Placeholder', inputs: [], attrs: { dtype: { kind: 'type', value: type.dtype } }, outputs: [type] }));
  return {
    nodes: [...placeholders, ...nodes],
    inputs: inputs.map(([name, type]) => ({ key: name, node: name, type })),
    outputs: [{ key: 'out', tensor: last.name, type: last.outputs?.[0] ?? f32(null) }],
    functions: new Map(),
    meta: { signatureKey: 'serving_default', methodName: 'predict', tags: ['serve'], tensorflowVersion: '2.21.0', source: 'unit' },
  };
}

function plan(g: Graph): onnx.ModelProto {
  const { files } = planOnnxModel(g, { convertedBy: 'mdeploy test' });
  return onnx.ModelProto.decode(files[0]!.bytes);
}

function nodesOf(m: onnx.ModelProto, op: string): onnx.INodeProto[] {
  return (m.graph?.node ?? []).filter((n) => n.opType === op);
}

function attr(n: onnx.INodeProto, name: string): unknown {
  const a = n.attribute?.find((x) => x.name === name);
  if (!a) return undefined;
  if (a.ints?.length) return a.ints.map(Number);
  if (a.s?.length) return new TextDecoder().decode(a.s);
  return Number(a.i ?? 0);
}

describe('ONNX lowerings', () => {
  const conv = (input: Dim[], dilations: number[], strides = [1, 1, 1, 1]): Graph =>
    graph(
      [['x', f32(input)]],
      [
        constNode('w', 'DT_FLOAT', [3, 2, 2, 3], new Array<number>(36).fill(1)),
        { name: 'conv', op: 'Conv2D', inputs: ['x', 'w'], attrs: { strides: ints(strides), dilations: ints(dilations), padding: s('SAME'), data_format: s('NHWC') }, outputs: [f32(null)] },
      ],
    );

  it('writes SAME padding with dilations as explicit pads (extra pixel at the end), not auto_pad', () => {
    const [c] = nodesOf(plan(conv([1, 10, 11, 2], [1, 2, 3, 1])), 'Conv');
    // H: k 3, d 2 → 5 taps, 4 pads: 2 + 2. W: k 2, d 3 → 4 taps, 3 pads: 1 + 2.
    expect(attr(c!, 'pads')).toEqual([2, 1, 2, 2]);
    expect(attr(c!, 'auto_pad')).toBeUndefined();
    expect(attr(c!, 'dilations')).toEqual([2, 3]);
  });

  it('keeps auto_pad for SAME without dilations', () => {
    const [c] = nodesOf(plan(conv([1, 10, 11, 2], [1, 1, 1, 1])), 'Conv');
    expect(attr(c!, 'auto_pad')).toBe('SAME_UPPER');
  });

  it('needs no static dims for SAME with dilations at stride 1 (the padding is the dilated extent − 1)', () => {
    const [c] = nodesOf(plan(conv([1, 'h', 'w', 2], [1, 2, 3, 1])), 'Conv');
    expect(attr(c!, 'pads')).toEqual([2, 1, 2, 2]);
  });

  it('refuses SAME padding with dilations and strides > 1 on run-time spatial dims, naming them', () => {
    let caught: unknown;
    try {
      plan(conv([1, 'h', 'w', 2], [1, 2, 2, 1], [1, 2, 2, 1]));
    } catch (err) {
      caught = err;
    }
    expect(isMdeployError(caught) && caught.code).toBe('E_UNSUPPORTED_MODEL');
    expect((caught as Error).message).toMatch(/SAME padding, dilations and strides > 1 needs static spatial dimensions/);
  });

  it("writes TF's Mod as the truncating ONNX Mod (fmod=1), FloorMod's integer form as fmod=0", () => {
    const i32 = (shape: Dim[]): TensorType => ({ dtype: 'DT_INT32', shape });
    for (const [op, fmod] of [['Mod', 1], ['FloorMod', 0]] as const) {
      const g = graph([['a', i32([3])], ['b', i32([3])]], [{ name: 'm', op, inputs: ['a', 'b'], attrs: { T: { kind: 'type', value: 'DT_INT32' } }, outputs: [i32([3])] }]);
      const [m] = nodesOf(plan(g), 'Mod');
      expect(attr(m!, 'fmod')).toBe(fmod);
    }
  });

  it('adds an NCHW bias along axis 1', () => {
    const g = graph(
      [['x', f32([2, 3, 4, 4])]],
      [constNode('b', 'DT_FLOAT', [3], [1, 2, 3]), { name: 'add', op: 'BiasAdd', inputs: ['x', 'b'], attrs: { data_format: s('NCHW') }, outputs: [f32([2, 3, 4, 4])] }],
    );
    const m = plan(g);
    const [add] = nodesOf(m, 'Add');
    const bias = m.graph?.initializer?.find((t) => t.name === add!.input![1]);
    expect(bias?.dims?.map(Number)).toEqual([3, 1, 1]);
  });

  it('slices with run-time bounds under masks: Slice on gathered bounds, then Squeeze for the shrunk axis', () => {
    const i32 = (shape: Dim[]): TensorType => ({ dtype: 'DT_INT32', shape });
    // x[n:, 1]: begin from a tensor, end masked on axis 0, axis 1 shrunk.
    const g = graph(
      [['x', f32([5, 3, 4])], ['begin', i32([2])]],
      [
        constNode('end', 'DT_INT32', [2], [0, 2]),
        constNode('strides', 'DT_INT32', [2], [1, 1]),
        { name: 'ss', op: 'StridedSlice', inputs: ['x', 'begin', 'end', 'strides'], attrs: { end_mask: { kind: 'i', value: 1 }, shrink_axis_mask: { kind: 'i', value: 2 } }, outputs: [f32(['d', 4])] },
      ],
    );
    const m = plan(g);
    const [slice] = nodesOf(m, 'Slice');
    const init = (name: string): number[] | undefined => {
      const t = m.graph?.initializer?.find((x) => x.name === name);
      return t ? (t.int64Data?.length ? t.int64Data.map(Number) : Array.from(new BigInt64Array(new Uint8Array(t.rawData!).slice().buffer), Number)) : undefined;
    };
    expect(init(slice!.input![3]!)).toEqual([0, 1]);
    const [squeeze] = nodesOf(m, 'Squeeze');
    expect(init(squeeze!.input![1]!)).toEqual([1]);
  });

  it('selects between bool values through int64 (onnxruntime has no bool Where) and float ones directly', () => {
    for (const [dtype, ops] of [['DT_BOOL', ['Cast', 'Cast', 'Where', 'Cast']], ['DT_FLOAT', ['Where']]] as const) {
      const t: TensorType = { dtype, shape: [3] };
      const g = graph([['c', { dtype: 'DT_BOOL', shape: [3] }], ['a', t], ['b', t]], [{ name: 'w', op: 'SelectV2', inputs: ['c', 'a', 'b'], attrs: { T: { kind: 'type', value: dtype } }, outputs: [t] }]);
      expect((plan(g).graph?.node ?? []).map((n) => n.opType).filter((op) => op !== 'Identity')).toEqual(ops);
    }
  });
});
