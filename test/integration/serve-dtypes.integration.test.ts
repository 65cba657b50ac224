/**
 * Every dtype TF Serving carries, through `mdeploy serve`, checked bit for bit against TensorFlow's own answers
 * (test/corpus/_dtypes/all_dtypes, written by scripts/generate_corpus.py): each type's min and max, int64 and
 * uint64 past 2^53, NaN with a sign and a payload, ±Inf, -0.0, subnormal halves, binary strings.
 *
 * tf backend: gRPC Predict (tensor_content and typed *_val requests) and KServe V2 binary must return TF's exact
 * bytes; TF Serving REST JSON and V2 JSON must too wherever JSON can write the value (NaN without its sign or
 * payload, strings only when they are UTF-8; V2 JSON has no NaN or Infinity at all). complex64 and complex128
 * (test/corpus/_dtypes/complex) travel over gRPC only, as in TF Serving: its JSON refuses them (501 reading,
 * 400 writing) and KServe V2 has no complex datatype (400), each naming the tensor and saying where to send it.
 * onnx backend: the converted model round-trips whatever onnxruntime-node holds, and refuses the rest with a
 * 400 that names the input. tfjs: values TF.js can hold.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { convertModel } from '../../src/convert/convert.js';
import { floatToHalf, halfToFloat } from '../../src/tensor/math.js';
import { openOnnxModel } from '../../src/runtime/onnx.js';
import { openTfjsGraphModel } from '../../src/runtime/tfjs-node.js';
import { GRPCInferenceServiceDefinition } from '../../src/server/grpc-v2.js';
import { dtypeValue } from '../../src/tensor/dtypes.js';
import { bytesOf, typedArrayFromBytes, type HostTensor, type NumericArray } from '../../src/tensor/host.js';
import { parseJson } from '../../src/tensor/json-parse.js';
import { tensorToProto } from '../../src/tensor/proto.js';
import { CORPUS_DIR, describeWith, ROOT } from '../helpers/env.js';
import type { GoldenCase, GoldenModel, GoldenTensor } from '../helpers/golden.js';
import { grpcPredictTensors, type PredictReply } from '../helpers/grpc-predict.js';
import { http, startServe, type HttpReply, type ServeProcess } from '../helpers/serve.js';

const MODEL = join(CORPUS_DIR, '_dtypes', 'all_dtypes');
const COMPLEX = join(CORPUS_DIR, '_dtypes', 'complex');
const REGENERATE = 'its golden is missing: run `.venv/bin/python scripts/generate_corpus.py --only all_dtypes,complex`';

function golden(model = MODEL): GoldenModel {
  if (!existsSync(join(model, 'golden.json'))) throw new Error(`${model}: ${REGENERATE}`);
  return JSON.parse(readFileSync(join(model, 'golden.json'), 'utf8')) as GoldenModel;
}

/** A golden tensor as a host tensor (complex: the (real, imag) parts interleaved, as TensorFlow lays them out). */
function host(t: GoldenTensor): HostTensor {
  if (t.strings_b64) return { dtype: t.dtype as HostTensor['dtype'], shape: t.shape, data: t.strings_b64.map((s) => new Uint8Array(Buffer.from(s, 'base64'))) };
  return { dtype: t.dtype as HostTensor['dtype'], shape: t.shape, data: typedArrayFromBytes(t.dtype, new Uint8Array(Buffer.from(t.b64 ?? '', 'base64'))) };
}

const raw = (t: HostTensor): string[] => (t.dtype === 'DT_STRING' ? (t.data as Uint8Array[]).map((b) => Buffer.from(b).toString('hex')) : [Buffer.from(bytesOf(t.data as NumericArray)).toString('hex')]);

/** Same dtype, shape and bytes as TF's output, or what differs. */
function exactly(got: HostTensor | undefined, want: GoldenTensor, where: string): string | undefined {
  if (!got) return `${where}: missing`;
  const w = host(want);
  if (got.dtype !== w.dtype) return `${where}: ${got.dtype}, TF says ${w.dtype}`;
  if (got.shape.join(',') !== w.shape.join(',')) return `${where}: shape [${got.shape}], TF says [${w.shape}]`;
  const a = raw(got);
  const b = raw(w);
  return a.join() === b.join() ? undefined : `${where}: bytes ${a.join(' ').slice(0, 160)} != TF's ${b.join(' ').slice(0, 160)}`;
}

const allExact = (got: Record<string, HostTensor>, want: Record<string, GoldenTensor>, where: string): string[] =>
  Object.entries(want).flatMap(([k, t]) => exactly(got[k], t, `${where} ${k}`) ?? []);

