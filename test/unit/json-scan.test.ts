/**
 * The byte scanner for numeric request bodies (src/tensor/json-scan.ts) against the platform's own reader:
 * every number must be the double JSON.parse gives, bit for bit, and every body it does not take must be left to
 * the ordinary parser (undefined), so the server's answers and errors stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { isPacked, PackedNumbers, scanInferBody, scanPredictBody } from '../../src/tensor/json-scan.js';
import { parsePredictRequest } from '../../src/server/json-tensors.js';
import { decodeInferRequest } from '../../src/server/rest-v2.js';
import { decodePredictBody } from '../../src/server/rest-tfserving.js';
import { parseJsonBody } from '../../src/server/json-tensors.js';
import type { SignatureInfo } from '../../src/savedmodel/signature.js';
import { seededRandom } from '../../src/validate/inputs.js';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s));
const bits = (a: ArrayLike<number>): string => Buffer.from(new Float64Array(Array.from(a)).buffer).toString('hex');

/** Number literals as clients write them: JS and Python spellings, short and long, tiny and huge. */
function literals(count: number): string[] {
  const rnd = seededRandom(7);
  const out = ['0', '-0', '0.0', '-0.0', '1', '-1', '1e22', '1e23', '1E-22', '1e-23', '1.7976931348623157e+99', '2.2250738585072014e-99', '123456789012345', '999999999999999', '0.1', '0.30000000000000004', '9.999999999999999e22', '1.0e+10', '3.14159265358979323846', '0.000000000000000000000000001', '12345.678901234567890123'];
  for (let k = 0; k < count; k++) {
    const mag = Math.pow(10, Math.floor(rnd() * 60) - 30);
    const v = (rnd() - 0.5) * mag;
    const f32 = Math.fround(v);
    switch (k % 6) {
      case 0: out.push(String(v)); break;
      case 1: out.push(f32.toPrecision(9)); break;
      case 2: out.push(f32.toPrecision(1 + Math.floor(rnd() * 17))); break;
      case 3: out.push(v.toExponential(Math.floor(rnd() * 20))); break;
      case 4: out.push(String(Math.round((rnd() - 0.5) * 2e15))); break;
      default: out.push(v.toFixed(Math.floor(rnd() * 12))); break;
    }
  }
  return out;
}

const sig = (dtype: string, shape: number[] | null = null, key = 'x'): SignatureInfo =>
  ({ key: 'serving_default', inputs: { [key]: { name: `${key}:0`, dtype, shape } }, outputs: {} }) as unknown as SignatureInfo;

