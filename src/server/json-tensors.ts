/**
 * TF Serving's JSON tensor encoding (tensorflow_serving/g3doc/api_rest.md): row ("instances") and columnar
 * ("inputs") requests, "predictions" / "outputs" responses, {"b64": ...} for binary strings. Inputs are
 * checked against the SignatureDef (names, dtypes, ranks, fixed dims) before they reach the model.
 */
import type { SignatureInfo, TensorSpec } from '../savedmodel/signature.js';
import { baseDtype, isComplexDtype, tfDtypeString, type DTypeName } from '../tensor/dtypes.js';
import { numElements, type HostTensor, type NumericArray } from '../tensor/host.js';
import { halfToFloat } from '../tensor/math.js';
import { bfloat16ToFloat, isB64, jsonKind, jsonShape, JsonTensorError, JsonTensorUnimplemented, tensorFromJson } from '../tensor/json.js';
import type { TensorBudget } from '../tensor/limits.js';
import { JsonSyntaxError, parseJson, parseJsonFast, type JsonParseOptions } from '../tensor/json-parse.js';
import { isPacked } from '../tensor/json-scan.js';
import { invalid, ServingError } from './errors.js';

type Json = unknown;

/** Where a complex tensor can go instead: TF Serving's JSON has no complex numbers, its gRPC API does. */
const COMPLEX_OVER_GRPC = "send it over TF Serving's gRPC API instead (PredictionService/Predict, values in scomplex_val/dcomplex_val or tensor_content)";

/**
 * A JSON value as a tensor of `dtype`; malformed values are the client's fault (400). A complex input is
 * UNIMPLEMENTED (501), as TF Serving answers it.
 */
export function jsonToTensor(v: Json, dtype: DTypeName, where: string, budget?: TensorBudget): HostTensor {
  try {
    return tensorFromJson(v, dtype, where, budget);
  } catch (err) {
    if (err instanceof JsonTensorUnimplemented) throw new ServingError('UNIMPLEMENTED', `${err.message}; ${COMPLEX_OVER_GRPC}`);
    if (err instanceof JsonTensorError) throw invalid(err.message);
    throw err;
  }
}

/** RapidJSON's words for each way JSON text can be broken (what TF Serving's "JSON Parse error: ..." says). */
function rapidJsonError(ours: string): string {
  if (/^expected "," or "\]"/.test(ours)) return "Missing a comma or ']' after an array element.";
  if (/^expected "," or "\}"/.test(ours)) return "Missing a comma or '}' after an object member.";
  if (ours.startsWith('expected a string key')) return 'Missing a name for object member.';
  if (ours.startsWith('expected ":"')) return 'Missing a colon after a name of object member.';
  if (ours.startsWith('unterminated string')) return 'Missing a closing quotation mark in string.';
  if (ours.startsWith('bad') || ours.startsWith('control character')) return 'Invalid escape character in string.';
  if (ours.startsWith('number too big')) return 'Number too big to be stored in double.';
  if (ours.includes('decimal point')) return 'Miss fraction part in number.';
  if (ours.includes('exponent')) return 'Miss exponent in number.';
  if (ours.startsWith('unexpected data after')) return 'The document root must not be followed by other values.';
  return 'Invalid value.';
}

/**
 * A request body as JSON; a malformed one is the client's mistake (400), in TF Serving's words ("JSON Parse
 * error: Invalid value.") with ours and the offset, never what the body said.
 */
