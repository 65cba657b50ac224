/**
 * TensorProto ⇄ HostTensor. A TensorProto carries values either as raw little-endian `tensor_content` or in
 * a typed repeated field (float_val, int_val, …); a single value in a typed field is broadcast to the whole
 * shape, as TensorFlow does for constants like `zeros([1024])`. Complex values are (real, imag) pairs, in
 * scomplex_val / dcomplex_val as in tensor_content; the last whole pair is what TensorFlow broadcasts.
 */
import { tf } from '../proto/index.js';
import { baseDtype, dtypeByteSize, dtypeName, dtypeValue } from './dtypes.js';
import { bytesOf, numValues, typedArrayFromBytes, type HostTensor, type NumericArray } from './host.js';
import { checkedElements, checkStringBytes, TensorLimitError, type TensorBudget } from './limits.js';
import { allocate } from './math.js';

export class TensorProtoError extends Error {}

function shapeOf(p: tf.ITensorProto): number[] {
  if (!p.tensorShape) return [];
  if (p.tensorShape.unknownRank) throw new TensorProtoError('the tensor_shape has an unknown rank; a tensor needs a shape');
  return (p.tensorShape.dim ?? []).map((d) => Number(d.size ?? 0));
}

type Fillable<T> = { length: number; [i: number]: T; fill(v: T, start?: number): unknown };

/** Fills `out` from `values`, broadcasting the last value (as TF does) to the rest, natively. */
function fill<T>(out: Fillable<T>, values: ArrayLike<T>): void {
  if (values.length > out.length) throw new TensorProtoError(`${values.length} values for a tensor of ${out.length} elements`);
  if (values.length === 0) return;
  const given = Math.min(values.length, out.length);
  for (let i = 0; i < given; i++) out[i] = values[i]!;
  if (given < out.length) out.fill(values[given - 1]!, given);
}

/**
 * Fills interleaved complex values from (real, imag) pairs, broadcasting the last pair (TensorFlow's rule:
 * `scomplex_val: [1, 2]` for shape [3] is three 1+2j). Half a pair is refused rather than dropped as TF would.
 */
function fillPairs(out: Float32Array | Float64Array, values: ArrayLike<number>, field: string): void {
  if (values.length % 2 !== 0) throw new TensorProtoError(`${field} has ${values.length} values; it holds (real, imaginary) pairs, so an even number`);
  const n = out.length / 2;
  const pairs = values.length / 2;
  if (pairs > n) throw new TensorProtoError(`${field} has ${pairs} (real, imaginary) pairs for a tensor of ${n} elements`);
  if (pairs === 0) return;
  out.set(values, 0);
  const re = values[values.length - 2]!;
  const im = values[values.length - 1]!;
  for (let i = pairs; i < n; i++) {
    out[2 * i] = re;
    out[2 * i + 1] = im;
  }
}

/**
 * A TensorProto as a host tensor. With a budget (requests), the shape is checked before anything is
 * allocated: rank, dimensions, overflow, and a broadcast that would blow one value up to gigabytes.
 */
