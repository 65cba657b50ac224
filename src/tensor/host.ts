import { baseDtype, dtypeByteSize, valuesPerElement, type DTypeName } from './dtypes.js';

export type NumericArray =
  | Float32Array
  | Float64Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array;

/**
 * A tensor held in host memory. Numeric data is a typed array in TF's element order (row-major);
 * DT_HALF and DT_BFLOAT16 keep their raw 16-bit patterns in a Uint16Array, DT_BOOL is a Uint8Array of 0/1,
 * DT_COMPLEX64 and DT_COMPLEX128 interleave each element's real and imaginary parts in a Float32Array or
 * Float64Array of 2 × numElements values (TensorFlow's own memory layout: std::complex is two floats), and
 * DT_STRING holds each element's bytes.
 */
export interface HostTensor {
  dtype: DTypeName;
  shape: number[];
  data: NumericArray | Uint8Array[];
}

export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** How many numbers the typed array of a `dtype` tensor of `shape` holds (numElements, twice that for complex). */
export function numValues(dtype: string, shape: readonly number[]): number {
  return numElements(shape) * valuesPerElement(dtype);
}

/** Views little-endian bytes as the typed array for `dtype` (copying only when unaligned). */
export function typedArrayFromBytes(dtype: string, bytes: Uint8Array): NumericArray {
  const dt = baseDtype(dtype);
  const size = dtypeByteSize(dt);
  if (size === undefined) throw new RangeError(`${dt} has no fixed-size element layout`);
  if (bytes.byteLength % size !== 0) throw new RangeError(`${bytes.byteLength} bytes is not a whole number of ${dt} elements`);
  // Each typed array value is one number: a complex element is two.
  const width = size / valuesPerElement(dt);
  // Copy when unaligned (new Uint8Array copies; Buffer#slice would only make another view).
  const aligned = bytes.byteOffset % width === 0 ? bytes : new Uint8Array(bytes);
  const { buffer, byteOffset } = aligned;
  const n = bytes.byteLength / width;
  switch (dt) {
    case 'DT_FLOAT':
    case 'DT_COMPLEX64':
      return new Float32Array(buffer, byteOffset, n);
    case 'DT_DOUBLE':
    case 'DT_COMPLEX128':
      return new Float64Array(buffer, byteOffset, n);
    case 'DT_INT32':
    case 'DT_QINT32':
      return new Int32Array(buffer, byteOffset, n);
    case 'DT_INT16':
    case 'DT_QINT16':
      return new Int16Array(buffer, byteOffset, n);
    case 'DT_INT8':
    case 'DT_QINT8':
      return new Int8Array(buffer, byteOffset, n);
    case 'DT_UINT8':
    case 'DT_QUINT8':
    case 'DT_BOOL':
      return new Uint8Array(buffer, byteOffset, n);
    case 'DT_UINT16':
    case 'DT_QUINT16':
    case 'DT_HALF':
    case 'DT_BFLOAT16':
      return new Uint16Array(buffer, byteOffset, n);
    case 'DT_UINT32':
      return new Uint32Array(buffer, byteOffset, n);
    case 'DT_INT64':
      return new BigInt64Array(buffer, byteOffset, n);
    case 'DT_UINT64':
      return new BigUint64Array(buffer, byteOffset, n);
    default:
      throw new RangeError(`no typed array for ${dt}`);
  }
}

/** The little-endian bytes of a numeric typed array (a view, not a copy). */
export function bytesOf(data: NumericArray): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
