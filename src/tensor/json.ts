/**
 * JSON values as tensors: nested lists of numbers, booleans, "NaN"/"Infinity", strings or {"b64": ...}.
 * One reader for the serving APIs (TF Serving REST, KServe V2), convert's --inputs and bench's --input; each
 * caller turns a JsonTensorError into its own kind of error (HTTP 400, E_USAGE).
 *
 * Requests are hostile until proven otherwise: nesting is bounded by TensorFlow's maximum rank before any
 * recursion, the element count is checked against a budget before anything is allocated, and messages
 * describe values by kind ("a string") rather than echoing request data.
 */
import { allocate, floatToHalf } from './math.js';
import { isComplexDtype, tfDtypeString, type DTypeName } from './dtypes.js';
import type { HostTensor } from './host.js';
import { isPacked, type PackedNumbers } from './json-scan.js';
import { checkedElements, checkStringBytes, MAX_RANK, TensorLimitError, type TensorBudget } from './limits.js';

type Json = unknown;

export class JsonTensorError extends RangeError {}

/**
 * A value JSON cannot express for this dtype, as opposed to a malformed one: complex numbers, which TF Serving's
 * JSON has no form for (json_tensor.cc answers UNIMPLEMENTED "Conversion of JSON Value: … to type: complex64").
 */
export class JsonTensorUnimplemented extends JsonTensorError {
  constructor(
    message: string,
    readonly dtype: DTypeName,
  ) {
    super(message);
  }
}

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

/** The shape a JSON value has by its first elements (TF Serving's GetDenseTensorShape), depth bounded. */
export function jsonShape(v: Json, where: string): number[] {
  return shapeOf(v, where);
}

/**
 * Visits the leaves of a nested list that must have exactly `shape` (ragged input is a client error). The
 * messages carry TF Serving's wording (json_tensor.cc's FillTensorProto) so clients matching on it still match.
 * Recursion depth is the rank, which shapeOf bounded.
 */
function forEachLeaf(v: Json, shape: readonly number[], where: string, visit: (x: Json, i: number) => void): void {
  let i = 0;
  const walk = (x: Json, depth: number): void => {
    if (!Array.isArray(x)) {
      if (depth !== shape.length) throw new JsonTensorError(`${where}: JSON Value (${jsonKind(x)}) found at incorrect level: ${depth + 1} in the JSON DOM. Expected at level: ${shape.length} (ragged nested list)`);
      visit(x, i++);
      return;
    }
    if (depth >= shape.length) throw new JsonTensorError(`${where}: Encountered list at unexpected level: ${depth} expected < ${shape.length} (ragged nested list)`);
    if (x.length !== shape[depth]) throw new JsonTensorError(`${where}: Encountered list at unexpected size: ${x.length} at level: ${depth} expected size: ${shape[depth]} (ragged nested list)`);
    for (const e of x) walk(e, depth + 1);
  };
  walk(v, 0);
}

/** TensorFlow's own short name of a dtype (DataTypeString): "float", "int64", "bfloat16". */
export function tfTypeName(dtype: DTypeName): string {
  return dtype.replace(/^DT_/, '').toLowerCase();
}

/** RapidJSON's name for a JSON value's type, as TF Serving's messages print it. */
export function jsonTypeString(x: Json): string {
  if (x === null || x === undefined) return 'Null';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (Array.isArray(x)) return 'Array';
  if (typeof x === 'string') return 'String';
  if (typeof x === 'number' || typeof x === 'bigint' || (typeof x === 'object' && 'value' in x && 'text' in x)) return 'Number';
  return 'Object';
}

/** TF Serving's type error (TypeError in json_tensor.cc), describing the value by kind instead of echoing it. */
function typeError(x: Json, dtype: DTypeName, where: string, i: number, expected: string): JsonTensorError {
  return new JsonTensorError(`${where}: element ${i} is ${jsonKind(x)}, not ${expected} (JSON Value Type: ${jsonTypeString(x)} is not of expected type: ${tfTypeName(dtype)})`);
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
  throw typeError(x, dtype, where, i, dtype === 'DT_BOOL' ? 'a boolean' : 'a number');
}

/** float32 → bfloat16 bits (as TensorFlow rounds: to nearest even; a NaN stays a quiet NaN with its sign). */
export function floatToBfloat16(v: number): number {
  const u = new Uint32Array(new Float32Array([v]).buffer)[0]!;
  if (Number.isNaN(v)) return (u >>> 16) | 0x40;
  return ((u + 0x7fff + ((u >>> 16) & 1)) >>> 16) & 0xffff;
}

