/**
 * `mdeploy serve` answers TF Serving's TFLite fixtures as TF Serving does (version directories holding
 * model.tflite, run on LiteRT.js): half_plus_two's y = 0.5·x + 2, so x = 2.0 gives 3.0, under the
 * SignatureDef keys its `signature_defs_metadata` declares (x, y); a model with SignatureDefs of its own serves
 * each one, with a dynamic batch, matching tf.lite.Interpreter (test/fixtures/tflite/expectations.json, from
 * TensorFlow); a model LiteRT cannot run (a custom op) or a truncated file never becomes AVAILABLE, with a
 * reason, and the other models keep serving. text_gru converted by mdeploy (its sequence length varies as well
 * as its batch) answers requests of two sequence lengths, in turn, with TensorFlow's outputs (the corpus
 * goldens), and a request whose shape does not fit gets a 400 while the model keeps serving.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PredictionServiceDefinition } from '../../src/server/grpc.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Logger } from '../../src/server/log.js';
import { typedArrayFromBytes } from '../../src/tensor/host.js';
import { convertModel } from '../../src/convert/convert.js';
import { CORPUS_DIR, describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { compareJson, goldenEntries, goldenToJson } from '../helpers/golden.js';
import { http, modelConfigText, postJson } from '../helpers/serve.js';

const quietLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

interface GoldenValue { dtype: string; shape: number[]; b64: string }
const golden = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'tflite', 'expectations.json'), 'utf8')) as {
  models: Record<string, { cases: Array<{ signature: string | null; inputs: Record<string, GoldenValue>; outputs: Record<string, GoldenValue> }> }>;
};
const floats = (v: GoldenValue): number[] => [...(typedArrayFromBytes(v.dtype, new Uint8Array(Buffer.from(v.b64, 'base64'))) as Float32Array | Int32Array)];

/** Nests a flat list into a shape (row-major), for TF Serving's JSON. */
function nest(flat: number[], shape: number[]): unknown {
  if (shape.length <= 1) return flat;
  const step = flat.length / shape[0]!;
  return Array.from({ length: shape[0]! }, (_, i) => nest(flat.slice(i * step, (i + 1) * step), shape.slice(1)));
}