export function parseJsonBody(raw: Uint8Array, options?: JsonParseOptions): unknown {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  if (text.trim() === '') throw invalid('JSON Parse error: The document is empty');
  try {
    return options ? parseJson(text, options) : parseJsonFast(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const ours = err.message.replace(/ at position \d+$/, '');
    throw invalid(`JSON Parse error: ${rapidJsonError(ours)} (${ours}) at offset: ${err.position}`);
  }
}

/** TF Serving's choice of signature: the one named, else serving_default, else the only one. */
export function pickSignature(signatures: ReadonlyMap<string, SignatureInfo>, key?: string): SignatureInfo | undefined {
  const sig = signatures.get(key || 'serving_default');
  if (sig || key) return sig;
  return signatures.size === 1 ? [...signatures.values()][0] : undefined;
}

/** A map for keys that come from requests or models: no prototype, so "constructor" is just a key. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Checks a tensor against the shape a signature input must have: its rank and fixed dimensions. `expected`
 * null means "any shape" (see input-checks.ts for when the server deliberately leaves shapes alone).
 */
export function checkShape(t: HostTensor, expected: readonly number[] | null, key: string): void {
  if (!expected) return;
  if (t.shape.length !== expected.length) {
    throw invalid(`input "${key}" has rank ${t.shape.length} (shape [${t.shape.join(',')}]) but the signature expects rank ${expected.length} ([${expected.join(',')}])`);
  }
  expected.forEach((d, i) => {
    if (d >= 0 && t.shape[i] !== d) throw invalid(`input "${key}" has shape [${t.shape.join(',')}] but the signature expects [${expected.join(',')}] (-1 = any)`);
  });
}

/** The shape a TensorSpec promises, or null when it promises nothing checkable. */
export function declaredShape(spec: TensorSpec): number[] | null {
  return spec.shape && spec.shapeDeclared !== false ? spec.shape : null;
}

export interface ParsedPredict {
  signatureName?: string;
  format: 'row' | 'columnar';
  feeds: Record<string, HostTensor>;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** A key from a request, quoted and cut short for a message. */
export const quoteKey = (k: string): string => JSON.stringify(k.length > 64 ? `${k.slice(0, 64)}…` : k);

/** A tensor's shape as TF Serving prints it: [3,2]. */
const shapeText = (shape: readonly number[]): string => `[${shape.join(',')}]`;

/**
 * The checks TF Serving makes before it looks at the signature (json_tensor.cc: ParseJson, FillSignature):
 * the body is an object, and "signature_name", when present, is a string. Returns the signature name.
 */
export function predictSignatureName(body: Json): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid(`the request body is not an object (JSON Value: ${jsonKind(body)} Is not object); send {"instances": [...]} or {"inputs": ...}`);
  }
  const name = (body as Record<string, Json>)['signature_name'];
  if (name !== undefined && typeof name !== 'string') throw invalid(`JSON Value not formatted correctly. 'signature_name' key must be a string value. It is ${jsonKind(name)}.`);
  return name;
}

/**
 * TF Serving's row-format rule (AddInstanceItem): every instance of an input has the shape of the first one;
 * a different element count, or the same count in another shape, is refused naming the instance.
 */
function checkInstances(rows: Json[], where: (i: number) => string): void {
  try {
    sameShapes(rows, where);
  } catch (err) {
    if (err instanceof JsonTensorError) throw invalid(err.message);
    throw err;
  }
}

function sameShapes(rows: Json[], where: (i: number) => string): void {
  const first = jsonShape(rows[0], where(0));
  const size = numElements(first);
  for (let i = 1; i < rows.length; i++) {
    const shape = jsonShape(rows[i], where(i));
    const n = numElements(shape);
    if (n !== size) throw invalid(`${where(i)}. Error: Expecting tensor size: ${size} but got: ${n} (ragged: every instance must have the same shape)`);
    if (shape.length !== first.length || shape.some((d, j) => d !== first[j])) throw invalid(`${where(i)}. Error: Expecting shape ${shapeText(first)} but got: ${shapeText(shape)} (ragged: every instance must have the same shape)`);
  }
}

/**
 * Parses a :predict body against a signature, with TF Serving's rules and, where its tests check them, its
 * words (json_tensor.cc); mdeploy's own explanation follows where it says more.
 */
