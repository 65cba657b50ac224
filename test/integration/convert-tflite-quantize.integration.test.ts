/**
 * `convert --to tflite --quantize float16|dynamic-int8|weight-int8`: the written file is smaller by about the
 * factor the mode promises on weight-heavy models, its tensors carry the types and quantization parameters
 * TFLiteConverter writes (read back with mdeploy's reader), and its outputs in LiteRT.js and in Python's
 * tf.lite.Interpreter are within the mode's stated tolerance of TensorFlow's goldens. The CLI refuses
 * quantization modes a target does not have with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { convertModel } from '../../src/convert/convert.js';
import { exportTarget } from '../../src/convert/targets.js';
import { MIN_INT8_ELEMENTS, type TfliteQuantizeMode } from '../../src/exporters/tflite/quantize.js';
import { openLiteRtModel } from '../../src/runtime/litert.js';
import type { HostTensor } from '../../src/tensor/host.js';
import type { Tolerance } from '../../src/validate/compare.js';
import { readTfliteFile, type TfliteModel } from '../../src/tflite/reader.js';
import { mdeploy } from '../helpers/cli.js';
import { runTfliteInterpreter } from '../helpers/tflite-interpreter.js';
import { CORPUS_DIR, describeWith, ROOT } from '../helpers/env.js';
import { goldenEntries, goldenToHost, maxErrors, type GoldenEntry } from '../helpers/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-tflite-quant-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FLOAT32 = 0;
const FLOAT16 = 1;
const INT8 = 9;

/** `weightHeavy`: most of the file is conv / dense weights of ≥ 1024 elements, so int8 shrinks it ≥ 3×. */
const MODELS = [
  { name: 'mlp', weightHeavy: false },
  { name: 'cnn', weightHeavy: true },
  { name: 'depthwise', weightHeavy: false },
  { name: 'mobilenetv2', weightHeavy: true },
];
const MODES: TfliteQuantizeMode[] = ['float16', 'dynamic-int8', 'weight-int8'];

/** Where the int8 modes expect per-channel weights: operator → [weight input, channel axis]. */
const INT8_WEIGHTS: Record<string, [number, number]> = { CONV_2D: [1, 0], DEPTHWISE_CONV_2D: [1, 3], FULLY_CONNECTED: [1, 0] };

/** max |got − want| and the bound the tolerance allows, as `convert`'s validation computes them. */
function expectWithin(got: HostTensor | undefined, want: HostTensor, tol: Tolerance, what: string): number {
  expect(got, `${what} missing`).toBeDefined();
  expect(got!.shape, what).toEqual(want.shape);
  const { maxAbs, maxRef } = maxErrors(got!, want);
  expect(maxAbs, what).toBeLessThanOrEqual(tol.atol + tol.rtol * maxRef);
  return maxRef ? maxAbs / maxRef : maxAbs;
}

const count = (shape: number[]): number => shape.reduce((x, y) => x * y, 1);

