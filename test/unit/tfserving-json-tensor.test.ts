/**
 * TF Serving's json_tensor_test.cc expectations (tensorflow/serving, Apache-2.0; see
 * test/fixtures/tfserving-expectations/NOTICE), re-expressed against mdeploy's JSON tensor reader and writer:
 * the tensors TF Serving builds from request JSON, the JSON text it writes for output tensors, and the error
 * substrings its tests check. The goldens are TF Serving's, never mdeploy's own output.
 */
import { describe, expect, it } from 'vitest';
import type { SignatureInfo } from '../../src/savedmodel/signature.js';
import { formatNumber, parsePredictRequest, predictResponseText } from '../../src/server/json-tensors.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { parseJson } from '../../src/tensor/json-parse.js';

/** A signature with these input dtypes (shapes unknown, as in TF Serving's test tensorinfo maps). */
function sig(inputs: Record<string, string>): SignatureInfo {
  return {
    key: 'serving_default',
    methodName: 'tensorflow/serving/predict',
    inputs: Object.fromEntries(Object.entries(inputs).map(([k, dtype]) => [k, { name: `${k}:0`, dtype, shape: null }])),
    outputs: {},
  } as unknown as SignatureInfo;
}

const read = (json: string, inputs: Record<string, string>) => parsePredictRequest(parseJson(json), sig(inputs));
const values = (t: HostTensor | undefined): unknown[] => (t!.dtype === 'DT_STRING' ? (t!.data as Uint8Array[]).map((b) => Buffer.from(b).toString('utf8')) : Array.from(t!.data as ArrayLike<number | bigint>, (v) => (typeof v === 'bigint' ? v : Number(v))));

