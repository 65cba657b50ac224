import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_TARGETS } from '../../src/convert/targets.js';
import { OpHandlerRegistry } from '../../src/exporters/op-registry.js';
import { opsDocument } from '../../src/exporters/ops-doc.js';
import { quantizeTfliteSpec } from '../../src/exporters/tflite/quantize.js';
import { tfliteOps } from '../../src/exporters/tflite/registry.js';
import { writeTfliteModel, type TfliteModelSpec } from '../../src/exporters/tflite/writer.js';
import { readTfliteModel } from '../../src/tflite/reader.js';
import { RUNTIME_FIXES, tfjsOps } from '../../src/exporters/tfjs/registry.js';
import '../../src/exporters/tfjs/ops/index.js';
import { ROOT } from '../helpers/env.js';

describe('docs/ops.md', () => {
  it('is what the registries generate (run `node scripts/gen-ops-doc.mjs` after changing a registry)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'ops.md'), 'utf8')).toBe(opsDocument());
  });

  it('lists every TF.js op once, in its category', () => {
    const md = readFileSync(join(ROOT, 'docs', 'ops.md'), 'utf8');
    const section = md.split('## tfjs')[1]!.split('## ')[0]!;
    const rows = [...section.matchAll(/^\| `([^`]+)` \| (\w+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(tfjsOps.table().map((r) => [r.op, r.category]));
  });
});

describe('the TF.js registry and the TF.js runtime agree', () => {
  it('every op the registry passes through is one tfjs-converter executes', async () => {
    const cats = ['arithmetic', 'basic_math', 'control', 'convolution', 'creation', 'dynamic', 'evaluation', 'graph', 'hash_table', 'image', 'logical', 'matrices', 'normalization', 'reduction', 'slice_join', 'sparse', 'spectral', 'string', 'transformation'];
    const runtime = new Set<string>();
    for (const c of cats) {
      const m = (await import(join(ROOT, 'node_modules', '@tensorflow', 'tfjs-converter', 'dist', 'operations', 'op_list', `${c}.js`))) as { json: Array<{ tfOpName: string }> };
      for (const op of m.json) runtime.add(op.tfOpName);
    }
    const passthrough = tfjsOps.table().map((r) => r.op).filter((op) => tfjsOps.get(op) === undefined);
    expect(passthrough.filter((op) => !runtime.has(op))).toEqual([]);
    // Rewritten ops must not be ones the runtime already has (else the rewrite is needless), unless the
    // runtime computes them differently from TensorFlow (RUNTIME_FIXES says how, per op).
    const rewritten = tfjsOps.table().map((r) => r.op).filter((op) => tfjsOps.get(op) !== undefined);
    expect(rewritten.filter((op) => runtime.has(op) && !RUNTIME_FIXES.has(op))).toEqual([]);
  });
});

describe('docs/ops.md, ONNX section', () => {
  it('lists every ONNX op with its category and lowest opset', async () => {
    const { onnxOps } = await import('../../src/exporters/onnx/registry.js');
    await import('../../src/exporters/onnx/ops/index.js');
    const md = readFileSync(join(ROOT, 'docs', 'ops.md'), 'utf8');
    const section = md.split('## onnx')[1]!.split('## ')[0]!;
    const rows = [...section.matchAll(/^\| `([^`]+)` \| (\w+) \| (\d+) \|$/gm)].map((m) => [m[1], m[2], Number(m[3])]);
    expect(rows).toEqual(onnxOps.table().map((r) => [r.op, r.category, r.since]));
  });

  it('picks the newest handler at or below the requested opset (stacked versions)', async () => {
    const { onnxOps } = await import('../../src/exporters/onnx/registry.js');
    // ReduceMean takes axes as an attribute before opset 18 and as an input from 18.
    expect(onnxOps.get('Mean', 17)).toBeDefined();
    expect(onnxOps.get('Mean', 18)).not.toBe(onnxOps.get('Mean', 17));
    expect(onnxOps.get('Mean', 21)).toBe(onnxOps.get('Mean', 18));
    // LayerNormalization only exists from opset 17.
    expect(onnxOps.get('_MdeployLayerNorm', 16)).toBeUndefined();
    expect(onnxOps.get('_MdeployLayerNorm', 17)).toBeDefined();
  });
});

