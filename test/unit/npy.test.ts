/**
 * The .npy reader: the byte layout numpy/lib/format.py writes (magic, version, little-endian header length,
 * a padded Python-literal header, then the data), in versions 1.0, 2.0 and 3.0, and a typed E_USAGE error
 * for every file it does not read. Files written by numpy itself are read in the int8 integration suite.
 */
import { describe, expect, it } from 'vitest';
import { isMdeployError } from '../../src/errors.js';
import { parseNpy } from '../../src/util/npy.js';

/** An .npy file as numpy.save writes it: the header padded with spaces to a multiple of 64, ending in \n. */
function npy(descr: string, shape: number[], data: Uint8Array, opts: { version?: number; fortran?: boolean; header?: string } = {}): Uint8Array {
  const version = opts.version ?? 1;
  const dict = opts.header ?? `{'descr': '${descr}', 'fortran_order': ${opts.fortran ? 'True' : 'False'}, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const prefix = version === 1 ? 10 : 12;
  const total = Math.ceil((prefix + dict.length + 1) / 64) * 64;
  const header = dict.padEnd(total - prefix - 1, ' ') + '\n';
  const enc = new TextEncoder().encode(header);
  const out = new Uint8Array(prefix + enc.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, enc.length, true);
  else view.setUint32(8, enc.length, true);
  out.set(enc, prefix);
  out.set(data, prefix + enc.length);
  return out;
}

const bytes = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function usageError(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(isMdeployError(err) && err.code).toBe('E_USAGE');
    return (err as Error).message;
  }
  throw new Error('expected an E_USAGE error');
}

describe('parseNpy', () => {
  it.each([
    ['<f4', 'DT_FLOAT', Float32Array.from([1.5, -2, 3.25, 0, 7, -8])],
    ['<f8', 'DT_DOUBLE', Float64Array.from([1e-300, -2, 3.25, 0, 7, Math.PI])],
    ['<i4', 'DT_INT32', Int32Array.from([1, -2, 2 ** 31 - 1, 0, 7, -(2 ** 31)])],
    ['<i8', 'DT_INT64', BigInt64Array.from([1n, -2n, 2n ** 40n, 0n, 7n, -(2n ** 62n)])],
  ] as const)('reads %s in C order', (descr, dtype, values) => {
    for (const version of [1, 2, 3]) {
      const t = parseNpy(npy(descr, [2, 3], bytes(values), { version }));
      expect(t.dtype).toBe(dtype);
      expect(t.shape).toEqual([2, 3]);
      expect(Array.from(t.data as ArrayLike<number | bigint>)).toEqual(Array.from(values as ArrayLike<number | bigint>));
    }
  });

  it('reads scalars, 1-D shapes and empty arrays', () => {
    expect(parseNpy(npy('<f4', [], bytes(Float32Array.from([4]))))).toMatchObject({ shape: [], data: Float32Array.from([4]) });
    expect(parseNpy(npy('<f4', [3], bytes(Float32Array.from([1, 2, 3]))))).toMatchObject({ shape: [3] });
    expect(parseNpy(npy('<f4', [0, 5], new Uint8Array(0)))).toMatchObject({ shape: [0, 5] });
  });

  it('reads data at an odd offset of a larger buffer (a copy, aligned)', () => {
    const file = npy('<f4', [2], bytes(Float32Array.from([1, 2])));
    const padded = new Uint8Array(file.length + 1);
    padded.set(file, 1);
    expect([...(parseNpy(padded.subarray(1)).data as Float32Array)]).toEqual([1, 2]);
  });

  it('takes fortran_order True when at most one dimension exceeds 1 (the same layout)', () => {
    expect(parseNpy(npy('<f4', [1, 3], bytes(Float32Array.from([1, 2, 3])), { fortran: true })).shape).toEqual([1, 3]);
  });

  it.each([
    ['big-endian data', npy('>f4', [1], new Uint8Array(4)), /dtype >f4 is big-endian/],
    ['float16', npy('<f2', [2], new Uint8Array(4)), /dtype <f2 is of an element type mdeploy does not read/],
    ['uint8', npy('|u1', [2], new Uint8Array(2)), /dtype \|u1 is of an element type/],
    ['a structured dtype', npy('', [1], new Uint8Array(8), { header: "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }" }), /no descr/],
    ['an object array', npy('|O', [1], new Uint8Array(8)), /\|O is not a plain numeric array/],
    ['Fortran order', npy('<f4', [2, 2], new Uint8Array(16), { fortran: true }), /Fortran \(column-major\) order/],
    ['too few data bytes', npy('<f4', [2, 3], new Uint8Array(20)), /holds 20 data bytes, and shape \(2, 3\) of <f4 needs 24/],
    ['too many data bytes', npy('<i8', [1], new Uint8Array(16)), /holds 16 data bytes/],
    ['format version 4', npy('<f4', [1], new Uint8Array(4), { version: 4 }), /format version 4\.0; versions 1\.0, 2\.0 and 3\.0/],
    ['not .npy at all', new TextEncoder().encode('{"image": [[1, 2]]}\n'), /\\x93NUMPY magic/],
    ['a cut-short header', npy('<f4', [1], new Uint8Array(4)).subarray(0, 30), /header is cut short/],
  ])('refuses %s with E_USAGE, saying how to re-save it', (_what, file, message) => {
    expect(usageError(() => parseNpy(file, 'x.npy'))).toMatch(message);
    try {
      parseNpy(file, 'x.npy');
    } catch (err) {
      expect((err as Error).message).toMatch(/^x\.npy: not a \.npy file mdeploy reads/);
      expect(JSON.stringify((err as { suggestions?: string[] }).suggestions)).toMatch(/numpy\.save/);
    }
  });
});