/** What the file's tensors must look like in each mode. */
function checkTensors(file: TfliteModel, mode: TfliteQuantizeMode): { quantized: number } {
  const sg = file.subgraphs[0]!;
  const opName = (i: number): string => file.operatorCodes[sg.operators[i]!.opcodeIndex]!.name;
  const producer = new Map<number, number>();
  sg.operators.forEach((op, i) => op.outputs.forEach((t) => producer.set(t, i)));
  const hasData = (t: number): boolean => (file.buffers[sg.tensors[t]!.buffer]?.data?.length ?? 0) > 0;

  // Inputs and outputs stay float32.
  for (const t of [...sg.inputs, ...sg.outputs]) expect(sg.tensors[t]!.typeName, sg.tensors[t]!.name).toBe('FLOAT32');
  let quantized = 0;

  if (mode === 'float16') {
    // No float32 constant is left: each is a FLOAT16 buffer that one DEQUANTIZE turns into float32.
    sg.tensors.forEach((t, i) => {
      if (hasData(i)) expect(t.type, t.name).not.toBe(FLOAT32);
    });
    sg.operators.forEach((op, i) => {
      if (opName(i) !== 'DEQUANTIZE') return;
      const [src, dst] = [sg.tensors[op.inputs[0]!]!, sg.tensors[op.outputs[0]!]!];
      expect([src.type, dst.type, hasData(op.outputs[0]!)], src.name).toEqual([FLOAT16, FLOAT32, false]);
      expect(src.shape).toEqual(dst.shape);
      quantized++;
    });
    return { quantized };
  }

  // The int8 modes: large conv / dense weights are per-channel symmetric int8, everything else stays as it was.
  sg.operators.forEach((op, i) => {
    const role = INT8_WEIGHTS[opName(i)];
    if (!role) return;
    const [slot, axis] = role;
    let w = op.inputs[slot]!;
    const p = producer.get(w);
    const viaDequantize = p !== undefined && opName(p) === 'DEQUANTIZE';
    if (viaDequantize) w = sg.operators[p]!.inputs[0]!;
    const t = sg.tensors[w]!;
    if (count(t.shape) < MIN_INT8_ELEMENTS) {
      expect([t.type, viaDequantize], `${t.name} (small) stays float32`).toEqual([FLOAT32, false]);
      return;
    }
    expect(t.type, t.name).toBe(INT8);
    // dynamic-int8 feeds the hybrid kernel the int8 tensor itself; weight-int8 goes through DEQUANTIZE.
    expect(viaDequantize, t.name).toBe(mode === 'weight-int8');
    const q = t.quantization!;
    expect(q.quantizedDimension, t.name).toBe(axis);
    expect(q.scale.length, t.name).toBe(t.shape[axis]);
    expect(q.zeroPoint, t.name).toEqual(q.scale.map(() => 0));
    expect(q.scale.every((s) => s > 0)).toBe(true);
    // Symmetric: −128 is never used, and each channel's largest magnitude maps to 127.
    const data = new Int8Array(new Uint8Array(file.buffers[t.buffer]!.data!).buffer);
    expect(data.includes(-128), t.name).toBe(false);
    expect(data.some((v) => Math.abs(v) === 127), t.name).toBe(true);
    quantized++;
  });
  if (mode === 'dynamic-int8') expect(sg.operators.some((_, i) => opName(i) === 'DEQUANTIZE')).toBe(false);
  return { quantized };
}

