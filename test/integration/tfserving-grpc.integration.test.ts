/**
 * TF Serving's gRPC contract, checked with TF Serving's own client API: test/python/tfserving_client.py drives
 * the tensorflow_serving.apis stubs generated from tensorflow/serving's unmodified protos (tfserving_stubs.py),
 * building requests as TF Serving's example clients and tensorflow_model_server_test.py do. The expectations
 * are TF Serving's, re-expressed as requests against its test data: tensorflow_model_server_test.py (and its
 * test base's VerifyPredictRequest), predict_impl_test.cc, classification_service_test.cc,
 * regression_service_test.cc, multi_inference_test.cc, get_model_metadata_impl_test.cc and
 * get_model_status_impl_test.cc. Each expectation names the TF Serving test it comes from; expect.soft lets one
 * run report every broken expectation, not only the first.
 *
 * The servers are wired as `mdeploy serve` wires them (startServer), with real models on the TensorFlow backend.
 * Deliberate deviations (docs/compat.md): HandleReloadConfigRequest is refused without --allow-reload, and base
 * paths outside --model-root are refused (docs/security.md).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Logger } from '../../src/server/log.js';
import { describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { modelConfigText } from '../helpers/serve.js';

type Result = Record<string, any>;
type Call = Record<string, unknown>;

const HALF_PLUS_TWO = join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu');
const HALF_PLUS_TWO_TF2 = join(FIXTURES_DIR, 'saved_model_half_plus_two_tf2_cpu');
const HALF_PLUS_THREE = join(FIXTURES_DIR, 'saved_model_half_plus_three');
const COUNTER = join(FIXTURES_DIR, 'saved_model_counter');
const TWO_VERSIONS = join(FIXTURES_DIR, 'saved_model_half_plus_two_2_versions');

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Runs calls through the Python client against `target`; one result per call. (Async: the server shares this event loop.) */
async function client(target: string, calls: Call[]): Promise<Result[]> {
  const child = spawn(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'test', 'python', 'tfserving_client.py')], {
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 120_000,
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
  });
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
}

/**
 * The request of tensorflow_model_server_test_base.VerifyPredictRequest: x as DT_FLOAT float_val [2.0] with
 * dims [1] (or [1, 1] with batch_input), output_filter ['y'] unless specify_output=False.
 */
function verifyPredictRequest(model: string, o: { specifyOutput?: boolean; batchInput?: boolean; signature?: string } = {}): Call {
  const dim = o.batchInput ? [{ size: 1 }, { size: 1 }] : [{ size: 1 }];
  return {
    rpc: 'Predict',
    model,
    signature: o.signature ?? 'serving_default',
    inputs: { x: { proto: { dtype: 'DT_FLOAT', float_val: [2.0], tensor_shape: { dim } } } },
    output_filter: o.specifyOutput === false ? [] : ['y'],
  };
}

/** VerifyPredictRequest's checks: 'y' is DT_FLOAT with one float_val, the expected value, and the model spec. */
function expectVerified(res: Result | undefined, want: { output: number; model: string; signature?: string; version: number }, where: string): void {
  expect.soft(res?.['ok'], `${where}: ${res?.['code']} ${res?.['details']}`).toBe(true);
  if (!res?.['ok']) return;
  const y = res['outputs']['y'] as Result | undefined;
  expect.soft(y, `${where}: 'y' in result.outputs`).toBeDefined();
  expect.soft(y?.['dtype'], `${where}: outputs['y'].dtype`).toBe('DT_FLOAT');
  // The typed field, as TF Serving fills it by default (--enable_serialization_as_tensor_content=false).
  expect.soft(y?.['float_val'], `${where}: outputs['y'].float_val (fields set: ${y?.['fields']})`).toEqual([want.output]);
  expect.soft(res['model_spec'], `${where}: _VerifyModelSpec`).toMatchObject({ name: want.model, signature_name: want.signature ?? 'serving_default', version: want.version });
}

/**
 * A failed call's gRPC status and, when given, TF Serving's message text (from its source: the tests check
 * codes). A wrong code is a behaviour failure; a right code with other text is labelled "wording only".
 */
function expectStatus(res: Result | undefined, code: string, where: string, substring?: string): void {
  expect.soft(res?.['ok'] ? 'OK' : res?.['code'], `${where}: ${JSON.stringify(res)}`).toBe(code);
  if (substring && !res?.['ok'] && res?.['code'] === code) expect.soft(String(res?.['details']), `${where}: wording only`).toContain(substring);
}

