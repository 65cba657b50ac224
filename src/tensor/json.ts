/**
 * JSON values as tensors: nested lists of numbers, booleans, "NaN"/"Infinity", strings or {"b64": ...}.
 * One reader for the serving APIs (TF Serving REST, KServe V2), convert's --inputs and bench's --input; each
 * caller turns a JsonTensorError into its own kind of error (HTTP 400, E_USAGE).
 *
 * Requests are hostile until proven otherwise: nesting is bounded by TensorFlow's maximum rank before any
 * recursion, the element count is checked against a budget before anything is allocated, and messages
 * describe values by kind ("a string") rather than echoing request data.
 */
import { allocate } from '../graph/eval/tensor-math.js';
import { floatToHalf } from '../graph/eval/tensor-math.js';
import type { DTypeName } from './dtypes.js';
import type { HostTensor } from './host.js';
import { checkedElements, checkStringBytes, MAX_RANK, TensorLimitError, type TensorBudget } from './limits.js';

type Json = unknown;

export class JsonTensorError extends RangeError {}

export function isB64(v: Json): v is { b64: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { b64?: unknown }).b64 === 'string' && Object.keys(v).length === 1;
}

/** What a JSON value is, for messages that must not repeat request data. */
export function jsonKind(x: Json): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (isB64(x)) return 'a {"b64": …} value';
  switch (typeof x) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(x) ? 'an integer' : 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof x;
  }
}

/** The shape of a (possibly nested) JSON array, following first elements; depth is bounded by MAX_RANK. */
function shapeOf(v: Json, where: string): number[] {
  const shape: number[] = [];
  let cur = v;
  while (Array.isArray(cur)) {
    if (shape.length === MAX_RANK) throw new JsonTensorError(`${where}: lists nested more than ${MAX_RANK} levels deep (TensorFlow's maximum rank)`);
    shape.push(cur.length);
    cur = cur[0];
  }
  return shape;
}

/**
 * Visits the leaves of a nested list that must have exactly `shape` (ragged input is a client error).
 * Recursion depth is the rank, which shapeOf bounded.
 */
function forEachLeaf(v: Json, shape: readonly number[], where: string, visit: (x: Json, i: number) => void): void {
  let i = 0;
  const walk = (x: Json, depth: number): void => {
    if (depth === shape.length) {
      if (Array.isArray(x)) throw new JsonTensorError(`${where}: ragged nested list (expected ${shape.length} levels, found more)`);
      visit(x, i++);
      return;
    }
    if (!Array.isArray(x) || x.length !== shape[depth]) throw new JsonTensorError(`${where}: ragged nested list (all elements must have the same shape)`);
    for (const e of x) walk(e, depth + 1);
  };
  walk(v, 0);
}

function scalarNumber(x: Json, dtype: DTypeName, where: string, i: number): number | bigint {
  // NaN and ±Infinity arrive as numbers from TF Serving's tokens (json-parse.ts), or as strings.
  if (typeof x === 'number') return x;
  // Integers past 2^53, exact.
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean' && dtype === 'DT_BOOL') return x ? 1 : 0;
  if (x === 'NaN') return NaN;
  if (x === 'Infinity' || x === 'inf') return Infinity;
  if (x === '-Infinity' || x === '-inf') return -Infinity;
  throw new JsonTensorError(`${where}: element ${i} is ${jsonKind(x)}, not a ${dtype === 'DT_BOOL' ? 'boolean' : 'number'} (the signature says ${dtype})`);
}

/** [lowest, one past the highest] per integer dtype. */
const INT_RANGE: Partial<Record<DTypeName, [number, number]>> = {
  DT_INT8: [-(2 ** 7), 2 ** 7],
  DT_UINT8: [0, 2 ** 8],
  DT_INT16: [-(2 ** 15), 2 ** 15],
  DT_UINT16: [0, 2 ** 16],
  DT_INT32: [-(2 ** 31), 2 ** 31],
  DT_UINT32: [0, 2 ** 32],
  DT_INT64: [-(2 ** 63), 2 ** 63],
  DT_UINT64: [0, 2 ** 64],
};

