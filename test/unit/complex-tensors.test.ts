/**
 * complex64 / complex128 host tensors: the interleaved (real, imag) layout, TensorProto's scomplex_val /
 * dcomplex_val with TensorFlow's broadcast of the last pair (checked against tf.io.parse_tensor, TensorFlow's
 * own Tensor::FromProto: `scomplex_val: [1, 2]` for shape [3] is three 1+2j), and TF Serving's JSON refusals
 * (json_tensor.cc: UNIMPLEMENTED "Conversion of JSON Value … to type: complex64" when reading,
 * json_tensor_test.cc: InvalidArgument "tensor type: complex64" when writing).
 */
import { describe, expect, it } from 'vitest';
import { ServingError } from '../../src/server/errors.js';
import { parsePredictRequest, predictResponseText } from '../../src/server/json-tensors.js';
import type { SignatureInfo } from '../../src/savedmodel/signature.js';
import { numValues, typedArrayFromBytes, type HostTensor } from '../../src/tensor/host.js';
import { JsonTensorUnimplemented, tensorFromJson } from '../../src/tensor/json.js';
import { budgetFor } from '../../src/tensor/limits.js';
import { allocate, gatherElements, toNumbers, transposeTensor, unary } from '../../src/tensor/math.js';
import { tensorFromProto, tensorToProto, TensorProtoError } from '../../src/tensor/proto.js';
import { dtypeValue } from '../../src/tensor/dtypes.js';

const c64 = (shape: number[], parts: number[]): HostTensor => ({ dtype: 'DT_COMPLEX64', shape, data: Float32Array.from(parts) });
const proto = (dtype: 'DT_COMPLEX64' | 'DT_COMPLEX128', shape: number[], fields: object) => ({ dtype: dtypeValue(dtype), tensorShape: { dim: shape.map((size) => ({ size })) }, ...fields });

describe('complex host layout', () => {
  it('holds 2 × numElements values, real and imaginary parts interleaved', () => {
    expect(numValues('DT_COMPLEX64', [2, 3])).toBe(12);
    expect(numValues('DT_FLOAT', [2, 3])).toBe(6);
    expect(allocate('DT_COMPLEX128', 3)).toBeInstanceOf(Float64Array);
    expect(allocate('DT_COMPLEX128', 3).length).toBe(6);
    expect(allocate('DT_COMPLEX64', 3).length).toBe(6);
    const bytes = new Uint8Array(new Float32Array([1, 2, -0.5, -0]).buffer);
    const t = typedArrayFromBytes('DT_COMPLEX64', bytes);
    expect(t).toBeInstanceOf(Float32Array);
    expect(Array.from(t as Float32Array)).toEqual([1, 2, -0.5, -0]);
    // A byte count that is not whole elements (half a complex64) is refused.
    expect(() => typedArrayFromBytes('DT_COMPLEX64', new Uint8Array(12))).toThrow(/not a whole number of DT_COMPLEX64 elements/);
  });

  it('moves whole (real, imag) pairs when elements are gathered or transposed', () => {
    const t = c64([2, 2], [1, 10, 2, 20, 3, 30, 4, 40]);
    expect(Array.from(transposeTensor(t, [1, 0]).data as Float32Array)).toEqual([1, 10, 3, 30, 2, 20, 4, 40]);
    const four = { ...t, shape: [1, 2, 2, 1] };
    expect(Array.from(transposeTensor(four, [0, 2, 1, 3]).data as Float32Array)).toEqual([1, 10, 3, 30, 2, 20, 4, 40]);
    expect(Array.from(gatherElements(t, [1], () => 3).data as Float32Array)).toEqual([4, 40]);
  });

  it('reads as its real parts (TensorFlow\'s Cast to a real dtype), and never folds into a complex or bool answer', () => {
    const t = c64([2], [1.5, 9, -2, 7]);
    expect(Array.from(toNumbers(t))).toEqual([1.5, -2]);
    expect(Array.from(unary(t, 'DT_FLOAT', (x) => x).data as Float32Array)).toEqual([1.5, -2]);
    expect(() => unary(t, 'DT_COMPLEX64', (x) => -x)).toThrow(RangeError);
    expect(() => unary(c64([1], [0, 1]), 'DT_BOOL', (x) => x)).toThrow(RangeError);
  });
});

