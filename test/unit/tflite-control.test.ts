/**
 * TFLite control flow: While → WHILE and If → IF with their bodies as subgraphs, and the Keras RNN's
 * TensorLists as plain tensors. Numerics are checked against TensorFlow in the integration suites
 * (convert-tflite, op-suite); these tests pin the file's structure.
 */
import { describe, expect, it } from 'vitest';
import { isMdeployError, type MdeployError } from '../../src/errors.js';
import { lowerToTflite, planTfliteModel } from '../../src/exporters/tflite/index.js';
import { typeAttr, type FunctionBody, type Graph, type Node, type TensorType } from '../../src/graph/ir.js';
import { fromNumbers } from '../../src/tensor/math.js';
import { readTfliteModel } from '../../src/tflite/reader.js';

const f32 = (shape: number[]): TensorType => ({ dtype: 'DT_FLOAT', shape });
const i32: TensorType = { dtype: 'DT_INT32', shape: [] };
const variant: TensorType = { dtype: 'DT_VARIANT', shape: null };

function constNode(name: string, dtype: 'DT_FLOAT' | 'DT_INT32', shape: number[], values: number[]): Node {
  return { name, op: 'Const', inputs: [], attrs: { value: { kind: 'tensor', value: fromNumbers(dtype, shape, values) }, dtype: typeAttr(dtype) }, outputs: [{ dtype, shape }] };
}

function graphOf(nodes: Node[], output: string, outType: TensorType, functions: FunctionBody[]): Graph {
  return {
    nodes,
    inputs: [{ key: 'x', node: 'x', type: f32([2]) }],
    outputs: [{ key: 'y', tensor: output, type: outType }],
    functions: new Map(functions.map((f) => [f.name, f])),
    meta: { signatureKey: 'serving_default', methodName: 'tensorflow/serving/predict', tags: ['serve'], tensorflowVersion: '2.21.0', source: '/models/m' },
  };
}

const func = (name: string): { kind: 'func'; value: { name: string; attrs: Record<string, never> } } => ({ kind: 'func', value: { name, attrs: {} } });

/** while i < 3: i += 1; x = x * w (w a constant the body passes through). */
function loopGraph(): Graph {
  const cond: FunctionBody = {
    name: 'cond',
    inputs: [{ name: 'i', dtype: 'DT_INT32' }, { name: 'x', dtype: 'DT_FLOAT' }, { name: 'w', dtype: 'DT_FLOAT' }],
    outputs: [{ name: 'ok', dtype: 'DT_BOOL' }],
    nodes: [constNode('three', 'DT_INT32', [], [3]), { name: 'less', op: 'Less', inputs: ['i', 'three'], attrs: {}, outputs: [{ dtype: 'DT_BOOL', shape: [] }] }],
    ret: { ok: 'less' },
  };
  const body: FunctionBody = {
    name: 'body',
    inputs: cond.inputs,
    outputs: [{ name: 'i_next', dtype: 'DT_INT32' }, { name: 'x_next', dtype: 'DT_FLOAT' }, { name: 'w_out', dtype: 'DT_FLOAT' }],
    nodes: [
      constNode('one', 'DT_INT32', [], [1]),
      { name: 'add', op: 'AddV2', inputs: ['i', 'one'], attrs: {}, outputs: [i32] },
      { name: 'mul', op: 'Mul', inputs: ['x', 'w'], attrs: {}, outputs: [f32([2])] },
    ],
    ret: { i_next: 'add', x_next: 'mul', w_out: 'w' },
  };
  return graphOf(
    [
      { name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: [f32([2])] },
      constNode('zero', 'DT_INT32', [], [0]),
      constNode('w', 'DT_FLOAT', [2], [2, 3]),
      { name: 'loop', op: 'StatelessWhile', inputs: ['zero', 'x', 'w'], attrs: { cond: func('cond'), body: func('body') }, outputs: [i32, f32([2]), f32([2])] },
    ],
    'loop:1',
    f32([2]),
    [cond, body],
  );
}

