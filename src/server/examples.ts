/**
 * The Classify and Regress APIs: tf.Example inputs (as JSON on REST, as protos on gRPC) are serialized and
 * fed to the signature's single DT_STRING input, the way TF Serving runs classify/regress SignatureDefs.
 */
import { serving } from '../proto/serving-api.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import type { HostTensor } from '../tensor/host.js';
import { toNumbers } from '../graph/eval/tensor-math.js';
import { invalid } from './errors.js';
import { quoteKey, record } from './json-tensors.js';
import type { TensorBudget } from '../tensor/limits.js';
import type { FeatureTypes } from './servable.js';

const tf = serving.tensorflow;

type Json = unknown;

function featureFromJson(name: string, v: Json, types: FeatureTypes): serving.tensorflow.IFeature {
  const list = Array.isArray(v) ? v : [v];
  if (list.some((x) => !Number.isFinite(x) && typeof x === 'number')) throw invalid(`feature ${quoteKey(name)}: a number outside the range of a double`);
  const known = types.get(name);
  if (list.every((x) => typeof x === 'string' || (typeof x === 'object' && x !== null && typeof (x as { b64?: unknown }).b64 === 'string'))) {
    return { bytesList: { value: list.map((x) => (typeof x === 'string' ? new TextEncoder().encode(x) : new Uint8Array(Buffer.from((x as { b64: string }).b64, 'base64')))) } };
  }
  if (list.every((x) => typeof x === 'number')) {
    // JSON cannot tell 1 from 1.0; the model's own ParseExample spec decides, else integers are int64.
    const nums = list as number[];
    const int = known ? known === 'int64' : nums.every((n) => Number.isInteger(n));
    return int ? { int64List: { value: nums } } : { floatList: { value: nums } };
  }
  throw invalid(`feature ${quoteKey(name)} must be a number, string, {"b64": ...} or a list of one kind`);
}

function exampleFromJson(e: Json, context: Record<string, Json> | undefined, types: FeatureTypes, i: number): Uint8Array {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) throw invalid(`examples[${i}] must be an object of feature name → value`);
  // Feature names are the client's: "__proto__" must stay a name.
  const feature = record<serving.tensorflow.IFeature>();
  for (const source of [context ?? {}, e as Record<string, Json>]) for (const k of Object.keys(source)) feature[k] = featureFromJson(k, source[k], types);
  return tf.Example.encode({ features: { feature } }).finish();
}

/** REST body {"signature_name"?, "context"?, "examples": [...]} → serialized Examples. */
export function examplesFromJson(body: Json, types: FeatureTypes, budget?: TensorBudget): { signatureName?: string; examples: Uint8Array[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the request body must be {"examples": [...]}');
  const b = body as Record<string, Json>;
  const list = b['examples'];
  if (!Array.isArray(list) || list.length === 0) throw invalid('\'examples\' must be a non-empty list');
  if (budget && list.length > budget.maxElements) throw invalid(`${list.length} examples, more than one request may carry (from ${budget.source})`);
  const context = b['context'];
  if (context !== undefined && (typeof context !== 'object' || context === null || Array.isArray(context))) throw invalid('\'context\' must be an object');
  const signatureName = b['signature_name'];
  if (signatureName !== undefined && typeof signatureName !== 'string') throw invalid('\'signature_name\' must be a string');
  return { signatureName, examples: list.map((e, i) => exampleFromJson(e, context as Record<string, Json> | undefined, types, i)) };
}

/** gRPC Input → serialized Examples (context merged into each example). */
export function examplesFromInput(input: serving.tensorflow.serving.IInput | null | undefined): Uint8Array[] {
  const list = input?.exampleList?.examples ?? input?.exampleListWithContext?.examples;
  if (!list || list.length === 0) throw invalid('Input is empty: it needs example_list or example_list_with_context');
  const ctx = input?.exampleListWithContext?.context?.features?.feature ?? {};
  return list.map((e) => tf.Example.encode({ features: { feature: { ...ctx, ...(e.features?.feature ?? {}) } } }).finish());
}

/** The feeds for a classify/regress signature: its one DT_STRING input. */
export function exampleFeeds(sig: SignatureInfo, examples: Uint8Array[]): Record<string, HostTensor> {
  const keys = Object.keys(sig.inputs);
  if (keys.length !== 1 || sig.inputs[keys[0]!]!.dtype !== 'DT_STRING') {
    throw invalid(`signature "${sig.key}" does not take serialized tf.Examples (its inputs: ${keys.map((k) => `${k}: ${sig.inputs[k]!.dtype}`).join(', ')})`);
  }
  return { [keys[0]!]: { dtype: 'DT_STRING', shape: [examples.length], data: examples } };
}

export interface ClassifyResult {
  /** Per example: [label, score] pairs. */
  result: Array<Array<[string, number]>>;
}

/** Classify outputs: "classes" (labels) and/or "scores"; either may be absent (labels are then indices). */
export function classifyResult(sig: SignatureInfo, outputs: Record<string, HostTensor>, n: number): ClassifyResult {
  if (!sig.methodName.endsWith('/classify')) throw invalid(`signature "${sig.key}" is a ${sig.methodName || 'plain'} signature, not a classification signature`);
  const classes = outputs['classes'];
  const scores = outputs['scores'];
  if (!classes && !scores) throw invalid(`signature "${sig.key}" has neither "classes" nor "scores" outputs`);
  const per = (t: HostTensor): number => (t.shape.length > 1 ? t.shape[1]! : 1);
  const k = scores ? per(scores) : per(classes!);
  const s = scores ? toNumbers(scores) : undefined;
  const labels = classes ? (classes.data as Uint8Array[]).map((b) => Buffer.from(b).toString('utf8')) : undefined;
  const result: Array<Array<[string, number]>> = [];
  for (let i = 0; i < n; i++) {
    const row: Array<[string, number]> = [];
    // Without a classes output the label is empty, as in TF Serving's ClassificationResponse.
    for (let j = 0; j < k; j++) row.push([labels ? labels[i * k + j]! : '', s ? s[i * k + j]! : 0]);
    result.push(row);
  }
  return { result };
}

/** Regress output: "outputs", one value per example. */
export function regressResult(sig: SignatureInfo, outputs: Record<string, HostTensor>, n: number): { result: number[] } {
  if (!sig.methodName.endsWith('/regress')) throw invalid(`signature "${sig.key}" is a ${sig.methodName || 'plain'} signature, not a regression signature`);
  const out = outputs['outputs'] ?? Object.values(outputs)[0];
  if (!out) throw invalid(`signature "${sig.key}" has no "outputs" output`);
  const v = toNumbers(out);
  if (v.length !== n) throw invalid(`regression output has ${v.length} values for ${n} examples`);
  return { result: [...v] };
}
