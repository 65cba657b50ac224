/**
 * TF Serving's REST API (api_rest.md): model status, metadata, :predict, :classify and :regress, with
 * errors as {"error": "..."} and TF Serving's error-kind → HTTP status mapping.
 */
import { examplesFromJson, exampleFeeds, classifyResult, regressResult } from './examples.js';
import { formatNumber, parseJsonBody, parsePredictRequest, predictResponseText } from './json-tensors.js';
import type { ModelManager } from './manager.js';
import type { TensorBudget } from '../tensor/limits.js';
import type { HostTensor } from '../tensor/host.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import type { Codec } from './codec.js';

export interface Selector {
  version?: number;
  label?: string;
}

export interface RestResult {
  status: number;
  body: string | Buffer;
  /** The version that served the request (for metrics). */
  version?: number;
}

const json = (v: unknown, status = 200): RestResult => ({ status, body: JSON.stringify(v) });


export function modelStatus(manager: ModelManager, name: string, sel: Selector): RestResult {
  const versions = manager.status(name, sel);
  return json({
    model_version_status: versions.map((v) => ({ version: String(v.version), state: v.state, status: { error_code: v.error_code, error_message: v.error_message } })),
  });
}

export function modelMetadata(manager: ModelManager, name: string, sel: Selector): RestResult {
  const s = manager.get(name, sel);
  return {
    ...json({
      model_spec: { name, signature_name: '', version: String(s.version) },
      // mdeploy's addition: signatures listed but not runnable here (e.g. served without TensorFlow), with why.
      metadata: { signature_def: { signature_def: s.signatureDefJson }, ...(s.unavailable.size ? { unavailable_signatures: Object.fromEntries(s.unavailable) } : {}) },
    }),
    version: s.version,
  };
}

/** A :predict body decoded against the signature it names. Pure: the codec worker runs it for large bodies. */
export interface DecodedPredict {
  signature: string;
  format: 'row' | 'columnar';
  feeds: Record<string, HostTensor>;
}

export function decodePredictBody(raw: Uint8Array, pick: (name?: string) => SignatureInfo, budget?: TensorBudget): DecodedPredict {
  const body = parseJsonBody(raw);
  const sigName = typeof (body as { signature_name?: unknown })?.signature_name === 'string' ? (body as { signature_name: string }).signature_name : undefined;
  const sig = pick(sigName);
  const req = parsePredictRequest(body, sig, budget);
  return { signature: sig.key, format: req.format, feeds: req.feeds };
}

export async function predict(manager: ModelManager, name: string, sel: Selector, raw: Buffer, budget?: TensorBudget, codec?: Codec): Promise<RestResult> {
  const servable = manager.get(name, sel);
  const decoded = codec?.worthIt(raw.length) ? await codec.decodePredict(raw, servable, budget) : decodePredictBody(raw, (n) => servable.signature(n), budget);
  const outputs = await servable.run(servable.signature(decoded.signature), decoded.feeds);
  const body = codec?.worthItFor(outputs) ? await codec.encodePredict(outputs, decoded.format) : predictResponseText(outputs, decoded.format);
  return { status: 200, body, version: servable.version };
}

export async function classifyOrRegress(manager: ModelManager, name: string, sel: Selector, raw: Buffer, verb: 'classify' | 'regress', budget?: TensorBudget, methodNameCheck = false): Promise<RestResult> {
  const body = parseJsonBody(raw, { numbers: 'lossless' });
  const servable = manager.get(name, sel);
  const { signatureName, examples } = examplesFromJson(body, servable.featureTypes, budget);
  const sig = servable.signature(signatureName);
  const outputs = await servable.runExamples(sig, exampleFeeds(sig, examples));
  // TF Serving answers {"results": ...} (tensorflow_serving/util/json_tensor.cc); api_rest.md's "result" is a
  // documentation error (tensorflow/serving#3652), and clients read what the server sends. Scores and values
  // are float32, written as TF Serving writes floats.
  const f = (v: number): string => formatNumber(v, 'f32');
  const text =
    verb === 'classify'
      ? classifyResult(sig, outputs, examples.length, methodNameCheck)
          .result.map((row) => `[${row.map(([label, score]) => `[${JSON.stringify(label)},${f(score)}]`).join(',')}]`)
          .join(',')
      : regressResult(sig, outputs, examples.length, methodNameCheck).result.map(f).join(',');
  return { status: 200, body: `{"results":[${text}]}`, version: servable.version };
}
