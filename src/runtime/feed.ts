/**
 * What every backend does with a feed before its runtime sees it, and how it refuses one: errors carry the
 * TensorFlow status code the worker protocol and the server pass on (src/server maps INVALID_ARGUMENT to
 * HTTP 400).
 */
import { typedArrayFromBytes, type HostTensor, type NumericArray } from '../tensor/host.js';

/**
 * A request this backend cannot run: a dtype it cannot take or give back, a value that does not fit, a missing
 * input. Outputs are refused with this code too, not UNIMPLEMENTED: serve's synthetic warm-up takes
 * INVALID_ARGUMENT as "it ran" (src/server/warmup.ts), so one signature with an output a backend cannot
 * return (a DT_VARIANT on the tf backend, say) does not keep the model's other signatures from loading.
 */
export function invalidArgument(message: string): Error {
  return Object.assign(new Error(message), { code: 'INVALID_ARGUMENT' as const });
}

/**
 * The tensor's values in the typed array class its dtype uses (typedArrayFromBytes). Feeds built by mdeploy
 * already are; anything else (numbers in an Int32Array for DT_INT8, say) is converted value by value.
 */
export function canonicalData(t: HostTensor): NumericArray {
  const data = t.data as NumericArray;
  const want = typedArrayFromBytes(t.dtype, new Uint8Array(0)).constructor as { new (n: number): NumericArray; from(a: ArrayLike<unknown>, f?: (v: unknown) => unknown): NumericArray };
  if (data instanceof want) return data;
  if (want === BigInt64Array || want === BigUint64Array) return want.from(data as ArrayLike<unknown>, (v) => (typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)))));
  return want.from(data as ArrayLike<unknown>, Number);
}

