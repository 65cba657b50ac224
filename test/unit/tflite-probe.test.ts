/**
 * The shape probe (src/tflite/probe.ts): new tables in front of the unchanged file. The probe must read back
 * through mdeploy's validating reader with the original tensors, buffers and signature inputs intact, the
 * SHAPE + CAST operators appended, and the buffers' bytes where alignment keeps them. That LiteRT runs it
 * and reports TensorFlow's shapes is checked in test/integration/litert.integration.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTensorShapes } from '../../src/tflite/patch.js';
import { shapeOutputName, withShapeProbe } from '../../src/tflite/probe.js';
import { readTfliteModel } from '../../src/tflite/reader.js';
import { ROOT } from '../helpers/env.js';

const bytes = new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'tflite', 'dynamic_batch.tflite')));
const model = readTfliteModel(bytes);

describe('withShapeProbe', () => {
  const sdIndex = model.signatureDefs.findIndex((d) => d.signatureKey === 'serving_default');
  const sd = model.signatureDefs[sdIndex]!;
  const outputs = sd.outputs.map((m) => ({ key: m.name, tensor: m.tensorIndex }));

  it.each([false, true])('adds SHAPE and CAST per output in front of the unchanged file (keepOutputs %s)', (keepOutputs) => {
    const probe = withShapeProbe(bytes, { subgraphIndex: sd.subgraphIndex, signatureDefIndex: sdIndex, outputs, keepOutputs });
    const shift = probe.length - bytes.length;
    expect(shift % 16).toBe(0);
    expect(Buffer.from(probe.subarray(shift)).equals(Buffer.from(bytes))).toBe(true);
    const p = readTfliteModel(probe);
    const before = model.subgraphs[sd.subgraphIndex]!;
    const after = p.subgraphs[sd.subgraphIndex]!;
    expect(after.tensors.slice(0, before.tensors.length)).toEqual(before.tensors.map((t) => ({ ...t })));
    expect(after.tensors.length).toBe(before.tensors.length + 2 * outputs.length);
    const added = after.operators.slice(before.operators.length).map((o) => p.operatorCodes[o.opcodeIndex]!.name);
    expect(added).toEqual(outputs.flatMap(() => ['SHAPE', 'CAST']));
    expect(p.subgraphs.length).toBe(model.subgraphs.length);
    // Buffer data is the same bytes, at the same alignment in the file.
    p.buffers.forEach((b, i) => {
      expect(Buffer.from(b.data ?? []).equals(Buffer.from(model.buffers[i]!.data ?? []))).toBe(true);
      if (b.data?.length) expect((b.data.byteOffset - probe.byteOffset) % 16).toBe((model.buffers[i]!.data!.byteOffset - bytes.byteOffset) % 16);
    });
    expect(p.signatureDefs.map((d) => d.signatureKey)).toEqual(['serving_default']);
    const probed = p.signatureDefs[0]!;
    expect(probed.inputs).toEqual(sd.inputs);
    const names = [...(keepOutputs ? sd.outputs.map((m) => m.name) : []), ...outputs.map((o) => shapeOutputName(o.key))];
    expect(probed.outputs.map((m) => m.name)).toEqual(names);
    for (const m of probed.outputs.slice(keepOutputs ? sd.outputs.length : 0)) {
      const t = after.tensors[m.tensorIndex]!;
      expect([t.typeName, t.shape, t.name]).toEqual(['INT32', [before.tensors[outputs[0]!.tensor]!.shape.length], m.name]);
    }
  });

  it('composes with withTensorShapes: shapes patched in the old tables of a probe', () => {
    const probe = withShapeProbe(bytes, { subgraphIndex: sd.subgraphIndex, signatureDefIndex: sdIndex, outputs, keepOutputs: true });
    const input = sd.inputs[0]!.tensorIndex;
    const patched = readTfliteModel(withTensorShapes(probe, sd.subgraphIndex, new Map([[input, [5, 8, 8, 3]]])));
    expect(patched.subgraphs[sd.subgraphIndex]!.tensors[input]!.shape).toEqual([5, 8, 8, 3]);
  });
});