/** bfloat16 bits → the number they hold. */
export function bfloat16ToFloat(bits: number): number {
  return new Float32Array(new Uint32Array([bits << 16]).buffer)[0]!;
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
  const tfSays = `(JSON Value Type: Number is not of expected type: ${tfTypeName(dtype)})`;
  if (flat && v instanceof Float64Array && dtype === 'DT_DOUBLE') {
    // Scanned numbers (json-scan.ts): the same conversion as element by element below, in one call.
    (data as Float64Array).set(v);
    return { dtype, shape, data };
  }
  const put = (x: Json, i: number): void => {
    const parsed = scalarNumber(x, dtype, where, i);
    if (typeof parsed === 'bigint' && (wide || range)) {
      if (!wide || parsed < BigInt(range![0]) || parsed >= BigInt(range![1])) throw new JsonTensorError(`${where}: element ${i} is out of range for ${dtype} ${tfSays}`);
      (data as BigInt64Array)[i] = parsed;
      return;
    }
    const num = Number(parsed);
    if (range) {
      if (!Number.isInteger(num)) throw new JsonTensorError(`${where}: element ${i} is not an integer (the signature says ${dtype}) ${tfSays}`);
      if (num < range[0] || num >= range[1]) throw new JsonTensorError(`${where}: element ${i} is out of range for ${dtype} ${tfSays}`);
      if (wide) (data as BigInt64Array)[i] = BigInt(num);
      else (data as Int32Array)[i] = num;
    } else if (dtype === 'DT_BOOL') (data as Uint8Array)[i] = num ? 1 : 0;
    else if (dtype === 'DT_HALF') (data as Uint16Array)[i] = floatToHalf(num);
    else if (dtype === 'DT_BFLOAT16') (data as Uint16Array)[i] = floatToBfloat16(num);
    else (data as Float32Array)[i] = num;
  };
  if (flat) (v as Json[]).forEach(put);
  else forEachLeaf(v, shape, where, put);
  return { dtype, shape, data };
}

/**
 * complex64/complex128: TF Serving refuses the first value it meets (an empty list has none, and is an empty
 * tensor), after the same ragged-list checks as any other dtype.
 */
function complexTensor(v: Json, shape: number[], dtype: DTypeName, where: string, flat: boolean): HostTensor {
  const refuse = (x: Json): never => {
    throw new JsonTensorUnimplemented(`${where}: Conversion of JSON Value (${jsonKind(x)}) to type: ${tfDtypeString(dtype)} is not implemented: JSON has no complex numbers`, dtype);
  };
  if (flat) (v as Json[]).forEach(refuse);
  else forEachLeaf(v, shape, where, refuse);
  return { dtype, shape, data: allocate(dtype, 0) };
}

function stringTensor(v: Json, shape: number[], n: number, where: string, flat: boolean, budget?: TensorBudget): HostTensor {
  const enc = new TextEncoder();
  const data: Uint8Array[] = new Array(n);
  let bytes = 0;
  const put = (x: Json, i: number): void => {
    let b: Uint8Array;
    if (typeof x === 'string') b = enc.encode(x);
    else if (isB64(x)) b = new Uint8Array(Buffer.from(x.b64, 'base64'));
    else if (typeof x === 'object' && x !== null && !Array.isArray(x) && Object.prototype.hasOwnProperty.call(x, 'b64')) throw new JsonTensorError(`${where}: element ${i}: JSON Value not formatted correctly for base64 data (it must be {"b64": "<base64 text>"} and nothing else)`);
    else throw typeError(x, 'DT_STRING', where, i, 'a string or {"b64": ...}');
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

/** Scanned numbers as a numeric tensor: float32 straight from the scan, other dtypes through the usual checks. */
function packedTensor(p: PackedNumbers, shape: number[], n: number, dtype: DTypeName, where: string): HostTensor {
  if (dtype === 'DT_FLOAT') return { dtype, shape, data: p.float32() };
  return numericTensor(p.exact(), shape, n, dtype, where, true);
}

/** Scanned numbers as the nested lists the ordinary parser would have given (for the dtypes that read those). */
function unpack(p: PackedNumbers): Json {
  let k = 0;
  const values = p.exact();
  const build = (d: number): Json => (d === p.shape.length ? values[k++] : Array.from({ length: p.shape[d]! }, () => build(d + 1)));
  return build(0);
}

/** A JSON value (nested list of scalars, strings or {"b64": ...}, or scanned numbers) as a tensor of `dtype`. */
export function tensorFromJson(v: Json, dtype: DTypeName, where: string, budget?: TensorBudget): HostTensor {
  if (isPacked(v)) {
    if (isComplexDtype(dtype) || dtype === 'DT_STRING') return tensorFromJson(unpack(v), dtype, where, budget);
    const n = limited(() => checkedElements(v.shape, where, budget, dtype));
    return packedTensor(v, v.shape, n, dtype, where);
  }
  const shape = shapeOf(v, where);
  const n = limited(() => checkedElements(shape, where, budget, dtype));
  if (isComplexDtype(dtype)) return complexTensor(v, shape, dtype, where, false);
  return dtype === 'DT_STRING' ? stringTensor(v, shape, n, where, false, budget) : numericTensor(v, shape, n, dtype, where, false);
}

/**
 * KServe V2's JSON data: the values in row-major order, flat or nested (nesting is only grouping), for an
 * explicit shape.
 */
export function tensorFromJsonData(data: Json, shape: readonly unknown[], dtype: DTypeName, where: string, budget?: TensorBudget): HostTensor {
  const n = limited(() => checkedElements(shape, where, budget, dtype));
  if (isPacked(data)) {
    if (isComplexDtype(dtype) || dtype === 'DT_STRING') return tensorFromJsonData(unpack(data), shape, dtype, where, budget);
    const len = data.length;
    if (len > n) throw new JsonTensorError(`${where}: more values than shape [${shape.join(',')}] holds (${n})`);
    if (len !== n) throw new JsonTensorError(`${where}: ${len} values for shape [${shape.join(',')}] (${n} expected)`);
    return packedTensor(data, shape as number[], n, dtype, where);
  }
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
  if (isComplexDtype(dtype)) return complexTensor(flat, shape as number[], dtype, where, true);
  return dtype === 'DT_STRING' ? stringTensor(flat, shape as number[], n, where, true, budget) : numericTensor(flat, shape as number[], n, dtype, where, true);
}