describe('json_tensor_test.cc: reading requests', () => {
  it('SingleUnnamedTensor: int32 rows', () => {
    const r = read('{"instances": [[1,2],[3,4],[5,6]]}', { default: 'DT_INT32' });
    expect(r.format).toBe('row');
    expect(r.feeds['default']!.shape).toEqual([3, 2]);
    expect(values(r.feeds['default'])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('MixedInputForFloatTensor / MixedInputForDoubleTensor: integers and decimals mix', () => {
    expect(values(read('{"instances": [1, 2.0, 3, 4, 5.003, 0.007, 0.0]}', { default: 'DT_FLOAT' }).feeds['default'])).toEqual([1, 2, 3, 4, Math.fround(5.003), Math.fround(0.007), 0]);
    expect(values(read('{"instances": [1.0, 2, 3, 4, 0.662, 0, 0.0]}', { default: 'DT_DOUBLE' }).feeds['default'])).toEqual([1, 2, 3, 4, 0.662, 0, 0]);
  });

  it('FloatTensorWithPrecisionLoss: 1435774380 and 1435774380.0 read alike', () => {
    const a = values(read('{"instances": [1435774380]}', { default: 'DT_FLOAT' }).feeds['default']);
    const b = values(read('{"instances": [1435774380.0]}', { default: 'DT_FLOAT' }).feeds['default']);
    expect(a).toEqual([Math.fround(1435774380)]);
    expect(b).toEqual(a);
  });

  it('FloatTensorThatExceedsMaxReturnsInf / ExceedsMinReturnsZero', () => {
    expect(values(read(`{"instances": [${Number.MAX_VALUE}, ${-Number.MAX_VALUE}]}`, { default: 'DT_FLOAT' }).feeds['default'])).toEqual([Infinity, -Infinity]);
    const tiny = values(read(`{"instances": [${Number.MIN_VALUE * 2 ** 52}, ${-Number.MIN_VALUE * 2 ** 52}]}`, { default: 'DT_FLOAT' }).feeds['default']);
    expect(Object.is(tiny[0], 0)).toBe(true);
    expect(Object.is(tiny[1], -0)).toBe(true);
  });

  it('SingleUnnamedTensorWithSignature: signature_name is read', () => {
    expect(read('{"signature_name": "predict_images", "instances": [[1,2]]}', { default: 'DT_INT32' }).signatureName).toBe('predict_images');
  });

  it('SingleUnnamedTensorBase64Scalars / Base64Lists / SingleNamedTensorBase64', () => {
    const s = read('{"instances": [ { "b64" : "aGVsbG8=" }, { "b64": "d29ybGQ=" } ]}', { default: 'DT_STRING' }).feeds['default']!;
    expect([s.shape, values(s)]).toEqual([[2], ['hello', 'world']]);
    const l = read('{"instances": [ [{ "b64" : "aGVsbG8=" }], [{ "b64": "d29ybGQ=" }] ]}', { default: 'DT_STRING' }).feeds['default']!;
    expect([l.shape, values(l)]).toEqual([[2, 1], ['hello', 'world']]);
    const n = read('{"instances": [ { "default": [ [{ "b64" : "aGVsbG8=" }], [{ "b64": "d29ybGQ=" }] ] } ]}', { default: 'DT_STRING' }).feeds['default']!;
    expect([n.shape, values(n)]).toEqual([[1, 2, 1], ['hello', 'world']]);
  });

  it('MultipleNamedTensor: four named inputs, NaN and Infinity tokens', () => {
    const r = read(
      `{"instances": [
        {"int_tensor": [[1,2],[3,4],[5,6]], "str_tensor": ["foo", "bar"], "float_tensor": [1.0, NaN], "dbl_tensor": [NaN]},
        {"int_tensor": [[7,8],[9,0],[1,2]], "str_tensor": ["baz", "bat"], "float_tensor": [2.0, Infinity], "dbl_tensor": [2.0]}]}`,
      { int_tensor: 'DT_INT32', str_tensor: 'DT_STRING', float_tensor: 'DT_FLOAT', dbl_tensor: 'DT_DOUBLE' },
    );
    expect(r.feeds['int_tensor']!.shape).toEqual([2, 3, 2]);
    expect(values(r.feeds['int_tensor'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2]);
    expect([r.feeds['str_tensor']!.shape, values(r.feeds['str_tensor'])]).toEqual([[2, 2], ['foo', 'bar', 'baz', 'bat']]);
    expect([r.feeds['float_tensor']!.shape, values(r.feeds['float_tensor'])]).toEqual([[2, 2], [1, NaN, 2, Infinity]]);
    expect([r.feeds['dbl_tensor']!.shape, values(r.feeds['dbl_tensor'])]).toEqual([[2, 1], [NaN, 2]]);
  });

  it('SingleUnnamedTensorColumnarFormat / MultipleNamedTensorColumnarFormat', () => {
    for (const body of ['{"inputs": {"int_tensor": [[[1,2],[3,4],[5,6]]]}}', '{"inputs": [[[1,2],[3,4],[5,6]]]}']) {
      const r = read(body, { int_tensor: 'DT_INT32' });
      expect(r.format).toBe('columnar');
      expect([r.feeds['int_tensor']!.shape, values(r.feeds['int_tensor'])]).toEqual([[1, 3, 2], [1, 2, 3, 4, 5, 6]]);
    }
    const m = read('{"inputs": {"int_tensor": [[[1,2],[3,4],[5,6]]], "str_tensor": ["foo", "bar"], "bin_tensor": { "b64" : "aGVsbG8=" }}}', { int_tensor: 'DT_INT32', str_tensor: 'DT_STRING', bin_tensor: 'DT_STRING' });
    expect([m.feeds['str_tensor']!.shape, values(m.feeds['str_tensor'])]).toEqual([[2], ['foo', 'bar']]);
    expect([m.feeds['bin_tensor']!.shape, values(m.feeds['bin_tensor'])]).toEqual([[], ['hello']]);
  });

  it('SingleUnnamedTensorErrors and MultipleNamedTensorErrors: TF Serving\'s words', () => {
    const int = { default: 'DT_INT32' };
    const two = { int_tensor: 'DT_INT32', str_tensor: 'DT_STRING' };
    const cases: Array<[string, Record<string, string>, string]> = [
      ['{"signature_name": 5, "instances": [[1,2],[3,4],[5,6,7]]}', int, 'must be a string value'],
      ['{"instances": [[1,2],[3,4],[5,6,7]], "inputs": [[1,2],[3,4],[5,6,7]]}', int, 'Not formatted correctly'],
      ['{"instances": [[1,2],[3,4],[5,6,7]]}', int, 'Expecting tensor size'],
      ['{"instances": [[1,2],[3,4],[[5,6]]]}', int, 'Expecting shape'],
      ['{"instances": [1, [1]]}', int, 'Expecting shape'],
      ['{"instances": [[1,2],["a", "b"]]}', int, 'not of expected type'],
      ['{"instances": [{"int_tensor": [[1,2],[3,4],[5,6]], "str_tensor": ["foo", "bar"]}, {"int_tensor": [[[7,8],[9,0],[1,2]]], "str_tensor": ["baz", "bat"]}]}', two, 'Expecting shape'],
      ['{"instances": [{"int_tensor": [[1,2],[3,4],[5,6],[7,8]], "str_tensor": ["foo", "bar"]}, {"int_tensor": [[7,8],[9,0],[1,2]], "str_tensor": ["baz", "bat"]}]}', two, 'Expecting tensor size'],
      ['{"instances": [{"int_tensor": [[1,2],[3,4],[5,6]], "str_tensor": ["foo", "bar"]}, [1, 20, 30], {"int_tensor": [[[7,8],[9,0],[1,2]]], "str_tensor": ["baz", "bat"]}]}', two, 'Expecting object but got list'],
      ['{"instances": [["baz", "bar"], {"str_tensor": ["baz", "bat"]}]}', { str_tensor: 'DT_STRING' }, 'Expecting value/list but got object'],
    ];
    for (const [body, inputs, message] of cases) expect(() => read(body, inputs), body).toThrow(message);
  });
});

describe('json_tensor_test.cc: writing responses', () => {
  const int32: HostTensor = { dtype: 'DT_INT32', shape: [2, 3, 2], data: Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2]) };
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('FromJsonSingleTensor / FromJsonSingleScalarTensor', () => {
    expect(parseJson(predictResponseText({ int_tensor: int32 }, 'row'))).toEqual({ predictions: [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 0], [1, 2]]] });
    expect(parseJson(predictResponseText({ int_tensor: int32 }, 'columnar'))).toEqual({ outputs: [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 0], [1, 2]]] });
    const five: HostTensor = { dtype: 'DT_INT32', shape: [5], data: Int32Array.from([1, 2, 3, 4, 5]) };
    expect(parseJson(predictResponseText({ int_tensor: five }, 'row'))).toEqual({ predictions: [1, 2, 3, 4, 5] });
    expect(parseJson(predictResponseText({ int_tensor: five }, 'columnar'))).toEqual({ outputs: [1, 2, 3, 4, 5] });
  });

  it('FromJsonSingleBytesTensor: outputs named *_bytes come back as {"b64": ...}', () => {
    const t: HostTensor = { dtype: 'DT_STRING', shape: [2, 2], data: ['hello', 'world', 'tf', 'serving'].map(text) };
    expect(parseJson(predictResponseText({ str_tensor_bytes: t }, 'row'))).toEqual({ predictions: [[{ b64: 'aGVsbG8=' }, { b64: 'd29ybGQ=' }], [{ b64: 'dGY=' }, { b64: 'c2VydmluZw==' }]] });
  });

  it('FromJsonSingleFloatTensorSixDigitPrecision: the number text itself', () => {
    const t: HostTensor = { dtype: 'DT_FLOAT', shape: [2, 3], data: Float32Array.from([9000000, 999999, 0.5, 0.0003, 0.00003, 555557.5]) };
    expect(predictResponseText({ float_tensor: t }, 'row')).toBe('{"predictions":[[9e+06,999999.0,0.5],[0.0003,3e-05,555557.5]]}');
  });

  it('FromJsonSingleFloatTensorNonFinite and JsonFromRegressionResultWithNonFinite: RapidJSON\'s tokens', () => {
    const t: HostTensor = { dtype: 'DT_FLOAT', shape: [2, 2], data: Float32Array.from([NaN, Infinity, 3, -Infinity]) };
    expect(predictResponseText({ float_tensor: t }, 'row')).toBe('{"predictions":[[NaN,Infinity],[3.0,-Infinity]]}');
    expect([0.2, Infinity, 1.0, -Infinity, NaN].map((v) => formatNumber(Math.fround(v), 'f32'))).toEqual(['0.2', 'Infinity', '1.0', '-Infinity', 'NaN']);
  });

  it('FromJsonMultipleNamedTensors: row objects and columnar maps', () => {
    const outputs: Record<string, HostTensor> = {
      int_tensor: int32,
      str_tensor: { dtype: 'DT_STRING', shape: [2, 2], data: ['foo', 'bar', 'baz', 'bat'].map(text) },
      float_tensor: { dtype: 'DT_FLOAT', shape: [2, 1], data: Float32Array.from([1, 2]) },
      double_scalar_tensor: { dtype: 'DT_DOUBLE', shape: [2], data: Float64Array.from([8, 9]) },
      str_tensor_bytes: { dtype: 'DT_STRING', shape: [2, 2], data: ['hello', 'world', 'tf', 'serving'].map(text) },
    };
    expect(parseJson(predictResponseText(outputs, 'row'))).toEqual({
      predictions: [
        { double_scalar_tensor: 8.0, float_tensor: [1.0], int_tensor: [[1, 2], [3, 4], [5, 6]], str_tensor: ['foo', 'bar'], str_tensor_bytes: [{ b64: 'aGVsbG8=' }, { b64: 'd29ybGQ=' }] },
        { double_scalar_tensor: 9.0, float_tensor: [2.0], int_tensor: [[7, 8], [9, 0], [1, 2]], str_tensor: ['baz', 'bat'], str_tensor_bytes: [{ b64: 'dGY=' }, { b64: 'c2VydmluZw==' }] },
      ],
    });
    expect(parseJson(predictResponseText(outputs, 'columnar'))).toEqual({
      outputs: {
        double_scalar_tensor: [8.0, 9.0],
        float_tensor: [[1.0], [2.0]],
        int_tensor: [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 0], [1, 2]]],
        str_tensor: [['foo', 'bar'], ['baz', 'bat']],
        str_tensor_bytes: [[{ b64: 'aGVsbG8=' }, { b64: 'd29ybGQ=' }], [{ b64: 'dGY=' }, { b64: 'c2VydmluZw==' }]],
      },
    });
  });

  it('FromJsonSingleTensorErrors / FromJsonMultipleNamedTensorsErrors / zero-batch errors', () => {
    expect(() => predictResponseText({ tensor: { dtype: 'DT_INT32', shape: [], data: Int32Array.from([1]) } }, 'row')).toThrow('no shape information');
    const str13: HostTensor = { dtype: 'DT_STRING', shape: [1, 3], data: ['foo', 'bar', 'baz'].map(text) };
    expect(() => predictResponseText({ int_tensor: { dtype: 'DT_INT32', shape: [2, 3], data: new Int32Array(6) }, str_tensor: str13 }, 'row')).toThrow('inconsistent batch size');
    expect(() => predictResponseText({ int_tensor: { dtype: 'DT_INT32', shape: [0, 2], data: new Int32Array(0) }, str_tensor: { dtype: 'DT_STRING', shape: [1, 2], data: ['foo', 'bar'].map(text) } }, 'row')).toThrow('inconsistent batch size');
  });

  it('FromJsonSingleZeroBatchTensor / FromJsonMultipleZeroBatchTensors', () => {
    expect(parseJson(predictResponseText({ int_tensor: { dtype: 'DT_INT32', shape: [0, 2], data: new Int32Array(0) } }, 'row'))).toEqual({ predictions: [] });
    expect(parseJson(predictResponseText({ str_tensor: { dtype: 'DT_STRING', shape: [0, 1, 2], data: [] }, float_tensor: { dtype: 'DT_FLOAT', shape: [0, 3, 4], data: new Float32Array(0) } }, 'row'))).toEqual({ predictions: [] });
  });
});