describe('TFLite control flow', () => {
  it('lowers a While to WHILE with cond and body subgraphs; a passed-through constant stays in the body', () => {
    const { spec } = lowerToTflite(loopGraph(), { convertedBy: 'test' });
    expect(spec.subgraphs?.map((s) => s.name)).toEqual(['loop/body', 'loop/cond']);
    const loop = spec.operators.find((o) => o.op === 'WHILE')!;
    expect(loop.options).toEqual({ table: 'WhileOptions', values: { cond_subgraph_index: 2, body_subgraph_index: 1 } });
    // The weights are no loop var: WHILE carries i and x, in the While's order, in cond and body alike.
    expect(loop.inputs).toHaveLength(2);
    const [body, cond] = spec.subgraphs!;
    expect([body!.inputs.length, body!.outputs.length, cond!.inputs.length, cond!.outputs.length]).toEqual([2, 2, 2, 1]);
    expect(body!.operators.map((o) => o.op)).toEqual(['ADD', 'MUL']);
    const mul = body!.operators[1]!;
    expect(body!.tensors[mul.inputs[1]!]!.buffer).toBeGreaterThan(0);
  });

  it('writes every subgraph, main first, with the SignatureDef on subgraph 0', () => {
    const { files } = planTfliteModel(loopGraph(), { convertedBy: 'test' });
    const m = readTfliteModel(files[0]!.bytes);
    expect(m.subgraphs.map((s) => s.name)).toEqual(['main', 'loop/body', 'loop/cond']);
    expect(m.signatureDefs[0]!.subgraphIndex).toBe(0);
    expect(m.subgraphs[2]!.operators.map((o) => m.operatorCodes[o.opcodeIndex]!.name)).toEqual(['LESS']);
  });

  it('refuses a TensorList whose length is computed at run time, with a typed error', () => {
    const g = graphOf(
      [
        { name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: [f32([2])] },
        constNode('shape', 'DT_INT32', [1], [2]),
        { name: 'n', op: 'Size', inputs: ['x'], attrs: {}, outputs: [i32] },
        { name: 'list', op: 'TensorListReserve', inputs: ['shape', 'n'], attrs: { element_dtype: typeAttr('DT_FLOAT') }, outputs: [variant] },
        constNode('at', 'DT_INT32', [], [0]),
        { name: 'set', op: 'TensorListSetItem', inputs: ['list', 'at', 'x'], attrs: { element_dtype: typeAttr('DT_FLOAT') }, outputs: [variant] },
        { name: 'stack', op: 'TensorListStack', inputs: ['set', 'shape'], attrs: { element_dtype: typeAttr('DT_FLOAT') }, outputs: [{ dtype: 'DT_FLOAT', shape: null }] },
      ],
      'stack',
      { dtype: 'DT_FLOAT', shape: ['n', 2] },
      [],
    );
    let err: MdeployError | undefined;
    try {
      lowerToTflite(g, { convertedBy: 'test' });
    } catch (e) {
      err = e as MdeployError;
    }
    expect(isMdeployError(err) && err.code).toBe('E_UNSUPPORTED_MODEL');
    expect(err!.message).toMatch(/TensorListReserve with a run-time number of elements/);
  });

  it('turns a reserved list written at a constant index into DYNAMIC_UPDATE_SLICE of zeros', () => {
    const g = graphOf(
      [
        { name: 'x', op: 'Placeholder', inputs: [], attrs: {}, outputs: [f32([2])] },
        constNode('shape', 'DT_INT32', [1], [2]),
        constNode('n', 'DT_INT32', [], [3]),
        { name: 'list', op: 'TensorListReserve', inputs: ['shape', 'n'], attrs: { element_dtype: typeAttr('DT_FLOAT') }, outputs: [variant] },
        constNode('at', 'DT_INT32', [], [1]),
        { name: 'set', op: 'TensorListSetItem', inputs: ['list', 'at', 'x'], attrs: { element_dtype: typeAttr('DT_FLOAT') }, outputs: [variant] },
        { name: 'stack', op: 'TensorListStack', inputs: ['set', 'shape'], attrs: { element_dtype: typeAttr('DT_FLOAT') }, outputs: [{ dtype: 'DT_FLOAT', shape: null }] },
      ],
      'stack',
      f32([3, 2]),
      [],
    );
    const { spec } = lowerToTflite(g, { convertedBy: 'test' });
    expect(spec.operators.map((o) => o.op)).toEqual(['EXPAND_DIMS', 'RESHAPE', 'CONCATENATION', 'DYNAMIC_UPDATE_SLICE']);
    expect(spec.tensors[spec.outputs[0]!]!.shape).toEqual([3, 2]);
  });
});