describeWith(['corpus', 'python-tf'], 'TFLite quantization: smaller files, TFLite\'s tensor layout, within tolerance of TensorFlow', () => {
  const entries = new Map<string, GoldenEntry>(goldenEntries().map((e) => [e.id, e]));
  const floatBytes = new Map<string, number>();

  beforeAll(async () => {
    for (const m of MODELS) {
      const r = await convertModel({ model: entries.get(`corpus/${m.name}`)!.modelDir, to: 'tflite', output: join(tmp, `${m.name}_float.tflite`), validate: false });
      floatBytes.set(m.name, r.totalBytes);
    }
  }, 300_000);

  const cases = MODELS.flatMap((m) => MODES.map((mode) => [`${m.name} ${mode}`, m, mode] as const));
  it.each(cases)('%s', async (_label, model, mode) => {
    const entry = entries.get(`corpus/${model.name}`)!;
    const goldenCases = entry.golden.cases.filter((c) => c.signature === 'serving_default' && !c.error && c.outputs);
    expect(goldenCases.length).toBeGreaterThan(0);
    const out = join(tmp, `${model.name}_${mode}.tflite`);
    const result = await convertModel({ model: entry.modelDir, to: 'tflite', output: out, validate: false, targetOptions: { quantize: { dtype: mode } } });
    const report = result.details['quantization'] as { mode: string; quantized: number; keptFloat: number };
    expect(report.mode).toBe(mode);

    const { model: file } = readTfliteFile(out);
    const { quantized } = checkTensors(file, mode);
    expect(quantized, 'quantized tensors in the file').toBe(report.quantized);

    const ratio = floatBytes.get(model.name)! / result.totalBytes;
    if (mode === 'float16') {
      expect(report.keptFloat).toBe(0);
      if (model.weightHeavy) expect(ratio).toBeGreaterThan(1.8);
      else expect(ratio).toBeGreaterThan(1);
      expect(ratio).toBeLessThanOrEqual(2);
    } else if (model.weightHeavy) {
      expect(ratio).toBeGreaterThan(3);
      expect(ratio).toBeLessThanOrEqual(4);
    } else {
      // Every weight is under TFLiteConverter's 1024-element threshold: nothing changes.
      expect(report.quantized).toBe(0);
      expect(result.totalBytes).toBe(floatBytes.get(model.name));
    }

    const tol = exportTarget('tflite').quantizeModes[mode]!;
    const errors: string[] = [];
    const py = runTfliteInterpreter(out, 'serving_default', goldenCases).outputs;
    const session = await openLiteRtModel(out, { signature: 'serving_default' });
    try {
      for (const [i, c] of goldenCases.entries()) {
        const got = await session.run(Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, goldenToHost(t)])));
        for (const [k, w] of Object.entries(c.outputs!)) {
          const want = goldenToHost(w);
          errors.push(`litert ${expectWithin(got[k], want, tol, `LiteRT.js ${k}`).toExponential(2)}`);
          errors.push(`interpreter ${expectWithin(py[i]![k] && goldenToHost(py[i]![k]!), want, tol, `tf.lite.Interpreter ${k}`).toExponential(2)}`);
        }
      }
    } finally {
      await session.dispose();
    }
    process.stdout.write(`tflite ${model.name} ${mode}: ${result.totalBytes} bytes (float32 ${floatBytes.get(model.name)}, ${ratio.toFixed(2)}×), ${report.quantized} quantized / ${report.keptFloat} kept, max rel err ${[...new Set(errors)].join(', ')}\n`);
  }, 600_000);
});

/** TFLiteConverter's own float16 and dynamic-range files for a SavedModel: each builtin's operator version. */
const PY_PEER_VERSIONS = `
import json, os, sys
os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '3')
import tensorflow as tf
from tensorflow.lite.tools import flatbuffer_utils
from tensorflow.lite.python import schema_py_generated as schema
OPS = {v: k for k, v in vars(schema.BuiltinOperator).items() if not k.startswith('_')}
out = {}
for mode in ('float16', 'dynamic-int8'):
    c = tf.lite.TFLiteConverter.from_saved_model(sys.argv[1])
    c.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS]
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    if mode == 'float16':
        c.target_spec.supported_types = [tf.float16]
    model = flatbuffer_utils.convert_bytearray_to_object(bytearray(c.convert()))
    out[mode] = {OPS[op.builtinCode]: op.version for op in model.operatorCodes}
json.dump(out, sys.stdout)
`;

describeWith(['corpus', 'python-tf'], 'TFLite quantization: operator versions as TFLiteConverter writes them', () => {
  it.each(['cnn', 'mobilenetv2'])('%s: DEQUANTIZE from float16, the hybrid CONV_2D / DEPTHWISE_CONV_2D / FULLY_CONNECTED', async (name) => {
    const r = spawnSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', PY_PEER_VERSIONS, join(CORPUS_DIR, name, '1')], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, CUDA_VISIBLE_DEVICES: '' } });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const peer = JSON.parse(r.stdout) as Record<'float16' | 'dynamic-int8', Record<string, number>>;
    for (const mode of ['float16', 'dynamic-int8'] as const) {
      const out = join(tmp, `${name}-versions-${mode}.tflite`);
      await convertModel({ model: join(CORPUS_DIR, name), to: 'tflite', output: out, validate: false, targetOptions: { quantize: { dtype: mode } } });
      const ours = Object.fromEntries(readTfliteFile(out).model.operatorCodes.map((c) => [c.name, c.version]));
      const shared = Object.keys(ours).filter((k) => k in peer[mode]);
      // The operators quantization changes are among those both files have.
      expect(shared, `${name} ${mode}`).toEqual(expect.arrayContaining(mode === 'float16' ? ['DEQUANTIZE'] : ['CONV_2D', 'FULLY_CONNECTED']));
      expect(Object.fromEntries(shared.map((k) => [k, ours[k]])), `${name} ${mode}`).toEqual(Object.fromEntries(shared.map((k) => [k, peer[mode][k]])));
    }
  }, 600_000);
});

