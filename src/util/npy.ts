/**
 * A reader for NumPy's .npy files, only as far as calibration data needs: little-endian float32, float64,
 * int32 and int64 arrays in C order, format versions 1.0, 2.0 and 3.0 (numpy/lib/format.py). Anything else is
 * refused with an E_USAGE error that says how to re-save the array, never read wrongly.
 */
import { readFileSync } from 'node:fs';
import { MdeployError } from '../errors.js';
import type { HostTensor } from '../tensor/host.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** The dtypes read, by their descr string. '<' is little-endian; 1-byte types would use '|', none is read. */
const DESCR: Record<string, { dtype: HostTensor['dtype']; size: number }> = {
  '<f4': { dtype: 'DT_FLOAT', size: 4 },
  '<f8': { dtype: 'DT_DOUBLE', size: 8 },
  '<i4': { dtype: 'DT_INT32', size: 4 },
  '<i8': { dtype: 'DT_INT64', size: 8 },
};

const RESAVE = 'Save it with numpy.save(path, np.ascontiguousarray(a, dtype=np.float32)) (float32, float64, int32 or int64, C order).';

function fail(file: string | undefined, message: string): never {
  throw new MdeployError('E_USAGE', `not a .npy file mdeploy reads: ${message}`, { file, suggestions: [RESAVE] });
}

/** The header dict (a Python literal) of the fields format.py writes: descr, fortran_order, shape. */
function parseHeader(text: string, file: string | undefined): { descr: string; fortran: boolean; shape: number[] } {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) fail(file, `its header has no descr / fortran_order / shape (${JSON.stringify(text.trim().slice(0, 120))})`);
  const parts = shapeText.split(',').map((s) => s.trim()).filter(Boolean);
  const shape = parts.map((p) => {
    // Python 2-era files write long integers as 3L.
    const n = Number(p.replace(/L$/, ''));
    if (!Number.isSafeInteger(n) || n < 0) fail(file, `its shape (${shapeText}) is not a tuple of sizes`);
    return n;
  });
  return { descr, fortran: fortran === 'True', shape };
}

/** Reads .npy bytes into a host tensor (a copy, aligned for its typed array). */
export function parseNpy(bytes: Uint8Array, file?: string): HostTensor {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail(file, 'it does not start with the \\x93NUMPY magic');
  const major = bytes[6]!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = view.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) fail(file, 'its header is cut short');
    headerLen = view.getUint32(8, true);
    start = 12;
  } else fail(file, `it is format version ${major}.${bytes[7]}; versions 1.0, 2.0 and 3.0 are read`);
  if (start + headerLen > bytes.length) fail(file, 'its header is cut short');
  // Version 3 allows UTF-8 in the header (field names of structured dtypes); 1 and 2 are latin-1.
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(start, start + headerLen));
  const { descr, fortran, shape } = parseHeader(header, file);
  const type = DESCR[descr];
  if (!type) {
    const why = descr.startsWith('>') ? 'big-endian' : /^[<|=]?[fiu]\d$/.test(descr) ? 'of an element type mdeploy does not read' : 'not a plain numeric array';
    fail(file, `its dtype ${descr} is ${why}`);
  }
  if (fortran && shape.filter((d) => d > 1).length > 1) fail(file, 'it is stored in Fortran (column-major) order');
  const n = shape.reduce((a, b) => a * b, 1);
  const dataStart = start + headerLen;
  const want = n * type.size;
  if (bytes.length - dataStart !== want) fail(file, `it holds ${bytes.length - dataStart} data bytes, and shape (${shape.join(', ')}) of ${descr} needs ${want}`);
  const copy = new Uint8Array(bytes.subarray(dataStart, dataStart + want)).buffer;
  const data =
    type.dtype === 'DT_FLOAT' ? new Float32Array(copy) : type.dtype === 'DT_DOUBLE' ? new Float64Array(copy) : type.dtype === 'DT_INT32' ? new Int32Array(copy) : new BigInt64Array(copy);
  return { dtype: type.dtype, shape, data };
}

/** Reads a .npy file; a missing or unreadable file is an E_USAGE error naming it. */
export function readNpyFile(path: string): HostTensor {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new MdeployError('E_USAGE', `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file: path });
  }
  return parseNpy(bytes, path);
}