describe('complex TensorProtos', () => {
  it('scomplex_val / dcomplex_val: one pair is broadcast to the whole shape, as TensorFlow does', () => {
    const a = tensorFromProto(proto('DT_COMPLEX64', [3], { scomplexVal: [1.5, -2] }));
    expect(a.data).toBeInstanceOf(Float32Array);
    expect(Array.from(a.data as Float32Array)).toEqual([1.5, -2, 1.5, -2, 1.5, -2]);
    const b = tensorFromProto(proto('DT_COMPLEX128', [3], { dcomplexVal: [1, 2, 3, 4, 5, 6] }));
    expect(Array.from(b.data as Float64Array)).toEqual([1, 2, 3, 4, 5, 6]);
    // Fewer pairs than elements: the last pair fills the rest (TF: [1+2j, 3+4j, 3+4j]).
    expect(Array.from(tensorFromProto(proto('DT_COMPLEX128', [3], { dcomplexVal: [1, 2, 3, 4] })).data as Float64Array)).toEqual([1, 2, 3, 4, 3, 4]);
    // No values: zeros. A scalar: one pair.
    expect(Array.from(tensorFromProto(proto('DT_COMPLEX64', [2], {})).data as Float32Array)).toEqual([0, 0, 0, 0]);
    expect(Array.from(tensorFromProto(proto('DT_COMPLEX64', [], { scomplexVal: [7, 8] })).data as Float32Array)).toEqual([7, 8]);
  });

  it('refuses half a pair and more pairs than the shape holds, naming the field', () => {
    expect(() => tensorFromProto(proto('DT_COMPLEX64', [2], { scomplexVal: [1, 2, 3] }))).toThrow(/scomplex_val has 3 values; it holds \(real, imaginary\) pairs/);
    expect(() => tensorFromProto(proto('DT_COMPLEX128', [1], { dcomplexVal: [1, 2, 3, 4] }))).toThrow(/dcomplex_val has 2 \(real, imaginary\) pairs for a tensor of 1 elements/);
  });

  it('tensor_content is 8 (complex64) or 16 (complex128) bytes per element', () => {
    const content = new Uint8Array(new Float64Array([1, -0, Infinity, NaN]).buffer);
    const t = tensorFromProto(proto('DT_COMPLEX128', [2], { tensorContent: content }));
    expect(Object.is((t.data as Float64Array)[1], -0)).toBe(true);
    expect(Number.isNaN((t.data as Float64Array)[3])).toBe(true);
    expect(() => tensorFromProto(proto('DT_COMPLEX128', [3], { tensorContent: content }))).toThrow(TensorProtoError);
    expect(() => tensorFromProto(proto('DT_COMPLEX64', [3], { tensorContent: content }))).toThrow(/needs 24/);
  });

  it('checks the budget before a broadcast allocates', () => {
    const budget = budgetFor(1024);
    expect(() => tensorFromProto(proto('DT_COMPLEX128', [1 << 20], { dcomplexVal: [1, 2] }), budget)).toThrow(/more than the 512 one request may carry/);
    // 300 complex128 elements are 4800 bytes: within the element budget, past the byte budget (4 × 1024).
    expect(() => tensorFromProto(proto('DT_COMPLEX128', [300], { dcomplexVal: [1, 2] }), budget)).toThrow(/needs 4800 bytes/);
  });

  it('writes scomplex_val / dcomplex_val by default and tensor_content on request, and reads both back', () => {
    const t = c64([2], [1, 2, -0.5, 0.25]);
    const typed = tensorToProto(t);
    expect(typed.scomplexVal).toEqual([1, 2, -0.5, 0.25]);
    expect(typed.tensorContent.length).toBe(0);
    expect(Array.from(tensorFromProto(typed).data as Float32Array)).toEqual([1, 2, -0.5, 0.25]);
    const raw = tensorToProto({ dtype: 'DT_COMPLEX128', shape: [1], data: new Float64Array([Math.PI, -Math.E]) }, { tensorContent: true });
    expect(raw.dcomplexVal).toEqual([]);
    expect(raw.tensorContent.length).toBe(16);
    expect(Array.from(tensorFromProto(raw).data as Float64Array)).toEqual([Math.PI, -Math.E]);
  });
});

describe('TF Serving JSON has no complex numbers', () => {
  const sig = (dtype: string): SignatureInfo => ({ key: 'serving_default', methodName: 'tensorflow/serving/predict', inputs: { z: { name: 'z:0', dtype, shape: null } }, outputs: {} }) as unknown as SignatureInfo;

  it('reading: UNIMPLEMENTED (HTTP 501) at the first value, naming the input and where to send it', () => {
    const err = (() => {
      try {
        parsePredictRequest({ inputs: { z: [[1, 2]] } }, sig('DT_COMPLEX64'));
      } catch (e) {
        return e;
      }
      return undefined;
    })() as ServingError;
    expect(err).toBeInstanceOf(ServingError);
    expect(err.code).toBe('UNIMPLEMENTED');
    expect(err.httpStatus).toBe(501);
    expect(err.message).toMatch(/^input "z": Conversion of JSON Value \(an integer\) to type: complex64 is not implemented: JSON has no complex numbers; send it over TF Serving's gRPC API/);
    expect(() => parsePredictRequest({ instances: [1.5] }, sig('DT_COMPLEX128'))).toThrow(/to type: complex128 is not implemented/);
    expect(() => tensorFromJson([[0, 1]], 'DT_COMPLEX64', 'x')).toThrow(JsonTensorUnimplemented);
    // Like TF Serving, an empty list has no value to fail on, and ragged lists are still malformed (400).
    expect(parsePredictRequest({ inputs: { z: [] } }, sig('DT_COMPLEX64')).feeds['z']).toMatchObject({ dtype: 'DT_COMPLEX64', shape: [0] });
    expect(() => parsePredictRequest({ inputs: { z: [[], [1]] } }, sig('DT_COMPLEX64'))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('writing: json_tensor_test.cc\'s "tensor type: complex64" (InvalidArgument), naming the output', () => {
    const z = c64([2], [1, 2, 3, 4]);
    for (const format of ['row', 'columnar'] as const) {
      expect(() => predictResponseText({ tensor: z }, format)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^Failed to write JSON value for tensor type: complex64 \(output "tensor": JSON has no complex numbers; call this signature over TF Serving's gRPC API/) }));
    }
    // An empty complex output has no value to write, so TF Serving (and mdeploy) answer [].
    expect(predictResponseText({ tensor: c64([0], []) }, 'columnar')).toBe('{"outputs":[]}');
  });
});
