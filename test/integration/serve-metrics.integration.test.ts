/**
 * TF Serving's metric names on /monitoring/prometheus/metrics, so dashboards built for TF Serving read mdeploy:
 * the names, label names and label values TF Serving defines (tensorflow_serving/servables/tensorflow/util.cc,
 * model_servers/http_server.cc, prediction_service_impl.cc, TensorFlow's cc/saved_model/loader.cc), after REST
 * and gRPC traffic that succeeds and fails, on a real server with half_plus_two.
 */
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PredictionServiceDefinition } from '../../src/server/grpc.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { describeWith, FIXTURES_DIR } from '../helpers/env.js';
import type { Logger } from '../../src/server/log.js';
import { http, postJson } from '../helpers/serve.js';

const quietLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const MODEL_DIR = join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu');

/** The value of one sample line `name{labels} value`, labels in any order; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const close = line.lastIndexOf('}');
    const got = Object.fromEntries([...line.slice(name.length + 1, close).matchAll(/([A-Za-z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v) && Object.keys(got).length === Object.keys(labels).length) return Number(line.slice(close + 1));
  }
  return undefined;
}

describeWith(['tfjs-node'], 'serve: TF Serving metric names', () => {
  let running: RunningServer;
  let client: grpc.Client & Record<string, (req: object, cb: (err: grpc.ServiceError | null, res: unknown) => void) => void>;
  let base: string;

  const unary = (rpc: string, req: object): Promise<grpc.ServiceError | null> => new Promise((resolve) => client[rpc]!(req, (err) => resolve(err)));

  beforeAll(async () => {
    running = await startServer({ model: MODEL_DIR, name: 'hpt', restPort: 0, grpcPort: 0, workers: 1, batching: false, pollMs: 60_000, logger: quietLogger });
    await running.initialLoad;
    base = `http://127.0.0.1:${running.restPort}`;
    const Client = grpc.makeGenericClientConstructor(PredictionServiceDefinition, 'PredictionService');
    client = new Client(`127.0.0.1:${running.grpcPort}`, grpc.credentials.createInsecure()) as typeof client;
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await running?.close();
  });

  it('counts requests by model_name and TF status, latencies by API and entrypoint, examples, and loads', async () => {
    const rest = (path: string, body: object) => postJson(`${base}${path}`, body);
    expect((await rest('/v1/models/hpt:predict', { instances: [1, 2] })).status).toBe(200);
    expect((await rest('/v1/models/hpt:predict', { instances: [1, 2] })).status).toBe(200);
    expect((await rest('/v1/models/hpt:predict', { instances: 'nope' })).status).toBe(400);
    expect((await rest('/v1/models/hpt:regress', { signature_name: 'regress_x_to_y', examples: [{ x: 1 }, { x: 2 }, { x: 3 }] })).status).toBe(200);
    expect((await http(`${base}/v1/models/hpt`)).status).toBe(200);
    const x = { dtype: 1, tensorShape: { dim: [{ size: 1 }] }, floatVal: [2] };
    expect(await unary('Predict', { modelSpec: { name: 'hpt' }, inputs: { x } })).toBeNull();
    expect((await unary('Predict', { modelSpec: { name: 'hpt' }, inputs: { nope: x } }))?.code).toBe(grpc.status.INVALID_ARGUMENT);
    const examples = { exampleList: { examples: [{ features: { feature: { x: { floatList: { value: [2] } } } } }, { features: { feature: { x: { floatList: { value: [4] } } } } }] } };
    expect(await unary('Classify', { modelSpec: { name: 'hpt', signatureName: 'classify_x_to_y' }, input: examples })).toBeNull();
    expect(await unary('MultiInference', { tasks: [{ modelSpec: { name: 'hpt', signatureName: 'regress_x_to_y' }, methodName: 'tensorflow/serving/regress' }], input: examples })).toBeNull();

    const res = await http(`${base}/monitoring/prometheus/metrics`);
    expect(res.status).toBe(200);
    const text = res.text;
    // util.cc: Counter<2> /tensorflow/serving/request_count {model_name, status}; REST and gRPC alike.
    expect(text).toContain('# TYPE :tensorflow:serving:request_count counter');
    // REST predict ×2, regress, status GET; gRPC Predict, Classify (MultiInference is not counted by TF Serving).
    expect(sample(text, ':tensorflow:serving:request_count', { model_name: 'hpt', status: 'OK' })).toBe(6);
    expect(sample(text, ':tensorflow:serving:request_count', { model_name: 'hpt', status: 'INVALID_ARGUMENT' })).toBe(2);
    // Latency only for OK requests: API is the REST verb (empty for a status GET) or the rpc name.
    expect(text).toContain('# TYPE :tensorflow:serving:request_latency histogram');
    expect(sample(text, ':tensorflow:serving:request_latency_count', { model_name: 'hpt', API: 'predict', entrypoint: 'REST' })).toBe(2);
    expect(sample(text, ':tensorflow:serving:request_latency_count', { model_name: 'hpt', API: 'regress', entrypoint: 'REST' })).toBe(1);
    expect(sample(text, ':tensorflow:serving:request_latency_count', { model_name: 'hpt', API: '', entrypoint: 'REST' })).toBe(1);
    expect(sample(text, ':tensorflow:serving:request_latency_count', { model_name: 'hpt', API: 'Predict', entrypoint: 'GRPC' })).toBe(1);
    expect(sample(text, ':tensorflow:serving:request_latency_count', { model_name: 'hpt', API: 'Classify', entrypoint: 'GRPC' })).toBe(1);
    // Buckets::Exponential(10, 1.8, 33): the first limits are 10 and 18 µs, then +Inf.
    expect(sample(text, ':tensorflow:serving:request_latency_bucket', { model_name: 'hpt', API: 'Predict', entrypoint: 'GRPC', le: '+Inf' })).toBe(1);
    expect(text).toMatch(/^:tensorflow:serving:request_latency_bucket\{[^}]*le="18"[,}].* \d+$/m);
    expect(text).toMatch(/^:tensorflow:serving:request_latency_bucket\{[^}]*le="32.4"[,}].* \d+$/m);
    const sum = sample(text, ':tensorflow:serving:request_latency_sum', { model_name: 'hpt', API: 'Predict', entrypoint: 'GRPC' })!;
    expect(sum).toBeGreaterThan(10); // microseconds, not seconds
    // Runtime latency by API and the runtime that ran it.
    expect(text).toMatch(/^:tensorflow:serving:runtime_latency_count\{(?=[^}]*model_name="hpt")(?=[^}]*API="Predict")(?=[^}]*runtime="[^"]+")[^}]*\} [1-9]\d*$/m);
    // Examples per request: regress (3), Classify (2), MultiInference (2).
    expect(sample(text, ':tensorflow:serving:request_example_count_total', { model: 'hpt' })).toBe(7);
    expect(sample(text, ':tensorflow:serving:request_example_counts_count', { model: 'hpt' })).toBe(3);
    // TensorFlow's loader metrics, by version directory.
    expect(sample(text, ':tensorflow:cc:saved_model:load_attempt_count', { model_path: join(MODEL_DIR, '00000123'), status: 'success' })).toBe(1);
    expect(sample(text, ':tensorflow:cc:saved_model:load_latency', { model_path: join(MODEL_DIR, '00000123') })).toBeGreaterThan(0);
    // Requests for unknown models add no label values (issue 11: unbounded labels).
    for (let i = 0; i < 5; i++) await rest(`/v1/models/random${i}:predict`, { instances: [1] });
    const after = (await http(`${base}/monitoring/prometheus/metrics`)).text;
    expect(after).not.toContain('random');
  }, 60_000);
});
