import { describe, expect, it } from 'vitest';
import type { DTypeName } from '../../src/tensor/dtypes.js';
import type { HostTensor, NumericArray } from '../../src/tensor/host.js';
import { allocate, transposeTensor } from '../../src/tensor/math.js';

/** out[i] = in[j] by the definition: each output index's coordinates, mapped through the permutation. */
function reference(t: HostTensor, perm: number[]): unknown[] {
  const shape = perm.map((p) => t.shape[p]!);
  const n = shape.reduce((a, b) => a * b, 1);
  const data = t.data as unknown as ArrayLike<unknown>;
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const coord: number[] = [];
    let rem = i;
    for (let d = shape.length - 1; d >= 0; d--) {
      coord[d] = rem % shape[d]!;
      rem = Math.floor(rem / shape[d]!);
    }
    const src: number[] = [];
    perm.forEach((p, d) => (src[p] = coord[d]!));
    let j = 0;
    for (let d = 0; d < t.shape.length; d++) j = j * t.shape[d]! + src[d]!;
    out.push(data[j]);
  }
  return out;
}

function filled(dtype: DTypeName, shape: number[]): HostTensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = allocate(dtype, n) as unknown as { [i: number]: number | bigint };
  for (let i = 0; i < n; i++) data[i] = dtype === 'DT_INT64' ? BigInt(i * 7 - 3) : dtype === 'DT_BOOL' ? i % 2 : (i * 37) % 251;
  return { dtype, shape, data: data as unknown as NumericArray };
}

const CASES: Array<[number[], number[]]> = [
  [[5], [0]],
  [[33, 70], [1, 0]],
  [[3, 33, 65], [2, 0, 1]],
  [[3, 33, 65], [1, 2, 0]],
  [[3, 3, 40, 70], [3, 0, 1, 2]], // HWIO → OHWI
  [[3, 3, 40, 70], [3, 2, 0, 1]], // HWIO → OIHW
  [[2, 5, 33, 1], [2, 3, 0, 1]],
  [[4, 1, 6, 35], [0, 2, 3, 1]],
  [[2, 3, 4, 5], [0, 1, 2, 3]],
  [[0, 3, 4], [2, 1, 0]],
];

describe('transposeTensor', () => {
  for (const dtype of ['DT_FLOAT', 'DT_INT32', 'DT_INT8', 'DT_UINT16', 'DT_BOOL', 'DT_DOUBLE', 'DT_INT64'] as DTypeName[]) {
    it.each(CASES)(`${dtype} %j by %j matches the definition`, (shape, perm) => {
      const t = filled(dtype, shape);
      const out = transposeTensor(t, perm);
      expect(out.shape).toEqual(perm.map((p) => shape[p]));
      expect(out.data.constructor).toBe(t.data.constructor);
      expect(Array.from(out.data as unknown as ArrayLike<unknown>)).toEqual(reference(t, perm));
    });
  }

  it('keeps float32 bit patterns (NaN payloads) and leaves its input alone', () => {
    const bits = Uint32Array.from({ length: 6 * 40 }, (_, i) => 0x7fa00000 + i);
    const t: HostTensor = { dtype: 'DT_FLOAT', shape: [6, 40], data: new Float32Array(bits.buffer) };
    const out = transposeTensor(t, [1, 0]);
    const got = new Uint32Array((out.data as Float32Array).buffer);
    expect(Array.from(got)).toEqual(reference({ ...t, data: bits }, [1, 0]));
    expect(Array.from(new Uint32Array((t.data as Float32Array).buffer))).toEqual(Array.from(bits));
  });

  it('reads a view at an offset of a larger buffer', () => {
    const backing = new Float32Array(100).map((_, i) => i);
    const t: HostTensor = { dtype: 'DT_FLOAT', shape: [4, 6], data: backing.subarray(10, 34) };
    expect(Array.from(transposeTensor(t, [1, 0]).data as Float32Array)).toEqual(reference(t, [1, 0]));
  });
});
