/**
 * The per-op suite written by scripts/generate_op_suite.py (real TensorFlow): one SavedModel per op variant
 * under test/op-suite/<case>/1 with its golden.json, and what each target's registry claims about its ops.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FROZEN_AWAY } from '../../src/graph/freeze.js';
import { DEFAULT_OPSET, onnxOps } from '../../src/exporters/onnx/registry.js';
import { targetSupport, type TargetName } from '../../src/exporters/index.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../../src/validate/compare.js';
import { ROOT } from './env.js';
import type { GoldenCase } from './golden.js';

export const OP_SUITE_DIR = join(ROOT, 'test', 'op-suite');

export interface OpCase {
  name: string;
  /** The SavedModel directory. */
  modelDir: string;
  /** Every op type in the traced TF graph and its function library. */
  ops: string[];
  tolerance: Tolerance;
  /** The opset the ONNX target exports this case at. */
  onnxOpset: number;
  cases: GoldenCase[];
}

interface OpSuiteGolden {
  format: string;
  ops: string[];
  tolerance?: Tolerance;
  onnx_opset?: number;
  cases: GoldenCase[];
}

/** Every generated case, sorted by name (empty when the suite has not been generated). */
export function opSuiteCases(): OpCase[] {
  if (!existsSync(OP_SUITE_DIR)) return [];
  return readdirSync(OP_SUITE_DIR)
    .filter((n) => existsSync(join(OP_SUITE_DIR, n, 'golden.json')))
    .sort()
    .map((name) => {
      const g = JSON.parse(readFileSync(join(OP_SUITE_DIR, name, 'golden.json'), 'utf8')) as OpSuiteGolden;
      return { name, modelDir: join(OP_SUITE_DIR, name, '1'), ops: g.ops, tolerance: g.tolerance ?? DEFAULT_TOLERANCE, onnxOpset: g.onnx_opset ?? DEFAULT_OPSET, cases: g.cases };
    });
}

/** Whether a target's registry claims an op (ONNX: at the opset the case exports at). */
export function claims(target: TargetName, op: string, onnxOpset: number): boolean {
  if (target === 'onnx') return FROZEN_AWAY.has(op) || onnxOps.has(op, onnxOpset);
  return targetSupport(target).ops.has(op);
}

/**
 * Registered ops that no case exercises, and why. The coverage test fails when a registry gains an op that is
 * neither exercised by a case nor listed here, so the suite grows with the registries.
 */
export const NO_CASE: Record<string, string> = {
  Conv1D: 'not a TensorFlow op (tfjs-converter\'s name); tf.nn.conv1d traces to ExpandDims + Conv2D + Squeeze, covered by conv1d_expanddims_conv2d',
  DepthwiseConv2d: 'not a TensorFlow op (tfjs-converter\'s alias of DepthwiseConv2dNative, which the DepthwiseConv2dNative_* cases cover)',
  TensorArrayCloseV3: 'only ever a control dependency, and freezing drops control edges, so it never reaches an exporter (the TensorArrayV3 case has one)',
  Prelu: 'not a TensorFlow op (tfjs-converter\'s name); Keras PReLU traces to Relu/Neg/Mul',
  Ones: 'not a TensorFlow op (tfjs-converter\'s name); tf.ones traces to Fill or a Const',
  Zeros: 'not a TensorFlow op (tfjs-converter\'s name); tf.zeros traces to Fill or a Const',
  Multinomial: 'random: TensorFlow and the targets draw different numbers, so there is no golden to compare with',
  RandomStandardNormal: 'random: no golden to compare with',
  RandomUniform: 'random: no golden to compare with',
  RandomUniformInt: 'random: no golden to compare with',
  TruncatedNormal: 'random: no golden to compare with',
  _MdeployLstm: 'not a TensorFlow op: the TFLite target writes it for a Keras LSTM loop with --tflite-lstm fused (off by default, so no per-op case reaches it); test/integration/tflite-lstm.integration.test.ts checks it against TensorFlow',
};

/**
 * (case, target) pairs whose conversion did not return when the suite was written: an endless loop in the
 * exporter would stop the whole test file, and no test timeout interrupts synchronous code. Their test first
 * converts in a child process with a time limit: still hanging is a failing test; returning runs the test
 * normally (then drop the pair from this list).
 */
export const CONVERSION_HANGS: Record<string, TargetName[]> = {};

/** Whether buildGraph and the target's export return for the case within `ms`, tried in a child process. */
export function conversionReturns(c: OpCase, target: TargetName, ms = 10_000): { ok: boolean; why: string } {
  const src = (...p: string[]): string => JSON.stringify(join(ROOT, 'src', ...p));
  const script = [
    `const { buildGraph } = await import(${src('graph', 'index.ts')});`,
    `const { SavedModel } = await import(${src('savedmodel', 'savedmodel.ts')});`,
    `const { exportGraph, exportTarget } = await import(${src('convert', 'targets.ts')});`,
    'const sm = await SavedModel.load(process.argv[1]);',
    `try { exportGraph(exportTarget(${JSON.stringify(target)}), await buildGraph(sm), { convertedBy: 'probe', fileName: 'model.onnx', opset: ${c.onnxOpset} }); } catch {}`,
    "await sm.close(); console.log('CONVERSION RETURNED');",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, c.modelDir], { cwd: ROOT, timeout: ms, encoding: 'utf8' });
  if (r.error || r.signal) return { ok: false, why: `building and exporting did not return within ${ms / 1000} s (killed by ${r.signal ?? r.error?.message})` };
  // Returned or threw: either way the in-process run reports what happened. Anything else is the probe's own failure.
  if (r.stdout.includes('CONVERSION RETURNED')) return { ok: true, why: '' };
  return { ok: false, why: `the conversion probe could not run: ${r.stderr.trim().split('\n').slice(-3).join(' ')}` };
}
