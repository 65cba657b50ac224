/**
 * How `mdeploy serve` behaves as a service: TF Serving's own example request, hot reload without failed
 * requests, failed versions, config reloads, labels, a stateful model under concurrency, bad input, limits
 * (413, 429, 504), metrics, SIGTERM draining, and the ONNX and TF.js backends. Every test runs the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { compareJson, goldenToJson, type GoldenModel } from '../helpers/golden.js';
import { http, modelConfigText, postJson, startServe, type ServeProcess } from '../helpers/serve.js';

const HPT = join(FIXTURES_DIR, 'saved_model_half_plus_two_2_versions');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const status = async (s: ServeProcess, model: string): Promise<Array<[string, string, string]>> => {
  const r = await http(`${s.url}/v1/models/${model}`);
  return r.status === 200 ? r.json.model_version_status.map((v: any) => [v.version, v.state, v.status.error_code]) : [];
};

/** A V2 binary request for a float32 image batch (compact for big inputs). */
function imageRequest(input: string, shape: number[]): { body: Buffer; headers: Record<string, string> } {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = Buffer.from(new Float32Array(n).map((_, i) => (i % 255) / 255).buffer);
  const header = Buffer.from(JSON.stringify({ inputs: [{ name: input, datatype: 'FP32', shape, parameters: { binary_data_size: data.length } }], outputs: [{ name: 'output_0' }] }));
  return { body: Buffer.concat([header, data]), headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) } };
}

