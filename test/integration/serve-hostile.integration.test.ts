/**
 * Hostile input against a real `mdeploy serve`, on the tf backend (libtensorflow) and the onnx backend
 * (onnxruntime): ranks past TensorFlow's limit, shapes whose element count overflows, wrong ranks into
 * convolutions, broadcast bombs, deep nesting, prototype keys, malformed URLs, out-of-range numbers, oversized
 * and slow bodies, and inputs TensorFlow rejects. After every case the process must still be running and a
 * good request must still get TensorFlow's answer; every bad request gets a 4xx JSON error (or a gRPC status)
 * that carries no request data.
 */
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PredictionServiceDefinition } from '../../src/server/grpc.js';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith, FIXTURES_DIR } from '../helpers/env.js';
import { compareJson, goldenEntries, goldenToJson } from '../helpers/golden.js';
import { http, modelConfigText, postJson, startServe, type HttpReply, type ServeProcess } from '../helpers/serve.js';

const HPT = join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu');
const DT_FLOAT = 1;
const DT_DOUBLE = 2;
const DT_STRING = 7;

/** A secret-looking payload: neither it nor its base64 form may come back in an error body or a log line. */
const SECRET_TEXT = 'secret-payload-7351';
const SECRET = Buffer.from(SECRET_TEXT).toString('base64');

type Reply = { status: number; json?: any; text: string };
interface Case {
  name: string;
  send: (s: ServeProcess) => Promise<Reply>;
  /** Expected HTTP status (or the lowest of a range with `upTo`). */
  status: number;
  upTo?: number;
  error?: RegExp;
  backends?: Array<'tf' | 'onnx'>;
}

const nest = (depth: number, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const raw = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<HttpReply> => http(url, { body, headers });

/** A request whose body arrives chunked (no content-length), `total` bytes in `chunk`-byte pieces. */
function chunked(url: string, total: number, chunk = 64 * 1024): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, json: safeJson(text) }));
    });
    req.on('error', reject);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += chunk;
        if (!req.write(Buffer.alloc(chunk, 0x20))) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}
const safeJson = (t: string): unknown => {
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
};

type GrpcReply = { code: number; details: string };
function grpcPredict(s: ServeProcess, request: object): Promise<GrpcReply> {
  const Client = grpc.makeGenericClientConstructor(PredictionServiceDefinition, 'PredictionService');
  const client = new Client(`127.0.0.1:${s.grpcPort}`, grpc.credentials.createInsecure()) as unknown as grpc.Client & { Predict: (r: object, cb: (e: grpc.ServiceError | null) => void) => void };
  return new Promise((resolve) => {
    client.Predict(request, (err) => {
      client.close();
      resolve({ code: err?.code ?? 0, details: err?.details ?? '' });
    });
  });
}
const asReply = (g: GrpcReply): Reply => ({ status: g.code === 0 ? 200 : g.code === grpc.status.INVALID_ARGUMENT ? 400 : g.code === grpc.status.NOT_FOUND ? 404 : 500 + g.code, text: g.details, json: { error: g.details } });
const grpcCase = (model: string, inputs: Record<string, object>, signatureName = '') => async (s: ServeProcess) => asReply(await grpcPredict(s, { modelSpec: { name: model, signatureName }, inputs }));

/** A KServe V2 request with the binary tensor extension: a JSON header, then raw bytes. */
function binaryInfer(s: ServeProcess, header: object, data: Buffer): Promise<HttpReply> {
  const head = Buffer.from(JSON.stringify(header));
  return http(`${s.url}/v2/models/hpt/infer`, { body: Buffer.concat([head, data]), headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(head.length) } });
}

const predict = (s: ServeProcess, model: string) => `${s.url}/v1/models/${model}:predict`;
const infer = (s: ServeProcess, model: string) => `${s.url}/v2/models/${model}/infer`;

