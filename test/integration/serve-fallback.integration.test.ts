/**
 * Serving without libtensorflow: with tfjs-node unavailable (MDEPLOY_NO_TFJS_NODE=1 stands in for a machine
 * where its binding does not load), `--backend auto` serves a SavedModel's convertible signatures on
 * onnxruntime, with TensorFlow's own answers, and marks the others unavailable with the reason.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compareJson, goldenEntries, goldenToJson, type GoldenEntry } from '../helpers/golden.js';
import { describeWith, FIXTURES_DIR } from '../helpers/env.js';
import { http, postJson, startServe, type ServeProcess } from '../helpers/serve.js';

describeWith(['corpus'], 'serve without tfjs-node (onnxruntime fallback)', () => {
  let s: ServeProcess;
  let golden: GoldenEntry;
  beforeAll(async () => {
    golden = goldenEntries().find((e) => e.id === 'fixture/saved_model_half_plus_two_cpu@00000123')!;
    s = await startServe([join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu'), '--name', 'hpt'], { env: { MDEPLOY_NO_TFJS_NODE: '1' } });
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('loads the model AVAILABLE on onnxruntime and says so in one log line', async () => {
    const status = await http(`${s.url}/v1/models/hpt`);
    expect(status.json.model_version_status).toEqual([{ version: '123', state: 'AVAILABLE', status: { error_code: 'OK', error_message: '' } }]);
    const lines = s.logs.filter((l) => typeof l['msg'] === 'string' && (l['msg'] as string).includes('on onnxruntime (converted to ONNX in memory)'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!['msg']).toMatch(/tfjs-node is turned off .*serving regress_x2_to_y3, serving_default on onnxruntime/);
    expect(s.logs.find((l) => l['msg'] === 'version available')).toMatchObject({ backend: 'onnx', runtime: 'onnxruntime' });
  });

  it('answers the predict signature with TensorFlow\'s outputs', async () => {
    const c = golden.golden.cases.find((x) => x.signature === 'serving_default')!;
    const r = await postJson(`${s.url}/v1/models/hpt:predict`, { inputs: goldenToJson(c.inputs['x']!) });
    expect(r.status, r.text).toBe(200);
    expect(compareJson(r.json.outputs, c.outputs!['y']!)).toBeUndefined();
    const v2 = await postJson(`${s.url}/v2/models/hpt/infer`, { inputs: [{ name: 'x', datatype: 'FP32', shape: [2, 1], data: [3, 4] }] });
    expect(v2.status, v2.text).toBe(200);
    expect(v2.json.outputs[0].data).toEqual([3.5, 4]);
  });

  it('lists the signatures that need TensorFlow as unavailable, with the reason, and answers them 501', async () => {
    const meta = await http(`${s.url}/v1/models/hpt/metadata`);
    expect(Object.keys(meta.json.metadata.signature_def.signature_def)).toContain('regress_x_to_y');
    expect(meta.json.metadata.unavailable_signatures).toEqual({
      classify_x_to_y: expect.stringMatching(/needs TensorFlow: no ONNX conversion for ParseExample/),
      regress_x_to_y: expect.stringMatching(/ParseExample/),
      regress_x_to_y2: expect.stringMatching(/ParseExample/),
    });
    const r = await postJson(`${s.url}/v1/models/hpt:regress`, { signature_name: 'regress_x_to_y', examples: [{ x: 1.0 }] });
    expect(r.status).toBe(501);
    expect(r.json.error).toMatch(/signature "regress_x_to_y" cannot run on this server: needs TensorFlow/);
  });
});
