/**
 * KServe V2 gRPC's own part (grpc-v2.ts): InferTensorContents' typed fields and raw_input_contents to the
 * binary tensor layout rest-v2.ts decodes, and encodeInferResponse's answer back to raw or typed outputs.
 * Every datatype, including those no test model has (INT8, UINT16, UINT64, FP16, BOOL …).
 */
import { describe, expect, it } from 'vitest';
import { inference } from '../../src/proto/kserve.js';
import type { SignatureInfo } from '../../src/savedmodel/signature.js';
import { inferRequestBody, modelInferResponse, rawAnswer } from '../../src/server/grpc-v2.js';
import { ServingError } from '../../src/server/errors.js';
import { decodeInferRequest, encodeInferResponse } from '../../src/server/rest-v2.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { budgetFor } from '../../src/tensor/limits.js';

const I = inference;
/** A signature with one input and one output per dtype. */
const DTYPES = ['DT_BOOL', 'DT_INT8', 'DT_INT16', 'DT_INT32', 'DT_INT64', 'DT_UINT8', 'DT_UINT16', 'DT_UINT32', 'DT_UINT64', 'DT_HALF', 'DT_FLOAT', 'DT_DOUBLE', 'DT_STRING'];
const V2 = ['BOOL', 'INT8', 'INT16', 'INT32', 'INT64', 'UINT8', 'UINT16', 'UINT32', 'UINT64', 'FP16', 'FP32', 'FP64', 'BYTES'];
const spec = (dtype: string) => ({ name: `${dtype}:0`, dtype, shape: [-1] });
const sig: SignatureInfo = { key: 'serving_default', methodName: 'tensorflow/serving/predict', inputs: Object.fromEntries(V2.map((v, i) => [v.toLowerCase(), spec(DTYPES[i]!)])), outputs: Object.fromEntries(V2.map((v, i) => [v.toLowerCase(), spec(DTYPES[i]!)])) };

/** A request as it comes off the wire (encoded and decoded, so Longs and defaults are protobufjs'). */
const wire = (req: object): inference.ModelInferRequest => I.ModelInferRequest.decode(I.ModelInferRequest.encode(req).finish());
const long = (v: bigint) => ({ low: Number(BigInt.asUintN(64, v) & 0xffffffffn) | 0, high: Number(BigInt.asUintN(64, v) >> 32n) | 0 });

/** The request through inferRequestBody and rest-v2's decoder, on a signature of just the inputs it names. */
function decode(req: object): Record<string, HostTensor> {
  const r = wire(req);
  const { body, headerLength } = inferRequestBody(r, budgetFor(1 << 20));
  const named = { ...sig, inputs: Object.fromEntries(Object.entries(sig.inputs).filter(([k]) => r.inputs.some((i) => i.name === k))) };
  return decodeInferRequest(body, headerLength, () => named, budgetFor(1 << 20)).feeds;
}

const errorOf = (fn: () => unknown): ServingError => {
  try {
    fn();
  } catch (err) {
    return err as ServingError;
  }
  throw new Error('no error');
};

const typed = { inputs: [
  { name: 'bool', datatype: 'BOOL', shape: [3], contents: { boolContents: [true, false, true] } },
  { name: 'int8', datatype: 'INT8', shape: [2], contents: { intContents: [-128, 127] } },
  { name: 'int16', datatype: 'INT16', shape: [2], contents: { intContents: [-32768, 32767] } },
  { name: 'int32', datatype: 'INT32', shape: [1], contents: { intContents: [-(2 ** 31)] } },
  { name: 'int64', datatype: 'INT64', shape: [2], contents: { int64Contents: [long(-(2n ** 63n)), long(2n ** 53n + 1n)] } },
  { name: 'uint8', datatype: 'UINT8', shape: [1], contents: { uintContents: [255] } },
  { name: 'uint16', datatype: 'UINT16', shape: [1], contents: { uintContents: [65535] } },
  { name: 'uint32', datatype: 'UINT32', shape: [1], contents: { uintContents: [2 ** 32 - 1] } },
  { name: 'uint64', datatype: 'UINT64', shape: [1], contents: { uint64Contents: [long(2n ** 64n - 1n)] } },
  { name: 'fp16', datatype: 'FP16', shape: [0] },
  { name: 'fp32', datatype: 'FP32', shape: [2], contents: { fp32Contents: [0.1, -2.5] } },
  { name: 'fp64', datatype: 'FP64', shape: [1], contents: { fp64Contents: [0.1] } },
  { name: 'bytes', datatype: 'BYTES', shape: [2], contents: { bytesContents: [Buffer.from('hi'), Buffer.from([0, 255])] } },
] };

