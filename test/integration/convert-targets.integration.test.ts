/**
 * Targets as plugins over one built graph: each target's passes run on its own copy, so exporting never
 * changes the graph it is given and one build feeds every target; `convert --to a --to b` writes both from one
 * read of the model, each validated against TensorFlow.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EXPORT_TARGETS, exportGraph } from '../../src/convert/targets.js';
import { buildGraph } from '../../src/graph/index.js';
import type { Graph } from '../../src/graph/ir.js';
import { SavedModel } from '../../src/savedmodel/savedmodel.js';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith } from '../helpers/env.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-convert-targets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The graph as plain data, weights included, to compare before and after an export. */
function snapshot(g: Graph): string {
  return JSON.stringify({ ...g, functions: [...g.functions] }, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number | bigint>, String) : v));
}

describeWith(['corpus'], 'export targets over one graph', () => {
  // cnn: TF.js fuses its conv + bias + relu; attention: ONNX fuses LayerNorm (and GELU from opset 20).
  for (const model of ['cnn', 'attention']) {
    it(`${model}: every target exports from one build, the build is unchanged, and a second export is byte-identical`, async () => {
      const sm = await SavedModel.load(join(CORPUS_DIR, model));
      try {
        const built = await buildGraph(sm);
        const before = snapshot(built.graph);
        const options = { convertedBy: 'mdeploy test', fileName: 'model.onnx', opset: 20 };
        let rewrites = 0;
        for (const target of EXPORT_TARGETS) {
          const first = exportGraph(target, built, options);
          expect(snapshot(built.graph), `${target.name} changed the graph it was given`).toBe(before);
          const second = exportGraph(target, built, options);
          expect(second.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')])).toEqual(first.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));
          rewrites += Object.values(first.prepared).reduce((a, b) => a + b, 0);
        }
        // The targets' own rewrites did happen (on their copies).
        expect(rewrites).toBeGreaterThan(0);
      } finally {
        await sm.close();
      }
    });
  }
});

describeWith(['corpus', 'tfjs-node'], 'convert --to tfjs --to onnx', () => {
  it('writes both targets under one directory from one read of the model, each validated', () => {
    const out = join(tmp, 'both');
    const r = mdeploy(['convert', 'test/corpus/cnn', '--to', 'tfjs', '--to', 'onnx', '-o', out, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const results = JSON.parse(r.stdout) as Array<{ target: string; output: string; validation: { pass: boolean } }>;
    expect(results.map((x) => [x.target, x.output, x.validation.pass])).toEqual([
      ['tfjs', join(out, 'tfjs'), true],
      ['onnx', join(out, 'model.onnx'), true],
    ]);
    expect(JSON.parse(readFileSync(join(out, 'tfjs', 'model.json'), 'utf8')).format).toBe('graph-model');
    expect(statSync(join(out, 'model.onnx')).size).toBeGreaterThan(1000);
  });

  it('refuses a target given twice', () => {
    const r = mdeploy(['convert', 'test/corpus/cnn', '--to', 'onnx', '--to', 'onnx', '-o', join(tmp, 'twice'), '--no-validate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('each --to target may be given once');
  });
});
