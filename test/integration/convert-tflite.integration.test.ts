/**
 * `convert --to tflite`: corpus models become .tflite files that mdeploy's own reader accepts, whose
 * SignatureDef keeps the SavedModel's keys, and that reproduce TensorFlow's goldens within
 * max |a − b| / max |b| ≤ 1e-4 on two runtimes: LiteRT.js (in process) and Python's tf.lite.Interpreter
 * (its signature runner, in the TF venv). Models that need ops the exporter lacks are refused with exit
 * code 3 and every missing op named.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { convertModel } from '../../src/convert/convert.js';
import { isMdeployError, type MdeployError } from '../../src/errors.js';
import { openLiteRtModel } from '../../src/runtime/litert.js';
import { isFloatDtype } from '../../src/tensor/dtypes.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { toNumbers } from '../../src/tensor/math.js';
import { readTfliteFile } from '../../src/tflite/reader.js';
import { mdeploy } from '../helpers/cli.js';
import { runTfliteInterpreter } from '../helpers/tflite-interpreter.js';
import { CORPUS_DIR, describeWith, STRICT } from '../helpers/env.js';
import { goldenEntries, goldenToHost, relError, type GoldenCase, type GoldenEntry } from '../helpers/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-tflite-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Corpus models the exporter handles; `litert: false` where LiteRT.js cannot run the file (see below). */
const MODELS: Array<{ name: string; litert: boolean }> = [
  { name: 'mlp', litert: true },
  { name: 'cnn', litert: true },
  { name: 'depthwise', litert: true },
  { name: 'multi_output', litert: true },
  { name: 'odd_names', litert: true },
  { name: 'two_signatures', litert: true },
  { name: 'tf1_graph', litert: true },
  { name: 'mobilenetv2', litert: true },
  { name: 'resnet50', litert: true },
  // Einsum lowered to BATCH_MATMUL, exact GELU fused into TFLite's GELU.
  { name: 'attention', litert: true },
  { name: 'check_numerics', litert: true },
  { name: 'tf1_graph_pbtxt', litert: true },
  // Height and width vary too (goldens [2,32,40,3] and [1,17,23,3]): LiteRT.js runs each on a copy of the
  // file declared in those shapes (src/runtime/litert.ts).
  { name: 'dynamic', litert: true },
  // Keras GRU / bidirectional LSTM: While → WHILE with cond and body subgraphs, TensorLists as tensors.
  // text_gru's sequence length varies as well as its batch (goldens [2,9] and [3,4]).
  { name: 'text_gru', litert: true },
  { name: 'text_bilstm', litert: true },
  // Three Keras LSTMs (computed initial state, relu, go_backwards without bias): WHILE by default.
  { name: 'text_lstm', litert: true },
  // An int64 and a string input (EQUAL on strings, version 3): LiteRT.js has no int64 or string tensors.
  { name: 'mixed_dtypes', litert: false },
];

function expectClose(got: HostTensor | undefined, want: HostTensor, what: string): void {
  expect(got, `${what} missing`).toBeDefined();
  expect(got!.shape, what).toEqual(want.shape);
  if (isFloatDtype(want.dtype)) expect(relError(got!, want), what).toBeLessThanOrEqual(1e-4);
  else expect([...toNumbers(got!)], what).toEqual([...toNumbers(want)]);
}

/** Classify / regress signatures that take serialized tf.Examples: parsing them has no TFLite builtin. */
function parsesExamples(entry: GoldenEntry, signature: string): boolean {
  const sig = entry.golden.meta_graphs[0]!.signatures[signature]!;
  return /classify|regress/.test(sig.method_name) && Object.values(sig.inputs).some((i) => i.dtype === 'DT_STRING');
}

function signaturesWithCases(entry: GoldenEntry): Map<string, GoldenCase[]> {
  const out = new Map<string, GoldenCase[]>();
  for (const c of entry.golden.cases) if (!c.error && c.outputs) out.set(c.signature, [...(out.get(c.signature) ?? []), c]);
  return out;
}