/** Writes the leaves of `v` (shape already checked) into a typed array of `dtype`. */
function numericTensor(v: Json, shape: number[], n: number, dtype: DTypeName, where: string, flat: boolean): HostTensor {
  const data = allocate(dtype, n);
  const range = INT_RANGE[dtype];
  const wide = dtype === 'DT_INT64' || dtype === 'DT_UINT64';
  const put = (x: Json, i: number): void => {
    const parsed = scalarNumber(x, dtype, where, i);
    if (typeof parsed === 'bigint') {
      if (!wide) {
        if (range) throw new JsonTensorError(`${where}: element ${i} is out of range for ${dtype}`);
        (data as Float32Array)[i] = Number(parsed);
        return;
      }
      if (parsed < BigInt(range![0]) || parsed >= BigInt(range![1])) throw new JsonTensorError(`${where}: element ${i} is out of range for ${dtype}`);
      (data as BigInt64Array)[i] = parsed;
      return;
    }
    const num = parsed;
    if (range) {
      if (!Number.isInteger(num)) throw new JsonTensorError(`${where}: element ${i} is not an integer (the signature says ${dtype})`);
      if (num < range[0] || num >= range[1]) throw new JsonTensorError(`${where}: element ${i} is out of range for ${dtype}`);
      if (wide) (data as BigInt64Array)[i] = BigInt(num);
      else (data as Int32Array)[i] = num;
    } else if (dtype === 'DT_BOOL') (data as Uint8Array)[i] = num ? 1 : 0;
    else if (dtype === 'DT_HALF') (data as Uint16Array)[i] = floatToHalf(num);
    else (data as Float32Array)[i] = num;
  };
  if (flat) (v as Json[]).forEach(put);
  else forEachLeaf(v, shape, where, put);
  return { dtype, shape, data };
}

function stringTensor(v: Json, shape: number[], n: number, where: string, flat: boolean, budget?: TensorBudget): HostTensor {
  const enc = new TextEncoder();
  const data: Uint8Array[] = new Array(n);
  let bytes = 0;
  const put = (x: Json, i: number): void => {
    let b: Uint8Array;
    if (typeof x === 'string') b = enc.encode(x);
    else if (isB64(x)) b = new Uint8Array(Buffer.from(x.b64, 'base64'));
    else throw new JsonTensorError(`${where}: element ${i} is ${jsonKind(x)}, not a string or {"b64": ...} (the signature says DT_STRING)`);
    bytes += b.length;
    data[i] = b;
  };
  if (flat) (v as Json[]).forEach(put);
  else forEachLeaf(v, shape, where, put);
  checkStringBytes(bytes, where, budget);
  return { dtype: 'DT_STRING', shape, data };
}

function limited<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof TensorLimitError) throw new JsonTensorError(err.message);
    throw err;
  }
}

/** A JSON value (nested list of scalars, strings or {"b64": ...}) as a tensor of `dtype`. */
export function tensorFromJson(v: Json, dtype: DTypeName, where: string, budget?: TensorBudget): HostTensor {
  const shape = shapeOf(v, where);
  const n = limited(() => checkedElements(shape, where, budget, dtype));
  return dtype === 'DT_STRING' ? stringTensor(v, shape, n, where, false, budget) : numericTensor(v, shape, n, dtype, where, false);
}

/**
 * KServe V2's JSON data: the values in row-major order, flat or nested (nesting is only grouping), for an
 * explicit shape.
 */
export function tensorFromJsonData(data: Json, shape: readonly unknown[], dtype: DTypeName, where: string, budget?: TensorBudget): HostTensor {
  const n = limited(() => checkedElements(shape, where, budget, dtype));
  const flat: Json[] = [];
  const walk = (x: Json, depth: number): void => {
    if (!Array.isArray(x)) {
      if (flat.length >= n) throw new JsonTensorError(`${where}: more values than shape [${shape.join(',')}] holds (${n})`);
      flat.push(x);
      return;
    }
    if (depth >= MAX_RANK) throw new JsonTensorError(`${where}: data nested more than ${MAX_RANK} levels deep`);
    for (const e of x) walk(e, depth + 1);
  };
  walk(data, 0);
  if (flat.length !== n) throw new JsonTensorError(`${where}: ${flat.length} values for shape [${shape.join(',')}] (${n} expected)`);
  return dtype === 'DT_STRING' ? stringTensor(flat, shape as number[], n, where, true, budget) : numericTensor(flat, shape as number[], n, dtype, where, true);
}
