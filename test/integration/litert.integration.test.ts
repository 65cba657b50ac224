/**
 * LiteRT.js (the real WebAssembly runtime from @litertjs/core) runs the TFLite fixtures and gives
 * tf.lite.Interpreter's outputs (goldens in test/fixtures/tflite/expectations.json, written by
 * scripts/tflite_expectations.py with TF 2.21). Feeds that do not fit are refused before the runtime sees
 * them, and the runtime keeps working afterwards. One test regenerates a dynamic-batch model with the venv's
 * TensorFlow and checks a batch size TF ran only there. Corpus models whose inputs vary beyond the batch
 * (`dynamic`: height and width; `text_gru`: sequence length), converted by mdeploy, give TensorFlow's goldens
 * (test/corpus/<model>/golden.json) for two different non-batch shapes each, alternating through a cache of one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLiteRt, openLiteRtModel, type LiteRtSession } from '../../src/runtime/litert.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { typedArrayFromBytes } from '../../src/tensor/host.js';
import { convertModel } from '../../src/convert/convert.js';
import { CORPUS_DIR, describeWith, ROOT } from '../helpers/env.js';
import { goldenEntries, goldenToHost, relError } from '../helpers/golden.js';

interface GoldenValue { dtype: string; shape: number[]; b64: string }
interface GoldenCase { signature: string | null; inputs: Record<string, GoldenValue>; outputs: Record<string, GoldenValue> }
const golden = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'tflite', 'expectations.json'), 'utf8')) as { models: Record<string, { cases: GoldenCase[] }> };

const HALF = 'test/fixtures/tfserving/saved_model_half_plus_two_tflite/00000123/model.tflite';
const HALF_SIGDEF = 'test/fixtures/tfserving/saved_model_half_plus_two_tflite_with_sigdef/00000123/model.tflite';
const DYNAMIC = 'test/fixtures/tflite/dynamic_batch.tflite';
const PARSE_EXAMPLE = 'test/fixtures/tfserving/parse_example_tflite/00000123/model.tflite';

function host(v: GoldenValue): HostTensor {
  return { dtype: v.dtype as HostTensor['dtype'], shape: v.shape, data: typedArrayFromBytes(v.dtype, new Uint8Array(Buffer.from(v.b64, 'base64'))) };
}

function expectClose(got: HostTensor | undefined, want: HostTensor, what: string): void {
  expect(got, what).toBeDefined();
  expect(got!.dtype, what).toBe(want.dtype);
  expect(got!.shape, what).toEqual(want.shape);
  const a = got!.data as Float32Array;
  const b = want.data as Float32Array;
  expect(a.length, what).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!), `${what}[${i}]: ${a[i]} vs ${b[i]}`).toBeLessThanOrEqual(1e-5 + 1e-5 * Math.abs(b[i]!));
}

async function rejection(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('LiteRT.js in Node', () => {
  const sessions: LiteRtSession[] = [];
  const open = async (rel: string): Promise<LiteRtSession> => {
    const s = await openLiteRtModel(join(ROOT, rel));
    sessions.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of sessions) await s.dispose();
  });

  it('loads once per process from the package\'s wasm files and leaves no browser globals behind', async () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const first = await loadLiteRt();
    expect(await loadLiteRt()).toBe(first);
    const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k));
    expect(added).toEqual([]);
    for (const k of ['self', 'importScripts', 'ModuleFactory', 'Module']) expect(k in globalThis, k).toBe(false);
  });

  it('half_plus_two (no SignatureDefs: the main subgraph as serving_default): 5.0 → 4.5', async () => {
    const s = await open(HALF);
    expect(s.signature.key).toBe('serving_default');
    expect(Object.keys(s.signature.inputs)).toEqual(['x']);
    const out = await s.run({ x: { dtype: 'DT_FLOAT', shape: [1, 1], data: new Float32Array([5]) } });
    expect([...(out['y']!.data as Float32Array)]).toEqual([4.5]);
    for (const c of golden.models[HALF]!.cases) {
      const got = await s.run(Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, host(v)])));
      for (const [k, v] of Object.entries(c.outputs)) expectClose(got[k], host(v), `y for ${k}`);
    }
  });

  it('half_plus_two_with_sigdef gives tf.lite.Interpreter\'s answer', async () => {
    const s = await open(HALF_SIGDEF);
    // The interpreter names the input by tensor (tflite_input); the file's signature_defs_metadata keys it x.
    expect(s.signature.inputs['x']?.name).toBe('tflite_input:0');
    for (const c of golden.models[HALF_SIGDEF]!.cases) {
      const got = await s.run(Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k === 'tflite_input' ? 'x' : k, host(v)])));
      for (const [k, v] of Object.entries(c.outputs)) expectClose(got[k], host(v), k);
    }
  });

  it('a dynamic-batch model with two signatures: every golden case, batch 1 and 3, on both signatures', async () => {
    const s = await open(DYNAMIC);
    expect(Object.keys(s.signatures).sort()).toEqual(['serving_default', 'twice']);
    expect(s.signatures['serving_default']!.inputs['image']!.shape).toEqual([-1, 8, 8, 3]);
    const cases = golden.models[DYNAMIC]!.cases;
    expect(cases.length).toBe(4);
    for (const c of cases) {
      const got = await s.runSignature(c.signature!, Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, host(v)])));
      for (const [k, v] of Object.entries(c.outputs)) expectClose(got[k], host(v), `${c.signature}.${k} batch ${v.shape[0]}`);
    }
  });

  it('a concrete [1,8,8,3] feed for a [-1,8,8,3] input runs (LiteRT alone refuses it), and so do other batch sizes', async () => {
    const s = await open(DYNAMIC);
    const one = golden.models[DYNAMIC]!.cases.find((c) => c.signature === 'serving_default' && c.inputs['image']!.shape[0] === 1)!;
    const image = host(one.inputs['image']!);
    // The same image repeated 7 times gives the batch-1 answer in every row.
    const seven = new Float32Array(7 * 192);
    for (let i = 0; i < 7; i++) seven.set(image.data as Float32Array, i * 192);
    const out = await s.run({ image: { dtype: 'DT_FLOAT', shape: [7, 8, 8, 3], data: seven } });
    const want = host(one.outputs['scores']!);
    expect(out['scores']!.shape).toEqual([7, 2]);
    for (let i = 0; i < 7; i++) expectClose({ ...out['scores']!, shape: [1, 2], data: (out['scores']!.data as Float32Array).subarray(i * 2, i * 2 + 2) }, want, `row ${i}`);
  });

  it('refuses feeds that do not fit with INVALID_ARGUMENT naming the input, and keeps running', async () => {
    const s = await open(DYNAMIC);
    const cases: Array<[string, Record<string, HostTensor>, RegExp]> = [
      ['wrong dtype', { image: { dtype: 'DT_DOUBLE', shape: [1, 8, 8, 3], data: new Float64Array(192) } }, /"image" is DT_DOUBLE/],
      ['wrong inner dimension', { image: { dtype: 'DT_FLOAT', shape: [1, 8, 8, 4], data: new Float32Array(256) } }, /"image" has shape \[1,8,8,4\]/],
      ['wrong rank', { image: { dtype: 'DT_FLOAT', shape: [192], data: new Float32Array(192) } }, /"image" has shape/],
      ['negative dimension', { image: { dtype: 'DT_FLOAT', shape: [-1, 8, 8, 3], data: new Float32Array(192) } }, /"image" has shape/],
      ['too few values', { image: { dtype: 'DT_FLOAT', shape: [2, 8, 8, 3], data: new Float32Array(10) } }, /"image" has 10 values/],
      ['missing input', {}, /"image" of signature "serving_default" is missing/],
      ['unknown input', { image: { dtype: 'DT_FLOAT', shape: [1, 8, 8, 3], data: new Float32Array(192) }, extra: { dtype: 'DT_FLOAT', shape: [1], data: new Float32Array(1) } }, /"extra" is not an input/],
    ];
    for (const [what, feeds, message] of cases) {
      const err = await rejection(s.run(feeds));
      expect(err.code, what).toBe('INVALID_ARGUMENT');
      expect(err.message, what).toMatch(message);
    }
    expect((await rejection(s.runSignature('nope', {}))).code).toBe('INVALID_ARGUMENT');
    const ok = await s.runSignature('twice', { n: { dtype: 'DT_INT32', shape: [3], data: new Int32Array([1, -2, 30]) } });
    expect([...(ok['doubled']!.data as Int32Array)]).toEqual([2, -4, 60]);
  });

  it('refuses a model with custom ops, and a corrupt file, before LiteRT sees them', async () => {
    const custom = await rejection(openLiteRtModel(join(ROOT, PARSE_EXAMPLE)));
    expect(custom.code).toBe('E_UNSUPPORTED_OPS');
    expect(custom.message).toContain('ParseExampleV2');
    const bytes = new Uint8Array(readFileSync(join(ROOT, DYNAMIC))).subarray(0, 500);
    expect((await rejection(openLiteRtModel(bytes))).code).toBe('E_PB_CORRUPT');
  });
});

describeWith(['python-tf'], 'LiteRT.js against tf.lite.Interpreter on a freshly converted dynamic-batch model', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-litert-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('batch 5 of a [-1,4] matmul + softmax model without SignatureDefs', async () => {
    // Converted and run here by TensorFlow (resize_tensor_input to batch 5); LiteRT.js must give the same numbers.
    const snippet = `
import os, sys, json, numpy as np
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
import tensorflow as tf
rng = np.random.default_rng(7)
w = tf.constant(rng.standard_normal((4, 3)).astype(np.float32))
@tf.function(input_signature=[tf.TensorSpec([None, 4], tf.float32, name="x")])
def f(x): return {"p": tf.nn.softmax(tf.matmul(x, w))}
conv = tf.lite.TFLiteConverter.from_concrete_functions([f.get_concrete_function()], None)
data = conv.convert()
open(sys.argv[1], "wb").write(data)
x = rng.standard_normal((5, 4)).astype(np.float32)
it = tf.lite.Interpreter(model_content=data)
d = it.get_input_details()[0]
it.resize_tensor_input(d["index"], [5, 4])
it.allocate_tensors()
it.set_tensor(d["index"], x)
it.invoke()
p = it.get_tensor(it.get_output_details()[0]["index"])
print(json.dumps({"x": x.reshape(-1).tolist(), "p": p.reshape(-1).tolist()}))
`;
    const file = join(dir, 'dense.tflite');
    const py = spawnSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', snippet, file], { encoding: 'utf8', timeout: 120_000 });
    expect(py.status, py.stderr).toBe(0);
    const want = JSON.parse(py.stdout.trim().split('\n').at(-1)!) as { x: number[]; p: number[] };
    const s = await openLiteRtModel(file);
    try {
      const key = Object.keys(s.signature.inputs)[0]!;
      expect(s.signature.inputs[key]!.shape).toEqual([-1, 4]);
      const out = await s.run({ [key]: { dtype: 'DT_FLOAT', shape: [5, 4], data: Float32Array.from(want.x) } });
      const p = Object.values(out)[0]!;
      expectClose(p, { dtype: 'DT_FLOAT', shape: [5, 3], data: Float32Array.from(want.p) }, 'p');
    } finally {
      await s.dispose();
    }
  });
});

describeWith(['corpus'], 'LiteRT.js on models whose inputs vary beyond the batch (corpus goldens from TensorFlow)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mdeploy-litert-dyn-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['dynamic', 'image', [-1, -1, -1, 3]],
    ['text_gru', 'tokens', [-1, -1]],
  ] as const)('%s: two non-batch shapes, each twice in turn with one cached copy, match TensorFlow', async (name, input, signature) => {
    const file = join(dir, `${name}.tflite`);
    await convertModel({ model: join(CORPUS_DIR, name), to: 'tflite', output: file, validate: false });
    const entry = goldenEntries().find((e) => e.id === `corpus/${name}`)!;
    const cases = entry.golden.cases.filter((c) => c.signature === 'serving_default' && c.outputs);
    const shapes = cases.map((c) => c.inputs[input]!.shape.slice(1).join('x'));
    expect(new Set(shapes).size, `golden shapes ${shapes.join(' ')}`).toBe(2);
    const s = await openLiteRtModel(file, { maxShapeVariants: 1 });
    try {
      expect(s.signature.inputs[input]!.shape).toEqual(signature);
      for (const c of [...cases, ...cases]) {
        const got = await s.run(Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, goldenToHost(v)])));
        for (const [k, v] of Object.entries(c.outputs!)) {
          const want = goldenToHost(v);
          expect(got[k]?.shape, `${k} for ${input} [${c.inputs[input]!.shape}]`).toEqual(want.shape);
          expect(relError(got[k]!, want), `${k} for ${input} [${c.inputs[input]!.shape}]`).toBeLessThanOrEqual(1e-4);
        }
      }
      // Shapes that do not fit the signature, or that LiteRT.js cannot hold (empty), never reach the runtime.
      const rank = signature.length;
      const bad = await rejection(s.run({ [input]: { dtype: s.signature.inputs[input]!.dtype as HostTensor['dtype'], shape: Array(rank + 1).fill(2), data: new Float32Array(2 ** (rank + 1)) } }));
      expect(bad.code).toBe('INVALID_ARGUMENT');
      expect(bad.message).toMatch(new RegExp(`"${input}" has shape`));
      const empty = await rejection(s.run({ [input]: { dtype: s.signature.inputs[input]!.dtype as HostTensor['dtype'], shape: signature.map((d, i) => (i === 0 ? 1 : d === -1 ? 0 : d)), data: new Float32Array(0) } }));
      expect(empty.code).toBe('INVALID_ARGUMENT');
      expect(empty.message).toMatch(/holds no empty tensors/);
      // …and the session keeps answering.
      const again = await s.run(Object.fromEntries(Object.entries(cases[0]!.inputs).map(([k, v]) => [k, goldenToHost(v)])));
      expect(relError(Object.values(again)[0]!, goldenToHost(Object.values(cases[0]!.outputs!)[0]!))).toBeLessThanOrEqual(1e-4);
    } finally {
      await s.dispose();
    }
  }, 120_000);
});
