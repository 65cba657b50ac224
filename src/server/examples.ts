/**
 * The Classify and Regress APIs: tf.Example inputs (as JSON on REST, as protos on gRPC) are serialized and
 * fed to the signature's single DT_STRING input, the way TF Serving runs classify/regress SignatureDefs.
 */
import { serving } from '../proto/serving-api.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import type { HostTensor } from '../tensor/host.js';
import { toNumbers } from '../graph/eval/tensor-math.js';
import { invalid } from './errors.js';
import { JsonNumber } from '../tensor/json-parse.js';
import { quoteKey, record } from './json-tensors.js';
import type { TensorBudget } from '../tensor/limits.js';
import type { FeatureTypes } from './servable.js';

const tf = serving.tensorflow;

type Json = unknown;

/**
 * One feature of a JSON tf.Example. Numbers come as JsonNumbers (the body is parsed losslessly), because TF
 * Serving types them by their spelling: `2.0` is a float_list, `2` an int64_list. Where the model's own
 * ParseExample declares the feature, that type wins when the value fits it (an integer literal for a float
 * feature is sent as a float; docs/compat.md).
 */
function featureFromJson(name: string, v: Json, types: FeatureTypes): serving.tensorflow.IFeature {
  const list = Array.isArray(v) ? v : [v];
  if (list.every((x) => typeof x === 'string' || (typeof x === 'object' && x !== null && !(x instanceof JsonNumber) && typeof (x as { b64?: unknown }).b64 === 'string'))) {
    return { bytesList: { value: list.map((x) => (typeof x === 'string' ? new TextEncoder().encode(x) : new Uint8Array(Buffer.from((x as { b64: string }).b64, 'base64')))) } };
  }
  if (list.length > 0 && list.every((x) => x instanceof JsonNumber || typeof x === 'number')) {
    const nums = list.map((x) => (x instanceof JsonNumber ? x : new JsonNumber(String(x), x as number, Number.isInteger(x))));
    const known = types.get(name);
    const int = known === 'int64' ? nums.every((n) => n.integer || Number.isInteger(n.value)) : known === 'float' ? false : nums.every((n) => n.integer);
    if (int) return { int64List: { value: nums.map((n) => (n.integer ? n.text : String(n.value))) as unknown as number[] } };
    return { floatList: { value: nums.map((n) => n.value) } };
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

/**
 * The feeds for a classify/regress call: the serialized tf.Examples go to the signature's one input. Like TF
 * Serving, the input's declared dtype is not trusted (half_plus_three's regress signature labels its
 * tf.Example placeholder DT_FLOAT); the graph's placeholder decides.
 */
export function exampleFeeds(sig: SignatureInfo, examples: Uint8Array[]): Record<string, HostTensor> {
  const keys = Object.keys(sig.inputs);
  if (keys.length !== 1) throw invalid(`Expected one input Tensor. signature "${sig.key}" has ${keys.length} (${keys.join(', ')}), so it cannot take tf.Examples`);
  return { [keys[0]!]: { dtype: 'DT_STRING', shape: [examples.length], data: examples } };
}

/** TF Serving's --enable_signature_method_name_check (off by default): Classify/Regress then need the method too. */
function checkMethod(sig: SignatureInfo, want: 'classify' | 'regress', enabled: boolean): void {
  if (enabled && !sig.methodName.endsWith(`/${want}`)) throw invalid(`Expected ${want} signature method_name to be tensorflow/serving/${want}. Was: ${sig.methodName}`);
}

export interface ClassifyResult {
  /** Per example: [label, score] pairs. */
  result: Array<Array<[string, number]>>;
}

/** Classify outputs: "classes" (labels) and/or "scores"; either may be absent (labels are then indices). */
export function classifyResult(sig: SignatureInfo, outputs: Record<string, HostTensor>, n: number, methodNameCheck = false): ClassifyResult {
  checkMethod(sig, 'classify', methodNameCheck);
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
export function regressResult(sig: SignatureInfo, outputs: Record<string, HostTensor>, n: number, methodNameCheck = false): { result: number[] } {
  checkMethod(sig, 'regress', methodNameCheck);
  const out = outputs['outputs'] ?? Object.values(outputs)[0];
  if (!out) throw invalid(`signature "${sig.key}" has no "outputs" output`);
  const v = toNumbers(out);
  if (v.length !== n) throw invalid(`regression output has ${v.length} values for ${n} examples`);
  return { result: [...v] };
}