describe('serve: TF Serving TFLite layout on LiteRT.js', () => {
  let tmp: string;
  let running: RunningServer;
  let base: string;
  let client: grpc.Client & Record<string, (req: object, cb: (err: grpc.ServiceError | null, res: Record<string, unknown>) => void) => void>;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'mdeploy-serve-tflite-'));
    mkdirSync(join(tmp, 'dyn', '1'), { recursive: true });
    copyFileSync(join(ROOT, 'test', 'fixtures', 'tflite', 'dynamic_batch.tflite'), join(tmp, 'dyn', '1', 'model.tflite'));
    // A copy cut short: the reader refuses it before LiteRT sees it.
    mkdirSync(join(tmp, 'cut', '1'), { recursive: true });
    const whole = readFileSync(join(FIXTURES_DIR, 'saved_model_half_plus_two_tflite', '00000123', 'model.tflite'));
    writeFileSync(join(tmp, 'cut', '1', 'model.tflite'), whole.subarray(0, Math.floor(whole.length / 2)));
    const config = join(tmp, 'models.config');
    writeFileSync(
      config,
      modelConfigText([
        { name: 'sigdef', basePath: join(FIXTURES_DIR, 'saved_model_half_plus_two_tflite_with_sigdef') },
        { name: 'plain', basePath: join(FIXTURES_DIR, 'saved_model_half_plus_two_tflite') },
        { name: 'parse', basePath: join(FIXTURES_DIR, 'parse_example_tflite') },
        { name: 'dyn', basePath: join(tmp, 'dyn') },
        { name: 'cut', basePath: join(tmp, 'cut') },
      ]),
    );
    running = await startServer({ modelConfigFile: config, restPort: 0, grpcPort: 0, batching: false, pollMs: 60_000, logger: quietLogger });
    await running.initialLoad;
    base = `http://127.0.0.1:${running.restPort}`;
    const Client = grpc.makeGenericClientConstructor(PredictionServiceDefinition, 'PredictionService');
    client = new Client(`127.0.0.1:${running.grpcPort}`, grpc.credentials.createInsecure()) as typeof client;
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await running?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('half_plus_two with signature_defs_metadata: x = 2.0 gives y = 3.0 over REST (row and columnar) and gRPC', async () => {
    const row = await postJson(`${base}/v1/models/sigdef:predict`, { instances: [[2.0]] });
    expect(row.status, row.text).toBe(200);
    expect(row.json).toEqual({ predictions: [[3.0]] });
    const col = await postJson(`${base}/v1/models/sigdef:predict`, { inputs: { x: [[2.0]] } });
    expect(col.json).toEqual({ outputs: [[3.0]] });
    const res = await new Promise<Record<string, any>>((resolve, reject) =>
      client['Predict']!({ modelSpec: { name: 'sigdef' }, inputs: { x: { dtype: 1, tensorShape: { dim: [{ size: 1 }, { size: 1 }] }, floatVal: [2] } } }, (err, r) => (err ? reject(err) : resolve(r))),
    );
    const y = res['outputs']['y'];
    const got = y.floatVal?.length ? y.floatVal : [...new Float32Array(new Uint8Array(y.tensorContent).buffer)];
    expect(got).toEqual([3]);
    expect(res['modelSpec']).toMatchObject({ name: 'sigdef', signatureName: 'serving_default' });
  });

  it('metadata shows the SignatureDef the file declares: keys x and y, its tensor names', async () => {
    const md = await http(`${base}/v1/models/sigdef/metadata`);
    expect(md.status).toBe(200);
    const def = md.json.metadata.signature_def.signature_def.serving_default;
    expect(Object.keys(def.inputs)).toEqual(['x']);
    expect(def.inputs.x).toMatchObject({ dtype: 'DT_FLOAT', name: 'tflite_input:0' });
    expect(Object.keys(def.outputs)).toEqual(['y']);
    expect(def.method_name).toBe('tensorflow/serving/predict');
    // KServe V2 names the platform by what runs it.
    const v2 = await http(`${base}/v2/models/sigdef`);
    expect(v2.status).toBe(200);
    expect(v2.json.platform).toBe('tensorflow_tflite');
  });

  it('half_plus_two without SignatureDefs serves its main subgraph keyed by tensor name: 5.0 → 4.5', async () => {
    const r = await postJson(`${base}/v1/models/plain:predict`, { inputs: { x: [[5.0]] } });
    expect(r.status, r.text).toBe(200);
    expect(r.json).toEqual({ outputs: [[4.5]] });
  });

  it("a model's own SignatureDefs, each served, batch 1 and 3, as tf.lite.Interpreter computes them", async () => {
    const cases = golden.models['test/fixtures/tflite/dynamic_batch.tflite']!.cases;
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const c of cases) {
      const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, nest(floats(v), v.shape)]));
      const r = await postJson(`${base}/v1/models/dyn:predict`, { signature_name: c.signature, inputs });
      expect(r.status, r.text).toBe(200);
      for (const [k, v] of Object.entries(c.outputs)) {
        const want = floats(v);
        const out = Object.keys(c.outputs).length === 1 ? r.json.outputs : r.json.outputs[k];
        const got = (out as unknown[]).flat(8) as number[];
        expect(got.length, `${c.signature}.${k}`).toBe(want.length);
        got.forEach((g, i) => expect(Math.abs(g - want[i]!), `${c.signature}.${k}[${i}]`).toBeLessThanOrEqual(1e-5 + 1e-5 * Math.abs(want[i]!)));
      }
    }
  });

  it('refuses input that does not fit the signature with a 400 and keeps serving', async () => {
    const wrongShape = await postJson(`${base}/v1/models/sigdef:predict`, { instances: [[2.0], [3.0]] });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.json.error).toMatch(/shape/);
    const wrongKey = await postJson(`${base}/v1/models/sigdef:predict`, { inputs: { tflite_input: [[2.0]] } });
    expect(wrongKey.status).toBe(400);
    const wrongType = await postJson(`${base}/v1/models/sigdef:predict`, { inputs: { x: [['a']] } });
    expect(wrongType.status).toBe(400);
    expect((await postJson(`${base}/v1/models/sigdef:predict`, { instances: [[2.0]] })).json).toEqual({ predictions: [[3.0]] });
  });

  it('a model with a custom op and a truncated file are not served, with reasons; the others are', async () => {
    const down = new Map(running.unavailableModels().map((m) => [m.name, m.reason]));
    expect(down.get('parse')).toMatch(/custom operators LiteRT\.js does not have: ParseExampleV2/);
    expect(down.get('cut')).toBeDefined();
    expect(down.get('cut')).not.toMatch(/at .*\.js:\d+/); // a reason, not a stack trace
    expect([...down.keys()].sort()).toEqual(['cut', 'parse']);
    const r = await http(`${base}/v1/models/parse`);
    expect(r.status).toBe(200);
    expect(r.json.model_version_status[0].state).not.toBe('AVAILABLE');
  });
});