export function parsePredictRequest(body: Json, sig: SignatureInfo, budget?: TensorBudget): ParsedPredict {
  const signatureName = predictSignatureName(body);
  const b = body as Record<string, Json>;
  const hasInstances = has(b, 'instances');
  const hasInputs = has(b, 'inputs');
  if (hasInstances && hasInputs) throw invalid("JSON Value not formatted correctly: expecting only one of 'inputs' or 'instances' keys to exist (Not formatted correctly)");
  if (!hasInstances && !hasInputs) throw invalid("Missing 'inputs' or 'instances' key (exactly one of the two is required)");
  const keys = Object.keys(sig.inputs);
  const feeds = record<HostTensor>();
  const dt = (k: string): DTypeName => baseDtype(sig.inputs[k]!.dtype);
  const inputList = `signature "${sig.key}" has ${keys.length} inputs: ${keys.join(', ')}`;
  if (hasInstances) {
    const instances = b['instances'];
    // Scanned numbers (json-scan.ts) are a plain, non-empty, regular list: the checks below hold for them.
    const packed = isPacked(instances);
    if (!packed && !Array.isArray(instances)) throw invalid(`Expecting 'instances' to be an list/array, not ${jsonKind(instances)}`);
    if (!packed && instances.length === 0) throw invalid("No values in 'instances' array ('instances' must be a non-empty list)");
    const isObject = (x: Json): boolean => typeof x === 'object' && x !== null && !Array.isArray(x) && !isB64(x);
    if ((packed || !isObject(instances[0])) && keys.length > 1) throw invalid(`instances is a plain list, but expecting list of objects as multiple input tensors required as per tensorinfo_map (${inputList})`);
    if (!packed && isObject(instances[0])) {
      const expected = [...keys].sort().join(',');
      for (const [i, x] of instances.entries()) {
        if (!isObject(x)) throw invalid(`Expecting object but got list at item ${i} of input list`);
        for (const k of Object.keys(x as object)) {
          if (!has(sig.inputs, k)) throw invalid(`Failed to process element: ${i} of the instances list. Error: JSON object: does not have named input: ${quoteKey(k)}, which is not in signature ${sig.key} (inputs: ${keys.join(', ')})`);
        }
        for (const k of keys) if (!has(x as object, k)) throw invalid(`Failed to process element: ${i} of the instances list: missing input "${k}" (JSON object keys must be equal to: ${expected})`);
      }
      for (const k of keys) {
        const rows = instances.map((x) => (x as Record<string, Json>)[k]);
        checkInstances(rows, (i) => `Failed to process element: ${i} key: ${k} of the instances list`);
        feeds[k] = jsonToTensor(rows, dt(k), `input "${k}"`, budget);
      }
    } else {
      const k = keys[0];
      if (k === undefined) throw invalid(`signature "${sig.key}" takes no inputs: send {"inputs": {}}`);
      if (!packed) {
        for (const [i, x] of instances.entries()) if (isObject(x)) throw invalid(`Expecting value/list but got object at item ${i} of input list`);
        checkInstances(instances, (i) => `Failed to process element: ${i} of the instances list`);
      }
      feeds[k] = jsonToTensor(instances, dt(k), `input "${k}"`, budget);
    }
  } else {
    const inputs = b['inputs'];
    const named = typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs) && !isB64(inputs) && !isPacked(inputs);
    if (named) {
      const obj = inputs as Record<string, Json>;
      // TF Serving ignores names the signature does not have; mdeploy says so, as a typo would otherwise go unseen.
      for (const k of Object.keys(obj)) if (!has(sig.inputs, k)) throw invalid(`input ${quoteKey(k)} is not in signature "${sig.key}" (inputs: ${keys.join(', ')})`);
      for (const k of keys) {
        if (!has(obj, k)) throw invalid(`Missing named input: ${k} in 'inputs' object. (${inputList})`);
        feeds[k] = jsonToTensor(obj[k], dt(k), `input "${k}"`, budget);
      }
    } else {
      if (keys.length !== 1) throw invalid(`inputs is a plain value/list, but expecting an object as multiple input tensors required as per tensorinfo_map (${inputList}${keys.length ? '' : '; send "inputs": {}'})`);
      feeds[keys[0]!] = jsonToTensor(inputs, dt(keys[0]!), `input "${keys[0]}"`, budget);
    }
  }
  return { signatureName, format: hasInstances ? 'row' : 'columnar', feeds };
}

// ---- responses ---------------------------------------------------------------------------------------------

const POW10 = Array.from({ length: 23 }, (_, i) => Math.pow(10, i));

/**
 * |v| rounded to `digits` significant digits, as the double nearest that decimal, when it reads back as v
 * (in float32 or float64). Arithmetic, not toPrecision(), which is five times slower (this runs for every
 * output value). Near a tie the arithmetic may pick the other neighbour, which then does not read back as v
 * (6 digits) or is as close as printf's (9 digits), so only exact decimal ties can differ from printf.
 */
