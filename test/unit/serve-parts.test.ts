/**
 * The serving building blocks on their own: the dynamic batcher, TF Serving's config files, device
 * clearing, version policies and stamps, and TF Serving's JSON tensor encoding.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MdeployError } from '../../src/errors.js';
import { tf } from '../../src/proto/index.js';
import { clearDevices, cpuOnlyCopy, needsAccelerator } from '../../src/savedmodel/devices.js';
import type { SignatureInfo } from '../../src/savedmodel/signature.js';
import { Batcher, DEFAULT_BATCHING, concatRows, sliceRows } from '../../src/server/batcher.js';
import { readBatchingConfig, readModelConfigFile, readMonitoringConfig } from '../../src/server/config.js';
import { ServingError } from '../../src/server/errors.js';
import { parsePredictRequest, predictResponseText } from '../../src/server/json-tensors.js';
import { applyPolicy, versionStamp } from '../../src/server/source.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { FIXTURES_DIR } from '../helpers/env.js';

const f32 = (shape: number[], values: number[]): HostTensor => ({ dtype: 'DT_FLOAT', shape, data: Float32Array.from(values) });
const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-unit-serve-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dynamic batcher', () => {
  /** A model stand-in that doubles its input and records the batch sizes it was called with. */
  function doubler(delayMs = 5) {
    const calls: number[][] = [];
    const run = async (feeds: Record<string, HostTensor>) => {
      const x = feeds['x']!;
      calls.push([...x.shape]);
      await new Promise((r) => setTimeout(r, delayMs));
      return { y: { ...x, data: Float32Array.from(x.data as Float32Array, (v) => v * 2) } };
    };
    return { run, calls };
  }

  it('concatenates and slices rows along dimension 0', () => {
    const t = concatRows([f32([1, 2], [1, 2]), f32([2, 2], [3, 4, 5, 6])], 4);
    expect(t.shape).toEqual([4, 2]);
    expect(Array.from(t.data as Float32Array)).toEqual([1, 2, 3, 4, 5, 6, 0, 0]);
    expect(Array.from(sliceRows(t, 1, 2).data as Float32Array)).toEqual([3, 4, 5, 6]);
  });

  it('runs concurrent requests as one batch and gives each its own rows', async () => {
    const { run, calls } = doubler();
    const b = new Batcher(run, { ...DEFAULT_BATCHING, maxBatchSize: 8, batchTimeoutMicros: 20_000, numBatchThreads: 1 });
    const out = await Promise.all([1, 2, 3].map((v) => b.submit({ x: f32([1, 2], [v, v + 10]) })));
    expect(calls).toEqual([[3, 2]]);
    expect(out.map((o) => Array.from(o['y']!.data as Float32Array))).toEqual([
      [2, 22],
      [4, 24],
      [6, 26],
    ]);
  });

  it('closes a batch when it is full, keeps different inner shapes apart, and pads to allowed sizes', async () => {
    const { run, calls } = doubler();
    const b = new Batcher(run, { ...DEFAULT_BATCHING, maxBatchSize: 4, batchTimeoutMicros: 20_000, numBatchThreads: 4, allowedBatchSizes: [2, 4] });
    const reqs = [f32([2, 1], [1, 2]), f32([2, 1], [3, 4]), f32([1, 1], [5]), f32([1, 3], [6, 7, 8])];
    const out = await Promise.all(reqs.map((x) => b.submit({ x })));
    expect(calls).toContainEqual([4, 1]);
    // The lone [1, 1] request is padded to the allowed size 2; the [1, 3] one runs in its own batch.
    expect(calls).toContainEqual([2, 1]);
    expect(calls).toContainEqual([2, 3]);
    expect(out.map((o) => o['y']!.shape)).toEqual([
      [2, 1],
      [2, 1],
      [1, 1],
      [1, 3],
    ]);
    expect(Array.from(out[2]!['y']!.data as Float32Array)).toEqual([10]);
  });

  it('refuses requests with RESOURCE_EXHAUSTED when the queue is full', async () => {
    const { run } = doubler(30);
    const b = new Batcher(run, { ...DEFAULT_BATCHING, maxBatchSize: 1, batchTimeoutMicros: 0, numBatchThreads: 1, maxEnqueuedBatches: 2 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => b.submit({ x: f32([1, 1], [i]) })));
    const rejected = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(rejected).toHaveLength(3);
    expect(rejected[0]!.reason).toBeInstanceOf(ServingError);
    expect((rejected[0]!.reason as ServingError).httpStatus).toBe(429);
  });

  it('fails every request of a batch whose run fails, and keeps working', async () => {
    let fail = true;
    const b = new Batcher(async (feeds) => {
      if (fail) throw new Error('kernel failed');
      return { y: feeds['x']! };
    }, { ...DEFAULT_BATCHING, maxBatchSize: 4, batchTimeoutMicros: 10_000 });
    const r = await Promise.allSettled([b.submit({ x: f32([1, 1], [1]) }), b.submit({ x: f32([1, 1], [2]) })]);
    expect(r.map((x) => x.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect((await b.submit({ x: f32([1, 1], [3]) }))['y']!.shape).toEqual([1, 1]);
  });
});

