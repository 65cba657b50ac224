/**
 * The per-op suite: every case scripts/generate_op_suite.py wrote (one tiny tf.function per TF op variant, with
 * TensorFlow's own outputs) goes through the project's pipeline in-process — buildGraph, then each export
 * target — and runs in that target's runtime (TF.js on tfjs-node, ONNX on onnxruntime). One test per
 * (case, target):
 *   - the target's registry claims every op of the built graph: the outputs must match TensorFlow's;
 *   - it does not: the export must fail with E_UNSUPPORTED_OPS naming only unclaimed ops (or, when a shared
 *     rewrite removed the op after all, the outputs must still match).
 * A registry that claims an op the exporter then gets wrong is a failing test, never a skip.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_TARGETS, type ExportTarget } from '../../src/convert/targets.js';
import { isMdeployError } from '../../src/errors.js';
import { targetSupport } from '../../src/exporters/index.js';
import { cloneGraph } from '../../src/graph/clone.js';
import { FROZEN_AWAY } from '../../src/graph/freeze.js';
import { buildGraph, type BuiltGraph, type Graph } from '../../src/graph/index.js';
import { SavedModel } from '../../src/savedmodel/savedmodel.js';
import type { SignatureInfo } from '../../src/savedmodel/signature.js';
import { compareOutput } from '../../src/validate/compare.js';
import { describeWith, STRICT } from '../helpers/env.js';
import { goldenToHost } from '../helpers/golden.js';
import { claims, CONVERSION_HANGS, conversionReturns, NO_CASE, OP_SUITE_DIR, opSuiteCases, type OpCase } from '../helpers/op-suite.js';
import type { KnownProblem, KnownProblems } from '../helpers/op-suite-known.js';
import { ONNX_KNOWN } from '../helpers/op-suite-known-onnx.js';
import { TFJS_KNOWN } from '../helpers/op-suite-known-tfjs.js';
import { TFLITE_KNOWN } from '../helpers/op-suite-known-tflite.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-op-suite-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CASES = opSuiteCases();
const KNOWN: Record<string, KnownProblems> = { onnx: ONNX_KNOWN, tfjs: TFJS_KNOWN, tflite: TFLITE_KNOWN };

/** A listed refusal: converting must fail with a typed error that says what is missing. */
async function expectRefusal(c: OpCase, target: ExportTarget, known: Extract<KnownProblem, { kind: 'refused' }>): Promise<void> {
  let caught: unknown;
  try {
    await runCase(c, target);
  } catch (err) {
    caught = err;
  }
  if (!caught) throw new Error(`${c.name} on ${target.name} now matches TensorFlow: remove it from test/helpers/op-suite-known-${target.name}.ts`);
  const refused = isMdeployError(caught) && ['E_UNSUPPORTED_OPS', 'E_UNSUPPORTED_MODEL'].includes(caught.code) && !/could not load|onnxruntime|run time/i.test(caught.message);
  expect(refused, `expected a conversion refusal, got: ${(caught as Error).message}`).toBe(true);
  expect((caught as Error).message).toMatch(known.error);
}

/** Op types of a graph and its function bodies. */
function opsOf(g: Graph): Set<string> {
  const ops = new Set(g.nodes.map((n) => n.op));
  for (const body of g.functions.values()) for (const n of body.nodes) ops.add(n.op);
  return ops;
}

/** Each case's SavedModel is read and its graph built once, for all targets. */
const builds = new Map<string, Promise<{ built: BuiltGraph; signature: SignatureInfo }>>();
function build(c: OpCase): Promise<{ built: BuiltGraph; signature: SignatureInfo }> {
  let p = builds.get(c.name);
  if (!p) {
    p = (async () => {
      const sm = await SavedModel.load(c.modelDir);
      try {
        return { built: await buildGraph(sm), signature: sm.metaGraph().signature() };
      } finally {
        await sm.close();
      }
    })();
    builds.set(c.name, p);
  }
  return p;
}

/**
 * Ops that reached an exporter (the built graph) or its plan (a target's prepared copy), over all cases, plus
 * the ops of cases whose build failed.
 */
const exercised = new Set<string>();
let attempted = 0;