const CASES: Case[] = [
  // Ranks and shapes TensorFlow CHECK-fails on.
  { name: 'REST: a tensor of rank 255', send: (s) => postJson(predict(s, 'hpt'), { instances: nest(255, 1) }), status: 400, error: /254/ },
  { name: 'REST: JSON nested 8,000 deep', send: (s) => raw(predict(s, 'hpt'), `{"instances":${'['.repeat(8000)}1${']'.repeat(8000)}}`), status: 400, error: /254/ },
  { name: 'V2: a shape of 255 ones', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: Array(255).fill(1), data: [1] }] }), status: 400, error: /rank 255/ },
  { name: 'V2: dims whose product overflows before a trailing 0', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: [2 ** 62, 2 ** 62, 0], data: [] }] }), status: 400, error: /more elements than TensorFlow can index/ },
  { name: 'V2: safe-integer dims whose product overflows', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: [2 ** 40, 2 ** 40, 0], data: [] }] }), status: 400, error: /more elements than TensorFlow can index/ },
  { name: 'V2: a negative and a fractional dimension', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 1.5], data: [] }] }), status: 400, error: /whole number/ },
  { name: 'V2: a shape that is not a list', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: 'big', data: [1] }] }), status: 400 },
  { name: 'gRPC: dims whose product overflows before a trailing 0', send: grpcCase('hpt', { x: { dtype: DT_FLOAT, tensorShape: { dim: [{ size: 2 ** 62 }, { size: 2 ** 62 }, { size: 0 }] } } }), status: 400, error: /more elements/ },
  { name: 'gRPC: rank 255', send: grpcCase('hpt', { x: { dtype: DT_FLOAT, tensorShape: { dim: Array.from({ length: 255 }, () => ({ size: 1 })) }, floatVal: [1] } }), status: 400, error: /254/ },
  { name: 'gRPC: an unknown-rank tensor', send: grpcCase('hpt', { x: { dtype: DT_FLOAT, tensorShape: { unknownRank: true }, floatVal: [1] } }), status: 400, error: /unknown rank/ },
  { name: 'REST: the wrong rank into a convolution', send: (s) => postJson(predict(s, 'cnn'), { instances: [[1, 2, 3]] }), status: 400, error: /input "image" has rank 2 .*expects rank 4/ },
  { name: 'REST: the wrong spatial size into a convolution', send: (s) => postJson(predict(s, 'cnn'), { instances: [Array(5).fill(Array(5).fill([0]))] }), status: 400, error: /expects \[-1,28,28,1\]/ },
  { name: 'V2: the wrong rank into a convolution', send: (s) => postJson(infer(s, 'cnn'), { inputs: [{ name: 'image', datatype: 'FP32', shape: [1, 3], data: [1, 2, 3] }] }), status: 400, error: /rank 2/ },
  { name: 'gRPC: the wrong rank into a convolution', send: grpcCase('cnn', { image: { dtype: DT_FLOAT, tensorShape: { dim: [{ size: 1 }, { size: 3 }] }, floatVal: [1, 2, 3] } }), status: 400, error: /rank 2/ },
  // Amplification: a tiny request asking for gigabytes.
  { name: 'gRPC: [12500000, 8] from one float_val', send: grpcCase('hpt', { x: { dtype: DT_FLOAT, tensorShape: { dim: [{ size: 12_500_000 }, { size: 8 }] }, floatVal: [1] } }), status: 400, error: /one request may carry/ },
  { name: 'gRPC: a string broadcast to a billion elements', send: grpcCase('hpt_examples', { inputs: { dtype: DT_STRING, tensorShape: { dim: [{ size: 1e9 }] }, stringVal: [Buffer.from('x')] } }, 'classify_x_to_y'), status: 400, error: /one request may carry/, backends: ['tf'] },
  { name: 'V2: a huge declared shape with no data', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: [1e9, 1], data: [] }] }), status: 400, error: /one request may carry/ },
  // Types and values.
  { name: 'gRPC: doubles sent to a float input', send: grpcCase('hpt', { x: { dtype: DT_DOUBLE, tensorShape: { dim: [{ size: 1 }, { size: 1 }] }, doubleVal: [1] } }), status: 400, error: /Expects arg\[0\] to be float but double is provided/ },
  { name: 'REST: 1e400', send: (s) => raw(predict(s, 'hpt'), '{"instances": [[1e400]]}'), status: 400, error: /too big for a double/ },
  { name: 'REST: a string where a number belongs', send: (s) => postJson(predict(s, 'hpt'), { instances: [[SECRET]] }), status: 400, error: /is a string, not a number/ },
  { name: 'REST: an object where a number belongs', send: (s) => postJson(predict(s, 'hpt'), { instances: [[{ b64: SECRET }]] }), status: 400 },
  { name: 'REST: a ragged list', send: (s) => postJson(predict(s, 'cnn'), { instances: [[[[1]]], [[[1], [2]]]] }), status: 400, error: /ragged/ },
  { name: 'V2: more values than the shape holds', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], data: [1, 2, 3] }] }), status: 400, error: /more values/ },
  { name: 'V2: binary data shorter than the shape', send: (s) => binaryInfer(s, { inputs: [{ name: 'x', datatype: 'FP32', shape: [4, 1], parameters: { binary_data_size: 4 } }] }, Buffer.alloc(4)), status: 400, error: /needs 16/ },
  { name: 'V2: binary data longer than the shape', send: (s) => binaryInfer(s, { inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], parameters: { binary_data_size: 8 } }] }, Buffer.alloc(8)), status: 400 },
  { name: 'V2: a header length past the body', send: (s) => http(infer(s, 'hpt'), { body: '{}', headers: { 'inference-header-content-length': '999999' } }), status: 400, error: /outside/ },
  // Keys that are Object.prototype members, and keys nobody declared.
  { name: 'REST: an input named "constructor"', send: (s) => postJson(predict(s, 'hpt'), { inputs: { constructor: [[1]] } }), status: 400, error: /"constructor" is not in signature/ },
  { name: 'REST: an input named "__proto__"', send: (s) => raw(predict(s, 'hpt'), '{"inputs": {"__proto__": [[1]], "x": [[1]]}}'), status: 400, error: /"__proto__" is not in signature/ },
  { name: 'REST: instances with a "toString" key', send: (s) => postJson(predict(s, 'hpt'), { instances: [{ x: [1], toString: [1] }] }), status: 400, error: /"toString"/ },
  { name: 'V2: an input named "constructor"', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'constructor', datatype: 'FP32', shape: [1, 1], data: [1] }] }), status: 400, error: /unexpected input "constructor"/ },
  { name: 'V2: an output named "hasOwnProperty"', send: (s) => postJson(infer(s, 'hpt'), { inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], data: [1] }], outputs: [{ name: 'hasOwnProperty' }] }), status: 400, error: /unexpected output/ },
  { name: 'gRPC: an input named "constructor"', send: grpcCase('hpt', { constructor: { dtype: DT_FLOAT, tensorShape: { dim: [{ size: 1 }, { size: 1 }] }, floatVal: [1] } }), status: 400, error: /Sent extra: \{constructor\}\. Missing but required: \{x\}/ },
  { name: 'REST: a model whose own keys are "constructor" and "toString" answers', send: (s) => postJson(predict(s, 'odd_names'), { inputs: { constructor: [[1, 2]], hasOwnProperty: [[3, 4]] } }), status: 200 },
  // URLs, bodies, methods.
  { name: 'REST: a malformed %-escape in the model name', send: (s) => postJson(`${s.url}/v1/models/%E0%A4%A:predict`, { instances: [[1]] }), status: 400, error: /malformed %-escape/ },
  { name: 'V2: a malformed %-escape in the model name', send: (s) => http(`${s.url}/v2/models/%ZZ`), status: 400, error: /malformed/ },
  { name: 'REST: an unknown model', send: (s) => postJson(predict(s, 'no-such-model'), { instances: [[1]] }), status: 404 },
  { name: 'REST: a version that overflows', send: (s) => http(`${s.url}/v1/models/hpt/versions/99999999999999999999999`), status: 400, error: /Failed to convert version/ },
  { name: 'REST: an 8 KB model name', send: (s) => postJson(`${s.url}/v1/models/${'m'.repeat(8_000)}:predict`, {}), status: 404 },
  { name: 'REST: malformed JSON', send: (s) => raw(predict(s, 'hpt'), '{"instances": [1,'), status: 400, error: /JSON Parse error: Invalid value\. \(unexpected end of input\)/ },
  { name: 'REST: an empty body', send: (s) => raw(predict(s, 'hpt'), ''), status: 400 },
  { name: 'REST: a body over --max-body-size (content-length)', send: (s) => raw(predict(s, 'hpt'), `{"instances": [${'1,'.repeat(600_000)}1]}`), status: 413 },
  { name: 'REST: a chunked body over --max-body-size', send: (s) => chunked(predict(s, 'hpt'), 3 * 1024 * 1024), status: 413, error: /--max-body-size/ },
  { name: 'REST: predict with GET', send: (s) => http(predict(s, 'hpt')), status: 400 },
  { name: 'REST: signature_name that is not a string', send: (s) => postJson(predict(s, 'hpt'), { signature_name: { a: 1 }, instances: [[1]] }), status: 400 },
  // What TensorFlow itself rejects: a client mistake, so 400 (TF Serving's mapping), with no data echoed.
  { name: 'REST: NaN into CheckNumerics', send: (s) => postJson(predict(s, 'check_numerics'), { instances: [[1, 'NaN', 3, 4]] }), status: 400, error: /NaN/, backends: ['tf'] },
  { name: 'REST: garbage where a tf.Example belongs', send: (s) => postJson(predict(s, 'hpt_examples'), { signature_name: 'classify_x_to_y', inputs: { inputs: [{ b64: SECRET }] } }), status: 400, error: /parse example/i, backends: ['tf'] },
  { name: 'REST: a tf.Example without the feature the model needs', send: (s) => postJson(`${s.url}/v1/models/hpt_examples:regress`, { signature_name: 'regress_x_to_y', examples: [{ y: 1.0 }] }), status: 400, error: /required/, backends: ['tf'] },
  { name: 'REST: 0 rows into a convolution', send: (s) => postJson(predict(s, 'cnn'), { inputs: { image: [] } }), status: 400, error: /rank/ },
];

