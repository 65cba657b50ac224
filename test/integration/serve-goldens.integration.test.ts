/**
 * `mdeploy serve` on every corpus model and TF Serving fixture at once (one model_config_list), checked
 * against TensorFlow's reference outputs over REST (row and columnar), gRPC (a grpcio-tools client built from
 * proto/) and KServe V2 (JSON and the binary tensor extension). Metadata is compared with TF Serving's own
 * *_metadata.json responses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { compareJson, goldenEntries, goldenRowJson, goldenToHost, goldenToJson, relError, type GoldenCase, type GoldenEntry, type GoldenTensor } from '../helpers/golden.js';
import { http, modelConfigText, postJson, startServe, type ServeProcess } from '../helpers/serve.js';

interface Target {
  entry: GoldenEntry;
  model: string;
  version: number;
}

/** Where each golden entry is served: corpus models under their name, fixture versions under the fixture's. */
function targets(): Target[] {
  return goldenEntries()
    .filter((e) => !e.golden.load_error && e.golden.cases.length > 0)
    .map((e) => {
      if (e.id.startsWith('corpus/')) return { entry: e, model: basename(e.path), version: 1 };
      return { entry: e, model: basename(dirname(e.path)), version: Number(basename(e.path)) };
    });
}

const url = (s: ServeProcess, t: Target, verb = ''): string => `${s.url}/v1/models/${t.model}/versions/${t.version}${verb}`;

/** Row format applies when every input and output shares a leading batch dimension. */
function rowable(c: GoldenCase): number | undefined {
  const ins = Object.values(c.inputs);
  const outs = Object.values(c.outputs ?? {});
  if (ins.length === 0 || outs.length === 0) return undefined;
  const batch = ins[0]!.shape[0];
  if (batch === undefined || batch === 0) return undefined;
  return [...ins, ...outs].every((t) => t.shape.length > 0 && t.shape[0] === batch) ? batch : undefined;
}

function columnar(c: GoldenCase): Record<string, unknown> {
  return { signature_name: c.signature, inputs: Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, goldenToJson(t)])) };
}

function checkOutputs(got: unknown, want: Record<string, GoldenTensor>, where: string): string[] {
  const keys = Object.keys(want);
  const problems: string[] = [];
  if (keys.length === 1) {
    const p = compareJson(got, want[keys[0]!]!);
    if (p) problems.push(`${where} ${keys[0]}: ${p}`);
    return problems;
  }
  for (const k of keys) {
    const p = compareJson((got as Record<string, unknown>)?.[k], want[k]!);
    if (p) problems.push(`${where} ${k}: ${p}`);
  }
  return problems;
}