export function tensorFromProto(p: tf.ITensorProto, budget?: TensorBudget): HostTensor {
  const dtype = baseDtype(dtypeName(p.dtype ?? 0));
  const shape = shapeOf(p);
  let n: number;
  try {
    n = checkedElements(shape, 'tensor', budget, dtype);
  } catch (err) {
    if (err instanceof TensorLimitError) throw new TensorProtoError(err.message.replace(/^tensor: /, ''));
    throw err;
  }
  if (dtype === 'DT_STRING') {
    const vals = (p.stringVal ?? []) as Uint8Array[];
    if (vals.length > n) throw new TensorProtoError(`string_val has ${vals.length} values for shape [${shape.join(',')}] (${n} elements)`);
    const data: Uint8Array[] = new Array(n);
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      data[i] = vals[Math.min(i, vals.length - 1)] ?? new Uint8Array(0);
      bytes += data[i]!.length;
    }
    try {
      checkStringBytes(bytes, 'tensor', budget);
    } catch (err) {
      throw new TensorProtoError((err as Error).message.replace(/^tensor: /, ''));
    }
    return { dtype, shape, data };
  }
  const width = dtypeByteSize(dtype);
  if (width === undefined) throw new TensorProtoError(`cannot hold a ${dtype} tensor on the host`);
  const content = p.tensorContent as Uint8Array | undefined | null;
  if (content && content.length > 0) {
    if (content.length !== n * width) throw new TensorProtoError(`tensor_content has ${content.length} bytes; ${dtype}${JSON.stringify(shape)} needs ${n * width}`);
    return { dtype, shape, data: typedArrayFromBytes(dtype, new Uint8Array(content)) };
  }
  const data = allocate(dtype, n);
  switch (dtype) {
    case 'DT_FLOAT':
      fill(data as Float32Array, p.floatVal ?? []);
      break;
    case 'DT_DOUBLE':
      fill(data as Float64Array, p.doubleVal ?? []);
      break;
    case 'DT_INT32':
    case 'DT_INT16':
    case 'DT_INT8':
    case 'DT_UINT8':
    case 'DT_UINT16':
    case 'DT_QINT32':
    case 'DT_QINT8':
    case 'DT_QUINT8':
      fill(data as Int32Array, p.intVal ?? []);
      break;
    case 'DT_HALF':
    case 'DT_BFLOAT16':
      fill(data as Uint16Array, p.halfVal ?? []);
      break;
    case 'DT_BOOL':
      fill(data as Uint8Array, (p.boolVal ?? []).map((b) => (b ? 1 : 0)));
      break;
    case 'DT_INT64':
      fill(data as BigInt64Array, (p.int64Val ?? []).map((v) => BigInt(v as number)));
      break;
    case 'DT_UINT32':
      fill(data as Uint32Array, p.uint32Val ?? []);
      break;
    case 'DT_UINT64':
      fill(data as BigUint64Array, (p.uint64Val ?? []).map((v) => BigInt(v as number)));
      break;
    case 'DT_COMPLEX64':
      fillPairs(data as Float32Array, p.scomplexVal ?? [], 'scomplex_val');
      break;
    case 'DT_COMPLEX128':
      fillPairs(data as Float64Array, p.dcomplexVal ?? [], 'dcomplex_val');
      break;
    default:
      throw new TensorProtoError(`cannot read ${dtype} values from a TensorProto`);
  }
  return { dtype, shape, data };
}

/**
 * Encodes a host tensor as a TensorProto. By default values go into the typed repeated field of their dtype
 * (float_val, int64_val, …), as TensorFlow's Tensor::AsProtoField writes them and TF Serving answers by default;
 * `tensorContent: true` writes raw little-endian bytes instead (AsProtoTensorContent). Strings always use string_val.
 */
export function tensorToProto(t: HostTensor, options: { tensorContent?: boolean } = {}): tf.TensorProto {
  const p = new tf.TensorProto({
    dtype: dtypeValue(t.dtype) as tf.DataType,
    tensorShape: { dim: t.shape.map((size) => ({ size })) },
  });
  if (t.dtype === 'DT_STRING') {
    p.stringVal = (t.data as Uint8Array[]).slice();
    return p;
  }
  const data = t.data as NumericArray;
  // A short or long buffer (half of each complex pair, say) would reach the client as other numbers.
  if (data.length !== numValues(t.dtype, t.shape)) throw new TensorProtoError(`${data.length} values for a ${t.dtype} tensor of shape [${t.shape.join(',')}] (${numValues(t.dtype, t.shape)} expected); this is a bug in mdeploy`);
  if (options.tensorContent) {
    p.tensorContent = bytesOf(data).slice();
    return p;
  }
  switch (t.dtype) {
    case 'DT_FLOAT':
      p.floatVal = Array.from(data as Float32Array);
      break;
    case 'DT_DOUBLE':
      p.doubleVal = Array.from(data as Float64Array);
      break;
    case 'DT_INT32':
    case 'DT_INT16':
    case 'DT_INT8':
    case 'DT_UINT8':
    case 'DT_UINT16':
    case 'DT_QINT32':
    case 'DT_QINT16':
    case 'DT_QUINT16':
    case 'DT_QINT8':
    case 'DT_QUINT8':
      p.intVal = Array.from(data as Int32Array);
      break;
    case 'DT_BOOL':
      p.boolVal = Array.from(data as Uint8Array, (v) => v !== 0);
      break;
    case 'DT_HALF':
    case 'DT_BFLOAT16':
      p.halfVal = Array.from(data as Uint16Array);
      break;
    case 'DT_INT64':
      // Decimal strings: protobufjs writes them as exact 64-bit integers.
      p.int64Val = Array.from(data as BigInt64Array, String) as unknown as number[];
      break;
    case 'DT_UINT32':
      p.uint32Val = Array.from(data as Uint32Array);
      break;
    case 'DT_UINT64':
      p.uint64Val = Array.from(data as BigUint64Array, String) as unknown as number[];
      break;
    case 'DT_COMPLEX64':
      // Interleaved (real, imag), as the host layout already is.
      p.scomplexVal = Array.from(data as Float32Array);
      break;
    case 'DT_COMPLEX128':
      p.dcomplexVal = Array.from(data as Float64Array);
      break;
    default:
      p.tensorContent = bytesOf(data).slice();
  }
  return p;
}