/** Runs the suite against one server and its good request. */
function hostileSuite(backend: 'tf' | 'onnx', start: () => Promise<ServeProcess>): void {
  let s: ServeProcess;
  const hpt = goldenEntries().find((e) => e.id === 'fixture/saved_model_half_plus_two_cpu@00000123')!;
  const goodCase = hpt?.golden.cases.find((c) => c.signature === 'serving_default');
  const good = async (): Promise<void> => {
    const r = await postJson(predict(s, 'hpt'), { inputs: goldenToJson(goodCase!.inputs['x']!) });
    expect(r.status, r.text).toBe(200);
    expect(compareJson(r.json.outputs, goodCase!.outputs!['y']!)).toBeUndefined();
  };
  beforeAll(async () => {
    s = await start();
  }, 240_000);
  afterAll(async () => {
    await s?.stop();
  });

  for (const c of CASES.filter((x) => !x.backends || x.backends.includes(backend))) {
    it(c.name, async () => {
      const r = await c.send(s);
      if (c.upTo) {
        expect(r.status, r.text.slice(0, 300)).toBeGreaterThanOrEqual(c.status);
        expect(r.status, r.text.slice(0, 300)).toBeLessThanOrEqual(c.upTo);
      } else expect(r.status, r.text.slice(0, 300)).toBe(c.status);
      if (r.status >= 400 && r.status !== 413) {
        expect(typeof r.json?.error, r.text.slice(0, 300)).toBe('string');
        if (c.error) expect(r.json.error).toMatch(c.error);
      }
      expect(r.text).not.toContain(SECRET);
      expect(r.text).not.toContain(SECRET_TEXT);
      // Still alive, still right.
      expect(s.proc.exitCode).toBeNull();
      expect(s.proc.signalCode).toBeNull();
      await good();
    });
  }

  it('never wrote request data into its logs', () => {
    expect(JSON.stringify(s.logs)).not.toContain(SECRET);
    expect(JSON.stringify(s.logs)).not.toContain(SECRET_TEXT);
  });

  it('metrics carry only configured model names, however many names clients try', async () => {
    await Promise.all(Array.from({ length: 300 }, (_, i) => postJson(predict(s, `random-${i}`), { instances: [[1]] })));
    const text = (await http(`${s.url}/monitoring/prometheus/metrics`)).text;
    expect(text).not.toMatch(/random-\d+/);
    const models = new Set([...text.matchAll(/model="([^"]*)"/g)].map((m) => m[1]));
    expect([...models].sort()).toEqual(['', ...CONFIGURED[backend]].sort());
  });

  it('cuts off a client that never finishes its headers (slowloris), and keeps serving others', async () => {
    const socket = connect(s.restPort, '127.0.0.1');
    socket.resume(); // read the server's 408, so the close is seen
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write('POST /v1/models/hpt:predict HTTP/1.1\r\nHost: x\r\n');
    const closed = new Promise<number>((r) => {
      const t0 = Date.now();
      socket.once('close', () => r(Date.now() - t0));
    });
    await good();
    // --header-timeout 2s for these servers: closed within a few seconds, not the usual minute.
    expect(await closed).toBeLessThan(8000);
  }, 20_000);
}

const CONFIGURED = { tf: ['hpt', 'hpt_examples', 'cnn', 'check_numerics', 'odd_names'], onnx: ['hpt', 'cnn', 'odd_names'] };
let dir: string;

describeWith(['corpus', 'tfjs-node'], 'serve survives hostile input (tf backend)', () => {
  hostileSuite('tf', async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'mdeploy-hostile-'));
    const config = join(dir, 'tf.config');
    writeFileSync(config, modelConfigText([
      { name: 'hpt', basePath: HPT },
      { name: 'hpt_examples', basePath: HPT },
      { name: 'cnn', basePath: join(CORPUS_DIR, 'cnn') },
      { name: 'check_numerics', basePath: join(CORPUS_DIR, 'check_numerics') },
      { name: 'odd_names', basePath: join(CORPUS_DIR, 'odd_names') },
    ]));
    return startServe(['--model-config-file', config, '--max-body-size', '1MiB', '--header-timeout', '2s', '--workers', '1'], { timeoutMs: 180_000 });
  });
});

describeWith(['corpus'], 'serve survives hostile input (onnx backend)', () => {
  hostileSuite('onnx', async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'mdeploy-hostile-'));
    const models: Record<string, string> = { hpt: HPT, cnn: join(CORPUS_DIR, 'cnn'), odd_names: join(CORPUS_DIR, 'odd_names') };
    const entries = Object.entries(models).map(([name, path]) => {
      const out = join(dir, `${name}.onnx`);
      const r = mdeploy(['convert', path, '--to', 'onnx', '-o', out, '--no-validate', '--overwrite']);
      expect(r.status, r.stderr).toBe(0);
      return { name, basePath: out };
    });
    const config = join(dir, 'onnx.config');
    writeFileSync(config, modelConfigText(entries).replace(/model_platform: "tensorflow"/g, 'model_platform: "onnx"'));
    return startServe(['--model-config-file', config, '--max-body-size', '1MiB', '--header-timeout', '2s'], { timeoutMs: 180_000 });
  });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