describeWith(['corpus', 'tfjs-node', 'python-tf'], 'serve: TF reference outputs over REST, gRPC and V2', () => {
  let server: ServeProcess;
  let dir: string;
  const all = targets();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-serve-'));
    const byModel = new Map<string, string>();
    for (const t of all) byModel.set(t.model, t.entry.id.startsWith('corpus/') ? t.entry.path : dirname(t.entry.path));
    // trt_engine has no cases; it is served to show how a load failure is reported.
    byModel.set('trt_engine', join(ROOT, 'test', 'corpus', 'trt_engine'));
    const config = join(dir, 'models.config');
    writeFileSync(config, modelConfigText([...byModel].map(([name, basePath]) => ({ name, basePath, policy: 'all {}' }))));
    server = await startServe(['--model-config-file', config, '--workers', '1'], { timeoutMs: 240_000 });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads every model with goldens, and reports the one it cannot load (TRTEngineOp) in status', async () => {
    for (const t of all) {
      const r = await http(`${server.url}/v1/models/${t.model}/versions/${t.version}`);
      expect(r.status, t.entry.id).toBe(200);
      expect(r.json.model_version_status[0], t.entry.id).toMatchObject({ version: String(t.version), state: 'AVAILABLE', status: { error_code: 'OK' } });
    }
    const trt = await http(`${server.url}/v1/models/trt_engine`);
    expect(trt.status).toBe(200);
    expect(trt.json.model_version_status[0].state).toBe('END');
    expect(trt.json.model_version_status[0].status.error_code).not.toBe('OK');
    expect(trt.json.model_version_status[0].status.error_message).toMatch(/TRTEngineOp/);
    expect(trt.json.model_version_status[0].status.error_message).not.toMatch(/mdeploy-cpu-/);
    // GPU-pinned fixtures serve on this CPU-only machine (their placements are cleared), and the log says so.
    expect(server.logs.some((l) => l['msg'] && String(l['msg']).startsWith('cleared device placements') && l['model'] === 'saved_model_half_plus_two_gpu')).toBe(true);
    expect((await http(`${server.url}/v2/models/trt_engine/ready`)).status).toBe(404);
  });

  it('answers :predict in columnar and row form with TF\'s outputs, for every case of every model', async () => {
    const problems: string[] = [];
    let checked = 0;
    let rows = 0;
    for (const t of all) {
      for (const [i, c] of t.entry.golden.cases.entries()) {
        const where = `${t.entry.id} case ${i} (${c.signature})`;
        const r = await postJson(url(server, t, ':predict'), columnar(c));
        if (c.error) {
          // TensorFlow itself fails on this case: the server must answer with an error, not crash.
          if (r.status < 400 || typeof r.json?.error !== 'string') problems.push(`${where}: expected an error, got ${r.status} ${r.text.slice(0, 200)}`);
          continue;
        }
        if (r.status !== 200) {
          problems.push(`${where}: HTTP ${r.status} ${r.text.slice(0, 300)}`);
          continue;
        }
        problems.push(...checkOutputs(r.json.outputs, c.outputs!, `${where} columnar`));
        checked++;
        const batch = rowable(c);
        if (batch === undefined || t.model === 'saved_model_counter') continue;
        const keys = Object.keys(c.inputs);
        const instances = Array.from({ length: batch }, (_, row) =>
          keys.length === 1 ? goldenRowJson(c.inputs[keys[0]!]!, row) : Object.fromEntries(keys.map((k) => [k, goldenRowJson(c.inputs[k]!, row)])),
        );
        const rr = await postJson(url(server, t, ':predict'), { signature_name: c.signature, instances });
        if (rr.status !== 200) {
          problems.push(`${where} row: HTTP ${rr.status} ${rr.text.slice(0, 300)}`);
          continue;
        }
        const outKeys = Object.keys(c.outputs!);
        expect(rr.json.predictions, where).toHaveLength(batch);
        for (let row = 0; row < batch; row++) {
          const pred = rr.json.predictions[row];
          for (const k of outKeys) {
            const p = compareJson(outKeys.length === 1 ? pred : pred[k], c.outputs![k]!, { row });
            if (p) problems.push(`${where} row ${row} ${k}: ${p}`);
          }
        }
        rows++;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(40);
    expect(rows).toBeGreaterThan(20);
  });

  it('returns TF Serving\'s metadata JSON for the fixtures that ship one', async () => {
    const pairs: Array<[string, string]> = [
      ['saved_model_half_plus_two_cpu/versions/123', 'half_plus_two_model_metadata.json'],
      ['saved_model_half_plus_two_2_versions/versions/123', 'saved_model_half_plus_two_2_versions_metadata.json'],
      ['saved_model_half_plus_two_tf2_cpu/versions/123', 'saved_model_half_plus_two_tf2_2_versions_metadata.json'],
    ];
    for (const [path, file] of pairs) {
      const want = JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8'));
      const r = await http(`${server.url}/v1/models/${path}/metadata`);
      expect(r.status).toBe(200);
      // The fixtures were recorded under other model names; everything else must be identical.
      expect(r.json.model_spec.name).toBe(path.split('/')[0]);
      expect({ ...r.json, model_spec: { ...r.json.model_spec, name: want.model_spec.name } }).toEqual(want);
    }
  });

  it('serves gRPC Predict, Classify, Regress, GetModelMetadata and GetModelStatus to a grpcio-tools client', () => {
    const picks = all.filter((t) => ['mlp', 'multi_output', 'mixed_dtypes', 'two_signatures', 'text_gru', 'tf1_graph', 'saved_model_half_plus_two_cpu', 'saved_model_half_plus_two_2_versions'].includes(t.model));
    const calls: Array<Record<string, unknown>> = [];
    const expected: Array<{ where: string; outputs: Record<string, GoldenTensor> }> = [];
    for (const t of picks) {
      for (const [i, c] of t.entry.golden.cases.entries()) {
        if (c.error) continue;
        // Both TensorProto encodings clients use: tensor_content bytes and the typed *_val fields.
        for (const encoding of ['content', 'vals']) {
          calls.push({ rpc: 'Predict', model: t.model, version: t.version, signature: c.signature, inputs: c.inputs, encoding });
          expected.push({ where: `${t.entry.id} case ${i} ${encoding}`, outputs: c.outputs! });
        }
      }
    }
    const predictCount = calls.length;
    calls.push(
      { rpc: 'Regress', model: 'saved_model_half_plus_two_cpu', signature: 'regress_x_to_y', examples: [{ x: { float: [1] } }, { x: { float: [-4] } }] },
      { rpc: 'Classify', model: 'saved_model_half_plus_two_cpu', signature: 'classify_x_to_y', examples: [{ x: { float: [3] } }] },
      { rpc: 'GetModelMetadata', model: 'saved_model_half_plus_two_2_versions', version: 123 },
      { rpc: 'GetModelStatus', model: 'saved_model_half_plus_two_2_versions' },
      { rpc: 'Predict', model: 'no_such_model', inputs: {} },
      { rpc: 'Predict', model: 'mlp', signature: 'nope', inputs: {} },
      { rpc: 'Predict', model: 'mlp', inputs: { features: { dtype: 'DT_FLOAT', shape: [1, 3], b64: Buffer.alloc(12).toString('base64') } } },
    );
    const r = spawnSync(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'test', 'python', 'grpc_client.py')], {
      input: JSON.stringify({ target: `127.0.0.1:${server.grpcPort}`, calls }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const results = JSON.parse(r.stdout) as Array<Record<string, any>>;
    const problems: string[] = [];
    for (let i = 0; i < predictCount; i++) {
      const res = results[i]!;
      const { where, outputs } = expected[i]!;
      if (!res['ok']) {
        problems.push(`${where}: ${res['code']} ${res['details']}`);
        continue;
      }
      for (const [k, want] of Object.entries(outputs)) {
        const got = res['outputs'][k] as GoldenTensor | undefined;
        if (!got) {
          problems.push(`${where}: no output ${k}`);
          continue;
        }
        if (got.shape.join(',') !== want.shape.join(',')) problems.push(`${where} ${k}: shape [${got.shape}] != [${want.shape}]`);
        else if (want.strings_b64) expect(got.strings_b64, where).toEqual(want.strings_b64);
        else if (relError(goldenToHost(got), goldenToHost(want)) > 1e-5) problems.push(`${where} ${k}: values differ`);
      }
    }
    expect(problems).toEqual([]);
    const [regress, classify, metadata, status, noModel, noSig, badShape] = results.slice(predictCount);
    // half_plus_two: y = 0.5 x + 2.
    expect(regress).toEqual({ ok: true, regressions: [2.5, 0] });
    expect(classify).toEqual({ ok: true, classifications: [[{ label: '', score: 3.5 }]] });
    const want = JSON.parse(readFileSync(join(FIXTURES_DIR, 'saved_model_half_plus_two_2_versions_metadata.json'), 'utf8'));
    expect(metadata!['model_spec']).toEqual({ name: 'saved_model_half_plus_two_2_versions', version: '123' });
    const sigs = metadata!['signature_def']['signature_def'] as Record<string, any>;
    expect(Object.keys(sigs).sort()).toEqual(Object.keys(want.metadata.signature_def.signature_def).sort());
    for (const [key, def] of Object.entries(want.metadata.signature_def.signature_def as Record<string, any>)) {
      expect(sigs[key].method_name, key).toBe(def.method_name);
      for (const side of ['inputs', 'outputs']) {
        for (const [k, info] of Object.entries(def[side] as Record<string, any>)) {
          expect(sigs[key][side][k].name, `${key} ${k}`).toBe(info.name);
          expect(sigs[key][side][k].dtype, `${key} ${k}`).toBe(info.dtype);
          if (info.tensor_shape.unknown_rank) expect(sigs[key][side][k].tensor_shape.unknown_rank).toBe(true);
          else expect((sigs[key][side][k].tensor_shape.dim ?? []).map((d: { size: string }) => d.size)).toEqual(info.tensor_shape.dim.map((d: { size: string }) => d.size));
        }
      }
    }
    expect(status!['model_version_status'].map((s: { version: number; state: string }) => [s.version, s.state])).toEqual([
      [124, 'AVAILABLE'],
      [123, 'AVAILABLE'],
    ]);
    expect(noModel).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(noSig).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' }); // TF Serving: Serving signature key "nope" not found.
    expect(noSig!['details']).toMatch(/nope/);
    expect(badShape).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('answers KServe V2 /infer with JSON tensors and with the binary tensor extension', async () => {
    const picks = all.filter((t) => ['mlp', 'multi_output', 'mixed_dtypes', 'cnn', 'text_bilstm'].includes(t.model));
    expect((await http(`${server.url}/v2/health/live`)).status).toBe(200);
    const meta = await http(`${server.url}/v2`);
    expect(meta.json).toMatchObject({ name: 'mdeploy', extensions: expect.arrayContaining(['binary_tensor_data']) });
    const V2: Record<string, string> = { DT_FLOAT: 'FP32', DT_INT32: 'INT32', DT_INT64: 'INT64', DT_STRING: 'BYTES', DT_BOOL: 'BOOL', DT_DOUBLE: 'FP64' };
    const problems: string[] = [];
    for (const t of picks) {
      const m = await http(`${server.url}/v2/models/${t.model}`);
      expect(m.status).toBe(200);
      expect(m.json.platform).toBe('tensorflow_savedmodel');
      expect((await http(`${server.url}/v2/models/${t.model}/versions/1/ready`)).status).toBe(200);
      for (const [i, c] of t.entry.golden.cases.entries()) {
        if (c.error || c.signature !== 'serving_default') continue;
        const where = `${t.entry.id} case ${i}`;
        // JSON: flat data in row-major order; strings as UTF-8 text.
        const inputs = Object.entries(c.inputs).map(([name, g]) => {
          const host = goldenToHost(g);
          const data = g.strings_b64 ? g.strings_b64.map((s) => Buffer.from(s, 'base64').toString('utf8')) : Array.from(host.data as ArrayLike<number | bigint>, Number);
          return { name, datatype: V2[g.dtype]!, shape: g.shape, data };
        });
        const r = await postJson(`${server.url}/v2/models/${t.model}/infer`, { id: `req-${i}`, inputs });
        if (r.status !== 200) {
          problems.push(`${where}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
          continue;
        }
        expect(r.json.id).toBe(`req-${i}`);
        expect(r.json.model_name).toBe(t.model);
        for (const [k, want] of Object.entries(c.outputs!)) {
          const out = (r.json.outputs as Array<{ name: string; shape: number[]; datatype: string; data: unknown[] }>).find((o) => o.name === k);
          if (!out) {
            problems.push(`${where}: no output ${k}`);
            continue;
          }
          expect(out.shape, where).toEqual(want.shape);
          expect(out.datatype, where).toBe(V2[want.dtype.replace(/_REF$/, '')]);
          const nested = want.strings_b64 ? out.data : out.data;
          const host = goldenToHost(want);
          if (want.strings_b64) expect(nested, where).toEqual(want.strings_b64.map((s) => Buffer.from(s, 'base64').toString('utf8')));
          else if (relError({ ...host, data: Float64Array.from(out.data as number[]) } as never, host) > 1e-5) problems.push(`${where} ${k}: values differ`);
        }

        // Binary: JSON header, then the raw little-endian tensors; outputs requested in binary too.
        const numeric = Object.values(c.inputs).every((g) => !g.strings_b64);
        if (!numeric) continue;
        const blobs = Object.values(c.inputs).map((g) => Buffer.from(g.b64 ?? '', 'base64'));
        const header = Buffer.from(
          JSON.stringify({
            inputs: Object.entries(c.inputs).map(([name, g], j) => ({ name, datatype: V2[g.dtype], shape: g.shape, parameters: { binary_data_size: blobs[j]!.length } })),
            parameters: { binary_data_output: true },
          }),
        );
        const res = await fetch(`${server.url}/v2/models/${t.model}/infer`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) },
          body: Buffer.concat([header, ...blobs]),
        });
        expect(res.status, where).toBe(200);
        const body = Buffer.from(await res.arrayBuffer());
        const hlen = Number(res.headers.get('inference-header-content-length'));
        const head = JSON.parse(body.subarray(0, hlen).toString('utf8')) as { outputs: Array<{ name: string; shape: number[]; datatype: string; parameters: { binary_data_size: number } }> };
        let offset = hlen;
        for (const o of head.outputs) {
          const size = o.parameters.binary_data_size;
          const bytes = body.subarray(offset, offset + size);
          offset += size;
          const want = c.outputs![o.name]!;
          expect(o.shape, where).toEqual(want.shape);
          const got = goldenToHost({ dtype: want.dtype, shape: o.shape, b64: bytes.toString('base64') });
          if (relError(got, goldenToHost(want)) > 1e-5) problems.push(`${where} binary ${o.name}: values differ`);
        }
        expect(offset, where).toBe(body.length);
      }
    }
    expect(problems).toEqual([]);
  });
});