describeWith(['corpus', 'python-tf'], 'TFLite conversion reproduces TensorFlow (LiteRT.js and tf.lite.Interpreter)', () => {
  const entries = new Map(goldenEntries().map((e) => [e.id, e]));
  type Case = readonly [string, (typeof MODELS)[number], GoldenEntry | undefined, string, GoldenCase[]];
  const cases = MODELS.flatMap((m): Case[] => {
    const entry = entries.get(`corpus/${m.name}`);
    // A model newer than the generated corpus: say so (strict mode fails on it below).
    if (!entry) {
      process.stdout.write(`SKIP tflite ${m.name}: not in the generated corpus (run scripts/generate_corpus.py --only ${m.name})\n`);
      return STRICT ? [[`${m.name} (missing)`, m, undefined, '', []]] : [];
    }
    return [...signaturesWithCases(entry).entries()].map(([sig, cs]) => [`${m.name} ${sig}`, m, entry, sig, cs] as const);
  });

  it.each(cases)('%s', async (_name, model, maybeEntry, signature, goldenCases) => {
    if (!maybeEntry) throw new Error(`${model.name} is not in the generated corpus: run scripts/generate_corpus.py --only ${model.name}`);
    const entry = maybeEntry;
    const out = join(tmp, `${model.name}_${signature}.tflite`);
    const t0 = performance.now();
    const run = convertModel({ model: entry.modelDir, to: 'tflite', output: out, signature, validate: false });
    if (parsesExamples(entry, signature)) {
      const err = (await run.then(() => undefined, (e: unknown) => e)) as MdeployError;
      expect(isMdeployError(err) && err.code, String(err)).toBe('E_UNSUPPORTED_OPS');
      expect(err.message).toMatch(/ParseExample(V2)?/);
      return;
    }
    const result = await run;
    process.stdout.write(`tflite ${model.name} ${signature}: converted in ${Math.round(performance.now() - t0)} ms, ${result.totalBytes} bytes, ${JSON.stringify(result.details['opCounts'])}\n`);

    // The file round-trips through mdeploy's validating reader, builtin ops only, TFLite's conventions kept.
    const { model: file, bytes } = readTfliteFile(out);
    expect(file.operatorCodes.filter((c) => c.custom)).toEqual([]);
    expect(file.buffers[0]!.data?.length ?? 0).toBe(0);
    for (const b of file.buffers) if (b.data && b.data.length) expect((b.data.byteOffset - bytes.byteOffset) % 16).toBe(0);
    const golden = entry.golden.meta_graphs[0]!.signatures[signature]!;
    expect(file.signatureDefs.map((s) => s.signatureKey)).toEqual([signature]);
    const sd = file.signatureDefs[0]!;
    expect(sd.inputs.map((m) => m.name).sort()).toEqual(Object.keys(golden.inputs).sort());
    expect(sd.outputs.map((m) => m.name).sort()).toEqual(Object.keys(golden.outputs).sort());
    // A dynamic batch: -1 in shape_signature, 1 in shape.
    for (const m of sd.inputs) {
      const t = file.subgraphs[0]!.tensors[m.tensorIndex]!;
      if (golden.inputs[m.name]!.shape?.[0] === -1) {
        expect(t.shapeSignature?.[0], m.name).toBe(-1);
        expect(t.shape[0], m.name).toBe(1);
      }
    }

    const py = runTfliteInterpreter(out, signature, goldenCases);
    expect(py.signatures).toEqual([signature]);
    goldenCases.forEach((c, i) => {
      for (const [k, want] of Object.entries(c.outputs!)) expectClose(py.outputs[i]![k] && goldenToHost(py.outputs[i]![k]!), goldenToHost(want), `tf.lite.Interpreter ${k}`);
    });

    if (!model.litert) return;
    const session = await openLiteRtModel(out, { signature });
    try {
      for (const c of goldenCases) {
        const got = await session.run(Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, goldenToHost(t)])));
        for (const [k, want] of Object.entries(c.outputs!)) expectClose(got[k], goldenToHost(want), `LiteRT.js ${k}`);
      }
    } finally {
      await session.dispose();
    }
  }, 600_000);

  it.each([
    ['trt_engine', ['TRTEngineOp']],
  ])('refuses %s with exit code 3, naming every op it lacks', (name, ops) => {
    const r = mdeploy(['convert', join(CORPUS_DIR, name), '--to', 'tflite', '-o', join(tmp, `${name}.tflite`), '--no-validate']);
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/E_UNSUPPORTED_OPS/);
    for (const op of ops) expect(r.stderr).toContain(op);
    expect(r.stderr).toMatch(/tflite exporter/);
  }, 120_000);

  it('converts a model with int64 and string inputs; validation says LiteRT.js cannot run it (skipped), and --validate fails', () => {
    const out = join(tmp, 'mixed-cli.tflite');
    const r = mdeploy(['convert', join(CORPUS_DIR, 'mixed_dtypes'), '--to', 'tflite', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Validation skipped: LiteRT\.js, which runs \.tflite files here, has only float32, int32 and uint8 tensors, and this signature has DT_INT64, DT_STRING; run the file in tf\.lite\.Interpreter/);
    expect(existsSync(out)).toBe(true);
    const strict = mdeploy(['convert', join(CORPUS_DIR, 'mixed_dtypes'), '--to', 'tflite', '-o', join(tmp, 'mixed-strict.tflite'), '--validate']);
    expect(strict.status, strict.stderr).toBe(4);
    expect(strict.stderr).toMatch(/E_VALIDATION_FAILED: \S+: cannot validate: LiteRT\.js/);
    expect(existsSync(join(tmp, 'mixed-strict.tflite'))).toBe(false);
  }, 120_000);
});

describeWith(['corpus', 'tfjs-node'], 'convert --to tflite on the CLI', () => {
  it('writes the file and validates it against TensorFlow by default', () => {
    const out = join(tmp, 'cli', 'cnn.tflite');
    const r = mdeploy(['convert', 'test/corpus/cnn', '--to', 'tflite', '-o', out, '--json'], { timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { target: string; output: string; validation: { pass: boolean } };
    expect([result.target, result.output, result.validation.pass]).toEqual(['tflite', out, true]);
    expect(readTfliteFile(out).model.signatureDefs[0]!.signatureKey).toBe('serving_default');
  }, 300_000);

  it('validates a model whose inputs vary beyond the batch in LiteRT.js (--validate passes)', () => {
    const out = join(tmp, 'cli', 'dynamic.tflite');
    const r = mdeploy(['convert', 'test/corpus/dynamic', '--to', 'tflite', '-o', out, '--validate', '--json'], { timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { validation: { pass: boolean; outputs: Array<{ output: string; pass: boolean }> } };
    expect(result.validation.pass).toBe(true);
    expect(result.validation.outputs.map((o) => [o.output, o.pass])).toEqual([['output_0', true]]);
    expect(existsSync(out)).toBe(true);
  }, 300_000);
});
