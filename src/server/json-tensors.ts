/**
 * TF Serving's JSON tensor encoding (tensorflow_serving/g3doc/api_rest.md): row ("instances") and columnar
 * ("inputs") requests, "predictions" / "outputs" responses, {"b64": ...} for binary strings. Inputs are
 * checked against the SignatureDef (names, dtypes, ranks, fixed dims) before they reach the model.
 */
import type { SignatureInfo, TensorSpec } from '../savedmodel/signature.js';
import { baseDtype, type DTypeName } from '../tensor/dtypes.js';
import { numElements, type HostTensor, type NumericArray } from '../tensor/host.js';
import { isB64, jsonKind, JsonTensorError, tensorFromJson } from '../tensor/json.js';
import type { TensorBudget } from '../tensor/limits.js';
import { JsonSyntaxError, parseJson, parseJsonFast, type JsonParseOptions } from '../tensor/json-parse.js';
import { invalid } from './errors.js';

type Json = unknown;

/** A JSON value as a tensor of `dtype`; malformed values are the client's fault (400). */
export function jsonToTensor(v: Json, dtype: DTypeName, where: string, budget?: TensorBudget): HostTensor {
  try {
    return tensorFromJson(v, dtype, where, budget);
  } catch (err) {
    if (err instanceof JsonTensorError) throw invalid(err.message);
    throw err;
  }
}

/** A request body as JSON; a malformed one is the client's mistake (400), with where it broke but not what it said. */
export function parseJsonBody(raw: Uint8Array, options?: JsonParseOptions): unknown {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  try {
    return options ? parseJson(text, options) : parseJsonFast(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    throw invalid(`JSON Parse error: ${err.message.replace(/ at position \d+$/, '')} (at position ${err.position})`);
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

/** Parses a :predict body against a signature. */
export function parsePredictRequest(body: Json, sig: SignatureInfo, budget?: TensorBudget): ParsedPredict {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('JSON Value is not an object: the request body must be {"instances": [...]} or {"inputs": ...}');
  const b = body as Record<string, Json>;
  const hasInstances = has(b, 'instances');
  const hasInputs = has(b, 'inputs');
  if (hasInstances === hasInputs) throw invalid('Missing \'inputs\' or \'instances\' key (exactly one of the two is required)');
  const keys = Object.keys(sig.inputs);
  const feeds = record<HostTensor>();
  const dt = (k: string): DTypeName => baseDtype(sig.inputs[k]!.dtype);
  if (hasInstances) {
    const instances = b['instances'];
    if (!Array.isArray(instances) || instances.length === 0) throw invalid('\'instances\' must be a non-empty list');
    const named = instances.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x) && !isB64(x));
    if (named) {
      for (const [i, x] of instances.entries()) for (const k of Object.keys(x as object)) if (!has(sig.inputs, k)) throw invalid(`instance ${i} has input ${quoteKey(k)}, which is not in signature "${sig.key}" (inputs: ${keys.join(', ')})`);
      for (const k of keys) {
        const rows = instances.map((x, i) => {
          if (!has(x as object, k)) throw invalid(`instance ${i} is missing input "${k}"`);
          return (x as Record<string, Json>)[k];
        });
        feeds[k] = jsonToTensor(rows, dt(k), `input "${k}"`, budget);
      }
    } else {
      if (keys.length !== 1) throw invalid(`signature "${sig.key}" has ${keys.length} inputs (${keys.join(', ')}): each instance must be an object naming them`);
      feeds[keys[0]!] = jsonToTensor(instances, dt(keys[0]!), `input "${keys[0]}"`, budget);
    }
  } else {
    const inputs = b['inputs'];
    const named = typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs) && !isB64(inputs);
    if (named) {
      const obj = inputs as Record<string, Json>;
      for (const k of Object.keys(obj)) if (!has(sig.inputs, k)) throw invalid(`input ${quoteKey(k)} is not in signature "${sig.key}" (inputs: ${keys.join(', ')})`);
      for (const k of keys) {
        if (!has(obj, k)) throw invalid(`missing input "${k}" (signature "${sig.key}" needs ${keys.join(', ')})`);
        feeds[k] = jsonToTensor(obj[k], dt(k), `input "${k}"`, budget);
      }
    } else {
      if (keys.length !== 1) throw invalid(`signature "${sig.key}" has ${keys.length} inputs (${keys.join(', ')}): 'inputs' must be ${keys.length ? 'an object naming them' : 'an empty object'}`);
      feeds[keys[0]!] = jsonToTensor(inputs, dt(keys[0]!), `input "${keys[0]}"`, budget);
    }
  }
  const signatureName = b['signature_name'];
  if (signatureName !== undefined && typeof signatureName !== 'string') throw invalid(`'signature_name' must be a string, not ${jsonKind(signatureName)}`);
  return { signatureName, format: hasInstances ? 'row' : 'columnar', feeds };
}

