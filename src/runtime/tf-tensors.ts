/**
 * Host tensors in and out of libtensorflow through tfjs-node's native binding, for every dtype TF Serving
 * carries, bit for bit.
 *
 * The binding only builds tensors from Float32Array, Int32Array (int32, and int64 as pairs of words) and
 * Uint8Array (uint8, bool), plus strings; it only reads back float, int32, int64, bool and string (a uint8 or
 * double output throws "Unhandled TF_DataType"). Every other dtype goes through a dtype it has, with TensorFlow's
 * own eager ops on the bytes: Bitcast between types of one width (double ⇄ int64, uint32 ⇄ int32, int8 ⇄ uint8,
 * half ⇄ uint16) reinterprets without touching a bit, and Cast between uint16/uint8 and int32 widens or narrows
 * values that always fit. That works on any tfjs-node binding (a prebuilt one as well as the one
 * `mdeploy doctor --fix-tfjs-node` compiles), and the ops are a copy at most.
 *
 * complex64 and complex128 are Bitcast too, from and to a carrier one complex part wide with a trailing
 * dimension of 2 (float [..., 2] ⇄ complex64, int64 [..., 2] ⇄ complex128): TensorFlow's complex layout is the
 * host's, (real, imag) interleaved, so no bit changes. DT_RESOURCE and DT_VARIANT never leave a SavedModel's
 * signature as data.
 */
import { baseDtype, dtypeByteSize, dtypeName, DT, isComplexDtype, type DTypeName } from '../tensor/dtypes.js';
import { numElements, numValues, typedArrayFromBytes, type HostTensor, type NumericArray } from '../tensor/host.js';
import { canonicalData, invalidArgument } from './feed.js';

/** What is used of tfjs-node's binding (tfjs_binding.node). Handles are ids in the binding's own table. */
export interface TfBinding {
  TF_ATTR_TYPE: number;
  createTensor(shape: number[], dtype: number, data: Int32Array | Uint8Array | Float32Array | Uint8Array[]): number;
  deleteTensor(id: number): void;
  tensorDataSync(id: number): Float32Array | Int32Array | BigInt64Array | Uint8Array | Uint8Array[];
  executeOp(name: string, attrs: Array<{ name: string; type: number; value: unknown }>, inputs: number[], outputs: number): Array<{ id: number; shape: number[]; dtype: number }>;
}

const NO_HOST_LAYOUT = 'resource and variant tensors have no host layout (they are handles, not data)';

/** The dtypes that cross the binding, and how: `width` selects the carrier (see the module comment). */
export function hostCarries(dtype: string): boolean {
  const dt = baseDtype(dtype);
  return dt === 'DT_STRING' || dtypeByteSize(dt) !== undefined;
}

function viewAs<T extends Int32Array | Uint8Array>(ctor: { new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number }, data: NumericArray): T {
  return new ctor(data.buffer, data.byteOffset, data.byteLength / ctor.BYTES_PER_ELEMENT);
}

/** Runs one single-output eager op; the result handle is added to `owned` (its caller deletes them all). */
function unary(b: TfBinding, owned: number[], name: 'Bitcast' | 'Cast', input: number, from: DTypeName, to: DTypeName): number {
  const attrs = name === 'Bitcast' ? [{ name: 'T', type: b.TF_ATTR_TYPE, value: DT[from] }, { name: 'type', type: b.TF_ATTR_TYPE, value: DT[to] }] : [{ name: 'SrcT', type: b.TF_ATTR_TYPE, value: DT[from] }, { name: 'DstT', type: b.TF_ATTR_TYPE, value: DT[to] }];
  const id = b.executeOp(name, attrs, [input], 1)[0]!.id;
  owned.push(id);
  return id;
}

/**
 * Builds the TensorFlow tensor for feed `key`. Every handle made on the way is pushed to `owned`, for the caller
 * to delete once the run is over (also when this throws); the last one is the feed.
 */