describeWith(['corpus', 'tfjs-node'], 'convert --to tflite --quantize on the CLI', () => {
  it('validates a dynamic-int8 model against TensorFlow with the mode\'s tolerance and reports the sizes', () => {
    const out = join(tmp, 'cli', 'mobilenetv2-int8.tflite');
    const r = mdeploy(['convert', 'test/corpus/mobilenetv2', '--to', 'tflite', '-o', out, '--quantize', 'dynamic-int8', '--json'], { timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { totalBytes: number; details: { quantization: { mode: string; bytesBefore: number; bytesAfter: number } }; validation: { pass: boolean; tolerance: Tolerance } };
    expect(result.validation.pass).toBe(true);
    expect(result.validation.tolerance).toEqual({ atol: 1e-2, rtol: 5e-2 });
    expect(result.details.quantization.mode).toBe('dynamic-int8');
    expect(result.details.quantization.bytesBefore / result.details.quantization.bytesAfter).toBe(4);
  }, 300_000);

  it('prints the quantized and unquantized sizes, and --atol/--rtol override the mode\'s tolerance', () => {
    const out = join(tmp, 'cli', 'cnn-fp16.tflite');
    const r = mdeploy(['convert', 'test/corpus/cnn', '--to', 'tflite', '-o', out, '--quantize', 'float16', '--rtol', '2e-2'], { timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    // 8 weights: cnn's two all-zero biases are no-ops, dropped before lowering (as TFLiteConverter drops them).
    expect(r.stdout).toMatch(/quantize float16: 8 weights quantized, 0 kept float32; \S+ kB against ≈\S+ kB unquantized \(1\.\d\d× smaller\)/);
    expect(r.stdout).toMatch(/pass when max abs ≤ 0\.001 \+ 0\.02 · max \|reference\|/);
  }, 300_000);

  it('fails validation (exit 4, nothing written) when the user asks for a tighter tolerance than float16 meets', () => {
    const out = join(tmp, 'cli', 'mobilenetv2-fp16-tight.tflite');
    const r = mdeploy(['convert', 'test/corpus/mobilenetv2', '--to', 'tflite', '-o', out, '--quantize', 'float16', '--atol', '1e-6', '--rtol', '1e-6'], { timeout: 300_000 });
    expect(r.status, r.stderr).toBe(4);
    expect(existsSync(out)).toBe(false);
  }, 300_000);
});

describeWith(['corpus'], 'convert --quantize refuses modes a target does not have', () => {
  it.each([
    [['--to', 'tflite', '--quantize', 'uint8'], /--quantize uint8 does not apply to --to tflite: it takes --quantize float16, dynamic-int8, weight-int8/],
    [['--to', 'onnx', '--quantize', 'dynamic-int8'], /--quantize dynamic-int8 does not apply to --to onnx: it has no quantization/],
    [['--to', 'tfjs', '--quantize', 'weight-int8'], /--quantize weight-int8 does not apply to --to tfjs: it takes --quantize float16, uint8, uint16/],
    [['--to', 'tflite', '--quantize', 'float16', '--quantize-only', '*conv*'], /--quantize-only does not apply to --to tflite \(only to tfjs\)/],
  ])('%j exits 2', (flags, message) => {
    const out = join(tmp, 'refused', String(flags.join('_')).replace(/[^\w-]/g, ''));
    const r = mdeploy(['convert', 'test/corpus/cnn', '-o', out, '--no-validate', ...flags]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/E_USAGE/);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('names every problem at once when several targets are given', () => {
    const r = mdeploy(['convert', 'test/corpus/cnn', '-o', join(tmp, 'refused', 'multi'), '--no-validate', '--to', 'tflite', '--to', 'onnx', '--quantize', 'uint8']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/--to tflite: it takes .*; --quantize uint8 does not apply to --to onnx/);
  });
});
