/**
 * Seeded fuzz test of the read, inspect and convert paths. Mutated SavedModels (byte damage and
 * structure-aware edits, see test/helpers/mutants.ts) must only ever give a result or a typed MdeployError:
 * never a TypeError, RangeError, protobufjs error, stack overflow, hang, or a half-written output.
 *
 * Deterministic: each case has its own seed derived from MDEPLOY_FUZZ_SEED, so a failure listed as
 * "mlp#123" reproduces alone with MDEPLOY_FUZZ_ONLY=mlp#123. MDEPLOY_FUZZ_CASES sets the number of cases
 * (fixtures and corpus together); the default is sized for CI on two cores.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertModel } from '../../src/convert/convert.js';
import type { ConvertTarget } from '../../src/convert/targets.js';
import { ExitCode, isMdeployError } from '../../src/errors.js';
import { inspectSavedModel } from '../../src/inspect/inspect.js';
import { tf } from '../../src/proto/index.js';
import { SavedModel } from '../../src/savedmodel/savedmodel.js';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith, FIXTURES_DIR, missing } from '../helpers/env.js';
import { applyEdits, caseRandom, makeMutant, readOriginals, restoreEdits, type Mutant } from '../helpers/mutants.js';

const SEED = Number(process.env['MDEPLOY_FUZZ_SEED'] ?? 20261121);
const CASES = Number(process.env['MDEPLOY_FUZZ_CASES'] ?? 2400);
const ONLY = process.env['MDEPLOY_FUZZ_ONLY'];
/** Share of the cases for the fixtures part (the rest go to the corpus). */
const FIXTURE_SHARE = 0.5;
/** A case slower than this counts as a hang (valid conversions here take well under 1 s; loaded CI machines are slow). */
const SLOW_MS = 15_000;

interface FuzzModel {
  name: string;
  dir: string;
  signature?: string;
  /** Relative share of the part's cases (text-format models are several times slower to read). */
  weight?: number;
}