// ---- responses ---------------------------------------------------------------------------------------------

const POW10 = Array.from({ length: 81 }, (_, i) => Math.pow(10, i - 40));

/** |v| rounded to `digits` significant digits, as a double, when that round-trips (float32 or float64). */
function roundTo(v: number, digits: number, exponent: number, f32: boolean): number | undefined {
  const k = digits - 1 - exponent;
  if (k < -40 || k > 40) return undefined;
  const scale = POW10[k + 40]!;
  const r = (v < 0 ? -1 : 1) * (Math.round(Math.abs(v) * scale) / scale);
  return (f32 ? Math.fround(r) : r) === v ? r : undefined;
}

/**
 * Numbers as TF Serving writes them: floats with 6 significant digits when that round-trips, else 9 (float32)
 * or 17 (float64); whole floats get ".0" so clients keep reading them as floats. The rounding is done with
 * arithmetic rather than toPrecision(), which is five times slower (this runs for every output value).
 */
export function formatNumber(v: number, float: 'f32' | 'f64' | false): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (!float) return String(v);
  let s: string;
  if (v === 0) s = '0';
  else {
    const f32 = float === 'f32';
    const e = Math.floor(Math.log10(Math.abs(v)));
    const r = roundTo(v, 6, e, f32) ?? roundTo(v, f32 ? 9 : 17, e, f32);
    s = r !== undefined ? String(r) : String(Number(v.toPrecision(f32 ? 9 : 17)));
  }
  return s.includes('.') || s.includes('e') ? s : `${s}.0`;
}

/** Writes t[start .. start+count) along dim 0 (or the whole tensor) as nested JSON text. */
export function tensorJsonText(t: HostTensor, key: string, range?: { index: number }): string {
  const dims = range ? t.shape.slice(1) : t.shape;
  const inner = numElements(dims);
  const base = range ? range.index * inner : 0;
  const float = t.dtype === 'DT_DOUBLE' ? 'f64' : t.dtype === 'DT_FLOAT' || t.dtype === 'DT_HALF' || t.dtype === 'DT_BFLOAT16' ? 'f32' : false;
  let elem: (i: number) => string;
  if (t.dtype === 'DT_STRING') {
    const data = t.data as Uint8Array[];
    // Outputs named *_bytes come back base64-encoded, as TF Serving does.
    elem = key.endsWith('_bytes') ? (i) => `{"b64":"${Buffer.from(data[i]!).toString('base64')}"}` : (i) => JSON.stringify(Buffer.from(data[i]!).toString('utf8'));
  } else if (t.dtype === 'DT_BOOL') {
    const data = t.data as Uint8Array;
    elem = (i) => (data[i] ? 'true' : 'false');
  } else {
    const data = t.data as NumericArray;
    // int64 values keep every digit (Number() would round past 2^53).
    elem = t.dtype === 'DT_INT64' || t.dtype === 'DT_UINT64' ? (i) => String(data[i]) : (i) => formatNumber(Number(data[i]), float);
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
  const batch = outputs[keys[0]!]?.shape[0];
  for (const k of keys) {
    const t = outputs[k]!;
    if (t.shape.length === 0 || t.shape[0] !== batch) {
      throw invalid(`output "${k}" has shape [${t.shape.join(',')}], which does not share dimension 0 with the others; use the columnar "inputs" format`);
    }
  }
  const rows: string[] = [];
  for (let i = 0; i < (batch ?? 0); i++) {
    if (keys.length === 1) rows.push(tensorJsonText(outputs[keys[0]!]!, keys[0]!, { index: i }));
    else rows.push(`{${keys.map((k) => `${JSON.stringify(k)}:${tensorJsonText(outputs[k]!, k, { index: i })}`).join(',')}}`);
  }
  return `{"predictions":[${rows.join(',')}]}`;
}
