/**
 * TF Serving's REST API (api_rest.md): model status, metadata, :predict, :classify and :regress, with
 * errors as {"error": "..."} and TF Serving's error-kind → HTTP status mapping.
 */
import { examplesFromJson, exampleFeeds, classifyResult, regressResult } from './examples.js';
import { scanPredictBody } from '../tensor/json-scan.js';
import { formatNumber, parseJsonBody, parsePredictRequest, predictResponseText, predictSignatureName } from './json-tensors.js';
import type { ModelManager } from './manager.js';
import type { TensorBudget } from '../tensor/limits.js';
import type { HostTensor } from '../tensor/host.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { isRemote, local, type Codec, type RemoteBytes } from './codec.js';
import { ServingError } from './errors.js';
import type { ServerMetrics } from './metrics.js';

export interface Selector {
  version?: number;
  label?: string;
}

export interface RestResult {
  status: number;
  body: string | Buffer | RemoteBytes;
  /** The version that served the request (for metrics). */
  version?: number;
}

const json = (v: unknown, status = 200): RestResult => ({ status, body: JSON.stringify(v) });

/** What a /v1 path asks for. */
export interface RestRoute {
  /** The model name as it appears in the path (still %-escaped). */
  rawName: string;
  version?: number;
  /** The version label as it appears in the path (still %-escaped). */
  rawLabel?: string;
  verb?: 'predict' | 'classify' | 'regress';
  metadata: boolean;
}

// TF Serving's path patterns (http_rest_api_util.cc), case-insensitive as there: POST for the inference verbs,
// GET for status and metadata.
const POST_PATH = /^\/v1\/models\/([^/:]+)(?:\/versions\/(\d+)|\/labels\/([^/:]+))?:(classify|regress|predict)$/i;
const GET_PATH = /^\/v1\/models(?:\/([^/:]+))?(?:\/versions\/(\d+)|\/labels\/([^/:]+))?(?:\/(metadata))?$/i;
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Routes a request under /v1/ as TF Serving does: a path or method it does not know is a 400 "Malformed
 * request: <method> <path>", a version past int64 one that "Failed to convert version".
 */
export function restRoute(method: string, path: string): RestRoute {
  const malformed = (): ServingError => new ServingError('INVALID_ARGUMENT', `Malformed request: ${method} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}`);
  const m = method === 'POST' ? POST_PATH.exec(path) : method === 'GET' ? GET_PATH.exec(path) : null;
  if (!m) throw malformed();
  const [, rawName, v, rawLabel, tail] = m;
  if (rawName === undefined) throw new ServingError('INVALID_ARGUMENT', 'Missing model name in request.');
  if (v !== undefined && BigInt(v) > INT64_MAX) throw new ServingError('INVALID_ARGUMENT', `Failed to convert version: ${v.length > 40 ? `${v.slice(0, 40)}…` : v} to numeric.`);
  const route: RestRoute = { rawName, metadata: false, ...(v !== undefined ? { version: Number(v) } : {}), ...(rawLabel !== undefined ? { rawLabel } : {}) };
  if (method === 'POST') {
    // The pattern ignores case, the dispatch does not: ":PREDICT" matches and then is no verb TF Serving knows.
    if (tail !== 'predict' && tail !== 'classify' && tail !== 'regress') throw malformed();
    route.verb = tail;
  } else route.metadata = tail === 'metadata';
  return route;
}


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
  const body = scanPredictBody(raw) ?? parseJsonBody(raw);
  const sig = pick(predictSignatureName(body));
  const req = parsePredictRequest(body, sig, budget);
  return { signature: sig.key, format: req.format, feeds: req.feeds };
}

/** `raw` is the body, or for a large one the bytes a codec thread gathered as they arrived (http.ts). */
export async function predict(manager: ModelManager, name: string, sel: Selector, raw: Buffer | RemoteBytes, budget?: TensorBudget, codec?: Codec, metrics?: ServerMetrics): Promise<RestResult> {
  const servable = manager.get(name, sel);
  const decoded = codec && (isRemote(raw) || codec.worthIt(raw.length)) ? await codec.decodePredict(raw, servable, budget) : decodePredictBody(local(raw), (n) => servable.signature(n), budget);
  const t0 = performance.now();
  const outputs = await servable.run(servable.signature(decoded.signature), decoded.feeds);
  metrics?.runtime(name, 'Predict', servable.runtime, (performance.now() - t0) / 1000);
  const body = codec?.worthItFor(outputs) ? await codec.encodePredict(outputs, decoded.format) : predictResponseText(outputs, decoded.format);
  return { status: 200, body, version: servable.version };
}

export async function classifyOrRegress(manager: ModelManager, name: string, sel: Selector, raw: Buffer, verb: 'classify' | 'regress', budget?: TensorBudget, methodNameCheck = false, metrics?: ServerMetrics): Promise<RestResult> {
  const body = parseJsonBody(raw, { numbers: 'lossless' });
  const servable = manager.get(name, sel);
  const { signatureName, examples } = examplesFromJson(body, servable.featureTypes, budget);
  const sig = servable.signature(signatureName);
  metrics?.examples(name, examples.length);
  const t0 = performance.now();
  const outputs = await servable.runExamples(sig, exampleFeeds(sig, examples));
  metrics?.runtime(name, verb === 'classify' ? 'Classify' : 'Regress', servable.runtime, (performance.now() - t0) / 1000);
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
