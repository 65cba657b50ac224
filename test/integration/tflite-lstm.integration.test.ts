/**
 * Keras LSTM loops written as UNIDIRECTIONAL_SEQUENCE_LSTM (src/exporters/tflite/lstm.ts, ops/rnn.ts), the
 * TFLite target's `fuseLstm` preparation: the fused file reproduces TensorFlow's goldens in
 * tf.lite.Interpreter within max |a − b| / max |b| ≤ 1e-4, every case twice over in one interpreter (the
 * kernel's state lives in variable tensors, so a state left from a call must not leak into the next) and at
 * two batch sizes; the loops the op cannot express exactly (activation='relu') stay WHILE and stay correct.
 * LiteRT.js refuses variable tensors when it loads a model; the test holds it to that message, and to
 * TensorFlow's numbers should it ever load the file.
 *
 * Models: the corpus' text_bilstm (Bidirectional(LSTM(16)), last step: the backward half reverses its input)
 * and text_lstm (scripts/generate_corpus.py: a forward LSTM returning every step from a computed initial
 * state, a relu LSTM, a go_backwards LSTM without bias whose final h is also read through return_state).
 * MDEPLOY_LSTM_CORPUS_DIR points at another corpus directory holding text_lstm.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cloneGraph } from '../../src/graph/clone.js';
import { buildGraph } from '../../src/graph/index.js';
import { planTfliteModel, prepareTfliteGraph } from '../../src/exporters/tflite/index.js';
import { openLiteRtModel } from '../../src/runtime/litert.js';
import { SavedModel } from '../../src/savedmodel/savedmodel.js';
import { readTfliteFile } from '../../src/tflite/reader.js';
import { runTfliteInterpreter } from '../helpers/tflite-interpreter.js';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith, STRICT } from '../helpers/env.js';
import { goldenToHost, relError, type GoldenCase, type GoldenModel } from '../helpers/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-tflite-lstm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LSTM_CORPUS = process.env['MDEPLOY_LSTM_CORPUS_DIR'] ?? CORPUS_DIR;

/** Per model: how many loops become UNIDIRECTIONAL_SEQUENCE_LSTM, how many stay WHILE. */
const MODELS = [
  { name: 'text_bilstm', dir: CORPUS_DIR, lstm: 2, whiles: 0 },
  { name: 'text_lstm', dir: LSTM_CORPUS, lstm: 2, whiles: 1 },
];

describeWith(['corpus', 'python-tf'], 'TFLite: Keras LSTM loops as UNIDIRECTIONAL_SEQUENCE_LSTM', () => {
  it.each(MODELS)('$name', async ({ name, dir, lstm, whiles }) => {
    const base = join(dir, name);
    if (!existsSync(join(base, 'golden.json'))) {
      const why = `${base} is missing: generate it with \`.venv/bin/python scripts/generate_corpus.py --only ${name}\``;
      if (STRICT) throw new Error(why);
      process.stdout.write(`SKIP ${name}: ${why}\n`);
      return;
    }
    const golden = JSON.parse(readFileSync(join(base, 'golden.json'), 'utf8')) as GoldenModel;
    const cases = golden.cases.filter((c): c is GoldenCase & { outputs: NonNullable<GoldenCase['outputs']> } => c.signature === 'serving_default' && !c.error && !!c.outputs);
    expect(cases.length).toBeGreaterThan(0);

    const built = await buildGraph(await SavedModel.load(join(base, '1')), {});
    const graph = cloneGraph(built.graph);
    const whileBefore = graph.nodes.filter((n) => n.op === 'While' || n.op === 'StatelessWhile').length;
    const prepared = prepareTfliteGraph(graph, { fuseLstm: true });
    expect(prepared['lstm']).toBe(lstm);
    // The built graph is the caller's: only the copy changed.
    expect(built.graph.nodes.filter((n) => n.op === 'While' || n.op === 'StatelessWhile').length).toBe(whileBefore);

    const planned = planTfliteModel(graph, { convertedBy: 'mdeploy test' });
    const out = join(tmp, `${name}.tflite`);
    writeFileSync(out, planned.files[0]!.bytes);
    const { model } = readTfliteFile(out);
    const main = model.subgraphs[0]!;
    const ops = main.operators.map((o) => model.operatorCodes[o.opcodeIndex]!.name);
    expect(ops.filter((o) => o === 'UNIDIRECTIONAL_SEQUENCE_LSTM').length).toBe(lstm);
    expect(ops.filter((o) => o === 'WHILE').length).toBe(whiles);
    for (const op of main.operators.filter((o) => model.operatorCodes[o.opcodeIndex]!.name === 'UNIDIRECTIONAL_SEQUENCE_LSTM')) {
      // 24 inputs: no peepholes (9-11), no projection (16, 17), no layer norm (20-23); states are variables.
      expect(op.inputs.length).toBe(24);
      expect([9, 10, 11, 16, 17, 20, 21, 22, 23].map((i) => op.inputs[i])).toEqual(new Array(9).fill(-1));
      expect([18, 19].map((i) => main.tensors[op.inputs[i]!]!.isVariable)).toEqual([true, true]);
      expect(model.operatorCodes[op.opcodeIndex]!.version).toBe(1);
    }

    // Every case twice, in one interpreter: the second round must not start from the first one's state.
    const py = runTfliteInterpreter(out, 'serving_default', [...cases, ...cases]);
    [...cases, ...cases].forEach((c, i) => {
      for (const [k, want] of Object.entries(c.outputs)) {
        const got = py.outputs[i]![k];
        expect(got, `case ${i} ${k}`).toBeDefined();
        expect(relError(goldenToHost(got!), goldenToHost(want)), `tf.lite.Interpreter case ${i} ${k}`).toBeLessThanOrEqual(1e-4);
      }
    });

    // LiteRT.js' loader refuses variable tensors ("Variable tensors not yet supported"): the runtime says so
    // before handing it the file.
    await expect(openLiteRtModel(out, { signature: 'serving_default' })).rejects.toMatchObject({ code: 'E_UNSUPPORTED_MODEL', message: expect.stringMatching(/cannot load variable tensors/) });
  }, 600_000);

  it('convert --tflite-lstm fused writes the fused file; validation says why LiteRT.js cannot check it', () => {
    const out = join(tmp, 'cli-bilstm.tflite');
    const r = mdeploy(['convert', join(CORPUS_DIR, 'text_bilstm'), '--to', 'tflite', '--tflite-lstm', 'fused', '-o', out, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const { model } = readTfliteFile(out);
    expect(model.subgraphs[0]!.operators.filter((o) => model.operatorCodes[o.opcodeIndex]!.name === 'UNIDIRECTIONAL_SEQUENCE_LSTM').length).toBe(2);
    const result = JSON.parse(r.stdout) as { validation?: { skipped?: string } };
    expect(result.validation?.skipped).toMatch(/variable tensors/);
    // Asked for, validation that cannot run fails; the default stays WHILE, which LiteRT.js runs and validates.
    expect(mdeploy(['convert', join(CORPUS_DIR, 'text_bilstm'), '--to', 'tflite', '--tflite-lstm', 'fused', '-o', join(tmp, 'v.tflite'), '--validate']).status).toBe(4);
    expect(mdeploy(['convert', join(CORPUS_DIR, 'text_bilstm'), '--to', 'onnx', '--tflite-lstm', 'fused', '-o', join(tmp, 'x.onnx')]).status).not.toBe(0);
  }, 300_000);
});
