/**
 * KServe V2 over gRPC (inference.GRPCInferenceService) on the server that serves TF Serving's gRPC API, driven
 * by a grpcio-tools client that builds requests as tritonclient and KServe's SDK do (test/python/
 * kserve_grpc_client.py): health and metadata, ModelInfer with raw and typed contents against TensorFlow's
 * goldens, int64 past 2^53, BYTES both ways, and bad requests answered INVALID_ARGUMENT while serving goes on.
 * The pieces are wired as startServer wires them, with real models on the TensorFlow backend.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Logger } from '../../src/server/log.js';
import { VERSION } from '../../src/version.js';
import { CORPUS_DIR, describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { goldenEntries, goldenToHost, relError, type GoldenCase, type GoldenTensor } from '../helpers/golden.js';
import { http, modelConfigText } from '../helpers/serve.js';

type Result = Record<string, any>;
type Call = Record<string, unknown>;

const V2_TYPES: Record<string, string> = { DT_FLOAT: 'FP32', DT_INT64: 'INT64', DT_INT32: 'INT32', DT_STRING: 'BYTES' };

function goldenCase(id: string, signature: string): GoldenCase {
  const entry = goldenEntries().find((e) => e.id === id);
  if (!entry) throw new Error(`no golden ${id}`);
  return entry.golden.cases.find((c) => c.signature === signature && !c.error)!;
}

/** One ModelInfer call for a golden case: every input from the golden, in the given encoding. */
const inferCall = (model: string, c: GoldenCase, encoding: 'raw' | 'typed', extra: Call = {}): Call => ({
  rpc: 'ModelInfer',
  model,
  encoding,
  ...(c.signature !== 'serving_default' ? { parameters: { signature_name: c.signature } } : {}),
  inputs: Object.entries(c.inputs).map(([name, golden]) => ({ name, golden })),
  ...extra,
});

/** Differences between a ModelInfer result and the golden outputs (all of them, or `only`). */
function outputProblems(res: Result, want: Record<string, GoldenTensor>, where: string, only?: string[]): string[] {
  if (!res['ok']) return [`${where}: ${res['code']} ${res['details']}`];
  const problems: string[] = [];
  const names = only ?? Object.keys(want);
  const got = new Map<string, Result>((res['outputs'] as Result[]).map((o) => [o['name'], o]));
  if ([...got.keys()].sort().join() !== [...names].sort().join()) problems.push(`${where}: outputs ${[...got.keys()]} != ${names}`);
  for (const k of names) {
    const o = got.get(k);
    const w = want[k]!;
    if (!o) continue;
    if (o['datatype'] !== V2_TYPES[w.dtype]) problems.push(`${where} ${k}: datatype ${o['datatype']}`);
    if (o['shape'].join(',') !== w.shape.join(',')) problems.push(`${where} ${k}: shape [${o['shape']}] != [${w.shape}]`);
    else if (w.strings_b64) {
      if (JSON.stringify(o['values']) !== JSON.stringify(w.strings_b64)) problems.push(`${where} ${k}: strings differ`);
    } else if (relError(goldenToHost({ dtype: w.dtype, shape: o['shape'], b64: o['b64'] }), goldenToHost(w)) > 1e-6) problems.push(`${where} ${k}: values differ`);
  }
  return problems;
}