// ---- gRPC ----------------------------------------------------------------------------------------------

const grpcPredict = (s: ServeProcess, signature: string, inputs: Record<string, object>, model = 'dt'): Promise<PredictReply> => grpcPredictTensors(s, model, signature, inputs);

/** A golden case as PredictRequest inputs: raw tensor_content, or the typed *_val fields TF's clients write. */
function protoInputs(c: GoldenCase, tensorContent: boolean): Record<string, object> {
  return Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, tensorToProto(host(t), { tensorContent })]));
}

// ---- KServe V2 -----------------------------------------------------------------------------------------

const V2: Record<string, string> = { DT_BOOL: 'BOOL', DT_UINT8: 'UINT8', DT_UINT16: 'UINT16', DT_UINT32: 'UINT32', DT_UINT64: 'UINT64', DT_INT8: 'INT8', DT_INT16: 'INT16', DT_INT32: 'INT32', DT_INT64: 'INT64', DT_HALF: 'FP16', DT_BFLOAT16: 'BF16', DT_FLOAT: 'FP32', DT_DOUBLE: 'FP64', DT_STRING: 'BYTES' };
const FROM_V2 = Object.fromEntries(Object.entries(V2).map(([k, v]) => [v, k]));

/** KServe V2's BYTES layout: each element as a uint32 LE length and its bytes. */
function v2Bytes(t: GoldenTensor): Buffer {
  if (!t.strings_b64) return Buffer.from(t.b64 ?? '', 'base64');
  return Buffer.concat(t.strings_b64.flatMap((s) => {
    const b = Buffer.from(s, 'base64');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(b.length);
    return [len, b];
  }));
}

function fromV2Bytes(dtype: string, shape: number[], bytes: Buffer): HostTensor {
  if (dtype !== 'DT_STRING') return { dtype: dtype as HostTensor['dtype'], shape, data: typedArrayFromBytes(dtype, new Uint8Array(bytes)) };
  const items: Uint8Array[] = [];
  for (let p = 0; p < bytes.length; ) {
    const len = bytes.readUInt32LE(p);
    items.push(new Uint8Array(bytes.subarray(p + 4, p + 4 + len)));
    p += 4 + len;
  }
  return { dtype: 'DT_STRING', shape, data: items };
}

/** /infer with the binary tensor extension both ways; the outputs decoded from the raw bytes. */
async function v2Binary(s: ServeProcess, signature: string, c: GoldenCase): Promise<{ status: number; text: string; outputs: Record<string, HostTensor> }> {
  const blobs = Object.values(c.inputs).map(v2Bytes);
  const header = Buffer.from(
    JSON.stringify({
      inputs: Object.entries(c.inputs).map(([name, t], i) => ({ name, datatype: V2[t.dtype] ?? t.dtype, shape: t.shape, parameters: { binary_data_size: blobs[i]!.length } })),
      parameters: { signature_name: signature, binary_data_output: true },
    }),
  );
  const res = await fetch(`${s.url}/v2/models/dt/infer`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) },
    body: Buffer.concat([header, ...blobs]),
  });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) return { status: res.status, text: body.toString('utf8'), outputs: {} };
  const hlen = Number(res.headers.get('inference-header-content-length'));
  const head = JSON.parse(body.subarray(0, hlen).toString('utf8')) as { outputs: Array<{ name: string; datatype: string; shape: number[]; parameters: { binary_data_size: number } }> };
  const outputs: Record<string, HostTensor> = {};
  let offset = hlen;
  for (const o of head.outputs) {
    outputs[o.name] = fromV2Bytes(FROM_V2[o.datatype] ?? o.datatype, o.shape, body.subarray(offset, offset + o.parameters.binary_data_size));
    offset += o.parameters.binary_data_size;
  }
  return { status: res.status, text: '', outputs };
}

// ---- JSON ----------------------------------------------------------------------------------------------

const FLOATS = new Set(['DT_HALF', 'DT_BFLOAT16', 'DT_FLOAT', 'DT_DOUBLE']);
const bf16ToFloat = (bits: number): number => new Float32Array(new Uint32Array([bits << 16]).buffer)[0]!;