describe('docs/ops.md, one section per target of the registry', () => {
  it('has a section for every --to target, in the registry\'s order, and none for anything else', () => {
    const md = readFileSync(join(ROOT, 'docs', 'ops.md'), 'utf8');
    expect([...md.matchAll(/^## (\S+)$/gm)].map((m) => m[1])).toEqual(EXPORT_TARGETS.map((t) => t.name));
  });

  it('lists the TFLite builtin versions per kernel, as the registry looks them up', () => {
    const md = readFileSync(join(ROOT, 'docs', 'ops.md'), 'utf8');
    const section = md.split('### tflite operator versions')[1]!;
    const rows = [...section.matchAll(/^\| `([A-Z_0-9]+)` \| (\w+) \| ([\d, ]+) \|$/gm)].map((m) => [m[1], m[2], m[3]!.split(', ').map(Number)]);
    expect(rows).toEqual(tfliteOps.operatorTable().map((r) => [r.operator, r.kernel, r.versions]));
    // op_version.cc's numbers for some of them.
    expect(rows).toEqual(expect.arrayContaining([['DEQUANTIZE', 'float16', [3]], ['DEQUANTIZE', 'int8', [2, 5]], ['FULLY_CONNECTED', 'hybrid', [3, 9, 12]], ['STRIDED_SLICE', 'int8', [2, 4, 6, 8]]]));
  });
});

describe('the generic op registry', () => {
  it('stacks handlers by `since` and picks the highest at or below the version asked for; unversioned registries keep one per op', () => {
    const r = new OpHandlerRegistry<string>('test', { minVersion: 13 });
    r.register('math', ['Mean'], 'attr-axes');
    r.register('math', ['Mean'], 'input-axes', { since: 18 });
    r.register('nn', ['Fused'], 'fused', { since: 17 });
    expect([r.get('Mean', 13), r.get('Mean', 17), r.get('Mean', 18), r.get('Mean', 21), r.get('Mean')]).toEqual(['attr-axes', 'attr-axes', 'input-axes', 'input-axes', 'input-axes']);
    expect([r.has('Fused', 16), r.has('Fused', 17), r.has('Fused')]).toEqual([false, true, true]);
    expect(r.table()).toEqual([{ op: 'Fused', category: 'nn', since: 17 }, { op: 'Mean', category: 'math', since: 13 }]);
    expect(() => r.register('math', ['Mean'], 'again', { since: 18 })).toThrow(/registered twice for version 18/);
    const plain = new OpHandlerRegistry<string>('plain');
    plain.register('math', ['Add'], 'add');
    expect(plain.table()).toEqual([{ op: 'Add', category: 'math' }]);
    expect(() => plain.register('math', ['Add'], 'add2')).toThrow(/registered twice$/);
  });

  it('looks operator versions up per kernel, 1 when undeclared, and refuses a rule returning a version it does not list', () => {
    const r = new OpHandlerRegistry<string, { rank: number }>('test');
    r.operatorVersions('PAD', { float: 1, int8: { versions: [2, 4], pick: (s) => (s.rank > 4 ? 4 : 2) } });
    r.operatorVersions('ODD', { int8: { versions: [2], pick: () => 3 } });
    expect([r.operatorVersion('PAD', 'int8', { rank: 4 }), r.operatorVersion('PAD', 'int8', { rank: 5 }), r.operatorVersion('PAD', 'hybrid', { rank: 5 }), r.operatorVersion('ADD', 'int8', { rank: 1 })]).toEqual([2, 4, 1, 1]);
    expect(() => r.operatorVersion('ODD', 'int8', { rank: 1 })).toThrow(/picked version 3/);
    expect(() => r.operatorVersions('PAD', { int8: 3 })).toThrow(/declared twice/);
  });
});

describe('TFLite operator versions in written files come from the registry', () => {
  const spec = (operators: TfliteModelSpec['operators'], tensors: TfliteModelSpec['tensors'], buffers: Uint8Array[]): TfliteModelSpec => ({
    description: 'test',
    tensors,
    inputs: [0],
    outputs: [tensors.length - 1],
    operators,
    buffers,
    signature: { key: 'serving_default', inputs: [{ name: 'x', tensor: 0 }], outputs: [{ name: 'y', tensor: tensors.length - 1 }] },
  });
  const versions = (s: TfliteModelSpec): Record<string, number> => Object.fromEntries(readTfliteModel(writeTfliteModel(s)).operatorCodes.map((c) => [c.name, c.version]));

  it('BROADCAST_TO (float): the writer\'s version is the registry\'s', () => {
    const s = spec(
      [{ op: 'BROADCAST_TO', inputs: [0, 1], outputs: [2] }],
      [
        { name: 'x', type: 0, shape: [1, 4], buffer: 0 },
        { name: 'shape', type: 2, shape: [2], buffer: 1 },
        { name: 'y', type: 0, shape: [3, 4], buffer: 0 },
      ],
      [new Uint8Array(0), new Uint8Array(new Int32Array([3, 4]).buffer)],
    );
    expect(versions(s)['BROADCAST_TO']).toBe(tfliteOps.operatorVersion('BROADCAST_TO', 'float', { op: s.operators[0]!, tensor: (i) => s.tensors[i] }));
  });

  it('weight quantization writes the DEQUANTIZE and hybrid FULLY_CONNECTED versions the registry gives', () => {
    const w = new Float32Array(4 * 2048).map((_, i) => Math.sin(i));
    const s = spec(
      [{ op: 'FULLY_CONNECTED', inputs: [0, 1], outputs: [2] }],
      [
        { name: 'x', type: 0, shape: [1, 2048], buffer: 0 },
        { name: 'w', type: 0, shape: [4, 2048], buffer: 1 },
        { name: 'y', type: 0, shape: [1, 4], buffer: 0 },
      ],
      [new Uint8Array(0), new Uint8Array(w.buffer)],
    );
    const f16 = quantizeTfliteSpec(s, { mode: 'float16' }).spec;
    expect(versions(f16)['DEQUANTIZE']).toBe(3);
    const dynamic = quantizeTfliteSpec(s, { mode: 'dynamic-int8' }).spec;
    // Per channel, so 12 (op_version.cc); the registry is where the exporter looked it up.
    expect(versions(dynamic)['FULLY_CONNECTED']).toBe(12);
    expect(tfliteOps.operatorVersion('FULLY_CONNECTED', 'hybrid', { op: dynamic.operators[0]!, tensor: (i) => dynamic.tensors[i], perChannel: true })).toBe(12);
    const weightInt8 = quantizeTfliteSpec(s, { mode: 'weight-int8' }).spec;
    expect(versions(weightInt8)['DEQUANTIZE']).toBe(5);
  });
});