describe('KServe V2 gRPC: requests', () => {
  it('takes every datatype from its typed contents field, exactly', () => {
    const f = decode(typed);
    expect(Array.from(f['bool']!.data as Uint8Array)).toEqual([1, 0, 1]);
    expect(Array.from(f['int8']!.data as Int8Array)).toEqual([-128, 127]);
    expect(Array.from(f['int16']!.data as Int16Array)).toEqual([-32768, 32767]);
    expect(Array.from(f['int64']!.data as BigInt64Array)).toEqual([-(2n ** 63n), 2n ** 53n + 1n]);
    expect(Array.from(f['uint32']!.data as Uint32Array)).toEqual([2 ** 32 - 1]);
    expect(Array.from(f['uint64']!.data as BigUint64Array)).toEqual([2n ** 64n - 1n]);
    expect(f['fp16']).toMatchObject({ dtype: 'DT_HALF', shape: [0] });
    expect(Array.from(f['fp32']!.data as Float32Array)).toEqual([Math.fround(0.1), -2.5]);
    expect(Array.from(f['fp64']!.data as Float64Array)).toEqual([0.1]);
    expect((f['bytes']!.data as Uint8Array[]).map((b) => Buffer.from(b).toString('hex'))).toEqual(['6869', '00ff']);
  });

  it('takes raw_input_contents as the binary layout (FP16 included), one entry per input', () => {
    const half = Buffer.from(new Uint16Array([0x3c00, 0xc000]).buffer);
    const f = decode({ inputs: [{ name: 'fp16', datatype: 'FP16', shape: [2] }, { name: 'bytes', datatype: 'BYTES', shape: [1] }], rawInputContents: [half, Buffer.from([3, 0, 0, 0, 0x61, 0x62, 0x63])] });
    expect(Array.from(f['fp16']!.data as Uint16Array)).toEqual([0x3c00, 0xc000]);
    expect(Buffer.from((f['bytes']!.data as Uint8Array[])[0]!).toString()).toBe('abc');
  });

  it.each([
    ['INT8 out of range', { inputs: [{ name: 'int8', datatype: 'INT8', shape: [2], contents: { intContents: [1, 300] } }] }, /element 1 of int_contents is out of range for INT8/],
    ['UINT16 out of range', { inputs: [{ name: 'uint16', datatype: 'UINT16', shape: [1], contents: { uintContents: [70000] } }] }, /out of range for UINT16/],
    ['FP16 in typed contents', { inputs: [{ name: 'fp16', datatype: 'FP16', shape: [1], contents: { fp32Contents: [1] } }] }, /FP16 has no typed contents field/],
    ['values in the wrong field', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [1], contents: { fp64Contents: [1] } }] }, /FP32 takes fp32_contents, but values were given in fp64_contents/],
    ['too few values', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [3], contents: { fp32Contents: [1] } }] }, /1 values in fp32_contents, but shape \[3\] holds 3/],
    ['no values', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [3] }] }, /has no data/],
    ['a shape past the budget', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [1 << 30], contents: { fp32Contents: [1] } }] }, /more than the \d+ one request may carry/],
    ['raw entries for some inputs', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [1] }, { name: 'fp64', datatype: 'FP64', shape: [1] }], rawInputContents: [Buffer.alloc(4)] }, /raw_input_contents has 1 entries for 2 inputs/],
    ['contents beside raw', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [1], contents: { fp32Contents: [1] } }], rawInputContents: [Buffer.alloc(4)] }, /contents must not be given/],
    ['raw bytes short of the shape', { inputs: [{ name: 'fp64', datatype: 'FP64', shape: [2] }], rawInputContents: [Buffer.alloc(8)] }, /8 bytes of binary data, but shape \[2\] of FP64 needs 16/],
    ['an unknown datatype', { inputs: [{ name: 'fp32', datatype: 'FLOAT', shape: [1], contents: { fp32Contents: [1] } }] }, /unknown datatype/],
    ['shared memory', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [1], parameters: { shared_memory_region: { stringParam: 'r' } } }] }, /shared-memory tensors are not supported/],
    ['classification', { inputs: [{ name: 'fp32', datatype: 'FP32', shape: [1], contents: { fp32Contents: [1] } }], outputs: [{ name: 'fp32', parameters: { classification: { int64Param: long(2n) } } }] }, /classification extension/],
    ['a non-string signature_name', { parameters: { signature_name: { int64Param: long(1n) } }, inputs: [] }, /signature_name" must be a string_param/],
  ])('refuses %s with INVALID_ARGUMENT', (_what, req, message) => {
    const e = errorOf(() => decode(req));
    expect(e).toBeInstanceOf(ServingError);
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/300|70000/);
  });

  it('answers raw to raw requests, typed to typed ones, unless binary_data_output or an output binary_data says otherwise', () => {
    const bool = (v: boolean) => ({ boolParam: v });
    expect(rawAnswer(wire({}), true)).toBe(true);
    expect(rawAnswer(wire({}), false)).toBe(false);
    expect(rawAnswer(wire({ parameters: { binary_data_output: bool(true) } }), false)).toBe(true);
    expect(rawAnswer(wire({ parameters: { binary_data_output: bool(false) } }), true)).toBe(false);
    expect(rawAnswer(wire({ outputs: [{ name: 'a', parameters: { binary_data: bool(true) } }] }), false)).toBe(true);
    // A flag of another kind counts as absent, as REST ignores a non-boolean binary_data_output.
    expect(rawAnswer(wire({ parameters: { binary_data_output: { stringParam: 'true' } } }), false)).toBe(false);
  });
});