/** Element i of a golden tensor as a JavaScript value: bigint for integers, number for floats, bytes, bool. */
function elements(t: GoldenTensor): Array<bigint | number | boolean | Uint8Array> {
  const h = host(t);
  if (t.dtype === 'DT_STRING') return h.data as Uint8Array[];
  if (t.dtype === 'DT_BOOL') return Array.from(h.data as Uint8Array, (v) => v !== 0);
  if (t.dtype === 'DT_HALF') return Array.from(h.data as Uint16Array, halfToFloat);
  if (t.dtype === 'DT_BFLOAT16') return Array.from(h.data as Uint16Array, bf16ToFloat);
  if (FLOATS.has(t.dtype)) return Array.from(h.data as Float32Array);
  return Array.from(h.data as ArrayLike<number | bigint>, (v) => BigInt(v));
}

/** A value as JSON text, exactly: integers with every digit, -0 as -0.0, NaN/Infinity as TF Serving's tokens. */
function jsonValue(v: bigint | number | boolean | Uint8Array): string {
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Uint8Array) return JSON.stringify({ b64: Buffer.from(v).toString('base64') });
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return Object.is(v, -0) ? '-0.0' : String(v);
}

/** The bits `v` has in `dtype` (for comparing floats that came back as JSON numbers). */
function floatBits(dtype: string, v: number): string {
  if (dtype === 'DT_HALF') return floatToHalf(v).toString(16);
  if (dtype === 'DT_BFLOAT16') return (new Uint32Array(new Float32Array([v]).buffer)[0]! >>> 16).toString(16);
  if (dtype === 'DT_FLOAT') return new Uint32Array(new Float32Array([v]).buffer)[0]!.toString(16);
  return new BigUint64Array(new Float64Array([v]).buffer)[0]!.toString(16);
}