async function runCase(c: OpCase, target: ExportTarget): Promise<void> {
  if (CONVERSION_HANGS[c.name]?.includes(target.name)) {
    const probe = conversionReturns(c, target.name);
    if (!probe.ok) throw new Error(`${c.name} → ${target.name}: ${probe.why}`);
  }
  const { built, signature } = await build(c).catch((err: unknown) => {
    // A case whose build fails still has a case (its failing test says why); coverage counts its ops.
    for (const op of c.ops) exercised.add(op);
    throw err;
  });
  const graphOps = opsOf(built.graph);
  for (const op of graphOps) exercised.add(op);
  const unclaimed = [...graphOps].filter((op) => !claims(target.name, op, c.onnxOpset)).sort();

  // exportGraph's steps, done here so the prepared copy's own ops (fused kernels) count as exercised.
  const options = { convertedBy: 'mdeploy op-suite', fileName: 'model.onnx', opset: c.onnxOpset };
  let files: Array<{ path: string; bytes: Uint8Array }>;
  try {
    const graph = cloneGraph(built.graph);
    const prepared = target.prepare(graph, built.registry, options);
    for (const op of opsOf(graph)) exercised.add(op);
    files = target.plan(graph, options, prepared).files;
  } catch (err) {
    if (unclaimed.length > 0 && isMdeployError(err) && err.code === 'E_UNSUPPORTED_OPS') {
      const named = ((err.details as { unsupported?: Array<{ op: string }> } | undefined)?.unsupported ?? []).map((u) => u.op);
      expect(named.length, err.message).toBeGreaterThan(0);
      expect(unclaimed, `E_UNSUPPORTED_OPS names an op the ${target.name} registry claims`).toEqual(expect.arrayContaining(named));
      return;
    }
    if (unclaimed.length > 0) throw new Error(`the ${target.name} registry lacks ${unclaimed.join(', ')}, but the export failed with something other than E_UNSUPPORTED_OPS: ${(err as Error).message}`, { cause: err });
    throw err;
  }

  const dir = join(tmp, c.name, target.name);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
  }
  const session = await target.open(target.kind === 'dir' ? dir : join(dir, files[0]!.path), signature);
  try {
    const problems: string[] = [];
    for (const [i, g] of c.cases.entries()) {
      const feeds = Object.fromEntries(Object.entries(g.inputs).map(([k, v]) => [k, goldenToHost(v)]));
      const got = await session.run(feeds);
      for (const [key, want] of Object.entries(g.outputs ?? {})) {
        const r = compareOutput(key, got[key], goldenToHost(want), c.tolerance);
        if (!r.pass) problems.push(`run ${i} output ${key}: ${r.note ?? `max abs ${r.maxAbs}, max rel ${r.maxRel}, ${r.mismatches} mismatches (atol ${c.tolerance.atol}, rtol ${c.tolerance.rtol})`}`);
      }
    }
    const claim = unclaimed.length ? ` (the registry lacks ${unclaimed.join(', ')}, yet it exported)` : '';
    if (problems.length) throw new Error(`${c.name} on ${target.name} differs from TensorFlow${claim}:\n  ${problems.join('\n  ')}`);
  } finally {
    await session.dispose();
  }
}

describeWith(['python-tf', 'tfjs-node'], 'per-op suite against TensorFlow', () => {
  if (CASES.length === 0) {
    const why = `no cases under ${OP_SUITE_DIR} (npm test's pretest writes them: node scripts/bootstrap.mjs --test)`;
    if (STRICT) it('has its generated cases (MDEPLOY_TEST_STRICT=1)', () => expect.fail(why));
    else it.skip(`skipped: ${why}`, () => undefined);
    return;
  }
  for (const c of CASES) {
    describe(c.name, () => {
      for (const target of EXPORT_TARGETS) {
        const known = KNOWN[target.name]?.[c.name];
        if (!known) {
          it(target.name, async () => {
            attempted++;
            await runCase(c, target);
          });
        } else if (known.kind === 'refused') {
          it(`${target.name} (refused: ${known.reason})`, async () => {
            attempted++;
            await expectRefusal(c, target, known);
          });
        } else {
          // Passes while the bug is there; once fixed, it fails until the entry is removed.
          it.fails(`${target.name} (known wrong: ${known.reason})`, async () => {
            attempted++;
            await runCase(c, target);
          });
        }
      }
    });
  }

  it('lists known problems only for cases that exist', () => {
    const names = new Set(CASES.map((c) => c.name));
    for (const [target, known] of Object.entries(KNOWN)) expect(Object.keys(known).filter((n) => !names.has(n)), `stale entries in op-suite-known-${target}.ts`).toEqual([]);
  });

  // Last in the file (vitest runs a file's tests in order): the registries against what the cases exercised.
  it('every registered op is exercised by a case, or says why not', (ctx) => {
    // Only meaningful after every case ran (not under -t filters), whatever their outcome.
    if (attempted < CASES.length * EXPORT_TARGETS.length) ctx.skip(`coverage needs every (case, target) to run; this run attempted ${attempted} of ${CASES.length * EXPORT_TARGETS.length} (a -t filter)`);
    // Ops freezing removes never reach an exporter, whichever registry lists them.
    const registered = new Set(EXPORT_TARGETS.flatMap((t) => [...targetSupport(t.name).ops]).filter((op) => !FROZEN_AWAY.has(op)));
    const uncovered = [...registered].filter((op) => !exercised.has(op) && !(op in NO_CASE)).sort();
    if (uncovered.length) throw new Error(`registered ops that no case reaches and NO_CASE (test/helpers/op-suite.ts) does not explain: ${uncovered.join(', ')}`);
  });
});