const FIXTURE_MODELS: FuzzModel[] = [
  { name: 'half_plus_two_cpu', dir: join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu', '00000123') },
  { name: 'half_plus_two_tf2_cpu', dir: join(FIXTURES_DIR, 'saved_model_half_plus_two_tf2_cpu', '00000123') },
  { name: 'half_plus_three', dir: join(FIXTURES_DIR, 'saved_model_half_plus_three', '00000123') },
  { name: 'counter', dir: join(FIXTURES_DIR, 'saved_model_counter', '00000123'), signature: 'get_counter' },
  { name: 'matrix_half_plus_two', dir: join(FIXTURES_DIR, 'matrix_half_plus_two', '1') },
];

// Small corpus models covering TF1 and TF2, .pbtxt, control flow (the GRU's While), several dtypes and
// signatures, and an op no target handles; the large CNNs would only make each case slower.
const CORPUS_MODELS: FuzzModel[] = [
  ...['tf1_graph', 'mixed_dtypes', 'two_signatures', 'mlp', 'multi_output', 'dynamic', 'text_gru', 'depthwise', 'trt_engine'].map((name) => ({ name })),
  ...['tf1_graph_pbtxt', 'two_signatures_pbtxt'].map((name) => ({ name, weight: 0.4 })),
].map((m) => ({ ...m, dir: join(CORPUS_DIR, m.name, '1') }));

interface Tally {
  cases: number;
  /** Cases where at least one step reported a typed error. */
  noticed: number;
  /** step → outcome ("ok" or an error code) → count */
  outcomes: Record<string, Record<string, number>>;
  failures: string[];
  slowest: { id: string; ms: number };
}

function firstStackLines(err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  return (e.stack ?? `${e.name}: ${e.message}`).split('\n').slice(0, 4).map((l) => l.trim()).join(' | ');
}

/** The read path beyond inspect: every variable's bytes and TF2 capture resolution. */
async function readEverything(dir: string): Promise<void> {
  const model = SavedModel.load(dir);
  try {
    const bundle = model.bundle();
    for (const v of bundle?.variables() ?? []) await bundle!.read(v.key);
    const mg = model.metaGraph();
    for (const s of mg.signatures()) {
      const fn = mg.signatureFunction(s.key);
      if (fn) await mg.captures(fn.functionName);
    }
  } finally {
    await model.close();
  }
}

/** Runs inspect, the full read and both conversions on one mutated model directory. */
async function runCase(id: string, mutant: Mutant, work: string, outDir: string, model: FuzzModel, tally: Tally): Promise<void> {
  const steps: Array<[string, (() => Promise<unknown>) | ConvertTarget]> = [
    ['inspect', () => inspectSavedModel({ path: work })],
    ['read', () => readEverything(work)],
    ['onnx', 'onnx'],
    ['tfjs', 'tfjs'],
  ];
  let noticed = false;
  for (const [step, what] of steps) {
    const fail = (why: string): void => {
      tally.failures.push(`${id} [${mutant.kind}] ${step}: ${why}`);
    };
    const output = join(outDir, step === 'onnx' ? 'model.onnx' : 'tfjs');
    const run = typeof what === 'string' ? () => convertModel({ model: work, to: what, output, validate: false, signature: model.signature }) : what;
    let outcome = 'ok';
    try {
      await run();
    } catch (err) {
      if (isMdeployError(err)) {
        outcome = err.code;
        noticed = true;
        if (/\bundefined\b|\[object Object\]/.test(err.message)) fail(`unclear message: ${err.message}`);
      } else {
        outcome = 'UNTYPED';
        fail(firstStackLines(err));
      }
    }
    const byStep = (tally.outcomes[step] ??= {});
    byStep[outcome] = (byStep[outcome] ?? 0) + 1;
    if (typeof what === 'string') {
      // Atomic writes: a failed conversion leaves neither the output nor a staging sibling behind.
      const left = readdirSync(outDir);
      if (outcome !== 'ok' && left.length > 0) fail(`failed with ${outcome} but left ${left.join(', ')}`);
      for (const f of left) rmSync(join(outDir, f), { recursive: true, force: true });
    }
  }
  if (noticed) tally.noticed++;
}

async function fuzz(models: FuzzModel[], cases: number, tmp: string): Promise<Tally> {
  const tally: Tally = { cases: 0, noticed: 0, outcomes: {}, failures: [], slowest: { id: '', ms: 0 } };
  const weights = models.reduce((n, m) => n + (m.weight ?? 1), 0);
  for (const model of models) {
    const work = join(tmp, model.name);
    const outDir = join(tmp, `${model.name}-out`);
    cpSync(model.dir, work, { recursive: true });
    mkdirSync(outDir, { recursive: true });
    const originals = readOriginals(model.dir);
    const n = Math.ceil((cases * (model.weight ?? 1)) / weights);
    for (let i = 0; i < n; i++) {
      const id = `${model.name}#${i}`;
      if (ONLY && ONLY !== id) continue;
      const mutant = makeMutant(originals, caseRandom(SEED, model.name, i));
      applyEdits(work, mutant.files);
      const t0 = performance.now();
      try {
        await runCase(id, mutant, work, outDir, model, tally);
      } finally {
        restoreEdits(work, model.dir, mutant.files);
      }
      const ms = performance.now() - t0;
      if (ms > tally.slowest.ms) tally.slowest = { id: `${id} [${mutant.kind}]`, ms: Math.round(ms) };
      if (ms > SLOW_MS) tally.failures.push(`${id} [${mutant.kind}]: took ${Math.round(ms)} ms (a hang?)`);
      tally.cases++;
    }
  }
  return tally;
}

/** Runs a part and prints its seed, counts, wall and CPU time, and outcomes per step. */
async function timedFuzz(part: string, models: FuzzModel[], cases: number): Promise<Tally> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const t = await fuzz(models, cases, tmp);
  const cpu = process.cpuUsage(cpu0);
  const lines = Object.entries(t.outcomes).map(([step, o]) => `  ${step}: ${JSON.stringify(o)}`);
  process.stdout.write(
    `fuzz ${part}: seed ${SEED}, ${t.cases} cases (${t.noticed} gave a typed error) in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
      `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s); slowest ${t.slowest.ms} ms (${t.slowest.id})\n${lines.join('\n')}\n`,
  );
  return t;
}

/** No untyped errors, and enough cases that were noticed and enough that got through a conversion. */
function check(t: Tally, minCases: number): void {
  expect(t.failures.slice(0, 40), `${t.failures.length} failures; reproduce one with MDEPLOY_FUZZ_SEED=${SEED} MDEPLOY_FUZZ_ONLY=<model>#<i>`).toEqual([]);
  if (ONLY) return;
  expect(t.cases).toBeGreaterThanOrEqual(minCases);
  expect(t.noticed).toBeGreaterThan(t.cases / 3);
  // Structure-aware mutants that convert are the ones that exercise freezing and the exporters.
  expect(t.outcomes['onnx']?.['ok'] ?? 0).toBeGreaterThan(t.cases / 10);
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mdeploy-fuzz-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fuzz: mutated TF Serving fixtures give only typed errors', () => {
  it('inspect, read and convert (onnx, tfjs) every mutant', { timeout: 900_000 }, async () => {
    const cases = Math.round(CASES * FIXTURE_SHARE);
    check(await timedFuzz('fixtures', FIXTURE_MODELS, cases), cases);
  });
});

