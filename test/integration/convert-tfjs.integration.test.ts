/**
 * Every corpus model and TF Serving fixture converts to TF.js, and the converted model, run by
 * tfjs-converter on tfjs-node, reproduces TensorFlow's own outputs (goldens written by real TF 2.21)
 * within max |a − b| / max |b| ≤ 1e-4.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { convertModel } from '../../src/convert/convert.js';
import { isMdeployError, type MdeployError } from '../../src/errors.js';
import { openTfjsGraphModel } from '../../src/runtime/tfjs-node.js';
import { isFloatDtype } from '../../src/tensor/dtypes.js';
import { toNumbers } from '../../src/tensor/math.js';
import { describeWith } from '../helpers/env.js';
import { goldenEntries, goldenToHost, relError, type GoldenCase, type GoldenEntry } from '../helpers/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-tfjs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Signatures that parse serialized tf.Example protos need ParseExample, which TF.js does not have. */
function parsesExamples(entry: GoldenEntry, signature: string): boolean {
  const sig = entry.golden.meta_graphs[0]!.signatures[signature]!;
  return /classify|regress/.test(sig.method_name) && Object.values(sig.inputs).some((i) => i.dtype === 'DT_STRING');
}

/** Stateful fixtures (variable updates) are checked separately. */
const STATEFUL = new Set(['fixture/saved_model_counter@00000123']);

function signaturesWithCases(entry: GoldenEntry): Map<string, GoldenCase[]> {
  const out = new Map<string, GoldenCase[]>();
  for (const c of entry.golden.cases) if (!c.error) out.set(c.signature, [...(out.get(c.signature) ?? []), c]);
  return out;
}

describeWith(['corpus', 'tfjs-node'], 'TF.js conversion reproduces TensorFlow', () => {
  const entries = goldenEntries().filter((e) => !STATEFUL.has(e.id) && signaturesWithCases(e).size > 0);
  const cases = entries.flatMap((e) => [...signaturesWithCases(e).entries()].map(([sig, cs]) => [`${e.id} ${sig}`, e, sig, cs] as const));

  it('covers every corpus model with reference outputs and the servable fixtures', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const m of ['mlp', 'cnn', 'depthwise', 'two_signatures', 'mixed_dtypes', 'dynamic', 'multi_output', 'text_bilstm', 'text_gru', 'attention', 'mobilenetv2', 'resnet50', 'tf1_graph']) {
      expect(ids).toContain(`corpus/${m}`);
    }
    for (const f of ['saved_model_half_plus_two_cpu@00000123', 'saved_model_half_plus_two_tf2_cpu@00000123', 'saved_model_half_plus_three@00000123', 'matrix_half_plus_two@1', 'saved_model_half_plus_two_gpu@00000123', 'saved_model_half_plus_two_mlmd@00000123']) {
      expect(ids).toContain(`fixture/${f}`);
    }
  });

  it.each(cases)('%s', async (_name, entry, signature, goldenCases) => {
    const out = join(tmp, `${entry.id.replace(/[^\w]/g, '_')}_${signature}`);
    const run = convertModel({ model: entry.modelDir, to: 'tfjs', output: out, signature, validate: false });
    if (parsesExamples(entry, signature)) {
      const err = (await run.then(() => undefined, (e: unknown) => e)) as MdeployError;
      expect(isMdeployError(err), String(err)).toBe(true);
      expect(err.code).toBe('E_UNSUPPORTED_OPS');
      expect(err.message).toMatch(/ParseExample(V2)?/);
      return;
    }
    const result = await run;
    expect(result.files.map((f) => f.path)).toContain(join(out, 'model.json'));
    const session = await openTfjsGraphModel(out);
    try {
      for (const c of goldenCases) {
        const feeds = Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, goldenToHost(t)]));
        const got = await session.run(feeds);
        for (const [k, wantT] of Object.entries(c.outputs!)) {
          const want = goldenToHost(wantT);
          const g = got[k];
          expect(g, `${k} missing`).toBeDefined();
          expect(g!.shape, k).toEqual(want.shape);
          if (want.dtype === 'DT_STRING') expect((g!.data as Uint8Array[]).map((b) => Buffer.from(b).toString('hex'))).toEqual((want.data as Uint8Array[]).map((b) => Buffer.from(b).toString('hex')));
          else if (isFloatDtype(want.dtype)) expect(relError(g!, want), k).toBeLessThanOrEqual(1e-4);
          else expect([...toNumbers(g!)], k).toEqual([...toNumbers(want)]);
        }
      }
    } finally {
      await session.dispose();
    }
  });
});

describeWith(['corpus'], 'TF.js conversion refuses what it cannot express, with one clear error', () => {
  it('a TF-TRT graph lists its TensorRT engine ops and their nodes', async () => {
    const err = (await convertModel({ model: 'test/corpus/trt_engine', to: 'tfjs', output: join(tmp, 'trt'), validate: false }).then(
      () => undefined,
      (e: unknown) => e,
    )) as MdeployError;
    expect(err.code).toBe('E_UNSUPPORTED_OPS');
    expect(err.message).toMatch(/TRTEngineOp \(2 nodes: Mul, Add\)/);
    expect(err.details).toEqual({ target: 'tfjs', unsupported: [{ op: 'TRTEngineOp', nodes: ['Mul', 'Add'] }] });
  });

  it('a signature that updates variables is stateful and cannot be frozen', async () => {
    const err = (await convertModel({ model: 'test/fixtures/tfserving/saved_model_counter', to: 'tfjs', output: join(tmp, 'counter'), signature: 'incr_counter', validate: false }).then(
      () => undefined,
      (e: unknown) => e,
    )) as MdeployError;
    expect(err.code).toBe('E_UNSUPPORTED_MODEL');
    expect(err.message).toMatch(/changes a variable/);
  });
});