export function inputTensor(b: TfBinding, key: string, t: HostTensor, owned: number[]): number {
  const dt = baseDtype(t.dtype);
  const shape = [...t.shape];
  const n = numElements(shape);
  const createAs = (dims: number[], dtype: DTypeName, data: Int32Array | Uint8Array | Float32Array | Uint8Array[]): number => {
    const id = b.createTensor(dims, DT[dtype], data);
    owned.push(id);
    return id;
  };
  const create = (dtype: DTypeName, data: Int32Array | Uint8Array | Float32Array | Uint8Array[]): number => createAs(shape, dtype, data);
  if (dt === 'DT_STRING') {
    const items = t.data as Uint8Array[];
    if (!Array.isArray(items) || items.length !== n) throw invalidArgument(`input "${key}": ${Array.isArray(items) ? items.length : 'no'} strings for shape [${shape.join(',')}]`);
    return create('DT_STRING', items);
  }
  const width = hostCarries(dt) ? dtypeByteSize(dt)! : undefined;
  if (width === undefined) throw invalidArgument(`input "${key}" is ${dt}, which the tf backend cannot take: ${NO_HOST_LAYOUT}`);
  const data = canonicalData({ ...t, dtype: dt });
  // A complex element is two values (real, imag); TensorFlow would read past the end of a short buffer.
  if (data.length !== numValues(dt, shape)) throw invalidArgument(`input "${key}": ${data.length} ${dt} values for shape [${shape.join(',')}] (${n} elements${isComplexDtype(dt) ? ', each a (real, imaginary) pair' : ''})`);
  switch (dt) {
    case 'DT_FLOAT':
      return create(dt, data as Float32Array);
    case 'DT_INT32':
      return create(dt, data as Int32Array);
    case 'DT_UINT8':
      return create(dt, data as Uint8Array);
    case 'DT_BOOL': {
      // TensorFlow's bool is one byte that must be 0 or 1.
      const u8 = data as Uint8Array;
      let clean = true;
      for (let i = 0; i < u8.length && clean; i++) clean = u8[i]! <= 1;
      return create(dt, clean ? u8 : u8.map((v) => (v ? 1 : 0)));
    }
    case 'DT_INT64':
      return create(dt, viewAs(Int32Array, data));
    case 'DT_COMPLEX64':
      // float [..., 2] → complex64 [...]: Bitcast to a wider type drops the trailing dimension.
      return unary(b, owned, 'Bitcast', createAs([...shape, 2], 'DT_FLOAT', data as Float32Array), 'DT_FLOAT', dt);
    case 'DT_COMPLEX128':
      // Each float64 part as its int64 word (the binding has no double carrier), as for DT_DOUBLE.
      return unary(b, owned, 'Bitcast', createAs([...shape, 2], 'DT_INT64', viewAs(Int32Array, data)), 'DT_INT64', dt);
    default:
      break;
  }
  switch (width) {
    case 8:
      // double, uint64: the int64 words, reinterpreted.
      return unary(b, owned, 'Bitcast', create('DT_INT64', viewAs(Int32Array, data)), 'DT_INT64', dt);
    case 4:
      // uint32, qint32
      return unary(b, owned, 'Bitcast', create('DT_INT32', viewAs(Int32Array, data)), 'DT_INT32', dt);
    case 2: {
      // Each 16-bit pattern as an int32 in 0..65535, cast to uint16 (exact), reinterpreted as the dtype.
      const u16 = unary(b, owned, 'Cast', create('DT_INT32', Int32Array.from(new Uint16Array(data.buffer, data.byteOffset, n))), 'DT_INT32', 'DT_UINT16');
      return dt === 'DT_UINT16' ? u16 : unary(b, owned, 'Bitcast', u16, 'DT_UINT16', dt);
    }
    default:
      // int8, qint8, quint8
      return unary(b, owned, 'Bitcast', create('DT_UINT8', viewAs(Uint8Array, data)), 'DT_UINT8', dt);
  }
}

/** Reads output `key` (a handle from a run) as a host tensor. Handles made on the way are pushed to `owned`. */
export function outputTensor(b: TfBinding, key: string, out: { id: number; shape: number[]; dtype: number }, owned: number[]): HostTensor {
  const dt = baseDtype(dtypeName(out.dtype));
  const shape = out.shape.map(Number);
  switch (dt) {
    case 'DT_STRING':
      return { dtype: dt, shape, data: b.tensorDataSync(out.id) as Uint8Array[] };
    case 'DT_FLOAT':
    case 'DT_INT32':
    case 'DT_INT64':
    case 'DT_BOOL':
      return { dtype: dt, shape, data: b.tensorDataSync(out.id) as NumericArray };
    default:
      break;
  }
  const width = hostCarries(dt) ? dtypeByteSize(dt)! : undefined;
  if (width === undefined) throw invalidArgument(`output "${key}" is ${dt}, which mdeploy cannot return: ${NO_HOST_LAYOUT}`);
  const bytes = (data: NumericArray): HostTensor => ({ dtype: dt, shape, data: typedArrayFromBytes(dt, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) });
  // complex → [..., 2] of one part's width (Bitcast to a narrower type adds the trailing dimension).
  if (dt === 'DT_COMPLEX64') return bytes(b.tensorDataSync(unary(b, owned, 'Bitcast', out.id, dt, 'DT_FLOAT')) as Float32Array);
  if (dt === 'DT_COMPLEX128') return bytes(b.tensorDataSync(unary(b, owned, 'Bitcast', out.id, dt, 'DT_INT64')) as BigInt64Array);
  switch (width) {
    case 8:
      return bytes(b.tensorDataSync(unary(b, owned, 'Bitcast', out.id, dt, 'DT_INT64')) as BigInt64Array);
    case 4:
      return bytes(b.tensorDataSync(unary(b, owned, 'Bitcast', out.id, dt, 'DT_INT32')) as Int32Array);
    case 2: {
      const u16 = dt === 'DT_UINT16' ? out.id : unary(b, owned, 'Bitcast', out.id, dt, 'DT_UINT16');
      return bytes(Uint16Array.from(b.tensorDataSync(unary(b, owned, 'Cast', u16, 'DT_UINT16', 'DT_INT32')) as Int32Array));
    }
    default: {
      const u8 = dt === 'DT_UINT8' ? out.id : unary(b, owned, 'Bitcast', out.id, dt, 'DT_UINT8');
      return bytes(Uint8Array.from(b.tensorDataSync(unary(b, owned, 'Cast', u8, 'DT_UINT8', 'DT_INT32')) as Int32Array));
    }
  }
}