describeWith(['corpus'], 'serve: a .tflite whose sequence length varies, on LiteRT.js', () => {
  let tmp: string;
  let running: RunningServer;
  let base: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'mdeploy-serve-tflite-gru-'));
    mkdirSync(join(tmp, 'gru', '1'), { recursive: true });
    await convertModel({ model: join(CORPUS_DIR, 'text_gru'), to: 'tflite', output: join(tmp, 'gru', '1', 'model.tflite'), validate: false });
    const config = join(tmp, 'models.config');
    writeFileSync(config, modelConfigText([{ name: 'gru', basePath: join(tmp, 'gru') }]));
    running = await startServer({ modelConfigFile: config, restPort: 0, grpcPort: 0, batching: false, pollMs: 60_000, logger: quietLogger });
    await running.initialLoad;
    base = `http://127.0.0.1:${running.restPort}`;
  }, 120_000);

  afterAll(async () => {
    await running?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('answers two sequence lengths in turn with TensorFlow\'s outputs; a shape that does not fit is a 400 and serving goes on', async () => {
    const md = await http(`${base}/v1/models/gru/metadata`);
    expect(md.status, md.text).toBe(200);
    const cases = goldenEntries().find((e) => e.id === 'corpus/text_gru')!.golden.cases.filter((c) => c.signature === 'serving_default' && c.outputs);
    expect(new Set(cases.map((c) => c.inputs['tokens']!.shape[1])).size).toBe(2);
    for (const c of [...cases, ...cases]) {
      const r = await postJson(`${base}/v1/models/gru:predict`, { inputs: { tokens: goldenToJson(c.inputs['tokens']!) } });
      expect(r.status, r.text).toBe(200);
      expect(compareJson(r.json.outputs, c.outputs!['output_0']!, { tolerance: 1e-4 }), `tokens [${c.inputs['tokens']!.shape}]`).toBeUndefined();
    }
    const rank3 = await postJson(`${base}/v1/models/gru:predict`, { inputs: { tokens: [[[1, 2], [3, 4]]] } });
    expect(rank3.status, rank3.text).toBe(400);
    expect(rank3.json.error).toMatch(/"tokens" has rank 3/);
    const empty = await postJson(`${base}/v1/models/gru:predict`, { inputs: { tokens: [[]] } });
    expect(empty.status, empty.text).toBe(400);
    const again = await postJson(`${base}/v1/models/gru:predict`, { inputs: { tokens: goldenToJson(cases[0]!.inputs['tokens']!) } });
    expect(again.status, again.text).toBe(200);
    expect(compareJson(again.json.outputs, cases[0]!.outputs!['output_0']!, { tolerance: 1e-4 })).toBeUndefined();
  }, 120_000);
});