/** TF Serving's tensorflow_model_server_test_base.SortedObject: order-free comparison of JSON metadata. */
function sortedObject(obj: unknown): unknown {
  if (Array.isArray(obj)) return obj.map(sortedObject).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (obj && typeof obj === 'object')
    return Object.keys(obj)
      .sort()
      .map((k) => [k, sortedObject((obj as Record<string, unknown>)[k])]);
  return obj;
}

const float = (v: number[]) => ({ float: v });
/** classification_service_test / regression_service_test's example: x=80, locale pt_BR, age 19 → 42. */
const EXAMPLE_80 = { x: float([80.0]), locale: { bytes: ['pt_BR'] }, age: float([19.0]) };

describeWith(['tfjs-node', 'python-tf'], 'TF Serving gRPC API (tensorflow_serving.apis stubs) against mdeploy serve', () => {
  let running: RunningServer;
  let target: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-tfs-grpc-'));
    const config = join(dir, 'models.config');
    writeFileSync(
      config,
      modelConfigText([
        // TF Serving's tests serve their model as "default".
        { name: 'default', basePath: HALF_PLUS_TWO },
        { name: 'tf2', basePath: HALF_PLUS_TWO_TF2 },
        { name: 'half_plus_three', basePath: HALF_PLUS_THREE },
        { name: 'counter', basePath: COUNTER },
        { name: 'two_versions', basePath: TWO_VERSIONS, policy: 'specific { versions: 123 versions: 124 }', labels: { stable: 123, canary: 124 } },
      ]),
    );
    running = await startServer({ modelConfigFile: config, restPort: -1, grpcPort: 0, workers: 1, batching: false, pollMs: 60_000, logger: quiet });
    await running.initialLoad;
    expect(running.unavailableModels()).toEqual([]);
    target = `127.0.0.1:${running.grpcPort}`;
  }, 240_000);

  afterAll(async () => {
    await running?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("Done when: a tensorflow_serving.apis client reads outputs['y'].float_val == [3.0] for half_plus_two (x=[2.0])", async () => {
    const [made, byHand, batch] = await client(target, [
      // As TF Serving's example clients build inputs: tf.make_tensor_proto.
      { rpc: 'Predict', model: 'default', signature: 'serving_default', inputs: { x: { make: { values: [2.0], dtype: 'float32', shape: [1, 1] } } } },
      verifyPredictRequest('default'),
      // A batch from a numpy-style nested list: tf.make_tensor_proto puts it in tensor_content.
      { rpc: 'Predict', model: 'default', inputs: { x: { make: { values: [[2.0], [3.0], [4.0]], dtype: 'float32' } } } },
    ]);
    expect(made, JSON.stringify(made)).toMatchObject({ ok: true });
    expect(made!['outputs']['y']['float_val']).toEqual([3.0]);
    expect(made!['outputs']['y']['shape']).toEqual([1, 1]);
    expect(byHand!['outputs']?.['y']?.['float_val'], JSON.stringify(byHand)).toEqual([3.0]);
    expect(batch, JSON.stringify(batch)).toMatchObject({ ok: true, outputs: { y: { shape: [3, 1], float_val: [3.0, 3.5, 4.0], fields: ['float_val'] } } });
  });

  it('Predict: testPredictSavedModel, TF2 and batch_input variants (VerifyPredictRequest)', async () => {
    const [filtered, all, tf2, tf2All, batch] = await client(target, [
      verifyPredictRequest('default'),
      verifyPredictRequest('default', { specifyOutput: false }),
      verifyPredictRequest('tf2'),
      verifyPredictRequest('tf2', { specifyOutput: false }),
      verifyPredictRequest('default', { batchInput: true, specifyOutput: false }),
    ]);
    expectVerified(filtered, { output: 3.0, model: 'default', version: 123 }, 'testPredictSavedModel');
    expectVerified(all, { output: 3.0, model: 'default', version: 123 }, 'testPredictSavedModel specify_output=False');
    expectVerified(tf2, { output: 3.0, model: 'tf2', version: 123 }, 'TF2 half_plus_two');
    expectVerified(tf2All, { output: 3.0, model: 'tf2', version: 123 }, 'TF2 half_plus_two specify_output=False');
    expectVerified(batch, { output: 3.0, model: 'default', version: 123 }, 'batch_input=True');
    expect.soft(batch?.['outputs']?.['y']?.['shape'], 'batch_input=True: y keeps the [1, 1] shape').toEqual([1, 1]);
  });

  it('Predict: predict_impl_test request validation (model spec, inputs, output_filter, signature)', async () => {
    const x = { proto: { dtype: 'DT_FLOAT', float_val: [2.0] } };
    const stringKey = { proto: { dtype: 'DT_STRING', string_val: [btoa('any_key')], tensor_shape: { dim: [{ size: 1 }] } } };
    const r = await client(target, [
      { rpc: 'Predict' },
      { rpc: 'Predict', model: '' },
      { rpc: 'Predict', model: 'test' },
      { rpc: 'Predict', model: 'default', version: 123 },
      { rpc: 'Predict', model: 'default', version: 123, inputs: { key: stringKey } },
      { rpc: 'Predict', model: 'default', version: 123, inputs: { x }, output_filter: ['output_filter'] },
      { rpc: 'Predict', model: 'default', version: 123, inputs: { x }, output_filter: ['y'] },
      { rpc: 'Predict', model: 'default', version: 123, inputs: { x }, output_filter: ['y', 'y'] },
      { rpc: 'Predict', model: 'default', version: 123, inputs: { x: stringKey }, output_filter: ['y'] },
      { rpc: 'Predict', model: 'default', signature: 'no_such_signature', inputs: { x } },
    ]);
    // Texts: predict_impl.cc, server_core.cc ServableRequestFromModelSpec, basic_manager.cc, predict_util.cc.
    expectStatus(r[0], 'INVALID_ARGUMENT', 'MissingOrEmptyModelSpec: empty request', 'Missing ModelSpec');
    expectStatus(r[1], 'INVALID_ARGUMENT', 'MissingOrEmptyModelSpec: no model name', 'ModelSpec has no name specified.');
    expectStatus(r[2], 'NOT_FOUND', 'MissingOrEmptyModelSpec: unknown model "test"', 'Servable not found for request: Latest(test)');
    expectStatus(r[3], 'INVALID_ARGUMENT', 'EmptyInputList', 'input size does not match signature: 0!=1 len({}) != len({x}). Sent extra: {}. Missing but required: {x}.');
    expectStatus(r[4], 'INVALID_ARGUMENT', 'InputTensorsDontMatchModelSpecInputs');
    expectStatus(r[5], 'INVALID_ARGUMENT', 'OutputFiltersDontMatchModelSpecOutputs: unknown alias', 'output tensor alias not found in signature: output_filter Outputs expected to be in the set {y}.');
    expectStatus(r[6], 'OK', 'OutputFiltersDontMatchModelSpecOutputs: output_filter y');
    expectStatus(r[7], 'INVALID_ARGUMENT', 'OutputFiltersDontMatchModelSpecOutputs: duplicate y', 'duplicate output tensor alias: y');
    expectStatus(r[8], 'INVALID_ARGUMENT', 'InputTensorsHaveWrongType');
    // predict_util.cc: an unknown signature key is FAILED_PRECONDITION.
    expectStatus(r[9], 'FAILED_PRECONDITION', 'unknown signature', 'Serving signature key "no_such_signature" not found.');
  });

  it('Predict: predict_impl_test PredictionSuccess and named regression / classification signatures (scalar tensors)', async () => {
    // No tensor_shape: a scalar, as the C++ tests build it; the answer is a scalar too.
    const scalar = { proto: { dtype: 'DT_FLOAT', float_val: [2.0] } };
    const [success, regress, classify] = await client(target, [
      { rpc: 'Predict', model: 'default', version: 123, inputs: { x: scalar } },
      { rpc: 'Predict', model: 'default', version: 123, signature: 'regress_x2_to_y3', inputs: { inputs: scalar } },
      // classify_x2_to_y3 is in TF's cc/saved_model/testdata/half_plus_two; of these fixtures, the 2-version model has it.
      { rpc: 'Predict', model: 'two_versions', version: 123, signature: 'classify_x2_to_y3', inputs: { inputs: scalar } },
    ]);
    expect.soft(success, 'PredictionSuccess').toMatchObject({
      ok: true,
      model_spec: { name: 'default', signature_name: 'serving_default', version: 123 },
      outputs: { y: { dtype: 'DT_FLOAT', shape: [], float_val: [3] } },
    });
    expect.soft(Object.keys(success?.['outputs'] ?? {}), 'PredictionSuccess: outputs').toEqual(['y']);
    expect.soft(regress, 'PredictionWithNamedRegressionSignature').toMatchObject({
      ok: true,
      model_spec: { name: 'default', signature_name: 'regress_x2_to_y3', version: 123 },
      outputs: { outputs: { dtype: 'DT_FLOAT', shape: [], float_val: [4] } },
    });
    expect.soft(classify, 'PredictionWithNamedClassificationSignature').toMatchObject({
      ok: true,
      model_spec: { name: 'two_versions', signature_name: 'classify_x2_to_y3', version: 123 },
      outputs: { scores: { dtype: 'DT_FLOAT', shape: [], float_val: [4] } },
    });
  });

  it('Predict: predict_impl_test PredictionWithCustomizedSignatures (stateful counter)', async () => {
    const spec = { model: 'counter', version: 123 };
    const r = await client(target, [
      { rpc: 'Predict', ...spec, signature: 'get_counter' },
      { rpc: 'Predict', ...spec, signature: 'incr_counter' },
      { rpc: 'Predict', ...spec, signature: 'reset_counter' },
      { rpc: 'Predict', ...spec, signature: 'incr_counter', output_filter: ['output'] },
      { rpc: 'Predict', ...spec, signature: 'incr_counter_by', inputs: { delta: { proto: { dtype: 'DT_FLOAT', float_val: [3] } } } },
    ]);
    const want = [
      ['get_counter', 0],
      ['incr_counter', 1],
      ['reset_counter', 0],
      ['incr_counter', 1],
      ['incr_counter_by', 4],
    ] as const;
    want.forEach(([signature, value], i) =>
      expect.soft(r[i], `${signature} → ${value}`).toMatchObject({
        ok: true,
        model_spec: { name: 'counter', signature_name: signature, version: 123 },
        outputs: { output: { dtype: 'DT_FLOAT', shape: [], float_val: [value] } },
      }),
    );
  });

  it('Predict: version and version_label choose the servable (ServerCore::GetServableRequestFromModelSpec)', async () => {
    const r = await client(target, [
      { ...verifyPredictRequest('two_versions'), version: 123 },
      { ...verifyPredictRequest('two_versions'), version: 124 },
      verifyPredictRequest('two_versions'),
      { ...verifyPredictRequest('two_versions'), label: 'stable' },
      { ...verifyPredictRequest('two_versions'), label: 'canary' },
      { ...verifyPredictRequest('two_versions'), label: 'nope' },
      { ...verifyPredictRequest('two_versions'), version: 999 },
    ]);
    expectVerified(r[0], { output: 3.0, model: 'two_versions', version: 123 }, 'version 123');
    expectVerified(r[1], { output: 3.0, model: 'two_versions', version: 124 }, 'version 124');
    expectVerified(r[2], { output: 3.0, model: 'two_versions', version: 124 }, 'no version: the latest');
    expectVerified(r[3], { output: 3.0, model: 'two_versions', version: 123 }, 'label stable → 123');
    expectVerified(r[4], { output: 3.0, model: 'two_versions', version: 124 }, 'label canary → 124');
    // util.cc MakeModelSpec: the response spec names the version, not the label.
    expect.soft(r[3]?.['model_spec']?.['version_label'], 'label is not echoed').toBe('');
    expectStatus(r[5], 'INVALID_ARGUMENT', 'unknown label', 'Unrecognized servable version label: nope');
    expectStatus(r[6], 'NOT_FOUND', 'unknown version', 'Servable not found for request: Specific(two_versions, 999)');
  });

  it('Classify: testClassify, testClassifyTf2 and classification_service_test', async () => {
    const x2 = [{ x: float([2.0]) }];
    const r = await client(target, [
      { rpc: 'Classify', model: 'default', signature: 'classify_x_to_y', examples: x2 },
      { rpc: 'Classify', model: 'tf2', signature: 'classify_x_to_y', examples: x2 },
      { rpc: 'Classify', model: 'default', signature: 'classify_x_to_y', examples: [EXAMPLE_80] },
      { rpc: 'Classify' },
      { rpc: 'Classify', model: '' },
      { rpc: 'Classify', model: 'foo' },
      { rpc: 'Classify', model: 'default', signature: 'invalid_signature_name' },
      { rpc: 'Classify', model: 'default' },
    ]);
    for (const [i, model, test] of [[0, 'default', 'testClassify'], [1, 'tf2', 'testClassifyTf2']] as const) {
      expect.soft(r[i], test).toMatchObject({ ok: true, model_spec: { name: model, signature_name: 'classify_x_to_y', version: 123 } });
      expect.soft(r[i]?.['classifications'], `${test}: one classification, one class, score 3.0`).toEqual([[{ label: '', score: 3.0 }]]);
    }
    expect.soft(r[2], 'ClassificationSuccess').toMatchObject({ ok: true, model_spec: { name: 'default', signature_name: 'classify_x_to_y', version: 123 }, classifications: [[{ score: 42 }]] });
    expectStatus(r[3], 'INVALID_ARGUMENT', 'InvalidModelSpec: no model spec', 'Missing ModelSpec');
    expectStatus(r[4], 'INVALID_ARGUMENT', 'InvalidModelSpec: empty name', 'ModelSpec has no name specified.');
    expectStatus(r[5], 'NOT_FOUND', 'InvalidModelSpec: unknown model foo', 'Servable not found for request: Latest(foo)');
    expectStatus(r[6], 'INVALID_ARGUMENT', 'InvalidSignature');
    expect.soft(r[7]?.['code'], 'ModelSpecOverride: the request’s own model is found').not.toBe('NOT_FOUND');
  });

  it('Regress: testRegress, testRegressTf2 and regression_service_test', async () => {
    const x2 = [{ x: float([2.0]) }];
    const r = await client(target, [
      { rpc: 'Regress', model: 'default', signature: 'regress_x_to_y', examples: x2 },
      { rpc: 'Regress', model: 'tf2', signature: 'regress_x_to_y', examples: x2 },
      { rpc: 'Regress', model: 'default', signature: 'regress_x_to_y', examples: [EXAMPLE_80] },
      { rpc: 'Regress' },
      { rpc: 'Regress', model: '' },
      { rpc: 'Regress', model: 'foo' },
      { rpc: 'Regress', model: 'default', signature: 'invalid_signature_name' },
      { rpc: 'Regress', model: 'default' },
      { rpc: 'Regress', model: 'default', signature: 'regress_x_to_y', examples: [{ x: float([2.0]) }, { x: float([4.0]) }] },
      // input.proto's ExampleListWithContext: the context's features join every example.
      { rpc: 'Regress', model: 'default', signature: 'regress_x_to_y', context: { x: float([2.0]) }, examples: [{ locale: { bytes: ['pt_BR'] } }, { age: float([19.0]) }] },
    ]);
    for (const [i, model, test] of [[0, 'default', 'testRegress'], [1, 'tf2', 'testRegressTf2']] as const) {
      expect.soft(r[i], test).toMatchObject({ ok: true, model_spec: { name: model, signature_name: 'regress_x_to_y', version: 123 } });
      expect.soft(r[i]?.['regressions'], `${test}: one regression, 3.0`).toEqual([3.0]);
    }
    expect.soft(r[2], 'RegressionSuccess').toMatchObject({ ok: true, model_spec: { name: 'default', signature_name: 'regress_x_to_y', version: 123 }, regressions: [42] });
    expectStatus(r[3], 'INVALID_ARGUMENT', 'InvalidModelSpec: no model spec', 'Missing ModelSpec');
    expectStatus(r[4], 'INVALID_ARGUMENT', 'InvalidModelSpec: empty name', 'ModelSpec has no name specified.');
    expectStatus(r[5], 'NOT_FOUND', 'InvalidModelSpec: unknown model foo', 'Servable not found for request: Latest(foo)');
    expectStatus(r[6], 'INVALID_ARGUMENT', 'InvalidSignature');
    expect.soft(r[7]?.['code'], 'ModelSpecOverride: the request’s own model is found').not.toBe('NOT_FOUND');
    expect.soft(r[8], 'one regression per example, in order').toMatchObject({ ok: true, regressions: [3.0, 4.0] });
    expect.soft(r[9], 'ExampleListWithContext').toMatchObject({ ok: true, regressions: [3.0, 3.0] });
  });

  it('MultiInference: testMultiInference, testMultiInferenceTf2 and multi_inference_test', async () => {
    const REGRESS = 'tensorflow/serving/regress';
    const CLASSIFY = 'tensorflow/serving/classify';
    const task = (model: string, signature: string, method: string) => ({ model, signature, method });
    const x2 = [{ x: float([2.0]) }];
    const r = await client(target, [
      { rpc: 'MultiInference', tasks: [task('default', 'regress_x_to_y', REGRESS), task('default', 'classify_x_to_y', CLASSIFY)], examples: x2 },
      { rpc: 'MultiInference', tasks: [task('tf2', 'regress_x_to_y', REGRESS), task('tf2', 'classify_x_to_y', CLASSIFY)], examples: x2 },
      { rpc: 'MultiInference', tasks: [task('default', 'regress_x_to_y', REGRESS)] },
      { rpc: 'MultiInference', tasks: [task('default', 'ThisSignatureDoesNotExist', REGRESS)], examples: x2 },
      { rpc: 'MultiInference', tasks: [task('default', 'regress_x_to_y', REGRESS), task('ModelDoesNotExist', 'regress_x_to_y', REGRESS)], examples: x2 },
      { rpc: 'MultiInference', tasks: [task('default', 'regress_x_to_y', REGRESS), task('default', 'regress_x_to_y', REGRESS)], examples: x2 },
      { rpc: 'MultiInference', tasks: [task('default', 'serving_default', 'tensorflow/serving/predict')], examples: x2 },
      { rpc: 'MultiInference', tasks: [task('default', 'regress_x_to_y', REGRESS)], examples: x2 },
      { rpc: 'MultiInference', tasks: [task('default', 'regress_x_to_y', REGRESS), task('default', 'regress_x_to_y2', REGRESS)], examples: x2 },
    ]);
    for (const [i, model, test] of [[0, 'default', 'testMultiInference'], [1, 'tf2', 'testMultiInferenceTf2']] as const) {
      expect.soft(r[i], test).toMatchObject({
        ok: true,
        results: [
          { kind: 'regression_result', regressions: [3.0], model_spec: { name: model, signature_name: 'regress_x_to_y', version: 123 } },
          { kind: 'classification_result', classifications: [[{ score: 3.0 }]], model_spec: { name: model, signature_name: 'classify_x_to_y', version: 123 } },
        ],
      });
    }
    expectStatus(r[2], 'INVALID_ARGUMENT', 'MissingInputTest', 'Input is empty');
    expectStatus(r[3], 'INVALID_ARGUMENT', 'UndefinedSignatureTest', 'signature not found');
    expectStatus(r[4], 'INVALID_ARGUMENT', 'InconsistentModelSpecsInRequestTest', 'must access the same model name');
    expectStatus(r[5], 'INVALID_ARGUMENT', 'EvaluateDuplicateSignaturesTest', 'Duplicate evaluation of signature: regress_x_to_y');
    expectStatus(r[6], 'UNIMPLEMENTED', 'UsupportedSignatureTypeTest', 'Unsupported signature');
    expect.soft(r[7], 'ValidSingleSignatureTest').toMatchObject({ ok: true, results: [{ kind: 'regression_result', regressions: [3.0], model_spec: { name: 'default', signature_name: 'regress_x_to_y', version: 123 } }] });
    expect.soft(r[8], 'MultipleValidRegressSignaturesTest').toMatchObject({
      ok: true,
      results: [
        { regressions: [3.0], model_spec: { signature_name: 'regress_x_to_y' } },
        { regressions: [4.0], model_spec: { signature_name: 'regress_x_to_y2' } },
      ],
    });
  });

  it('GetModelMetadata: testGetModelMetadata, TF Serving’s expected SignatureDefs, get_model_metadata_impl_test', async () => {
    const r = await client(target, [
      { rpc: 'GetModelMetadata', model: 'default' },
      { rpc: 'GetModelMetadata', model: 'default', version: 123 },
      { rpc: 'GetModelMetadata', model: 'two_versions', version: 123 },
      { rpc: 'GetModelMetadata', model: 'default', fields: [] },
      { rpc: 'GetModelMetadata', model: 'default', fields: ['some_stuff'] },
      { rpc: 'GetModelMetadata' },
      { rpc: 'GetModelMetadata', model: '' },
      { rpc: 'GetModelMetadata', model: 'test' },
    ]);
    expect.soft(r[0], 'testGetModelMetadata').toMatchObject({ ok: true, model_spec: { name: 'default', version: 123 }, metadata_keys: ['signature_def'], unpacked: true });
    expect.soft(r[0]?.['type_urls']?.['signature_def'], 'Any type_url').toBe('type.googleapis.com/tensorflow.serving.SignatureDefMap');
    // The SignatureDefMap unpacked from Any is the one TF Serving answers (its half_plus_two_model_metadata.json).
    const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'half_plus_two_model_metadata.json'), 'utf8'));
    expect.soft(sortedObject(r[0]?.['signature_def']), 'half_plus_two_model_metadata.json signature_def').toEqual(sortedObject(expected.metadata.signature_def));
    const expected2 = JSON.parse(readFileSync(join(FIXTURES_DIR, 'saved_model_half_plus_two_2_versions_metadata.json'), 'utf8'));
    expect.soft(sortedObject(r[2]?.['signature_def']), 'saved_model_half_plus_two_2_versions_metadata.json signature_def').toEqual(sortedObject(expected2.metadata.signature_def));
    // ReturnsSignaturesForValidModel: the response's model spec equals the request's.
    expect.soft(r[1]?.['model_spec'], 'ReturnsSignaturesForValidModel: model_spec').toEqual({ name: 'default', signature_name: '', version: 123, version_label: '' });
    // Texts: get_model_metadata_impl.cc.
    expectStatus(r[3], 'INVALID_ARGUMENT', 'EmptyOrInvalidMetadataFieldList: none', 'GetModelMetadataRequest must specify at least one metadata_field');
    expectStatus(r[4], 'INVALID_ARGUMENT', 'EmptyOrInvalidMetadataFieldList: some_stuff', 'Metadata field some_stuff is not supported');
    expectStatus(r[5], 'INVALID_ARGUMENT', 'MissingOrEmptyModelSpec: no model spec', 'Missing ModelSpec');
    expectStatus(r[6], 'INVALID_ARGUMENT', 'MissingOrEmptyModelSpec: no model name');
    expectStatus(r[7], 'NOT_FOUND', 'MissingOrEmptyModelSpec: unknown model "test"');
  });

  it('GetModelStatus: testGetModelStatus and get_model_status_impl_test', async () => {
    const r = await client(target, [
      { rpc: 'GetModelStatus', model: 'default' },
      { rpc: 'GetModelStatus' },
      { rpc: 'GetModelStatus', model: 'nonexistent_model' },
      { rpc: 'GetModelStatus', model: 'two_versions', version: 999 },
      { rpc: 'GetModelStatus', model: 'two_versions' },
      { rpc: 'GetModelStatus', model: 'two_versions', version: 123 },
      { rpc: 'GetModelStatus', model: 'two_versions', label: 'canary' },
      { rpc: 'GetModelStatus', model: 'two_versions', label: 'nope' },
    ]);
    expect.soft(r[0], 'testGetModelStatus').toEqual({ ok: true, model_version_status: [{ version: 123, state: 'AVAILABLE', error_code: 0, error_message: '' }] });
    // Texts: get_model_status_impl.cc.
    expectStatus(r[1], 'INVALID_ARGUMENT', 'MissingOrEmptyModelSpecFailure', 'Missing ModelSpec');
    expectStatus(r[2], 'NOT_FOUND', 'InvalidModelNameFailure', 'Could not find any versions of model nonexistent_model');
    expectStatus(r[3], 'NOT_FOUND', 'InvalidModelVersionFailure', 'Could not find version 999 of model two_versions');
    const all = (r[4]?.['model_version_status'] ?? []) as Result[];
    expect.soft(all.map((s) => s['version']).sort(), 'AllVersionsSuccess: versions').toEqual([123, 124]);
    expect.soft(all.map((s) => [s['error_code'], s['error_message']]), 'AllVersionsSuccess: OK statuses').toEqual([
      [0, ''],
      [0, ''],
    ]);
    expect.soft(r[5], 'SingleVersionSuccess').toEqual({ ok: true, model_version_status: [{ version: 123, state: 'AVAILABLE', error_code: 0, error_message: '' }] });
    // get_model_status_impl.cc looks at model_spec.version only: a version_label is ignored and every version is
    // listed, newest first (ServableStateMonitor::VersionMap is ordered by std::greater).
    expect.soft(all.map((s) => s['version']), 'AllVersionsSuccess: newest first').toEqual([124, 123]);
    expect.soft(r[6]?.['model_version_status']?.map((s: Result) => s['version']), 'version_label is ignored by GetModelStatus').toEqual([124, 123]);
    expect.soft(r[7]?.['model_version_status']?.map((s: Result) => s['version']), `an unknown version_label is ignored too: ${JSON.stringify(r[7])}`).toEqual([124, 123]);
  });

  it('HandleReloadConfigRequest is refused without --allow-reload (deliberate deviation: docs/security.md)', async () => {
    const [refused, still] = await client(target, [{ rpc: 'HandleReloadConfigRequest', models: [{ name: 'half_plus_three', base_path: HALF_PLUS_THREE }] }, verifyPredictRequest('default')]);
    expectStatus(refused, 'PERMISSION_DENIED', 'reload without --allow-reload', '--allow-reload');
    expectVerified(still, { output: 3.0, model: 'default', version: 123 }, 'the models stay as they were');
  });
});