describe('TF Serving config files', () => {
  it('reads the good model_config_list fixture with ${VAR} base paths', () => {
    process.env['TEST_HALF_PLUS_TWO_DIR'] = join(FIXTURES_DIR, 'saved_model_half_plus_two_2_versions');
    process.env['TEST_HALF_PLUS_THREE_DIR'] = join(FIXTURES_DIR, 'saved_model_half_plus_three');
    const configs = readModelConfigFile(join(FIXTURES_DIR, 'good_model_config.txt'));
    expect(configs.map((c) => [c.name, c.basePath, c.policy])).toEqual([
      ['half_plus_two', process.env['TEST_HALF_PLUS_TWO_DIR'], { kind: 'latest', count: 1 }],
      ['half_plus_three', process.env['TEST_HALF_PLUS_THREE_DIR'], { kind: 'latest', count: 1 }],
    ]);
  });

  it('rejects the bad fixture and broken configs with E_USAGE naming the file', () => {
    const bad = join(FIXTURES_DIR, 'bad_model_config.txt');
    expect(() => readModelConfigFile(bad)).toThrow(MdeployError);
    const cases: Record<string, RegExp> = {
      'model_config_list { config { name: "a" base_path: "/x" } config { name: "a" base_path: "/y" } }': /appears twice/,
      'model_config_list { config { base_path: "/x" } }': /no name/,
      'model_config_list { config { name: "a" } }': /no base_path/,
      'model_config_list { config { name: "a" base_path: "/x" model_platform: "pytorch" } }': /model_platform/,
      'model_config_list { }': /no model_config_list entries/,
    };
    for (const [text, message] of Object.entries(cases)) {
      const file = join(tmp, 'c.config');
      writeFileSync(file, text);
      let err: unknown;
      try {
        readModelConfigFile(file);
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(MdeployError);
      expect((err as MdeployError).code).toBe('E_USAGE');
      expect((err as MdeployError).message, text).toMatch(message);
    }
  });

  it('reads version policies, labels and relative base paths', () => {
    const file = join(tmp, 'p.config');
    writeFileSync(
      file,
      'model_config_list { config { name: "a" base_path: "models/a" model_version_policy { specific { versions: 1 versions: 3 } } version_labels { key: "stable" value: 1 } } ' +
        'config { name: "b" base_path: "/b" model_version_policy { latest { num_versions: 2 } } } config { name: "c" base_path: "/c" model_version_policy { all {} } } }',
    );
    const [a, b, c] = readModelConfigFile(file);
    expect(a!.basePath).toBe(join(tmp, 'models', 'a'));
    expect(a!.policy).toEqual({ kind: 'specific', versions: [1, 3] });
    expect([...a!.labels]).toEqual([['stable', 1]]);
    expect(b!.policy).toEqual({ kind: 'latest', count: 2 });
    expect(c!.policy).toEqual({ kind: 'all' });
  });

  it('reads the batching and monitoring fixtures', () => {
    expect(readBatchingConfig(join(FIXTURES_DIR, 'batching_config.txt'))).toEqual({ maxBatchSize: 128, batchTimeoutMicros: 0, maxEnqueuedBatches: 1000000, numBatchThreads: 8 });
    expect(readMonitoringConfig(join(FIXTURES_DIR, 'monitoring_config.txt'))).toEqual({ enabled: true, path: '/monitoring/prometheus/metrics' });
  });

  it('applies version policies', () => {
    const v = [1, 2, 5, 9].map((version) => ({ version, dir: `/m/${version}` }));
    expect(applyPolicy(v, { kind: 'latest', count: 1 }).map((x) => x.version)).toEqual([9]);
    expect(applyPolicy(v, { kind: 'latest', count: 2 }).map((x) => x.version)).toEqual([5, 9]);
    expect(applyPolicy(v, { kind: 'specific', versions: [2, 7] }).map((x) => x.version)).toEqual([2]);
    expect(applyPolicy(v, { kind: 'all' })).toHaveLength(4);
  });

  it('changes a version stamp when its files change', () => {
    const dir = mkdtempSync(join(tmp, 'v-'));
    writeFileSync(join(dir, 'saved_model.pb'), 'a');
    const before = versionStamp(dir);
    expect(versionStamp(dir)).toBe(before);
    writeFileSync(join(dir, 'saved_model.pb'), 'ab');
    utimesSync(join(dir, 'saved_model.pb'), new Date(), new Date(Date.now() + 5000));
    expect(versionStamp(dir)).not.toBe(before);
  });
});

describe('device placements', () => {
  const gpu = join(FIXTURES_DIR, 'saved_model_half_plus_two_gpu', '00000123');
  const devices = (bytes: Uint8Array): string[] => {
    const m = tf.SavedModel.decode(bytes);
    const out: string[] = [];
    for (const mg of m.metaGraphs) {
      for (const n of mg.graphDef?.node ?? []) if (n.device) out.push(n.device);
      for (const f of mg.graphDef?.library?.function ?? []) for (const n of f.nodeDef ?? []) if (n.device) out.push(n.device);
    }
    return out;
  };

  it('clears GPU placements and leaves everything else as it was', () => {
    const bytes = readFileSync(join(gpu, 'saved_model.pb'));
    expect(devices(bytes).some(needsAccelerator)).toBe(true);
    const { bytes: cleared, removed } = clearDevices(bytes, (d) => !needsAccelerator(d));
    expect(removed).toEqual(['/device:GPU:0']);
    expect(devices(cleared).filter(needsAccelerator)).toEqual([]);
    const strip = (b: Uint8Array) => {
      const m = tf.SavedModel.toObject(tf.SavedModel.decode(b)) as { metaGraphs: Array<{ graphDef: { node: Array<Record<string, unknown>> } }> };
      for (const mg of m.metaGraphs) for (const n of mg.graphDef.node) delete n['device'];
      return m;
    };
    expect(strip(cleared)).toEqual(strip(bytes));
  });

  it('returns the very same bytes when nothing is pinned, and makes no copy', () => {
    const cpu = readFileSync(join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu', '00000123', 'saved_model.pb'));
    expect(clearDevices(cpu, (d) => !needsAccelerator(d)).bytes).toBe(cpu);
    expect(cpuOnlyCopy(join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu', '00000123'))).toBeUndefined();
    const copy = cpuOnlyCopy(gpu)!;
    try {
      expect(devices(readFileSync(join(copy.dir, 'saved_model.pb'))).filter(needsAccelerator)).toEqual([]);
      expect(readFileSync(join(copy.dir, 'variables', 'variables.index'))).toEqual(readFileSync(join(gpu, 'variables', 'variables.index')));
    } finally {
      copy.dispose();
    }
  });

  it('knows accelerator device names', () => {
    for (const d of ['/device:GPU:0', '/job:localhost/replica:0/task:0/device:GPU:1', '/gpu:0', '/device:TPU:0']) expect(needsAccelerator(d), d).toBe(true);
    for (const d of ['', '/device:CPU:0', '/cpu:0', '/job:localhost/replica:0/task:0/device:CPU:0']) expect(needsAccelerator(d), d).toBe(false);
  });
});

describe('TF Serving JSON tensors', () => {
  const sig: SignatureInfo = {
    key: 'serving_default',
    methodName: 'tensorflow/serving/predict',
    inputs: { x: { name: 'x:0', dtype: 'DT_FLOAT', shape: [-1, 2] }, s: { name: 's:0', dtype: 'DT_STRING', shape: [-1] } },
    outputs: {},
  };

  it('reads row and columnar requests, with {"b64"} strings and NaN/Infinity', () => {
    const row = parsePredictRequest({ instances: [{ x: [1, 'NaN'], s: { b64: Buffer.from([0, 255]).toString('base64') } }, { x: ['Infinity', 2], s: 'hi' }] }, sig);
    expect(row.format).toBe('row');
    expect(row.feeds['x']!.shape).toEqual([2, 2]);
    expect(Array.from(row.feeds['x']!.data as Float32Array)).toEqual([1, NaN, Infinity, 2]);
    expect((row.feeds['s']!.data as Uint8Array[]).map((b) => Array.from(b))).toEqual([[0, 255], [104, 105]]);
    const col = parsePredictRequest({ signature_name: 'serving_default', inputs: { x: [[1, 2]], s: ['a'] } }, sig);
    expect(col.format).toBe('columnar');
    expect(col.signatureName).toBe('serving_default');
  });

  it('says exactly what is wrong with a bad request', () => {
    const cases: Array<[unknown, RegExp]> = [
      [[1, 2], /not an object/],
      [{}, /Missing 'inputs' or 'instances'/],
      [{ instances: [] }, /non-empty/],
      [{ instances: [[1, 2]] }, /2 inputs/],
      [{ instances: [{ x: [1, 2] }] }, /missing input "s"/],
      [{ instances: [{ x: [1, 2], s: 'a', z: 1 }] }, /"z", which is not in signature/],
      [{ inputs: { x: [[1, 2], [3]], s: ['a', 'b'] } }, /ragged/],
      [{ inputs: { x: [['a', 2]], s: ['a'] } }, /not a number/],
      [{ inputs: { x: [[1, 2]], s: [7] } }, /not a string/],
    ];
    for (const [body, message] of cases) {
      expect(() => parsePredictRequest(body, sig), JSON.stringify(body)).toThrow(message);
    }
  });

  it('writes "predictions" per row and "outputs" per tensor, dropping the name of a single output', () => {
    const y = f32([2, 1], [0.5, 1.25]);
    expect(predictResponseText({ y }, 'row')).toBe('{"predictions":[[0.5],[1.25]]}');
    expect(predictResponseText({ y }, 'columnar')).toBe('{"outputs":[[0.5],[1.25]]}');
    const both = { a: f32([2], [1, 2]), b_bytes: { dtype: 'DT_STRING', shape: [2], data: [Uint8Array.from([1]), Uint8Array.from([2])] } as HostTensor };
    expect(JSON.parse(predictResponseText(both, 'row'))).toEqual({ predictions: [{ a: 1, b_bytes: { b64: 'AQ==' } }, { a: 2, b_bytes: { b64: 'Ag==' } }] });
    expect(predictResponseText({ y: f32([1], [NaN]) }, 'columnar')).toBe('{"outputs":[NaN]}');
    // As TF Serving writes floats: 6 significant digits when they round-trip, else 9; whole numbers keep ".0".
    expect(predictResponseText({ y: f32([5], [0.1, 3, 1 / 3, -Infinity, 1e-7]) }, 'columnar')).toBe('{"outputs":[0.1,3.0,0.333333343,-Infinity,1e-07]}');
    expect(predictResponseText({ y: { dtype: 'DT_INT64', shape: [1], data: BigInt64Array.from([-5n]) } as HostTensor }, 'columnar')).toBe('{"outputs":[-5]}');
  });
});