describeWith(['corpus', 'tfjs-node', 'python-tf'], 'serve: KServe V2 gRPC (GRPCInferenceService)', () => {
  let running: RunningServer;
  let target: string;
  let dir: string;
  const logs: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = [];
  const log: Logger = {
    debug: () => {},
    info: (msg, fields) => logs.push({ level: 'info', msg, fields }),
    warn: (msg, fields) => logs.push({ level: 'warn', msg, fields }),
    error: (msg, fields) => logs.push({ level: 'error', msg, fields }),
  };

  /** Runs calls through the Python client; one result per call. (Not spawnSync: the server shares this event loop.) */
  const client = async (calls: Call[]): Promise<Result[]> => {
    const child = spawn(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'test', 'python', 'kserve_grpc_client.py')], { stdio: ['pipe', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(JSON.stringify({ target, calls }));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code, stderr).toBe(0);
    const results = JSON.parse(stdout) as Result[];
    expect(results).toHaveLength(calls.length);
    return results;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-grpc-v2-'));
    const config = join(dir, 'models.config');
    writeFileSync(
      config,
      modelConfigText([
        { name: 'half_plus_two', basePath: join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu') },
        { name: 'mixed_dtypes', basePath: join(CORPUS_DIR, 'mixed_dtypes') },
        { name: 'tf1_graph', basePath: join(CORPUS_DIR, 'tf1_graph') },
      ]),
    );
    // REST on (for the V2 metadata it must agree with); the V2 service on the gRPC port beside TF Serving's.
    running = await startServer({ modelConfigFile: config, restPort: 0, grpcPort: 0, workers: 1, batching: false, pollMs: 60_000, logger: log });
    await running.initialLoad;
    expect(running.unavailableModels()).toEqual([]);
    target = `127.0.0.1:${running.grpcPort}`;
  }, 180_000);

  afterAll(async () => {
    await running?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers ServerLive, ServerReady, ModelReady, ServerMetadata and ModelMetadata as the REST side does', async () => {
    const [live, ready, meta, hptReady, hpt123, hpt7, unknownReady, mixedMeta, hptMeta, unknownMeta, badVersion] = await client([
      { rpc: 'ServerLive' },
      { rpc: 'ServerReady' },
      { rpc: 'ServerMetadata' },
      { rpc: 'ModelReady', name: 'half_plus_two' },
      { rpc: 'ModelReady', name: 'half_plus_two', version: 123 },
      { rpc: 'ModelReady', name: 'half_plus_two', version: 7 },
      { rpc: 'ModelReady', name: 'no_such_model' },
      { rpc: 'ModelMetadata', name: 'mixed_dtypes' },
      { rpc: 'ModelMetadata', name: 'half_plus_two', version: 123 },
      { rpc: 'ModelMetadata', name: 'no_such_model' },
      { rpc: 'ModelMetadata', name: 'half_plus_two', version: 'latest' },
    ]);
    expect(live).toEqual({ ok: true, live: true });
    expect(ready).toEqual({ ok: true, ready: true });
    expect(meta).toEqual({ ok: true, name: 'mdeploy', version: VERSION, extensions: ['binary_tensor_data'] });
    expect([hptReady, hpt123, hpt7, unknownReady].map((r) => r!['ready'])).toEqual([true, true, false, false]);
    const rest = (await http(`http://127.0.0.1:${running.restPort}/v2/models/mixed_dtypes`)).json;
    expect(mixedMeta).toEqual({ ok: true, ...rest });
    expect(mixedMeta!['inputs']).toEqual([
      { name: 'ids', datatype: 'INT64', shape: [-1, 5] },
      { name: 'text', datatype: 'BYTES', shape: [-1] },
    ]);
    expect(hptMeta).toMatchObject({ ok: true, name: 'half_plus_two', versions: ['123'], platform: 'tensorflow_savedmodel', inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 1] }] });
    expect(unknownMeta).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(badVersion).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('ModelInfer gives TensorFlow’s outputs with raw_input_contents and with typed contents', async () => {
    const hpt = goldenCase('fixture/saved_model_half_plus_two_cpu@00000123', 'serving_default');
    const mixed = goldenCase('corpus/mixed_dtypes', 'serving_default');
    const classify = goldenCase('corpus/tf1_graph', 'classify');
    const cases: Array<{ call: Call; want: Record<string, GoldenTensor>; source: 'raw' | 'contents'; only?: string[] }> = [];
    for (const encoding of ['raw', 'typed'] as const) {
      // tritonclient sends raw and reads raw; KServe's server answers raw to raw and typed to typed.
      const source = encoding === 'raw' ? 'raw' : 'contents';
      cases.push({ call: inferCall('half_plus_two', hpt, encoding, { id: `hpt-${encoding}`, version: 123 }), want: hpt.outputs!, source });
      cases.push({ call: inferCall('mixed_dtypes', mixed, encoding), want: mixed.outputs!, source });
      // BYTES in (serialized tf.Examples) and out (class labels), on a signature chosen by parameter.
      cases.push({ call: inferCall('tf1_graph', classify, encoding), want: classify.outputs!, source });
    }
    // binary_data_output overrides the default; one output's binary_data makes the whole answer raw.
    cases.push({ call: inferCall('mixed_dtypes', mixed, 'typed', { parameters: { binary_data_output: true } }), want: mixed.outputs!, source: 'raw' });
    cases.push({ call: inferCall('mixed_dtypes', mixed, 'raw', { parameters: { binary_data_output: false } }), want: mixed.outputs!, source: 'contents' });
    cases.push({ call: inferCall('mixed_dtypes', mixed, 'typed', { outputs: [{ name: 'ids_sum', parameters: { binary_data: true } }, { name: 'is_hello' }] }), want: mixed.outputs!, source: 'raw', only: ['ids_sum', 'is_hello'] });
    cases.push({ call: inferCall('mixed_dtypes', mixed, 'raw', { outputs: [{ name: 'weighted' }] }), want: mixed.outputs!, source: 'raw', only: ['weighted'] });
    const results = await client(cases.map((c) => c.call));
    const problems = results.flatMap((res, i) => {
      const { call, want, source, only } = cases[i]!;
      const where = `#${i} ${call['model']} ${call['encoding']}`;
      const p = outputProblems(res, want, where, only);
      if (res['ok'] && res['outputs'].some((o: Result) => o['source'] !== source)) p.push(`${where}: outputs not in ${source}`);
      return p;
    });
    expect(problems).toEqual([]);
    expect(results[0]).toMatchObject({ model_name: 'half_plus_two', model_version: '123', id: 'hpt-raw', raw_count: 1 });
    expect(results[3]).toMatchObject({ model_name: 'half_plus_two', model_version: '123', id: 'hpt-typed', raw_count: 0 });
    expect(results[1]).toMatchObject({ model_name: 'mixed_dtypes', model_version: '1', id: '' });
  });

  it('keeps int64 values past 2^53 exact and BYTES elements byte for byte, raw and typed', async () => {
    const ids = [2n ** 60n + 1n, 2n ** 53n + 1n, -(2n ** 62n), 3n, 0n, -(2n ** 63n) + 7n, 9007199254740993n, 1n, 1n, 1n];
    // ids_sum = sum(row) + 1000 (offset variable); row 1 wraps nowhere: -2^63 + 7 + 2^53 + 1 + 3 + 1000.
    const rows = [ids.slice(0, 5), ids.slice(5)];
    const want = rows.map((r) => String(BigInt.asIntN(64, r.reduce((a, b) => a + b, 0n) + 1000n)));
    const text = [Buffer.from('hello'), Buffer.from([0xff, 0x00, 0x68, 0x65, 0x6c, 0x6c, 0x6f])];
    const call = (encoding: string): Call => ({
      rpc: 'ModelInfer',
      model: 'mixed_dtypes',
      encoding,
      inputs: [
        { name: 'ids', datatype: 'INT64', shape: [2, 5], values: ids.map(String) },
        { name: 'text', datatype: 'BYTES', shape: [2], values: text.map((b) => b.toString('base64')) },
      ],
      outputs: [{ name: 'ids_sum' }, { name: 'is_hello' }],
    });
    const [raw, typed] = await client([call('raw'), call('typed')]);
    for (const r of [raw!, typed!]) {
      expect(r['ok'], JSON.stringify(r)).toBe(true);
      const out = Object.fromEntries((r['outputs'] as Result[]).map((o) => [o['name'], o]));
      expect(out['ids_sum']).toMatchObject({ datatype: 'INT64', shape: [2], values: want });
      expect(out['is_hello']).toMatchObject({ datatype: 'INT32', shape: [2], values: [1, 0] });
    }
    expect(raw!['outputs'][0]['source']).toBe('raw');
    expect(typed!['outputs'][0]['source']).toBe('contents');
  });

  it('answers bad requests INVALID_ARGUMENT (or NOT_FOUND, UNIMPLEMENTED) without echoing their data, and keeps serving', async () => {
    const secret = Buffer.from('SECRET-TOKEN-a8f3e1').toString('base64');
    const hpt = goldenCase('fixture/saved_model_half_plus_two_cpu@00000123', 'serving_default');
    const f64 = Buffer.from(new Float64Array([1, 2]).buffer).toString('base64');
    const calls: Call[] = [
      // wrong datatype (FP64 for an FP32 input), raw and typed
      { rpc: 'ModelInfer', model: 'half_plus_two', inputs: [{ name: 'x', datatype: 'FP64', shape: [2, 1], raw_b64: f64 }] },
      { rpc: 'ModelInfer', model: 'half_plus_two', encoding: 'typed', inputs: [{ name: 'x', datatype: 'FP64', shape: [2, 1], values: [1, 2] }] },
      // wrong shape: ids must be [-1, 5] (checked against the graph in Servable.run)
      { rpc: 'ModelInfer', model: 'mixed_dtypes', inputs: [{ name: 'ids', datatype: 'INT64', shape: [1, 4], values: ['1', '2', '3', '4'] }, { name: 'text', datatype: 'BYTES', shape: [1], values: [secret] }] },
      // raw bytes that do not fill the shape; typed values that do not fill it; values in the wrong field
      { rpc: 'ModelInfer', model: 'half_plus_two', inputs: [{ name: 'x', datatype: 'FP32', shape: [2, 1], raw_b64: Buffer.alloc(4).toString('base64') }] },
      { rpc: 'ModelInfer', model: 'half_plus_two', encoding: 'typed', inputs: [{ name: 'x', datatype: 'FP32', shape: [2, 1], values: [1, 2, 3] }] },
      { rpc: 'ModelInfer', model: 'mixed_dtypes', encoding: 'typed', inputs: [{ name: 'ids', datatype: 'INT64', shape: [1, 5], values: [1, 2, 3, 4, 5], field: 'fp32_contents' }, { name: 'text', datatype: 'BYTES', shape: [1], values: [secret] }] },
      // a truncated BYTES element; a missing input; an unknown input; a negative dimension
      { rpc: 'ModelInfer', model: 'mixed_dtypes', inputs: [{ name: 'ids', datatype: 'INT64', shape: [1, 5], values: ['1', '2', '3', '4', '5'] }, { name: 'text', datatype: 'BYTES', shape: [1], raw_b64: Buffer.from([9, 0, 0, 0, 0x53]).toString('base64') }] },
      { rpc: 'ModelInfer', model: 'mixed_dtypes', inputs: [{ name: 'ids', datatype: 'INT64', shape: [1, 5], values: ['1', '2', '3', '4', '5'] }] },
      { rpc: 'ModelInfer', model: 'half_plus_two', inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], values: [1] }, { name: 'nope', datatype: 'FP32', shape: [1], values: [1] }] },
      { rpc: 'ModelInfer', model: 'half_plus_two', encoding: 'typed', inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 1], values: [1] }] },
      // an unknown output, signature, model and version
      { rpc: 'ModelInfer', model: 'half_plus_two', inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], values: [1] }], outputs: [{ name: 'nope' }] },
      { rpc: 'ModelInfer', model: 'half_plus_two', parameters: { signature_name: 'nope' }, inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], values: [1] }] },
      { rpc: 'ModelInfer', model: 'no_such_model', inputs: [] },
      { rpc: 'ModelInfer', model: 'half_plus_two', version: 7, inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], values: [1] }] },
      // Triton's streaming rpc is not served
      { rpc: 'ModelStreamInfer', model: 'half_plus_two', inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 1], values: [1] }] },
      // and afterwards the server still answers
      inferCall('half_plus_two', hpt, 'raw'),
    ];
    const results = await client(calls);
    const codes = results.map((r) => (r['ok'] ? 'OK' : r['code']));
    expect(codes).toEqual([...Array(12).fill('INVALID_ARGUMENT'), 'NOT_FOUND', 'NOT_FOUND', 'UNIMPLEMENTED', 'OK']);
    expect(results[0]!['details']).toMatch(/FP64.*FP32/);
    expect(results[2]!['details']).toMatch(/shape \[1,4\].*\[-1,5\]/);
    expect(results[3]!['details']).toMatch(/4 bytes.*needs 8/);
    expect(results[4]!['details']).toMatch(/3 values in fp32_contents.*holds 2/);
    expect(results[5]!['details']).toMatch(/int64_contents.*fp32_contents/);
    for (const r of results.slice(0, 15)) expect(r['details']).not.toMatch(/SECRET|U0VDUkVU/);
    expect(outputProblems(results[15]!, hpt.outputs!, 'after the errors')).toEqual([]);
    // Client mistakes are not server trouble: nothing is logged as a failed request.
    expect(logs.filter((l) => l.msg === 'grpc request failed')).toEqual([]);
    // Requests are counted under the V2 gRPC api; only configured models become label values.
    const text = await running.metrics.text();
    expect(text).toMatch(/mdeploy_requests_total\{[^}]*model="half_plus_two"[^}]*api="grpc_v2_infer"[^}]*code="INVALID_ARGUMENT"\}/);
    expect(text).toMatch(/mdeploy_requests_total\{[^}]*model="mixed_dtypes"[^}]*version="1"[^}]*api="grpc_v2_infer"[^}]*code="OK"\}/);
    expect(text).toMatch(/api="grpc_v2_model_metadata"/);
    expect(text).not.toMatch(/no_such_model/);
  });
});