describe('KServe V2 gRPC: answers', () => {
  const outputs: Record<string, HostTensor> = {
    bool: { dtype: 'DT_BOOL', shape: [2], data: Uint8Array.from([1, 0]) },
    int8: { dtype: 'DT_INT8', shape: [1], data: Int8Array.from([-5]) },
    int64: { dtype: 'DT_INT64', shape: [1, 1], data: BigInt64Array.from([-(2n ** 62n) - 1n]) },
    uint64: { dtype: 'DT_UINT64', shape: [1], data: BigUint64Array.from([2n ** 64n - 2n]) },
    fp32: { dtype: 'DT_FLOAT', shape: [3], data: Float32Array.from([0.1, 2, -3]) },
    bytes: { dtype: 'DT_STRING', shape: [2], data: [Buffer.from('neg'), Buffer.from([0xff])] },
  };
  const names = Object.keys(outputs);
  const answer = (raw: boolean, outs = outputs) => {
    const encoded = encodeInferResponse('m', 3, Object.keys(outs), { binaryOut: Object.keys(outs), id: 'r1' }, outs);
    // Through the wire, as a client reads it.
    return I.ModelInferResponse.decode(I.ModelInferResponse.encode(modelInferResponse(encoded, raw)).finish());
  };

  it('writes typed contents per datatype, int64 exact', () => {
    const r = answer(false);
    expect(r).toMatchObject({ modelName: 'm', modelVersion: '3', id: 'r1' });
    expect(r.rawOutputContents).toEqual([]);
    expect(r.outputs.map((o) => [o.name, o.datatype, (o.shape ?? []).map(Number)])).toEqual([
      ['bool', 'BOOL', [2]], ['int8', 'INT8', [1]], ['int64', 'INT64', [1, 1]], ['uint64', 'UINT64', [1]], ['fp32', 'FP32', [3]], ['bytes', 'BYTES', [2]],
    ]);
    const c = Object.fromEntries(r.outputs.map((o) => [o.name, o.contents!]));
    expect(c['bool']!.boolContents).toEqual([true, false]);
    expect(c['int8']!.intContents).toEqual([-5]);
    expect(c['int64']!.int64Contents.map(String)).toEqual([String(-(2n ** 62n) - 1n)]);
    expect(c['uint64']!.uint64Contents.map(String)).toEqual([String(2n ** 64n - 2n)]);
    expect(c['fp32']!.fp32Contents).toEqual([Math.fround(0.1), 2, -3]);
    expect(c['bytes']!.bytesContents.map((b: Uint8Array) => Buffer.from(b).toString('hex'))).toEqual(['6e6567', 'ff']);
  });

  it('writes raw_output_contents in output order, BYTES length-prefixed', () => {
    const r = answer(true);
    expect(r.outputs.every((o) => !o.contents)).toBe(true);
    expect(r.rawOutputContents.map((b) => Buffer.from(b).toString('hex'))).toEqual([
      '0100', 'fb', Buffer.from(BigInt64Array.from([-(2n ** 62n) - 1n]).buffer).toString('hex'), Buffer.from(BigUint64Array.from([2n ** 64n - 2n]).buffer).toString('hex'),
      Buffer.from(Float32Array.from([0.1, 2, -3]).buffer).toString('hex'), '030000006e6567' + '01000000ff',
    ]);
    expect(names).toHaveLength(r.rawOutputContents.length);
  });

  it('answers raw when an output (FP16) has no typed field', () => {
    const r = answer(false, { fp16: { dtype: 'DT_HALF', shape: [1], data: Uint16Array.from([0x3c00]) }, int8: outputs['int8']! });
    expect(r.outputs.map((o) => o.datatype)).toEqual(['FP16', 'INT8']);
    expect(r.rawOutputContents.map((b) => Buffer.from(b).toString('hex'))).toEqual(['003c', 'fb']);
  });
});