const isUtf8 = (b: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

/**
 * Compares JSON output values with TF's, element by element, where JSON can say the value: integers exactly,
 * floats by their bits (NaN only as NaN: JSON has no sign or payload for it; V2 JSON has no NaN or Infinity),
 * strings when TF's bytes are UTF-8.
 */
function jsonMatches(got: unknown, want: GoldenTensor, where: string, flavor: 'tfserving' | 'v2'): string[] {
  const flat: unknown[] = [];
  const walk = (x: unknown): void => (Array.isArray(x) ? x.forEach(walk) : void flat.push(x));
  walk(got);
  const w = elements(want);
  if (flat.length !== w.length) return [`${where}: ${flat.length} values, TF has ${w.length}`];
  const problems: string[] = [];
  w.forEach((v, i) => {
    const g = flat[i];
    const at = `${where}[${i}]`;
    if (v instanceof Uint8Array) {
      if (!isUtf8(v)) return;
      const text = typeof g === 'object' && g !== null && 'b64' in g ? Buffer.from((g as { b64: string }).b64, 'base64') : Buffer.from(String(g), 'utf8');
      if (!text.equals(Buffer.from(v))) problems.push(`${at}: ${JSON.stringify(g)} != TF's ${JSON.stringify(Buffer.from(v).toString('utf8'))}`);
    } else if (typeof v === 'bigint') {
      if (typeof g !== 'number' && typeof g !== 'bigint') problems.push(`${at}: ${JSON.stringify(String(g))} is not an integer`);
      else if (BigInt(g) !== v) problems.push(`${at}: ${String(g)} != TF's ${v}`);
    } else if (typeof v === 'boolean') {
      if (g !== v) problems.push(`${at}: ${String(g)} != TF's ${v}`);
    } else if (Number.isNaN(v)) {
      if (flavor === 'tfserving' && !Number.isNaN(g)) problems.push(`${at}: ${String(g)} != TF's NaN`);
    } else if (!Number.isFinite(v) && flavor === 'v2') {
      // Not expressible in standard JSON.
    } else {
      // A whole float past 2^53 written without ".0" parses as a bigint; its value is the same.
      const num = typeof g === 'bigint' ? Number(g) : g;
      if (typeof num !== 'number' || floatBits(want.dtype, num) !== floatBits(want.dtype, v)) problems.push(`${at}: ${String(g)} != TF's ${jsonValue(v)} (${want.dtype})`);
    }
  });
  return problems;
}

const post = (url: string, text: string): Promise<HttpReply> => http(url, { body: text, headers: { 'content-type': 'application/json' } });
const parsed = (r: HttpReply): any => parseJson(r.text);

// ---- the suites ----------------------------------------------------------------------------------------

const cases = (g: GoldenModel, signature: string): GoldenCase[] => g.cases.filter((c) => c.signature === signature && !c.error);

/**
 * The extreme case with its strings swapped for the plain case's (all UTF-8), and the outputs to expect: for the
 * routes that carry strings as text. Each output depends on its own input only, so the two cases mix.
 */
function utf8Case(g: GoldenModel): GoldenCase {
  const [extreme, plain] = cases(g, 'serving_default');
  return {
    signature: 'serving_default',
    inputs: { ...extreme!.inputs, s: plain!.inputs['s']! },
    outputs: { ...extreme!.outputs, s_id: plain!.outputs!['s_id']!, s_op: plain!.outputs!['s_op']! },
  };
}

describeWith(['corpus', 'tfjs-node'], 'serve: every dtype on the tf backend, bit for bit', () => {
  let s: ServeProcess;
  let g: GoldenModel;
  beforeAll(async () => {
    g = golden();
    s = await startServe([MODEL, '--name', 'dt', '--workers', '1']);
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('gRPC Predict returns TF\'s bytes for every dtype, from tensor_content and from typed *_val requests', async () => {
    const problems: string[] = [];
    for (const signature of ['serving_default', 'bfloat16']) {
      for (const [i, c] of cases(g, signature).entries()) {
        for (const content of [true, false]) {
          const where = `${signature} case ${i} ${content ? 'tensor_content' : '*_val'}`;
          const r = await grpcPredict(s, signature, protoInputs(c, content));
          if (r.code !== 0) problems.push(`${where}: ${r.code} ${r.details}`);
          else problems.push(...allExact(r.outputs, c.outputs!, where));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('KServe V2 binary returns TF\'s bytes for every dtype', async () => {
    const problems: string[] = [];
    for (const signature of ['serving_default', 'bfloat16']) {
      for (const [i, c] of cases(g, signature).entries()) {
        const r = await v2Binary(s, signature, c);
        if (r.status !== 200) problems.push(`${signature} case ${i}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
        else problems.push(...allExact(r.outputs, c.outputs!, `${signature} case ${i} binary`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('TF Serving REST JSON (columnar and row) carries every value JSON can write', async () => {
    const problems: string[] = [];
    for (const signature of ['serving_default', 'bfloat16']) {
      for (const [i, c] of cases(g, signature).entries()) {
        const where = `${signature} case ${i}`;
        const columns = Object.entries(c.inputs).map(([k, t]) => `${JSON.stringify(k)}:[${elements(t).map(jsonValue).join(',')}]`);
        const r = await post(`${s.url}/v1/models/dt:predict`, `{"signature_name":${JSON.stringify(signature)},"inputs":{${columns.join(',')}}}`);
        if (r.status !== 200) {
          problems.push(`${where} columnar: HTTP ${r.status} ${r.text.slice(0, 200)}`);
          continue;
        }
        const outputs = parsed(r).outputs as Record<string, unknown>;
        for (const [k, t] of Object.entries(c.outputs!)) problems.push(...jsonMatches(outputs[k], t, `${where} columnar ${k}`, 'tfserving'));
        // Row form: one object per element, every output sliced the same way.
        const n = Object.values(c.inputs)[0]!.shape[0]!;
        const values = Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, elements(t).map(jsonValue)]));
        const rows = Array.from({ length: n }, (_, j) => `{${Object.keys(c.inputs).map((k) => `${JSON.stringify(k)}:${values[k]![j]}`).join(',')}}`);
        const rr = await post(`${s.url}/v1/models/dt:predict`, `{"signature_name":${JSON.stringify(signature)},"instances":[${rows.join(',')}]}`);
        if (rr.status !== 200) {
          problems.push(`${where} row: HTTP ${rr.status} ${rr.text.slice(0, 200)}`);
          continue;
        }
        const predictions = parsed(rr).predictions as Array<Record<string, unknown>>;
        const keys = Object.keys(c.outputs!);
        for (const k of keys) problems.push(...jsonMatches(predictions.map((p) => (keys.length === 1 ? p : p[k])), c.outputs![k]!, `${where} row ${k}`, 'tfserving'));
      }
    }
    expect(problems).toEqual([]);
  });

  it('KServe V2 JSON carries every value JSON can write', async () => {
    const problems: string[] = [];
    // V2 JSON writes BYTES as text, so the extreme case goes with UTF-8 strings.
    const all: Array<[string, GoldenCase]> = [['extreme', utf8Case(g)], ['plain', cases(g, 'serving_default')[1]!], ['bfloat16', cases(g, 'bfloat16')[0]!]];
    for (const [where, c] of all) {
      const inputs = Object.entries(c.inputs).map(([k, t]) => {
        const data = t.dtype === 'DT_STRING' ? (elements(t) as Uint8Array[]).map((b) => JSON.stringify(Buffer.from(b).toString('utf8'))) : elements(t).map(jsonValue);
        return `{"name":${JSON.stringify(k)},"datatype":"${V2[t.dtype]}","shape":${JSON.stringify(t.shape)},"data":[${data.join(',')}]}`;
      });
      const r = await post(`${s.url}/v2/models/dt/infer`, `{"parameters":{"signature_name":${JSON.stringify(c.signature)}},"inputs":[${inputs.join(',')}]}`);
      if (r.status !== 200) {
        problems.push(`${where}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
        continue;
      }
      const outputs = parsed(r).outputs as Array<{ name: string; datatype: string; shape: number[]; data: unknown[] }>;
      for (const [k, t] of Object.entries(c.outputs!)) {
        const o = outputs.find((x) => x.name === k);
        if (!o) problems.push(`${where} ${k}: missing`);
        else if (o.datatype !== V2[t.dtype]) problems.push(`${where} ${k}: datatype ${o.datatype}, expected ${V2[t.dtype]}`);
        else problems.push(...jsonMatches(o.data, t, `${where} ${k}`, 'v2'));
      }
    }
    expect(problems).toEqual([]);
  });

  it('complex_out: gRPC returns TF\'s complex64 (scomplex_val, or tensor_content); REST JSON cannot write it, as TF Serving', async () => {
    const c = cases(g, 'complex_out')[0]!;
    const problems: string[] = [];
    for (const content of [true, false]) {
      const r = await grpcPredict(s, 'complex_out', protoInputs(c, content));
      if (r.code !== 0) problems.push(`${content}: ${r.code} ${r.details}`);
      else problems.push(...allExact(r.outputs, c.outputs!, `complex_out ${content ? 'tensor_content' : '*_val'}`));
    }
    expect(problems).toEqual([]);
    const rest = await post(`${s.url}/v1/models/dt:predict`, '{"signature_name":"complex_out","inputs":{"re":[1,2],"im":[3,4]}}');
    expect(rest.status, rest.text).toBe(400);
    expect(rest.json.error).toMatch(/^Failed to write JSON value for tensor type: complex64 \(output "z": JSON has no complex numbers; call this signature over TF Serving's gRPC API/);
  });
});

describeWith(['corpus', 'tfjs-node'], 'serve: complex64 and complex128 on the tf backend, over gRPC as TF Serving carries them', () => {
  let s: ServeProcess;
  let g: GoldenModel;
  beforeAll(async () => {
    g = golden(COMPLEX);
    s = await startServe([COMPLEX, '--name', 'cx', '--workers', '1']);
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  const predict = (signature: string, inputs: Record<string, object>) => grpcPredict(s, signature, inputs, 'cx');
  const complexProto = (dtype: 'DT_COMPLEX64' | 'DT_COMPLEX128', shape: number[], fields: object) => ({ dtype: dtypeValue(dtype), tensorShape: { dim: shape.map((size) => ({ size })) }, ...fields });

  it('loads with the synthetic warm-up, which feeds complex zeros to every signature', () => {
    const available = s.logs.find((l) => l['msg'] === 'version available' && l['model'] === 'cx');
    expect(available?.['warmup'], JSON.stringify(available)).toBe('3 synthetic');
  });

  it('every case round-trips bit for bit with TF\'s answer: ±0, ±Inf, NaN payloads, subnormals, empty tensors', async () => {
    const problems: string[] = [];
    for (const [i, c] of g.cases.entries()) {
      for (const content of [true, false]) {
        const where = `${c.signature} case ${i} ${content ? 'tensor_content' : 'scomplex_val/dcomplex_val'}`;
        const r = await predict(c.signature, protoInputs(c, content));
        if (r.code !== 0) problems.push(`${where}: ${r.code} ${r.details}`);
        else problems.push(...allExact(r.outputs, c.outputs!, where));
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers in scomplex_val / dcomplex_val (TF Serving\'s default), interleaved (real, imag)', async () => {
    const c = cases(g, 'multiply')[0]!;
    const r = await predict('multiply', protoInputs(c, true));
    expect(r.code, r.details).toBe(0);
    const p = r.protos['product']!;
    expect(p.tensorContent?.length ?? 0).toBe(0);
    expect(p.dcomplexVal).toEqual(Array.from(host(c.outputs!['product']!).data as Float64Array));
    // (1+2j)(2-1j) = 4+3j and (-3.5+0.25j)(0.5+4j) = -2.75-13.875j, as TF computed them.
    expect(p.dcomplexVal).toEqual([4, 3, -2.75, -13.875]);
  });

  it('one (real, imag) pair in scomplex_val / dcomplex_val is broadcast to the whole shape, as TensorFlow does', async () => {
    // TF's answer for np.full(3, 1.5-2j) and np.full(3, -0.25+8j).
    const c = cases(g, 'serving_default')[1]!;
    const r = await predict('serving_default', { c64: complexProto('DT_COMPLEX64', [3], { scomplexVal: [1.5, -2] }), c128: complexProto('DT_COMPLEX128', [3], { dcomplexVal: [-0.25, 8] }) });
    expect(r.code, r.details).toBe(0);
    expect(allExact(r.outputs, c.outputs!, 'broadcast')).toEqual([]);
  });

  it('malformed complex TensorProtos are INVALID_ARGUMENT naming the input, checked before anything is allocated', async () => {
    const ok = complexProto('DT_COMPLEX128', [1], { dcomplexVal: [1, 2] });
    const bad: Array<[object, RegExp]> = [
      [complexProto('DT_COMPLEX64', [2], { scomplexVal: [1, 2, 3] }), /input "c64": scomplex_val has 3 values; it holds \(real, imaginary\) pairs/],
      [complexProto('DT_COMPLEX64', [1], { scomplexVal: [1, 2, 3, 4] }), /input "c64": scomplex_val has 2 \(real, imaginary\) pairs for a tensor of 1 elements/],
      [complexProto('DT_COMPLEX64', [2], { tensorContent: Buffer.alloc(12) }), /input "c64": tensor_content has 12 bytes; DT_COMPLEX64\[2\] needs 16/],
      // One pair broadcast to 2^40 elements: refused by the request budget, not allocated.
      [complexProto('DT_COMPLEX64', [2 ** 40], { scomplexVal: [1, 2] }), /input "c64": shape \[1099511627776\] has 1099511627776 elements, more than the \d+ one request may carry/],
      [{ ...complexProto('DT_COMPLEX64', [1], { scomplexVal: [1, 2] }), dtype: dtypeValue('DT_COMPLEX128') }, /Expects arg\[1\] to be complex64 but complex128 is provided/],
    ];
    for (const [c64, message] of bad) {
      const r = await predict('serving_default', { c64, c128: ok });
      expect(r.code, r.details).toBe(grpc.status.INVALID_ARGUMENT);
      expect(r.details).toMatch(message);
    }
    // Still serving.
    expect((await predict('serving_default', { c64: complexProto('DT_COMPLEX64', [1], { scomplexVal: [1, 2] }), c128: ok })).code).toBe(0);
  });

  it('TF Serving REST: a complex input is 501 (TF Serving\'s UNIMPLEMENTED), a complex output 400, both pointing at gRPC', async () => {
    for (const body of ['{"inputs":{"c64":[1,2],"c128":[3,4]}}', '{"instances":[{"c64":1,"c128":2}]}']) {
      const r = await post(`${s.url}/v1/models/cx:predict`, body);
      expect(r.status, r.text).toBe(501);
      expect(r.json.error).toMatch(/^input "c(64|128)": Conversion of JSON Value \(an integer\) to type: complex(64|128) is not implemented: JSON has no complex numbers; send it over TF Serving's gRPC API instead/);
    }
    for (const body of ['{"signature_name":"from_real","inputs":{"re":[1.0],"im":[2.0]}}', '{"signature_name":"from_real","instances":[{"re":1.0,"im":2.0}]}']) {
      const r = await post(`${s.url}/v1/models/cx:predict`, body);
      expect(r.status, r.text).toBe(400);
      expect(r.json.error).toMatch(/^Failed to write JSON value for tensor type: complex128 \(output "z128": JSON has no complex numbers; call this signature over TF Serving's gRPC API/);
    }
  });

  it('KServe V2 (REST and gRPC) has no complex datatype: 400 / INVALID_ARGUMENT naming the tensor, pointing at TF Serving gRPC', async () => {
    const input = /input "c64" is DT_COMPLEX64, and KServe V2 has no complex datatype; call this signature over TF Serving's gRPC API/;
    const output = /output "z(64|128)" is DT_COMPLEX(64|128), and KServe V2 has no complex datatype; leave it out of the outputs the request asks for, or call this signature over TF Serving's gRPC API/;
    // Whatever datatype the client guesses.
    for (const datatype of ['FP32', 'COMPLEX64']) {
      const r = await post(`${s.url}/v2/models/cx/infer`, `{"inputs":[{"name":"c64","datatype":"${datatype}","shape":[1,2],"data":[1,2]},{"name":"c128","datatype":"FP64","shape":[1,2],"data":[1,2]}]}`);
      expect(r.status, r.text).toBe(400);
      expect(r.json.error).toMatch(input);
    }
    const fromReal = await post(`${s.url}/v2/models/cx/infer`, '{"parameters":{"signature_name":"from_real"},"inputs":[{"name":"re","datatype":"FP64","shape":[1],"data":[1]},{"name":"im","datatype":"FP64","shape":[1],"data":[2]}]}');
    expect(fromReal.status, fromReal.text).toBe(400);
    expect(fromReal.json.error).toMatch(output);

    const Client = grpc.makeGenericClientConstructor(GRPCInferenceServiceDefinition, 'GRPCInferenceService');
    const client = new Client(`127.0.0.1:${s.grpcPort}`, grpc.credentials.createInsecure()) as unknown as grpc.Client & { ModelInfer: (r: object, cb: (e: grpc.ServiceError | null) => void) => void };
    const infer = (req: object) => new Promise<grpc.ServiceError | null>((resolve) => client.ModelInfer(req, (e) => resolve(e)));
    try {
      const a = await infer({ modelName: 'cx', inputs: [{ name: 'c64', datatype: 'FP32', shape: [1, 2], contents: { fp32Contents: [1, 2] } }, { name: 'c128', datatype: 'FP64', shape: [1, 2], contents: { fp64Contents: [1, 2] } }] });
      expect(a?.code, a?.details).toBe(grpc.status.INVALID_ARGUMENT);
      expect(a!.details).toMatch(input);
      const b = await infer({ modelName: 'cx', parameters: { signature_name: { stringParam: 'from_real' } }, inputs: [{ name: 're', datatype: 'FP64', shape: [1], contents: { fp64Contents: [1] } }, { name: 'im', datatype: 'FP64', shape: [1], contents: { fp64Contents: [2] } }] });
      expect(b?.code, b?.details).toBe(grpc.status.INVALID_ARGUMENT);
      expect(b!.details).toMatch(output);
    } finally {
      client.close();
    }
  });
});

describeWith(['corpus', 'tfjs-node', 'python-tf'], 'serve: complex tensors with TF Serving\'s own client API (tensorflow_serving.apis, make_tensor_proto)', () => {
  let s: ServeProcess;
  beforeAll(async () => {
    s = await startServe([COMPLEX, '--name', 'cx', '--workers', '1']);
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('tf.make_tensor_proto requests (dcomplex_val / scomplex_val, one broadcast pair) read back by tf.make_ndarray as TF\'s bytes', async () => {
    const child = spawn(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'test', 'python', 'complex_client.py')], { stdio: ['pipe', 'pipe', 'pipe'], timeout: 120_000, env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(JSON.stringify({ target: `127.0.0.1:${s.grpcPort}`, model: 'cx', golden: join(COMPLEX, 'golden.json') }));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code, stderr).toBe(0);
    const results = JSON.parse(stdout) as Array<{ check: string; ok: boolean; problems: string[] }>;
    expect(results.map((r) => r.check)).toEqual(['serving_default case 0', 'serving_default case 1', 'serving_default case 2', 'multiply case 3', 'from_real case 4', 'broadcast']);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  }, 120_000);
});

describeWith(['corpus'], 'serve: every dtype on the onnx backend (onnxruntime-node)', () => {
  let s: ServeProcess;
  let g: GoldenModel;
  let dir: string;
  beforeAll(async () => {
    g = golden();
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-dtypes-'));
    await convertModel({ model: join(MODEL, '1'), to: 'onnx', output: join(dir, 'dt.onnx'), signature: 'serving_default', validate: false });
    s = await startServe([join(dir, 'dt.onnx'), '--name', 'dt']);
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gRPC and V2 binary return TF\'s bytes for every dtype onnxruntime holds (all but bfloat16 and complex)', async () => {
    const c = utf8Case(g);
    const problems: string[] = [];
    for (const content of [true, false]) {
      const r = await grpcPredict(s, '', protoInputs(c, content));
      if (r.code !== 0) problems.push(`gRPC ${content}: ${r.code} ${r.details}`);
      else problems.push(...allExact(r.outputs, c.outputs!, `gRPC ${content ? 'tensor_content' : '*_val'}`));
    }
    const v2 = await v2Binary(s, 'serving_default', c);
    if (v2.status !== 200) problems.push(`V2 binary: HTTP ${v2.status} ${v2.text.slice(0, 200)}`);
    else problems.push(...allExact(v2.outputs, c.outputs!, 'V2 binary'));
    expect(problems).toEqual([]);
  });

  it('a string that is not UTF-8 is a 400 naming the input: onnxruntime-node carries strings as text', async () => {
    const extreme = cases(g, 'serving_default')[0]!;
    const r = await grpcPredict(s, '', protoInputs(extreme, true));
    expect(r.code, r.details).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r.details).toMatch(/input "s" \(DT_STRING\): element 2 is not UTF-8/);
    const v2 = await v2Binary(s, 'serving_default', extreme);
    expect(v2.status, v2.text).toBe(400);
    expect(v2.text).toMatch(/input \\?"s\\?" \(DT_STRING\)/);
  });

  it('bfloat16 and complex64 never reach onnxruntime-node: a bfloat16 model does not load, complex64 does not convert', async () => {
    // onnxruntime-node has no bfloat16 tensors ("Unsupported data type: 16") and its CPU kernels few bfloat16 ops,
    // so such a model fails at load (the server reports the version as not loaded), never with a wrong answer.
    const out = join(dir, 'bf16.onnx');
    await convertModel({ model: join(MODEL, '1'), to: 'onnx', output: out, signature: 'bfloat16', validate: false });
    const err = (await openOnnxModel(out).then(() => undefined, (e: unknown) => e)) as Error & { code?: string };
    expect(err?.code, String(err)).toBe('E_UNSUPPORTED_MODEL');
    expect(err.message).toMatch(/onnxruntime could not load the model/);
    // The ONNX exporter has no Complex/Real/Imag/Conj either.
    await expect(convertModel({ model: join(MODEL, '1'), to: 'onnx', output: join(dir, 'c.onnx'), signature: 'complex_out', validate: false })).rejects.toMatchObject({ code: 'E_UNSUPPORTED_OPS' });
    await expect(convertModel({ model: join(COMPLEX, '1'), to: 'onnx', output: join(dir, 'cx.onnx'), validate: false })).rejects.toMatchObject({ code: 'E_UNSUPPORTED_OPS' });
  });

  it('a complex feed is INVALID_ARGUMENT naming the input: onnxruntime-node has no complex tensors', async () => {
    const session = await openOnnxModel(join(dir, 'dt.onnx'));
    try {
      const plain = cases(g, 'serving_default')[1]!;
      const feeds = Object.fromEntries(Object.entries(plain.inputs).map(([k, t]) => [k, host(t)]));
      const z: HostTensor = { dtype: 'DT_COMPLEX64', shape: [3], data: new Float32Array(6) };
      await expect(session.run({ ...feeds, f32: z })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^input "f32" is DT_COMPLEX64, which onnxruntime cannot take \(no DT_COMPLEX64 tensors in onnxruntime-node\); serve the SavedModel with --backend tf/),
      });
    } finally {
      await session.dispose();
    }
  });
});

describeWith(['corpus', 'tfjs-node'], 'every dtype on the tfjs backend: what TF.js holds, and a named refusal for integers it cannot', () => {
  let dir: string;
  let g: GoldenModel;
  beforeAll(() => {
    g = golden();
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-dtypes-tfjs-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('plain values of every dtype come back as TF computes them; integers past int32 are INVALID_ARGUMENT', async () => {
    await convertModel({ model: join(MODEL, '1'), to: 'tfjs', output: join(dir, 'dt'), signature: 'serving_default', validate: false });
    const session = await openTfjsGraphModel(join(dir, 'dt'));
    try {
      const [extreme, plain] = cases(g, 'serving_default');
      const feeds = (c: GoldenCase) => Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, host(t)]));
      expect(allExact(await session.run(feeds(plain!)), plain!.outputs!, 'plain')).toEqual([]);
      // int64 past int32: refused by name, not narrowed.
      await expect(session.run({ ...feeds(plain!), i64: host(extreme!.inputs['i64']!) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/input "i64" is DT_INT64 and element 0 is outside int32/) });
      await expect(session.run({ ...feeds(plain!), u64: host(extreme!.inputs['u64']!) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/input "u64" is DT_UINT64 and element 1 is outside int32/) });
      // int8 127 + 1: TensorFlow wraps to -128, TF.js (int32) says 128: an error, not a wrong answer.
      await expect(session.run({ ...feeds(plain!), i8: host(extreme!.inputs['i8']!) })).rejects.toMatchObject({ code: 'OUT_OF_RANGE', message: expect.stringMatching(/output "i8_op" is DT_INT8/) });
    } finally {
      await session.dispose();
    }
  });
});