function roundTo(v: number, digits: number, exponent: number, f32: boolean): number | undefined | null {
  const k = digits - 1 - exponent;
  if (k < -22 || k > 22) return null;
  const a = Math.abs(v);
  const x = k >= 0 ? a * POW10[k]! : a / POW10[-k]!;
  // printf rounds an exact tie to even (float32 values are often exact ties at 9 digits: 1153018.625).
  let n = Math.round(x);
  if (n - x === 0.5 && n % 2 === 1) n -= 1;
  const r = k >= 0 ? n / POW10[k]! : n * POW10[-k]!;
  const signed = v < 0 ? -r : r;
  return (f32 ? Math.fround(signed) : signed) === v ? signed : undefined;
}

/**
 * printf's %.<p>g: p significant digits rounded half to even (JavaScript's toExponential rounds ties up),
 * trailing zeros dropped, exponent form below 1e-4 or from 10^p up. The digits come from a longer expansion,
 * so a tie is seen as one.
 */
function printfG(v: number, p: number): string {
  const sign = v < 0 ? '-' : '';
  const [m, ex] = Math.abs(v).toExponential(Math.min(100, p + 39)).split('e') as [string, string];
  const digits = m.replace('.', '');
  let x = Number(ex);
  let kept = digits.slice(0, p);
  const rest = digits.slice(p);
  const up = rest[0]! > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(kept[p - 1]) % 2 === 1));
  if (up) {
    kept = (BigInt(kept) + 1n).toString();
    if (kept.length > p) {
      kept = kept.slice(0, p);
      x++;
    }
  }
  const trim = (t: string): string => t.replace(/0+$/, '');
  if (x < -4 || x >= p) {
    const frac = trim(kept.slice(1));
    return `${sign}${kept[0]}${frac ? `.${frac}` : ''}e${x < 0 ? '-' : '+'}${String(Math.abs(x)).padStart(2, '0')}`;
  }
  const whole = x >= 0 ? kept.slice(0, x + 1) : '0';
  const frac = trim(x >= 0 ? kept.slice(x + 1) : '0'.repeat(-x - 1) + kept);
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/** The short form of a value already rounded to at most `p` digits: JavaScript's text, in %g's notation. */
function shortG(r: number, p: number): string {
  const a = Math.abs(r);
  return a >= 1e-4 && a < Math.pow(10, p) ? String(r) : printfG(r, p);
}

/**
 * Numbers as TF Serving writes them (WriteDecimal in json_tensor.cc): absl::StrCat's six significant digits
 * (printf %g) when they read back as the same float/double, else %.9g (float32) or %.17g (float64); ".0" is
 * added when the text has neither "." nor an exponent. So 9000000 is "9e+06", 555557.5 is "555557.5", -0 is
 * "-0.0", and NaN/±Infinity are RapidJSON's tokens.
 */
export function formatNumber(v: number, float: 'f32' | 'f64' | false): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (!float) return String(v);
  let s: string;
  if (v === 0) s = Object.is(v, -0) ? '-0' : '0';
  else {
    const f32 = float === 'f32';
    const e = Math.floor(Math.log10(Math.abs(v)));
    // log10 can be an ulp off only next to a power of ten, where 6 and 7 digits round alike.
    const r6 = roundTo(v, 6, e, f32);
    const back = (t: string): number => (f32 ? Math.fround(Number(t)) : Number(t));
    if (r6 === null) {
      // Outside the fast path's range of powers of ten: printf's digits from toExponential.
      const t = printfG(v, 6);
      s = back(t) === v ? t : printfG(v, f32 ? 9 : 17);
    } else if (r6 !== undefined) s = shortG(r6, 6);
    else if (f32) {
      const r9 = roundTo(v, 9, e, true);
      s = typeof r9 === 'number' ? shortG(r9, 9) : printfG(v, 9);
    } else s = printfG(v, 17);
  }
  return s.includes('.') || s.includes('e') ? s : `${s}.0`;
}