let work: string;
const servers: ServeProcess[] = [];
async function serve(args: string[], env: Record<string, string> = {}): Promise<ServeProcess> {
  const s = await startServe(args, { env });
  servers.push(s);
  return s;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mdeploy-serve-b-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describeWith(['tfjs-node', 'python-tf'], 'serve: TF Serving behaviour', () => {
  it('answers TF Serving\'s documented half_plus_two requests the way TF Serving does', async () => {
    const s = await serve([join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu'), '--name', 'half_plus_two']);
    // The request and response from TF Serving's REST tutorial (the signature says [-1, 1]; the graph takes [3]).
    const r = await postJson(`${s.url}/v1/models/half_plus_two:predict`, { instances: [1.0, 2.0, 5.0] });
    expect(r.status, r.text).toBe(200);
    // Byte for byte what TF Serving writes: whole floats keep their ".0".
    expect(r.text).toBe('{"predictions":[2.5,3.0,4.5]}');
    expect(r.headers.get('x-request-id')).toMatch(/\S+/);
    const echo = await http(`${s.url}/v1/models/half_plus_two`, { headers: { 'x-request-id': 'trace-42' } });
    expect(echo.headers.get('x-request-id')).toBe('trace-42');
    const classify = await postJson(`${s.url}/v1/models/half_plus_two:classify`, { signature_name: 'classify_x_to_y', examples: [{ x: 1.0 }, { x: 4.0 }] });
    expect(classify.json).toEqual({ results: [[['', 2.5]], [['', 4.0]]] });
    const regress = await postJson(`${s.url}/v1/models/half_plus_two:regress`, { signature_name: 'tensorflow/serving/regress', examples: [{ x: 3.0 }] });
    expect(regress.status).toBe(400);
    const regress2 = await postJson(`${s.url}/v1/models/half_plus_two:regress`, { signature_name: 'regress_x_to_y', context: { x: 7.0 }, examples: [{}] });
    expect(regress2.json).toEqual({ results: [5.5] });
    const regress3 = await postJson(`${s.url}/v1/models/half_plus_two:regress`, { signature_name: 'regress_x_to_y', examples: [{ x: 10 }] });
    expect(regress3.text).toBe('{"results":[7.0]}');
  });

  it('hot-reloads version 124 next to 123 under a client loop with no failed request', async () => {
    const base = join(work, 'hot');
    mkdirSync(base, { recursive: true });
    cpSync(join(HPT, '00000123'), join(base, '00000123'), { recursive: true });
    const s = await serve([base, '--name', 'hpt', '--poll', '200ms']);
    expect(await status(s, 'hpt')).toEqual([['123', 'AVAILABLE', 'OK']]);
    let stop = false;
    let ok = 0;
    const failures: string[] = [];
    const seen = new Set<string>();
    const loop = async (): Promise<void> => {
      while (!stop) {
        try {
          const r = await postJson(`${s.url}/v1/models/hpt:predict`, { inputs: { x: [[1.0], [3.0]] } });
          if (r.status === 200 && JSON.stringify(r.json) === '{"outputs":[[2.5],[3.5]]}') ok++;
          else failures.push(`${r.status} ${r.text}`);
        } catch (err) {
          failures.push(String(err));
        }
        const m = await http(`${s.url}/v1/models/hpt/metadata`);
        if (m.status === 200) seen.add(m.json.model_spec.version);
      }
    };
    const loops = [loop(), loop(), loop(), loop()];
    await sleep(500);
    // A plain recursive copy, not an atomic rename: the source may see a half-copied directory first.
    cpSync(join(HPT, '00000124'), join(base, '00000124'), { recursive: true });
    await waitFor('124 AVAILABLE and 123 unloaded', async () => {
      const st = await status(s, 'hpt');
      return st.length === 1 && st[0]![0] === '124' && st[0]![1] === 'AVAILABLE' ? st : undefined;
    });
    await sleep(500);
    stop = true;
    await Promise.all(loops);
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(20);
    expect([...seen].sort()).toEqual(['123', '124']);
    const logs = s.logs.map((l) => `${l['msg']} ${l['version'] ?? ''}`);
    expect(logs).toContain('version available 124');
    expect(logs).toContain('version unloaded 123');
  });

  it('keeps serving the previous version when a new one fails to load, reports it, and retries once it is fixed', async () => {
    const base = join(work, 'broken');
    cpSync(join(HPT, '00000123'), join(base, '00000123'), { recursive: true });
    const s = await serve([base, '--name', 'hpt', '--poll', '200ms']);
    mkdirSync(join(base, '00000124'), { recursive: true });
    writeFileSync(join(base, '00000124', 'saved_model.pb'), Buffer.from('not a protobuf'));
    const st = await waitFor('124 to fail', async () => {
      const v = await status(s, 'hpt');
      return v.some((x) => x[0] === '124' && x[1] === 'END') ? v : undefined;
    });
    expect(st.find((v) => v[0] === '123')?.[1]).toBe('AVAILABLE');
    expect(st.find((v) => v[0] === '124')?.[1]).toBe('END');
    expect(st.find((v) => v[0] === '124')?.[2]).not.toBe('OK');
    const r = await postJson(`${s.url}/v1/models/hpt:predict`, { instances: [[2.0]] });
    expect(r.status).toBe(200);
    expect((await http(`${s.url}/v1/models/hpt/metadata`)).json.model_spec.version).toBe('123');
    expect((await http(`${s.url}/v1/models/hpt/versions/124`)).json.model_version_status[0].status.error_message).toMatch(/saved_model\.pb/);
    // Fix it in place (atomically): the changed files make the source retry the load.
    rmSync(join(base, '00000124'), { recursive: true });
    cpSync(join(HPT, '00000124'), join(base, 'tmp-124'), { recursive: true });
    renameSync(join(base, 'tmp-124'), join(base, '00000124'));
    await waitFor('124 AVAILABLE', async () => ((await status(s, 'hpt')).some((v) => v[0] === '124' && v[1] === 'AVAILABLE') ? true : undefined));
  });

  it('replays TF Serving\'s warm-up file before a version is AVAILABLE, and refuses a corrupt one', async () => {
    const base = join(work, 'warm');
    cpSync(join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu', '00000123'), join(base, '1'), { recursive: true });
    const file = join(base, '1', 'assets.extra', 'tf_serving_warmup_requests');
    // Written by TensorFlow's TFRecordWriter: predict, regress and classify records.
    const py = spawnSync(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'test', 'python', 'warmup_file.py'), file, '6'], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    cpSync(join(base, '1'), join(base, '2'), { recursive: true });
    const corrupt = readFileSync(file);
    corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 7) ^ 0xff, corrupt.length - 7);
    writeFileSync(join(base, '2', 'assets.extra', 'tf_serving_warmup_requests'), corrupt);
    const config = join(work, 'warm.config');
    writeFileSync(config, modelConfigText([{ name: 'w', basePath: base, policy: 'all {}' }]));
    const s = await serve(['--model-config-file', config]);
    expect(s.logs.find((l) => l['msg'] === 'version available')).toMatchObject({ version: 1, warmup: '6 file' });
    const v2 = (await http(`${s.url}/v1/models/w/versions/2`)).json.model_version_status[0];
    expect(v2.state).toBe('END');
    expect(v2.status.error_message).toMatch(/tf_serving_warmup_requests.*checksum mismatch/);
    expect((await http(`${s.url}/v1/models/w/metadata`)).json.model_spec.version).toBe('1');
  });

  it('reloads the model config file: adds and removes models, applies version policies and labels', async () => {
    const config = join(work, 'models.config');
    const half3 = join(FIXTURES_DIR, 'saved_model_half_plus_three');
    writeFileSync(config, modelConfigText([{ name: 'two', basePath: HPT, policy: 'all {}', labels: { stable: 123, canary: 124 } }]));
    const s = await serve(['--model-config-file', config, '--poll', '200ms']);
    expect(await status(s, 'two')).toEqual([
      ['124', 'AVAILABLE', 'OK'],
      ['123', 'AVAILABLE', 'OK'],
    ]);
    const viaLabel = await http(`${s.url}/v1/models/two/labels/stable/metadata`);
    expect(viaLabel.json.model_spec.version).toBe('123');
    const canary = await postJson(`${s.url}/v1/models/two/labels/canary:predict`, { instances: [[1.0]] });
    expect(canary.status).toBe(200);
    expect((await http(`${s.url}/v1/models/two/labels/nope`)).status).toBe(400);
    expect((await http(`${s.url}/v1/models/three`)).status).toBe(404);

    writeFileSync(config, modelConfigText([{ name: 'two', basePath: HPT, policy: 'specific { versions: 123 }' }, { name: 'three', basePath: half3 }]));
    await waitFor('three AVAILABLE and two pinned to 123', async () => {
      const three = await status(s, 'three');
      const two = await status(s, 'two');
      return three[0]?.[1] === 'AVAILABLE' && two.length === 1 && two[0]![0] === '123' ? true : undefined;
    });
    const r = await postJson(`${s.url}/v1/models/three:predict`, { instances: [1.0, 2.0] });
    // half_plus_three: y = 0.5 x + 3.
    expect(r.json).toEqual({ predictions: [3.5, 4.0] });

    writeFileSync(config, modelConfigText([{ name: 'three', basePath: half3 }]));
    await waitFor('two removed', async () => ((await http(`${s.url}/v1/models/two`)).status === 404 ? true : undefined));
    // A broken config file leaves the running models alone.
    writeFileSync(config, 'model_config_list { config { name: ');
    await sleep(800);
    expect((await status(s, 'three'))[0]?.[1]).toBe('AVAILABLE');
    expect(s.logs.some((l) => String(l['msg']).startsWith('model config reload failed'))).toBe(true);
  });

  it('reloads its models over gRPC (ModelService.HandleReloadConfigRequest) only when allowed, and only under --model-root', async () => {
    const client = (s: ServeProcess, calls: unknown[]) => {
      const r = spawnSync(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'test', 'python', 'grpc_client.py')], { input: JSON.stringify({ target: `127.0.0.1:${s.grpcPort}`, calls }), encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as Array<Record<string, any>>;
    };
    const reload = { rpc: 'ReloadConfig', models: [{ name: 'three', base_path: join(FIXTURES_DIR, 'saved_model_half_plus_three') }, { name: 'two', base_path: HPT, policy: 'all' }] };
    // One model path: nothing to reload, and nothing a client may point at.
    const single = await serve([HPT, '--name', 'two']);
    const [denied] = client(single, [reload]);
    expect(denied).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', details: expect.stringMatching(/--model-config-file and --allow-reload/) });
    const cfg = join(work, 'reload.config');
    writeFileSync(cfg, modelConfigText([{ name: 'two', basePath: HPT }]));
    const notAllowed = await serve(['--model-config-file', cfg]);
    expect(client(notAllowed, [reload])[0]).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', details: expect.stringMatching(/--allow-reload/) });
    expect((await status(notAllowed, 'three'))).toEqual([]);

    const s = await serve(['--model-config-file', cfg, '--allow-reload', '--model-root', FIXTURES_DIR]);
    const [ok, bad, outside, escape] = client(s, [
      reload,
      { rpc: 'ReloadConfig', models: [{ name: 'x', base_path: '' }] },
      { rpc: 'ReloadConfig', models: [{ name: 'etc', base_path: '/etc' }] },
      { rpc: 'ReloadConfig', models: [{ name: 'up', base_path: join(FIXTURES_DIR, '..', '..', '..', 'examples') }] },
    ]);
    expect(ok).toEqual({ ok: true, error_code: 0, error_message: '' });
    expect(bad).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(bad!['details']).toMatch(/base_path/);
    for (const r of [outside, escape]) expect(r).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', details: expect.stringMatching(/outside the model root/) });
    expect((await status(s, 'three'))[0]?.[1]).toBe('AVAILABLE');
    expect((await status(s, 'two')).map((v) => v[0])).toEqual(['124', '123']);
    // The refused reloads changed nothing.
    expect((await http(`${s.url}/v1/models/etc`)).status).toBe(404);
  });

  it('keeps the saved_model_counter fixture consistent under concurrent calls', async () => {
    const s = await serve([join(FIXTURES_DIR, 'saved_model_counter'), '--name', 'counter']);
    const call = (signature: string, inputs: Record<string, unknown> = {}) => postJson(`${s.url}/v1/models/counter:predict`, { signature_name: signature, inputs });
    expect((await call('reset_counter')).json).toEqual({ outputs: 0 });
    const n = 200;
    const replies = await Promise.all(Array.from({ length: n }, () => call('incr_counter')));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    // Every increment saw a distinct count: no two ran on a torn state.
    const values = replies.map((r) => r.json.outputs as number).sort((a, b) => a - b);
    expect(values).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const by = await Promise.all(Array.from({ length: 50 }, () => call('incr_counter_by', { delta: 2 })));
    expect(by.every((r) => r.status === 200)).toBe(true);
    expect((await call('get_counter')).json).toEqual({ outputs: n + 100 });
  });

  it('answers a flood of bad requests with 4xx JSON errors and keeps serving; metrics count them', async () => {
    const s = await serve([HPT, '--name', 'hpt', '--max-body-size', '4KiB']);
    const predict = `${s.url}/v1/models/hpt:predict`;
    const bad: Array<[string, () => Promise<{ status: number; json: any; text: string }>]> = [
      ['malformed JSON', () => http(predict, { body: '{"instances": [1.0,', headers: { 'content-type': 'application/json' } })],
      ['not an object', () => postJson(predict, [1, 2])],
      ['no instances/inputs', () => postJson(predict, { foo: 1 })],
      ['both instances and inputs', () => postJson(predict, { instances: [[1]], inputs: [[1]] })],
      ['wrong dtype', () => postJson(predict, { instances: [['a']] })],
      ['ragged', () => postJson(predict, { instances: [[1, 2], [3]] })],
      ['unknown signature', () => postJson(predict, { signature_name: 'nope', instances: [[1]] })],
      ['unknown input', () => postJson(predict, { inputs: { y: [[1]] } })],
      ['unknown model', () => postJson(`${s.url}/v1/models/nope:predict`, { instances: [[1]] })],
      ['unknown version', () => postJson(`${s.url}/v1/models/hpt/versions/999:predict`, { instances: [[1]] })],
      ['GET on predict', () => http(predict)],
      ['no route', () => http(`${s.url}/v1/nothing`)],
      ['too big', () => postJson(predict, { instances: Array.from({ length: 2000 }, () => [1.0]) })],
      ['bad b64', () => postJson(predict, { instances: [{ b64: 42 }] })],
      ['classify without examples', () => postJson(`${s.url}/v1/models/hpt:classify`, { signature_name: 'classify_x_to_y' })],
      ['classify with a wrong feature type', () => postJson(`${s.url}/v1/models/hpt:classify`, { signature_name: 'classify_x_to_y', examples: [{ x: 'text' }] })],
      ['v2 bad datatype', () => postJson(`${s.url}/v2/models/hpt/infer`, { inputs: [{ name: 'x', datatype: 'FP99', shape: [1, 1], data: [1] }] })],
      ['v2 data/shape mismatch', () => postJson(`${s.url}/v2/models/hpt/infer`, { inputs: [{ name: 'x', datatype: 'FP32', shape: [2, 1], data: [1] }] })],
      ['v2 header length past the body', () => http(`${s.url}/v2/models/hpt/infer`, { body: '{"inputs":[]}', headers: { 'inference-header-content-length': '999' } })],
      ['v2 unknown model', () => http(`${s.url}/v2/models/nope`)],
    ];
    const problems: string[] = [];
    for (let round = 0; round < 10; round++) {
      for (const [what, send] of bad) {
        const r = await send();
        if (r.status < 400 || r.status >= 500 || typeof r.json?.error !== 'string' || r.json.error.length < 5) problems.push(`${what}: ${r.status} ${r.text.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
    const r = await postJson(predict, { instances: [[1.0], [3.0]] });
    expect(r.json).toEqual({ predictions: [[2.5], [3.5]] });
    expect(s.proc.exitCode).toBeNull();

    const metrics = (await http(`${s.url}/monitoring/prometheus/metrics`)).text;
    const count = (labels: string): number => Number(new RegExp(`^mdeploy_requests_total\\{${labels}\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
    expect(count('model="hpt",version="",api="rest_predict",code="400"')).toBeGreaterThanOrEqual(60);
    expect(count('model="hpt",version="124",api="rest_predict",code="200"')).toBe(1);
    // Unknown model names are not label values (they would grow the metrics without bound).
    expect(count('model="",version="",api="rest_predict",code="404"')).toBe(10);
    expect(metrics).not.toMatch(/model="nope"/);
    expect(count('model="hpt",version="",api="rest_predict",code="413"')).toBe(10);
    expect(metrics).toMatch(/^mdeploy_request_duration_seconds_bucket\{le="0.005",model="hpt",api="rest_predict"\} \d+$/m);
    expect(metrics).toMatch(/^mdeploy_batch_size_count\{model="hpt",signature="serving_default"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^mdeploy_batch_queue_depth\{model="hpt",signature="serving_default"\} 0$/m);
    expect(metrics).toMatch(/^mdeploy_model_state\{model="hpt",version="124",state="AVAILABLE"\} 1$/m);
  });
});

describeWith(['corpus', 'tfjs-node'], 'serve: limits, batching and shutdown on a heavy model', () => {
  const resnet = join(CORPUS_DIR, 'resnet50');

  it('warms every signature with known shapes when the model has no warm-up file', async () => {
    const s = await serve([join(CORPUS_DIR, 'attention'), '--name', 'a']);
    expect(s.logs.find((l) => l['msg'] === 'version available')).toMatchObject({ warmup: expect.stringMatching(/^[1-9]\d* synthetic$/) });
    const counter = await serve([join(FIXTURES_DIR, 'saved_model_counter'), '--name', 'c']);
    // A stateful model is never sent synthetic requests: they would change its state.
    expect(counter.logs.find((l) => l['msg'] === 'version available')).toMatchObject({ warmup: 'none' });
  });

  it('answers 429 when the batch queue is full, and serves again after', async () => {
    const s = await serve([resnet, '--name', 'r', '--workers', '1', '--max-batch-size', '1', '--batch-timeout', '0ms', '--max-enqueued-batches', '1']);
    const req = imageRequest('image', [1, 224, 224, 3]);
    const replies = await Promise.all(Array.from({ length: 12 }, () => http(`${s.url}/v2/models/r/infer`, req)));
    const codes = replies.map((r) => r.status);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 200 || c === 429)).toBe(true);
    expect(replies.find((r) => r.status === 429)!.json.error).toMatch(/queue is full/);
    expect((await http(`${s.url}/v2/models/r/infer`, req)).status).toBe(200);
  });

  it('batches concurrent single-row requests into larger batches', async () => {
    const s = await serve([resnet, '--name', 'r', '--workers', '1', '--max-batch-size', '8', '--batch-timeout', '20ms']);
    const req = imageRequest('image', [1, 224, 224, 3]);
    const replies = await Promise.all(Array.from({ length: 16 }, () => http(`${s.url}/v2/models/r/infer`, req)));
    expect(replies.map((r) => r.status)).toEqual(Array(16).fill(200));
    // Every request gets its own row back: the same for the same input (up to float rounding, which depends on
    // the batch size the row ran in).
    const first = replies[0]!.json.outputs[0].data as number[];
    const scale = Math.max(...first.map(Math.abs));
    for (const r of replies) {
      expect(r.json.outputs[0].shape).toEqual([1, 1000]);
      const d = r.json.outputs[0].data as number[];
      expect(Math.max(...d.map((v, i) => Math.abs(v - first[i]!))) / scale).toBeLessThan(1e-4);
    }
    const metrics = (await http(`${s.url}/monitoring/prometheus/metrics`)).text;
    const batches = Number(/^mdeploy_batch_size_count\{model="r",signature="serving_default"\} (\d+)$/m.exec(metrics)?.[1]);
    const rows = Number(/^mdeploy_batch_size_sum\{model="r",signature="serving_default"\} (\d+)$/m.exec(metrics)?.[1]);
    expect(rows).toBe(16);
    expect(batches).toBeLessThan(16);
  });

  it('answers 504 past --request-timeout and keeps serving', async () => {
    const s = await serve([resnet, '--name', 'r', '--workers', '1', '--request-timeout', '30ms', '--no-batching']);
    const r = await http(`${s.url}/v2/models/r/infer`, imageRequest('image', [2, 224, 224, 3]));
    expect(r.status).toBe(504);
    expect(r.json.error).toMatch(/timed out after 30 ms/);
    expect((await http(`${s.url}/v2/health/live`)).status).toBe(200);
  });

  it('drains requests in flight on SIGTERM, then exits 0', async () => {
    const s = await serve([resnet, '--name', 'r', '--workers', '1', '--no-batching']);
    const req = imageRequest('image', [1, 224, 224, 3]);
    const inflight = Array.from({ length: 3 }, () => http(`${s.url}/v2/models/r/infer`, req));
    await sleep(150);
    const exit = s.stop('SIGTERM');
    const replies = await Promise.all(inflight);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await exit).toBe(0);
    await expect(fetch(`${s.url}/v2/health/live`)).rejects.toThrow();
    expect(s.logs.some((l) => l['msg'] === 'SIGTERM: draining requests in flight')).toBe(true);
    expect(s.logs.some((l) => l['msg'] === 'server stopped')).toBe(true);
  });
});

describeWith(['corpus', 'tfjs-node'], 'serve: ONNX and TF.js backends', () => {
  const golden = (): GoldenModel => JSON.parse(readFileSync(join(CORPUS_DIR, 'multi_output', 'golden.json'), 'utf8'));
  let onnx: string;
  let tfjs: string;

  beforeAll(() => {
    onnx = join(work, 'multi_output.onnx');
    tfjs = join(work, 'multi_output_tfjs');
    for (const [to, out] of [['onnx', onnx], ['tfjs', tfjs]] as const) {
      const r = mdeploy(['convert', join(CORPUS_DIR, 'multi_output'), '--to', to, '-o', out, '--no-validate', '--json']);
      expect(r.status, r.stderr).toBe(0);
    }
  }, 180_000);

  for (const [backend, env] of [['onnx', {}], ['tfjs', {}], ['tfjs', { MDEPLOY_TFJS_BACKEND: 'cpu' }]] as const) {
    const how = 'MDEPLOY_TFJS_BACKEND' in env ? ' on the pure-JS CPU backend (as in images without libtensorflow)' : '';
    it(`serves a converted model on the ${backend} backend${how} with TF's outputs (auto-detected)`, async () => {
      const s = await serve([backend === 'onnx' ? onnx : tfjs, '--name', 'm'], env);
      const loaded = s.logs.find((l) => l['msg'] === 'version available')!;
      expect(loaded['runtime']).toBe(backend === 'onnx' ? 'onnxruntime' : 'MDEPLOY_TFJS_BACKEND' in env ? 'cpu' : 'tfjs-node');
      const meta = await http(`${s.url}/v2/models/m`);
      expect(meta.json.platform).toBe(backend === 'onnx' ? 'onnx_onnxv1' : 'tensorflow_tfjs');
      const c = golden().cases[0]!;
      const r = await postJson(`${s.url}/v1/models/m:predict`, { inputs: Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, goldenToJson(t)])) });
      expect(r.status, r.text).toBe(200);
      for (const [k, want] of Object.entries(c.outputs!)) expect(compareJson(r.json.outputs[k], want, { tolerance: 1e-4 }), k).toBeUndefined();
      // Shapes are checked against the signature on these backends.
      const bad = await postJson(`${s.url}/v1/models/m:predict`, { instances: [[1, 2, 3]] });
      expect(bad.status).toBe(400);
      expect(bad.json.error).toMatch(/shape/);
    });
  }
});

describe('serve: command line', () => {
  it('rejects bad flags and paths with a typed error and no stack trace', () => {
    const missing = mdeploy(['serve', join(work ?? tmpdir(), 'does-not-exist'), '--port', '0']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/mdeploy: error E_/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const dur = mdeploy(['serve', '--request-timeout', 'soon', '--port', '0']);
    expect(dur.status).toBe(2);
    expect(dur.stderr).toMatch(/--request-timeout/);
    const cfg = mdeploy(['serve', '--model-config-file', join(FIXTURES_DIR, 'bad_model_config.txt'), '--port', '0']);
    expect(cfg.status).toBe(2);
    expect(cfg.stderr).toMatch(/bad_model_config\.txt/);
  });
});

describeWith(['tfjs-node'], 'serve: the bundled example', () => {
  it('serves with no arguments', async () => {
    const s = await serve([]);
    const r = await postJson(`${s.url}/v1/models/half_plus_two:predict`, { instances: [1.0, 2.0, 5.0] });
    expect(r.json).toEqual({ predictions: [2.5, 3.0, 4.5] });
  });
});