describeWith(['corpus'], 'fuzz: mutated corpus models give only typed errors', () => {
  it('inspect, read and convert (onnx, tfjs) every mutant', { timeout: 900_000 }, async () => {
    const cases = Math.round(CASES * (1 - FIXTURE_SHARE));
    check(await timedFuzz('corpus', CORPUS_MODELS, cases), cases);
  });
});

describe('fuzz: the CLI on mutated models', () => {
  // What a damaged model may end in; not internal (1), and not usage (2), which a broken CLI also gives.
  const typedExits: number[] = [ExitCode.ok, ExitCode.unsupportedModel, ExitCode.validationFailed, ExitCode.notFound, ExitCode.corruptModel, ExitCode.unknownSelection];

  it('exits with a typed code and prints no stack, with validation too', { timeout: 300_000 }, () => {
    // A TF1 model: with validation, the mutated SavedModel itself is loaded by libtensorflow, Saver included.
    const model = FIXTURE_MODELS[0]!;
    const work = join(tmp, 'cli');
    cpSync(model.dir, work, { recursive: true });
    const originals = readOriginals(model.dir);
    const mutants = Array.from({ length: 400 }, (_, i) => makeMutant(originals, caseRandom(SEED, 'cli', i)));
    // Shapes and constants are what TensorFlow aborts on rather than rejects: validate those mutants.
    const risky = mutants.filter((m) => /graph:.*(dim|rank|tensor)/.test(m.kind)).slice(0, 2);
    const runs: Array<{ mutant: Mutant; args: (out: string) => string[] }> = [
      ...mutants.slice(0, 2).map((mutant) => ({ mutant, args: () => ['inspect', work] })),
      ...mutants.slice(2, 4).map((mutant) => ({ mutant, args: (out: string) => ['convert', work, '--to', 'onnx', '--output', out, '--no-validate'] })),
      ...risky.map((mutant) => ({ mutant, args: (out: string) => ['convert', work, '--to', 'onnx', '--output', out] })),
    ];
    for (const [i, { mutant, args }] of runs.entries()) {
      applyEdits(work, mutant.files);
      const out = join(tmp, 'cli-out', `m${i}.onnx`);
      const r = mdeploy(args(out));
      restoreEdits(work, model.dir, mutant.files);
      expect(typedExits, `${mutant.kind}: exit ${r.status}\n${r.stderr}`).toContain(r.status);
      expect(r.stderr, mutant.kind).not.toMatch(/^\s+at /m);
      if (r.status !== 0) {
        expect(r.stderr, mutant.kind).toMatch(/error E_[A-Z_]+: /);
        expect(existsSync(out), `${mutant.kind}: a failed convert left ${out}`).toBe(false);
      }
    }
  });

  it('does not hand TensorFlow a model it would abort on', { timeout: 120_000 }, () => {
    // The Saver's filename constant with 300 dims: unreachable from the signature, so the conversion is fine,
    // but libtensorflow CHECK-fails on the shape when it loads the model, aborting the whole process.
    const work = join(tmp, 'cli-hazard');
    cpSync(FIXTURE_MODELS[0]!.dir, work, { recursive: true });
    const sm = tf.SavedModel.decode(readFileSync(join(work, 'saved_model.pb')));
    const saverConst = (sm.metaGraphs[0]!.graphDef!.node as tf.NodeDef[]).find((n) => n.name === 'save/filename/input')!;
    (saverConst.attr['value']!.tensor as tf.TensorProto).tensorShape = tf.TensorShapeProto.fromObject({ dim: Array.from({ length: 300 }, () => ({ size: 1 })) });
    writeFileSync(join(work, 'saved_model.pb'), tf.SavedModel.encode(sm).finish());
    const r = mdeploy(['convert', work, '--to', 'onnx', '--output', join(tmp, 'cli-hazard.onnx')]);
    expect(r.status, r.stderr).toBe(0);
    if (!missing('tfjs-node')) expect(r.stdout + r.stderr).toMatch(/Validation skipped: .*loading it would abort the process \(node "save\/filename\/input"/);
  });
});
