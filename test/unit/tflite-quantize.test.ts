import { describe, expect, it } from 'vitest';
import { quantizeSymmetricInt8, quantizeTfliteSpec } from '../../src/exporters/tflite/quantize.js';
import { writeTfliteModel, type TfliteModelSpec } from '../../src/exporters/tflite/writer.js';
import { floatToHalf } from '../../src/tensor/math.js';
import { readTfliteModel } from '../../src/tflite/reader.js';

const bytes = (a: Float32Array): Uint8Array => new Uint8Array(a.buffer);

/** x → op(x, w) → y, with w a constant of the given shape and values. */
function specWith(op: 'FULLY_CONNECTED' | 'CONV_2D' | 'ADD', shape: number[], values: Float32Array): TfliteModelSpec {
  return {
    description: 'test',
    tensors: [
      { name: 'x', type: 0, shape: [1, 4], buffer: 0 },
      { name: 'w', type: 0, shape, buffer: 1 },
      { name: 'y', type: 0, shape: [1, 4], buffer: 0 },
    ],
    inputs: [0],
    outputs: [2],
    operators: [{ op, inputs: [0, 1], outputs: [2] }],
    buffers: [new Uint8Array(0), bytes(values)],
    signature: { key: 'serving_default', inputs: [{ name: 'x', tensor: 0 }], outputs: [{ name: 'y', tensor: 2 }] },
  };
}

describe('quantizeSymmetricInt8', () => {
  it('scales each slice along the axis by its own max |value| / 127, zero point 0', () => {
    // [2, 3] along axis 0: rows [1, -2, 0.5] and [0, 0, 0] (an all-zero channel gets scale 1).
    const r = quantizeSymmetricInt8(new Float32Array([1, -2, 0.5, 0, 0, 0]), [2, 3], 0);
    expect(r.scale).toEqual([Math.fround(2 / 127), 1]);
    expect([...r.data]).toEqual([64, -127, 32, 0, 0, 0]);
  });

  it('runs along the last axis for depthwise filters (1HWO)', () => {
    // [1, 1, 2, 2]: channel 0 is [4, -1], channel 1 is [0.5, 1].
    const r = quantizeSymmetricInt8(new Float32Array([4, 0.5, -1, 1]), [1, 1, 2, 2], 3);
    expect(r.scale).toEqual([Math.fround(4 / 127), Math.fround(1 / 127)]);
    expect([...r.data]).toEqual([127, 64, -32, 127]);
  });
});

describe('quantizeTfliteSpec', () => {
  it('float16: stores every float32 constant as FLOAT16 and dequantizes it first', () => {
    const values = new Float32Array([1, 65504, 70000, -0, 1e-8, 6e-8, 0.1, -3.14159]);
    const { spec, report } = quantizeTfliteSpec(specWith('ADD', [8], values), { mode: 'float16' });
    expect(report).toMatchObject({ quantized: 1, keptFloat: 0, bytesBefore: 32, bytesAfter: 16 });
    const model = readTfliteModel(writeTfliteModel(spec));
    const sg = model.subgraphs[0]!;
    expect(model.operatorCodes.map((c) => c.name)).toEqual(['DEQUANTIZE', 'ADD']);
    const deq = sg.operators[0]!;
    const [src, dst] = [sg.tensors[deq.inputs[0]!]!, sg.tensors[deq.outputs[0]!]!];
    expect([src.typeName, dst.typeName, dst.buffer]).toEqual(['FLOAT16', 'FLOAT32', 0]);
    expect(sg.operators[1]!.inputs).toEqual([0, deq.outputs[0]]);
    const halves = [...new Uint16Array(new Uint8Array(model.buffers[src.buffer]!.data!).buffer)];
    // Round to nearest even, overflow to Inf, tiny values to (signed) zero or the smallest subnormal.
    expect(halves.slice(0, 6)).toEqual([0x3c00, 0x7bff, 0x7c00, 0x8000, 0x0000, 0x0001]);
    expect(halves).toEqual([...values].map(floatToHalf));
  });

  it.each([
    ['dynamic-int8', false],
    ['weight-int8', true],
  ] as const)('%s: per-channel int8 FULLY_CONNECTED weights (dequantized: %s)', (mode, viaDequantize) => {
    const values = new Float32Array(4 * 256).map((_, i) => Math.sin(i) * (1 + (i >> 8)));
    const { spec, report } = quantizeTfliteSpec(specWith('FULLY_CONNECTED', [4, 256], values), { mode });
    expect(report).toMatchObject({ quantized: 1, keptFloat: 0, bytesBefore: 4096, bytesAfter: 1024 });
    const model = readTfliteModel(writeTfliteModel(spec));
    const sg = model.subgraphs[0]!;
    expect(model.operatorCodes.map((c) => c.name)).toEqual(viaDequantize ? ['DEQUANTIZE', 'FULLY_CONNECTED'] : ['FULLY_CONNECTED']);
    const w = sg.tensors.find((t) => t.typeName === 'INT8')!;
    expect(w.quantization).toMatchObject({ quantizedDimension: 0, zeroPoint: [0, 0, 0, 0] });
    expect(w.quantization!.scale).toHaveLength(4);
    expect(w.quantization!.scale[3]! / w.quantization!.scale[0]!).toBeCloseTo(4, 2);
  });

  it('int8 modes keep weights under 1024 elements and non-weight constants float32', () => {
    expect(quantizeTfliteSpec(specWith('FULLY_CONNECTED', [4, 255], new Float32Array(1020)), { mode: 'dynamic-int8' }).report).toMatchObject({ quantized: 0, keptFloat: 1 });
    expect(quantizeTfliteSpec(specWith('ADD', [2048], new Float32Array(2048)), { mode: 'weight-int8' }).report).toMatchObject({ quantized: 0, keptFloat: 1 });
  });
});
