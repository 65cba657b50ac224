import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opsDocument } from '../../src/exporters/ops-doc.js';
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
    expect(rows).toEqual(onnxOps.table().map((r) => [r.op, r.category, r.minOpset]));
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
