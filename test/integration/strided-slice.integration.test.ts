/**
 * StridedSlice's five masks, decoded once (src/graph/strided-slice.ts) and used by constant folding and shape
 * inference: every case is run by real TensorFlow (tf.strided_slice on an arange tensor) for the golden shape and
 * values, including ellipsis, new axes after shrunk ones, negative strides and out-of-range bounds.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import '../../src/graph/eval/kernels.js';
import { hostKernels } from '../../src/graph/eval/kernels.js';
import { shapeFns } from '../../src/graph/infer.js';
import { iAttr, type Node } from '../../src/graph/ir.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { describeWith, ROOT } from '../helpers/env.js';

interface Case {
  shape: number[];
  begin: number[];
  end: number[];
  strides: number[];
  masks: { begin_mask?: number; end_mask?: number; ellipsis_mask?: number; new_axis_mask?: number; shrink_axis_mask?: number };
}

const CASES: Case[] = [
  { shape: [4, 5], begin: [1, 0], end: [3, 5], strides: [1, 1], masks: {} },
  { shape: [4, 5], begin: [0, 0], end: [0, 0], strides: [1, 2], masks: { begin_mask: 3, end_mask: 3 } },
  { shape: [4, 5], begin: [-1, 0], end: [0, 0], strides: [-1, 1], masks: { end_mask: 3, begin_mask: 2 } },
  { shape: [4, 5], begin: [2], end: [3], strides: [1], masks: { shrink_axis_mask: 1 } },
  { shape: [4, 5], begin: [-1], end: [0], strides: [1], masks: { shrink_axis_mask: 1 } },
  { shape: [2, 3, 4], begin: [0, 1], end: [0, 2], strides: [1, 1], masks: { ellipsis_mask: 1, shrink_axis_mask: 2 } },
  { shape: [2, 3, 4], begin: [0, 0, 1], end: [0, 0, 3], strides: [1, 1, 1], masks: { ellipsis_mask: 2, shrink_axis_mask: 1 } },
  { shape: [2, 3, 4], begin: [0, 0, 0], end: [1, 0, 0], strides: [1, 1, 1], masks: { shrink_axis_mask: 1, new_axis_mask: 2, begin_mask: 4, end_mask: 4 } },
  { shape: [2, 3, 4], begin: [0, 0], end: [0, 0], strides: [1, 1], masks: { new_axis_mask: 1, ellipsis_mask: 2 } },
  { shape: [2, 3, 4], begin: [0, 0, 0], end: [0, 0, 0], strides: [1, 1, 1], masks: { ellipsis_mask: 1, new_axis_mask: 2, begin_mask: 4, end_mask: 4 } },
  { shape: [6], begin: [-100], end: [100], strides: [2], masks: {} },
  { shape: [6], begin: [100], end: [-100], strides: [-2], masks: {} },
  { shape: [6], begin: [4], end: [1], strides: [1], masks: {} },
  { shape: [3, 4], begin: [1], end: [3], strides: [1], masks: {} },
  { shape: [3, 4, 2], begin: [0, -1], end: [0, 0], strides: [1, 1], masks: { begin_mask: 1, end_mask: 1, shrink_axis_mask: 2 } },
];

const PY = `
import json, sys
import numpy as np, tensorflow as tf
out = []
for c in json.load(sys.stdin):
    x = tf.reshape(tf.range(int(np.prod(c["shape"])), dtype=tf.float32), c["shape"])
    y = tf.strided_slice(x, c["begin"], c["end"], c["strides"], **c["masks"])
    out.append({"shape": list(y.shape), "values": y.numpy().ravel().tolist()})
print(json.dumps(out))
`;

function node(c: Case): Node {
  const attrs: Node['attrs'] = {};
  for (const [k, v] of Object.entries(c.masks)) attrs[k] = iAttr(v);
  return { name: 'ss', op: 'StridedSlice', inputs: ['x', 'b', 'e', 's'], attrs };
}

const ints = (v: number[]): HostTensor => ({ dtype: 'DT_INT32', shape: [v.length], data: Int32Array.from(v) });

describeWith(['python-tf'], 'StridedSlice masks against TensorFlow', () => {
  let golden: Array<{ shape: number[]; values: number[] }>;
  beforeAll(() => {
    const r = spawnSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', PY], { input: JSON.stringify(CASES), encoding: 'utf8', env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' }, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    golden = JSON.parse(r.stdout.trim().split('\n').pop()!);
  }, 150_000);

  it('constant folding computes TensorFlow’s shape and values for every mask combination', () => {
    const kernel = hostKernels.get('StridedSlice')!;
    CASES.forEach((c, i) => {
      const n = c.shape.reduce((a, b) => a * b, 1);
      const x: HostTensor = { dtype: 'DT_FLOAT', shape: c.shape, data: Float32Array.from({ length: n }, (_, k) => k) };
      const out = kernel(node(c), [x, ints(c.begin), ints(c.end), ints(c.strides)]);
      expect(out, `case ${i}`).toBeDefined();
      expect({ shape: out![0]!.shape, values: Array.from(out![0]!.data as Float32Array) }, `case ${i}: ${JSON.stringify(c)}`).toEqual(golden[i]);
    });
  });

  it('shape inference gives TensorFlow’s shape, and keeps symbolic dimensions it does not slice', () => {
    const infer = shapeFns.get('StridedSlice')!;
    CASES.forEach((c, i) => {
      const shape = infer(node(c), { inputs: [c.shape, [c.begin.length], [c.end.length], [c.strides.length]], consts: [undefined, c.begin, c.end, c.strides], fresh: () => '?' });
      expect(shape?.[0], `case ${i}: ${JSON.stringify(c)}`).toEqual(golden[i]!.shape);
    });
    // A symbolic batch dimension passes through a full range and an ellipsis.
    const sym = infer(node(CASES[5]!), { inputs: [['batch', 3, 4], [2], [2], [2]], consts: [undefined, CASES[5]!.begin, CASES[5]!.end, CASES[5]!.strides], fresh: () => '?' });
    expect(sym?.[0]).toEqual(['batch', 3]);
  });
});