describeWith(['tfjs-node', 'python-tf'], 'TF Serving gRPC API: model config file and HandleReloadConfigRequest (--allow-reload)', () => {
  let running: RunningServer;
  let target: string;
  let dir: string;
  let configFile: string;

  /** tensorflow_model_server_test's __BuildModelConfigFile: good_model_config.txt with its placeholders filled. */
  const goodConfig = () => readFileSync(join(FIXTURES_DIR, 'good_model_config.txt'), 'utf8').replace('${TEST_HALF_PLUS_TWO_DIR}', HALF_PLUS_TWO).replace('${TEST_HALF_PLUS_THREE_DIR}', HALF_PLUS_THREE);

  /** Calls until `done` accepts the results or `ms` pass; the last results either way. */
  const until = async (calls: Call[], done: (r: Result[]) => boolean, ms: number): Promise<Result[]> => {
    const end = Date.now() + ms;
    for (;;) {
      const r = await client(target, calls);
      if (done(r) || Date.now() > end) return r;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-tfs-reload-'));
    configFile = join(dir, 'good_model_config.conf');
    writeFileSync(configFile, goodConfig());
    // The model root is the fixtures directory (the config file lives in a temp dir).
    running = await startServer({ modelConfigFile: configFile, restPort: -1, grpcPort: 0, workers: 1, batching: false, pollMs: 500, allowReload: true, modelRoot: FIXTURES_DIR, logger: quiet });
    await running.initialLoad;
    expect(running.unavailableModels()).toEqual([]);
    target = `127.0.0.1:${running.grpcPort}`;
  }, 240_000);

  afterAll(async () => {
    await running?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('in order (each step changes the served models)', () => {
    it('testGoodModelConfig', async () => {
      const r = await client(target, [
        verifyPredictRequest('half_plus_two'),
        verifyPredictRequest('half_plus_two', { specifyOutput: false }),
        verifyPredictRequest('half_plus_three'),
        verifyPredictRequest('half_plus_three', { specifyOutput: false }),
      ]);
      expectVerified(r[0], { output: 3.0, model: 'half_plus_two', version: 123 }, 'half_plus_two');
      expectVerified(r[1], { output: 3.0, model: 'half_plus_two', version: 123 }, 'half_plus_two specify_output=False');
      expectVerified(r[2], { output: 4.0, model: 'half_plus_three', version: 123 }, 'half_plus_three');
      expectVerified(r[3], { output: 4.0, model: 'half_plus_three', version: 123 }, 'half_plus_three specify_output=False');
    });

    it('HandleReloadConfigRequest replaces the served models (ModelService, built as ModelConfigList.config.add())', async () => {
      const [reply, three] = await client(target, [{ rpc: 'HandleReloadConfigRequest', models: [{ name: 'half_plus_three', base_path: HALF_PLUS_THREE }] }, verifyPredictRequest('half_plus_three')]);
      expect.soft(reply, 'ReloadConfigResponse.status OK').toEqual({ ok: true, error_code: 0, error_message: '' });
      // ServerCore::ReloadConfig returns once the new models are available.
      expectVerified(three, { output: 4.0, model: 'half_plus_three', version: 123 }, 'half_plus_three right after the reload');
      const [gone] = await until([verifyPredictRequest('half_plus_two')], (r) => !r[0]!['ok'], 15_000);
      expectStatus(gone, 'NOT_FOUND', 'half_plus_two is unloaded');
    });

    it('HandleReloadConfigRequest with a text-format ModelServerConfig: labels and version policy', async () => {
      const text = `model_config_list {
        config { name: "half_plus_two" base_path: "${HALF_PLUS_TWO}" model_platform: "tensorflow" }
        config {
          name: "two_versions" base_path: "${TWO_VERSIONS}" model_platform: "tensorflow"
          model_version_policy { specific { versions: 123 versions: 124 } }
          version_labels { key: "stable" value: 123 }
        }
      }`;
      const [reply, two, stable, latest] = await client(target, [
        { rpc: 'HandleReloadConfigRequest', config_text: text },
        verifyPredictRequest('half_plus_two'),
        { ...verifyPredictRequest('two_versions'), label: 'stable' },
        verifyPredictRequest('two_versions'),
      ]);
      expect.soft(reply, 'ReloadConfigResponse.status OK').toEqual({ ok: true, error_code: 0, error_message: '' });
      expectVerified(two, { output: 3.0, model: 'half_plus_two', version: 123 }, 'half_plus_two back');
      expectVerified(stable, { output: 3.0, model: 'two_versions', version: 123 }, 'label stable');
      expectVerified(latest, { output: 3.0, model: 'two_versions', version: 124 }, 'latest of the specific versions');
    });

    it('HandleReloadConfigRequest refuses base paths outside --model-root (deliberate deviation: docs/security.md)', async () => {
      const [refused, still] = await client(target, [{ rpc: 'HandleReloadConfigRequest', models: [{ name: 'elsewhere', base_path: tmpdir() }] }, verifyPredictRequest('half_plus_two')]);
      expectStatus(refused, 'PERMISSION_DENIED', 'base_path outside the model root', 'model root');
      expectVerified(still, { output: 3.0, model: 'half_plus_two', version: 123 }, 'the models stay as they were');
    });

    it('testModelConfigReload: a rewritten model config file is polled and served', async () => {
      writeFileSync(configFile, `model_config_list: {\n  config: {\n    name: "half_plus_three",\n    base_path: "${HALF_PLUS_THREE}",\n    model_platform: "tensorflow"\n  }\n}\n`);
      const [three] = await until([verifyPredictRequest('half_plus_three', { specifyOutput: false })], (r) => r[0]!['ok'] === true, 20_000);
      expectVerified(three, { output: 4.0, model: 'half_plus_three', version: 123 }, 'half_plus_three from the rewritten file');
    });
  });
});