describe('json-scan numbers', () => {
  it('reads every literal as the double JSON.parse gives, bit for bit', () => {
    // Integer literals of 16+ digits are the ordinary parser's (exact int64s past 2^53); all else is the scanner's.
    const lits = literals(20000).filter((l) => !/^-?\d{16,}$/.test(l));
    expect(lits.length).toBeGreaterThan(19000);
    const body = `{"instances": [${lits.join(', ')}]}`;
    const scanned = scanPredictBody(bytes(body));
    expect(scanned).toBeDefined();
    const p = scanned!['instances'] as PackedNumbers;
    expect(p.shape).toEqual([lits.length]);
    const reference = (JSON.parse(body) as { instances: number[] }).instances;
    expect(bits(p.exact())).toBe(bits(reference));
    expect(Buffer.from(p.float32().buffer).toString('hex')).toBe(Buffer.from(new Float32Array(reference).buffer).toString('hex'));
  });

  it('reads Python\'s 17-digit floats as Number() does, as doubles and as float32s, including near float32 midpoints', () => {
    // Random doubles as Python's repr writes them (JS's shortest round-trip form is the same digits), and float32
    // midpoints nudged by one double ulp either way: there the approximate reading must not decide.
    const rnd = seededRandom(11);
    const lits: string[] = [];
    const f = new Float32Array(2);
    for (let k = 0; k < 20000; k++) lits.push(String(rnd() * Math.pow(10, Math.floor(rnd() * 10) - 5)));
    for (let k = 0; k < 2000; k++) {
      f[0] = rnd() * 100;
      const u = new Uint32Array(f.buffer);
      u[1] = u[0]! + 1;
      const mid = (f[0]! + f[1]!) / 2;
      for (const x of [mid, mid * (1 + 2 ** -52), mid * (1 - 2 ** -52)]) lits.push(x.toPrecision(17), String(x));
    }
    const body = `{"inputs": [${lits.join(',')}]}`;
    const p = scanPredictBody(bytes(body))!['inputs'] as PackedNumbers;
    const reference = (JSON.parse(body) as { inputs: number[] }).inputs;
    expect(bits(p.exact())).toBe(bits(reference));
    expect(Buffer.from(p.float32().buffer).toString('hex')).toBe(Buffer.from(new Float32Array(reference).buffer).toString('hex'));
  });

  it('keeps nesting as a shape, and TF Serving\'s NaN / Infinity tokens', () => {
    const p = scanPredictBody(bytes('{"signature_name":"s","inputs":[[[1,2],[3,4]],[[5,6],[7,8]],[[NaN,Infinity],[-Infinity,-0]]]}'))!;
    expect(p['signature_name']).toBe('s');
    const packed = p['inputs'] as PackedNumbers;
    expect(packed.shape).toEqual([3, 2, 2]);
    const values = packed.exact();
    expect(Array.from(values.subarray(0, 8))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(values[8]).toBeNaN();
    expect([values[9], values[10]]).toEqual([Infinity, -Infinity]);
    expect(Object.is(values[11], -0)).toBe(true);
  });

  it('leaves everything else to the ordinary parser', () => {
    const others = [
      '', '{}', '[]', '{"instances": []}', '{"instances": [[]]}', '{"instances": [1, [2]]}', '{"instances": [[1], [2, 3]]}',
      '{"instances": [[1, 2], 3]}', '{"instances": ["a"]}', '{"instances": [true]}', '{"instances": [null]}',
      '{"instances": [{"x": 1}]}', '{"instances": [1e400]}', '{"instances": [1e100]}', '{"instances": [5e-324]}', '{"signature_name": "s"}', '{"instances": [9007199254740993]}',
      '{"instances": [01]}', '{"instances": [1.]}', '{"instances": [.5]}', '{"instances": [-]}', '{"instances": [+1]}',
      '{"instances": [1,]}', '{"instances": [1] ', '{"instances": [1]} x', '{"instances": [1], "instances": [2]}',
      '{"instances": [1], "extra": 2}', '{"sig\\u006eature_name": "a", "instances": [1]}', '{"instances": [-NaN]}',
      '{"instances": [Infinit]}', `{"instances": ${'['.repeat(300)}1${']'.repeat(300)}}`, '{"instances": 5}',
    ];
    for (const body of others) expect(scanPredictBody(bytes(body)), body).toBeUndefined();
  });

  it('gives the same tensors as the ordinary path for the bodies it takes', () => {
    const cases: Array<[string, string]> = [
      ['{"instances": [[1.5, 2.25], [3, -4e-3]]}', 'DT_FLOAT'],
      ['{"instances": [1, 2, 3]}', 'DT_DOUBLE'],
      ['{"inputs": [[1, 2], [3, 4]]}', 'DT_INT32'],
      ['{"inputs": [[1, 2.0], [3e0, 4]]}', 'DT_INT64'],
      ['{"instances": [0, 1, 2]}', 'DT_BOOL'],
      ['{"instances": [255, 0]}', 'DT_UINT8'],
      ['{"instances": [0.5, 65504, 1e-8]}', 'DT_HALF'],
      ['{"instances": [1.25, 3.5]}', 'DT_BFLOAT16'],
      ['{"instances": [[0.54881352186203, 0.7151893377304077], [0.6027633547782898, 1e-7]]}', 'DT_FLOAT'],
      ['{"instances": [0.54881352186203, 0.7151893377304077, 12345678901234.5678]}', 'DT_DOUBLE'],
    ];
    for (const [body, dtype] of cases) {
      const s = sig(dtype);
      const fast = decodePredictBody(bytes(body), () => s);
      expect(isPacked(scanPredictBody(bytes(body))![body.includes('inputs') ? 'inputs' : 'instances'])).toBe(true);
      const slow = parsePredictRequest(parseJsonBody(bytes(body)), s);
      expect(fast.format).toBe(slow.format);
      expect(fast.feeds['x']!.shape).toEqual(slow.feeds['x']!.shape);
      expect(fast.feeds['x']!.dtype).toBe(slow.feeds['x']!.dtype);
      expect(Array.from(fast.feeds['x']!.data as ArrayLike<number | bigint>)).toEqual(Array.from(slow.feeds['x']!.data as ArrayLike<number | bigint>));
    }
  });

  it('gives the same errors as the ordinary path', () => {
    const cases: Array<[string, string]> = [
      ['{"instances": [1.5]}', 'DT_INT32'],
      ['{"instances": [3000000000]}', 'DT_INT32'],
      ['{"instances": [-1]}', 'DT_UINT8'],
      ['{"instances": [NaN]}', 'DT_INT64'],
      ['{"instances": [1, 2]}', 'DT_STRING'],
      ['{"instances": [1, 2]}', 'DT_COMPLEX64'],
    ];
    for (const [body, dtype] of cases) {
      const s = sig(dtype);
      const fast = (() => { try { decodePredictBody(bytes(body), () => s); return 'no error'; } catch (e) { return String((e as Error).message); } })();
      const slow = (() => { try { parsePredictRequest(parseJsonBody(bytes(body)), s); return 'no error'; } catch (e) { return String((e as Error).message); } })();
      expect(fast, `${body} as ${dtype}`).toBe(slow);
      expect(fast).not.toBe('no error');
    }
    // Two inputs cannot take a plain list, scanned or not.
    const two = { key: 'serving_default', inputs: { a: { name: 'a:0', dtype: 'DT_FLOAT', shape: null }, b: { name: 'b:0', dtype: 'DT_FLOAT', shape: null } }, outputs: {} } as unknown as SignatureInfo;
    expect(() => decodePredictBody(bytes('{"instances": [1, 2]}'), () => two)).toThrow(/instances is a plain list/);
  });

  it('reads KServe V2 JSON bodies the same way as the ordinary path', () => {
    const s = sig('DT_FLOAT', [-1, 2]);
    const body = '{"id": "r1", "inputs": [{"name": "x", "datatype": "FP32", "shape": [2, 2], "data": [[1, 2.5], [3, 4]]}]}';
    expect(isPacked((scanInferBody(bytes(body))!['inputs'] as Array<Record<string, unknown>>)[0]!['data'])).toBe(true);
    const fast = decodeInferRequest(bytes(body), undefined, () => s);
    expect(fast.id).toBe('r1');
    expect(fast.feeds['x']!.shape).toEqual([2, 2]);
    expect(Array.from(fast.feeds['x']!.data as Float32Array)).toEqual([1, 2.5, 3, 4]);
    // Flat data with a nested shape, and the count checks, as the ordinary path words them.
    expect(Array.from(decodeInferRequest(bytes('{"inputs": [{"name": "x", "datatype": "FP32", "shape": [2, 2], "data": [1, 2, 3, 4]}]}'), undefined, () => s).feeds['x']!.data as Float32Array)).toEqual([1, 2, 3, 4]);
    for (const data of ['[1, 2, 3]', '[1, 2, 3, 4, 5]']) {
      const b = `{"inputs": [{"name": "x", "datatype": "FP32", "shape": [2, 2], "data": ${data}}]}`;
      const slowMessage = (() => { try { const req = parseJsonBody(bytes(b)); void req; decodeInferRequest(bytes(b.replace('"data"', '"parameters": {}, "data"')), undefined, () => s); return 'none'; } catch (e) { return (e as Error).message; } })();
      expect(() => decodeInferRequest(bytes(b), undefined, () => s)).toThrow(slowMessage);
    }
    // Bodies with parameters, outputs or strings are the ordinary parser's.
    for (const b of ['{"inputs": [], "parameters": {"binary_data_output": true}}', '{"inputs": [{"name": "x", "datatype": "BYTES", "shape": [1], "data": ["a"]}]}', '{"inputs": [{"name": "x", "datatype": "FP32", "shape": [1], "data": [1]}], "outputs": [{"name": "y"}]}']) {
      expect(scanInferBody(bytes(b))).toBeUndefined();
    }
  });
});
