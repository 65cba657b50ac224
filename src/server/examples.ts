/**
 * The Classify and Regress APIs: tf.Example inputs (as JSON on REST, as protos on gRPC) are serialized and
 * fed to the signature's single DT_STRING input, the way TF Serving runs classify/regress SignatureDefs.
 */
import { serving } from '../proto/serving-api.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import type { HostTensor } from '../tensor/host.js';
import { toNumbers } from '../tensor/math.js';
import { invalid } from './errors.js';
import { JsonNumber } from '../tensor/json-parse.js';
import { quoteKey, record } from './json-tensors.js';
import type { TensorBudget } from '../tensor/limits.js';
import type { FeatureTypes } from './servable.js';

const tf = serving.tensorflow;

type Json = unknown;

const isB64Object = (x: Json): x is { b64: string } =>
  typeof x === 'object' && x !== null && !(x instanceof JsonNumber) && !Array.isArray(x) && typeof (x as { b64?: unknown }).b64 === 'string' && Object.keys(x).length === 1;

/** RapidJSON's type names, which TF Serving's feature errors print. */
function jsonType(x: Json): string {
  if (x === null) return 'Null';
  if (Array.isArray(x)) return 'Array';
  if (x instanceof JsonNumber || typeof x === 'number') return 'Number';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'string') return 'String';
  return 'Object';
}

type Kind = 'bytes' | 'float' | 'int64';

/**
 * One feature of a JSON tf.Example, typed as TF Serving types it (AddValueToFeature in json_tensor.cc): strings
 * and {"b64": ...} are bytes, numbers with a fraction or exponent floats, integers and booleans int64; one
 * feature's values must all be of one kind. Numbers come as JsonNumbers (the body is parsed losslessly) so
 * `2.0` and `2` can be told apart. mdeploy's one addition: where the model's own ParseExample declares the
 * feature, integers are sent as floats for a float feature, and whole floats as integers for an int64 one
 * (docs/compat.md).
 */
function featureFromJson(name: string, v: Json, types: FeatureTypes): serving.tensorflow.IFeature {
  const list = Array.isArray(v) ? v : [v];
  const known = types.get(name);
  let kind: Kind | undefined;
  const bytes: Uint8Array[] = [];
  const nums: JsonNumber[] = [];
  const feature = quoteKey(name).slice(1, -1);
  for (const x of list) {
    let k: Kind;
    if (typeof x === 'string' || isB64Object(x)) k = 'bytes';
    else if (typeof x === 'boolean') k = 'int64';
    else if (x instanceof JsonNumber || typeof x === 'number') {
      const n = x instanceof JsonNumber ? x : new JsonNumber(String(x), x, Number.isInteger(x));
      if (n.integer && n.value >= 2 ** 62 && n.bigint() > 2n ** 63n - 1n) throw invalid(`Feature: ${feature} has uint64_t element. Only int64_t is supported.`);
      k = n.integer ? 'int64' : 'float';
      if (known === 'float' && k === 'int64') k = 'float';
      else if (known === 'int64' && k === 'float' && Number.isInteger(n.value)) k = 'int64';
    } else throw invalid(`Feature: ${feature} has element with unexpected JSON type: ${jsonType(x)}`);
    if (kind !== undefined && kind !== k) throw invalid(`Unexpected element type in feature: ${feature} expecting type: ${kind}`);
    kind = k;
    if (k === 'bytes') bytes.push(typeof x === 'string' ? new TextEncoder().encode(x) : new Uint8Array(Buffer.from((x as { b64: string }).b64, 'base64')));
    else if (typeof x === 'boolean') nums.push(new JsonNumber(x ? '1' : '0', x ? 1 : 0, true));
    else nums.push(x instanceof JsonNumber ? x : new JsonNumber(String(x), x as number, Number.isInteger(x)));
  }
  if (kind === 'bytes') return { bytesList: { value: bytes } };
  if (kind === 'int64') return { int64List: { value: nums.map((n) => (n.integer ? n.text : String(n.value))) as unknown as number[] } };
  if (kind === 'float') return { floatList: { value: nums.map((n) => n.value) } };
  // An empty list: a feature of no kind, as TF Serving sends it.
  return {};
}

function exampleFromJson(e: Json, types: FeatureTypes): serving.tensorflow.IFeatures {
  if (typeof e !== 'object' || e === null || Array.isArray(e) || e instanceof JsonNumber) throw invalid(`Example must be JSON object but got JSON ${jsonType(e)}`);
  // Feature names are the client's: "__proto__" must stay a name.
  const feature = record<serving.tensorflow.IFeature>();
  const source = e as Record<string, Json>;
  for (const k of Object.keys(source)) feature[k] = featureFromJson(k, source[k], types);
  return { feature };
}

/**
 * REST body {"signature_name"?, "context"?, "examples": [...]} → serialized Examples (the context's features
 * merged into each, as the model sees an ExampleListWithContext). Checked in TF Serving's order and words
 * (FillClassifyRegressRequestFromJson): signature_name, context, then examples.
 */
export function examplesFromJson(body: Json, types: FeatureTypes, budget?: TensorBudget): { signatureName?: string; examples: Uint8Array[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || body instanceof JsonNumber) throw invalid(`the request body is not an object (JSON Value: ${jsonType(body)} Is not object); send {"examples": [...]}`);
  const b = body as Record<string, Json>;
  const signatureName = b['signature_name'];
  if (signatureName !== undefined && typeof signatureName !== 'string') throw invalid("JSON Value not formatted correctly. 'signature_name' key must be a string value.");
  const context = b['context'] !== undefined ? exampleFromJson(b['context'], types) : undefined;
  const list = b['examples'];
  if (list === undefined) throw invalid("When method is classify, key 'examples' is expected and was not found");
  if (!Array.isArray(list)) throw invalid("Expecting 'examples' value to be an list/array");
  if (list.length === 0) throw invalid("'examples' value is an empty array");
  if (budget && list.length > budget.maxElements) throw invalid(`${list.length} examples, more than one request may carry (from ${budget.source})`);
  const examples = list.map((e) => {
    const own = exampleFromJson(e, types);
    return tf.Example.encode({ features: { feature: Object.assign(record<serving.tensorflow.IFeature>(), context?.feature, own.feature) } }).finish();
  });
  return { signatureName, examples };
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