/** Writes t[start .. start+count) along dim 0 (or the whole tensor) as nested JSON text. */
export function tensorJsonText(t: HostTensor, key: string, range?: { index: number }): string {
  const dims = range ? t.shape.slice(1) : t.shape;
  const inner = numElements(dims);
  const base = range ? range.index * inner : 0;
  const float = t.dtype === 'DT_DOUBLE' ? 'f64' : t.dtype === 'DT_FLOAT' || t.dtype === 'DT_HALF' || t.dtype === 'DT_BFLOAT16' ? 'f32' : false;
  // TF Serving cannot write half or bfloat16 ("Failed to write JSON value for tensor type: half"); mdeploy writes
  // the value the bits hold, as a float (every half and bfloat16 is exactly a float32).
  const value = t.dtype === 'DT_HALF' ? halfToFloat : t.dtype === 'DT_BFLOAT16' ? bfloat16ToFloat : Number;
  let elem: (i: number) => string;
  if (t.dtype === 'DT_STRING') {
    const data = t.data as Uint8Array[];
    // Outputs named *_bytes come back base64-encoded, as TF Serving does.
    elem = key.endsWith('_bytes') ? (i) => `{"b64":"${Buffer.from(data[i]!).toString('base64')}"}` : (i) => JSON.stringify(Buffer.from(data[i]!).toString('utf8'));
  } else if (t.dtype === 'DT_BOOL') {
    const data = t.data as Uint8Array;
    elem = (i) => (data[i] ? 'true' : 'false');
  } else if (isComplexDtype(t.dtype)) {
    // TF Serving's words; like it, an empty complex tensor still writes as [] (no value to fail on).
    elem = () => {
      throw invalid(`Failed to write JSON value for tensor type: ${tfDtypeString(t.dtype)} (output "${key}": JSON has no complex numbers; call this signature over TF Serving's gRPC API instead, PredictionService/Predict)`);
    };
  } else {
    const data = t.data as NumericArray;
    // int64 values keep every digit (Number() would round past 2^53).
    elem = t.dtype === 'DT_INT64' || t.dtype === 'DT_UINT64' ? (i) => String(data[i]) : (i) => formatNumber(value(data[i] as number), float);
  }
  const parts: string[] = [];
  const write = (d: number, offset: number): void => {
    if (d === dims.length) {
      parts.push(elem(offset));
      return;
    }
    const stride = numElements(dims.slice(d + 1));
    parts.push('[');
    for (let i = 0; i < dims[d]!; i++) {
      if (i) parts.push(',');
      write(d + 1, offset + i * stride);
    }
    parts.push(']');
  };
  write(0, base);
  return parts.join('');
}

/** The :predict response body: "predictions" (row) or "outputs" (columnar); one output drops its name. */
export function predictResponseText(outputs: Record<string, HostTensor>, format: 'row' | 'columnar'): string {
  const keys = Object.keys(outputs).sort();
  if (format === 'columnar') {
    if (keys.length === 1) return `{"outputs":${tensorJsonText(outputs[keys[0]!]!, keys[0]!)}}`;
    return `{"outputs":{${keys.map((k) => `${JSON.stringify(k)}:${tensorJsonText(outputs[k]!, k)}`).join(',')}}}`;
  }
  let batch: number | undefined;
  for (const k of keys) {
    const t = outputs[k]!;
    if (t.shape.length === 0) throw invalid(`Tensor name: ${k} has no shape information (a scalar has no batch dimension); use the columnar "inputs" format`);
    if (batch !== undefined && t.shape[0] !== batch) throw invalid(`Tensor name: ${k} has inconsistent batch size: ${t.shape[0]} expecting: ${batch} (the outputs do not share dimension 0); use the columnar "inputs" format`);
    batch = t.shape[0];
  }
  const rows: string[] = [];
  for (let i = 0; i < (batch ?? 0); i++) {
    if (keys.length === 1) rows.push(tensorJsonText(outputs[keys[0]!]!, keys[0]!, { index: i }));
    else rows.push(`{${keys.map((k) => `${JSON.stringify(k)}:${tensorJsonText(outputs[k]!, k, { index: i })}`).join(',')}}`);
  }
  return `{"predictions":[${rows.join(',')}]}`;
}
