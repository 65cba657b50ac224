/**
 * TF Serving's gRPC API with @grpc/grpc-js: tensorflow.serving.PredictionService (Predict, Classify, Regress,
 * GetModelMetadata) and tensorflow.serving.ModelService (GetModelStatus, HandleReloadConfigRequest). Messages
 * use mdeploy's own proto subset, wire-compatible with TF Serving's, so existing clients work unchanged.
 */
import * as grpc from '@grpc/grpc-js';
import { serving } from '../proto/serving-api.js';
import type { SignatureInfo } from '../savedmodel/signature.js';
import { baseDtype, dtypeName, dtypeValue, tfDtypeString } from '../tensor/dtypes.js';
import type { TensorBudget } from '../tensor/limits.js';
import { unaryMethod, unaryWrapper, type Msg, type Served } from './grpc-common.js';
import { quoteKey, record } from './json-tensors.js';
import { DEFAULT_CONTRACT, type ServingContract } from './contract.js';
import type { HostTensor } from '../tensor/host.js';
import { tensorFromProto, tensorToProto } from '../tensor/proto.js';
import { classifyResult, exampleFeeds, examplesFromInput, regressResult } from './examples.js';
import { invalid, ServingCode, ServingError, type ServingCodeName } from './errors.js';
import type { Logger } from './log.js';
import type { ModelManager } from './manager.js';
import type { ServerMetrics } from './metrics.js';
import type { Servable, SignatureDefJson, TensorInfoJson } from './servable.js';

const S = serving.tensorflow.serving;

const method = (service: string, name: string, req: Msg, res: Msg) => unaryMethod(`tensorflow.serving.${service}`, name, req, res);

export const PredictionServiceDefinition = {
  Classify: method('PredictionService', 'Classify', S.ClassificationRequest, S.ClassificationResponse),
  Regress: method('PredictionService', 'Regress', S.RegressionRequest, S.RegressionResponse),
  Predict: method('PredictionService', 'Predict', S.PredictRequest, S.PredictResponse),
  MultiInference: method('PredictionService', 'MultiInference', S.MultiInferenceRequest, S.MultiInferenceResponse),
  GetModelMetadata: method('PredictionService', 'GetModelMetadata', S.GetModelMetadataRequest, S.GetModelMetadataResponse),
} satisfies grpc.ServiceDefinition;

export const ModelServiceDefinition = {
  GetModelStatus: method('ModelService', 'GetModelStatus', S.GetModelStatusRequest, S.GetModelStatusResponse),
  HandleReloadConfigRequest: method('ModelService', 'HandleReloadConfigRequest', S.ReloadConfigRequest, S.ReloadConfigResponse),
} satisfies grpc.ServiceDefinition;

/** TF Serving's JSON SignatureDef (servable.ts) back as a SignatureDef message. */
function signatureDefProto(def: SignatureDefJson): object {
  const info = (m: Record<string, TensorInfoJson>) =>
    Object.fromEntries(
      Object.entries(m).map(([k, t]) => [
        k,
        { name: t.name, dtype: dtypeValue(t.dtype), tensorShape: t.tensor_shape.unknown_rank ? { unknownRank: true } : { dim: t.tensor_shape.dim.map((d) => ({ size: Number(d.size), name: d.name })) } },
      ]),
    );
  return { inputs: info(def.inputs), outputs: info(def.outputs), methodName: def.method_name };
}

/** The model a request names, with TF Serving's errors for a missing spec or name. */
function selector(spec: serving.tensorflow.serving.IModelSpec | null | undefined): { name: string; version?: number; label?: string } {
  if (!spec) throw invalid('Missing ModelSpec');
  if (!spec.name) throw invalid('ModelSpec has no name specified.');
  return { name: spec.name, version: spec.version ? Number(spec.version.value) : undefined, label: spec.versionLabel || undefined };
}

function modelSpec(name: string, s: Servable, signatureName?: string): serving.tensorflow.serving.IModelSpec {
  return { name, version: { value: s.version }, signatureName: signatureName ?? '' };
}

/**
 * A TensorProto as a host tensor for a signature input. Its dtype must be the signature's: TensorFlow does not
 * convert (TF Serving answers "Expects arg[0] to be float but double is provided"), and neither does mdeploy.
 */
function feedFromProto(p: serving.tensorflow.ITensorProto, key: string, sig: SignatureInfo, budget?: TensorBudget): HostTensor {
  const spec = Object.prototype.hasOwnProperty.call(sig.inputs, key) ? sig.inputs[key] : undefined;
  if (!spec) throw invalid(`input ${quoteKey(key)} is not in signature "${sig.key}" (inputs: ${Object.keys(sig.inputs).join(', ')})`);
  const want = baseDtype(spec.dtype);
  const given = baseDtype(dtypeName(p.dtype ?? 0));
  if (given !== want) {
    // TensorFlow's own words (arg[i]: the feed's place in the signature's sorted inputs), then which input.
    const arg = Object.keys(sig.inputs).sort().indexOf(key);
    throw invalid(`Expects arg[${arg}] to be ${tfDtypeString(want)} but ${tfDtypeString(given)} is provided (input "${key}": values are not converted)`);
  }
  try {
    return tensorFromProto(p, budget);
  } catch (err) {
    throw invalid(`input "${key}": ${(err as Error).message}`);
  }
}

/** A PredictRequest's inputs as feeds for a signature (gRPC and warm-up records). */
export function predictFeeds(inputs: Record<string, serving.tensorflow.ITensorProto> | null | undefined, sig: SignatureInfo, budget?: TensorBudget): Record<string, HostTensor> {
  // TF Serving's VerifyRequestInputsSize: the keys sent against the signature's, both sorted.
  const sent = Object.keys(inputs ?? {}).sort();
  const wanted = Object.keys(sig.inputs).sort();
  const extra = sent.filter((k) => !Object.prototype.hasOwnProperty.call(sig.inputs, k));
  const missing = wanted.filter((k) => !sent.includes(k));
  if (extra.length || missing.length) {
    const list = (keys: string[]) => keys.map((k) => (k.length > 64 ? `${k.slice(0, 64)}…` : k)).join(',');
    throw invalid(`input size does not match signature: ${sent.length}!=${wanted.length} len({${list(sent)}}) != len({${list(wanted)}}). Sent extra: {${list(extra)}}. Missing but required: {${list(missing)}}.`);
  }
  const feeds = record<HostTensor>();
  for (const [k, p] of Object.entries(inputs ?? {})) feeds[k] = feedFromProto(p, k, sig, budget);
  for (const k of Object.keys(sig.inputs)) if (!feeds[k]) throw invalid(`missing input "${k}" (signature "${sig.key}" needs ${Object.keys(sig.inputs).join(', ')})`);
  return feeds;
}

const CLASSIFY_METHOD = 'tensorflow/serving/classify';
const REGRESS_METHOD = 'tensorflow/serving/regress';

/**
 * PredictionService.MultiInference, checked as TF Serving checks it (multi_inference.cc): every task names the
 * same model, no signature twice, each task's method classify or regress (others UNIMPLEMENTED), then the one
 * Input's tf.Examples go to every task's signature. Results come back in task order, each with the task's model
 * spec and the version that served it. Each task is its own run of its signature, where TF Serving makes one
 * Session::Run for all of them (the same answers, except for graphs with state: see docs/compat.md).
 */
async function multiInference(req: serving.tensorflow.serving.MultiInferenceRequest, manager: ModelManager, contract: ServingContract, metrics: ServerMetrics) {
  const tasks = req.tasks ?? [];
  if (tasks.length === 0) throw invalid('MultiInferenceRequest has no tasks: add at least one InferenceTask with a model_spec and a method_name');
  let model = '';
  const seen = new Set<string>();
  for (const t of tasks) {
    const name = t.modelSpec?.name ?? '';
    if (!name) throw invalid('Found ModelSpec with an empty model name.');
    if (!model) model = name;
    else if (model !== name) throw invalid('All ModelSpecs in a MultiInferenceRequest must access the same model name.');
    const key = t.modelSpec?.signatureName || 'serving_default';
    if (seen.has(key)) throw invalid(`Duplicate evaluation of signature: ${key}`);
    seen.add(key);
  }
  const sel = selector(tasks[0]!.modelSpec);
  const s = manager.get(sel.name, sel);
  const plan = tasks.map((t) => {
    const key = t.modelSpec?.signatureName || 'serving_default';
    if (!s.signatures.has(key)) throw invalid(`Requested signature not found in model graph: ${key}`);
    if (t.methodName !== CLASSIFY_METHOD && t.methodName !== REGRESS_METHOD) throw new ServingError('UNIMPLEMENTED', `Unsupported signature method_name: ${t.methodName} (MultiInference runs ${CLASSIFY_METHOD} and ${REGRESS_METHOD} tasks)`);
    return { sig: s.signature(key), classify: t.methodName === CLASSIFY_METHOD, spec: { name: model, signatureName: key, version: { value: s.version } } };
  });
  const examples = examplesFromInput(req.input);
  metrics.examples(model, examples.length);
  const results: object[] = [];
  for (const { sig, classify, spec } of plan) {
    const out = await s.runExamples(sig, exampleFeeds(sig, examples));
    if (classify) {
      const classifications = classifyResult(sig, out, examples.length, contract.methodNameCheck).result.map((row) => ({ classes: row.map(([label, score]) => ({ label, score })) }));
      results.push({ modelSpec: spec, classificationResult: { classifications } });
    } else {
      const regressions = regressResult(sig, out, examples.length, contract.methodNameCheck).result.map((value) => ({ value }));
      results.push({ modelSpec: spec, regressionResult: { regressions } });
    }
  }
  return { name: model, s, results };
}

export interface GrpcHooks {
  /** ModelService.HandleReloadConfigRequest; without it the call answers PERMISSION_DENIED with `reloadRefusal`. */
  reloadConfig?(config: serving.tensorflow.serving.IModelServerConfig): Promise<void>;
  reloadRefusal?: string;
  /** Largest request message (the server's --max-body-size). */
  maxMessageBytes?: number;
  budget?: TensorBudget;
  contract?: ServingContract;
}

export function createGrpcServer(manager: ModelManager, metrics: ServerMetrics, log: Logger, hooks: GrpcHooks = {}): grpc.Server {
  const budget = hooks.budget;
  const contract = hooks.contract ?? DEFAULT_CONTRACT;
  /** Classify and Regress: tf.Examples in, the signature run on them. */
  const runExamples = async (api: 'Classify' | 'Regress', req: { modelSpec?: serving.tensorflow.serving.IModelSpec | null; input?: serving.tensorflow.serving.IInput | null }) => {
    const sel = selector(req.modelSpec);
    const s = manager.get(sel.name, sel);
    const sig = s.signature(req.modelSpec?.signatureName || undefined);
    const examples = examplesFromInput(req.input);
    metrics.examples(sel.name, examples.length);
    const t0 = performance.now();
    const out = await s.runExamples(sig, exampleFeeds(sig, examples));
    metrics.runtime(sel.name, api, s.runtime, (performance.now() - t0) / 1000);
    return { name: sel.name, s, sig, out, n: examples.length };
  };
  const server = new grpc.Server({
    'grpc.max_receive_message_length': hooks.maxMessageBytes ?? 64 * 1024 * 1024,
    'grpc.max_send_message_length': 256 * 1024 * 1024,
    // One client cannot open unbounded concurrent calls on a connection.
    'grpc.max_concurrent_streams': 256,
  });
  const wrapper = unaryWrapper(manager, metrics, log);
  const specName = (req: { modelSpec?: { name?: string | null } | null }) => req?.modelSpec?.name;
  const wrap = <Req, Res>(api: string, fn: (req: Req) => Promise<Served<Res>>) => wrapper<Req, Res>(api, (r) => specName(r as { modelSpec?: { name?: string | null } | null }), fn);

  server.addService(PredictionServiceDefinition, {
    Predict: wrap('grpc_predict', async (req: serving.tensorflow.serving.PredictRequest) => {
      const sel = selector(req.modelSpec);
      const s = manager.get(sel.name, sel);
      // predict_util.cc: an unknown signature is FAILED_PRECONDITION over gRPC (REST says INVALID_ARGUMENT).
      const key = req.modelSpec?.signatureName || 'serving_default';
      if (!s.signatures.has(key) && !Object.prototype.hasOwnProperty.call(s.signatureDefJson, key)) throw new ServingError('FAILED_PRECONDITION', `Serving signature key "${key}" not found.`);
      const sig = s.signature(key);
      const feeds = predictFeeds(req.inputs, sig, budget);
      const t0 = performance.now();
      const out = await s.run(sig, feeds, req.outputFilter?.length ? req.outputFilter : undefined);
      metrics.runtime(sel.name, 'Predict', s.runtime, (performance.now() - t0) / 1000);
      const outputs: Record<string, serving.tensorflow.ITensorProto> = {};
      for (const [k, t] of Object.entries(out)) outputs[k] = tensorToProto(t, { tensorContent: contract.tensorContent }) as serving.tensorflow.ITensorProto;
      return { res: { modelSpec: modelSpec(sel.name, s, sig.key), outputs }, model: sel.name, version: s.version };
    }),
    Classify: wrap('grpc_classify', async (req: serving.tensorflow.serving.ClassificationRequest) => {
      const { name, s, sig, out, n } = await runExamples('Classify', req);
      const classifications = classifyResult(sig, out, n, contract.methodNameCheck).result.map((row) => ({ classes: row.map(([label, score]) => ({ label, score })) }));
      return { res: { modelSpec: modelSpec(name, s, sig.key), result: { classifications } }, model: name, version: s.version };
    }),
    Regress: wrap('grpc_regress', async (req: serving.tensorflow.serving.RegressionRequest) => {
      const { name, s, sig, out, n } = await runExamples('Regress', req);
      const regressions = regressResult(sig, out, n, contract.methodNameCheck).result.map((value) => ({ value }));
      return { res: { modelSpec: modelSpec(name, s, sig.key), result: { regressions } }, model: name, version: s.version };
    }),
    MultiInference: wrap('grpc_multi_inference', async (req: serving.tensorflow.serving.MultiInferenceRequest) => {
      const { name, s, results } = await multiInference(req, manager, contract, metrics);
      return { res: { results }, model: name, version: s.version };
    }),
    GetModelMetadata: wrap('grpc_metadata', async (req: serving.tensorflow.serving.GetModelMetadataRequest) => {
      const sel = selector(req.modelSpec);
      const fields = req.metadataField ?? [];
      if (fields.length === 0) throw invalid('GetModelMetadataRequest must specify at least one metadata_field');
      const unknown = fields.filter((f) => f !== 'signature_def');
      if (unknown.length) throw invalid(`Metadata field ${unknown[0]} is not supported`);
      const s = manager.get(sel.name, sel);
      // The same SignatureDefs the REST metadata prints (including the init-op pseudo-signature), as protos.
      const signatureDef: Record<string, object> = {};
      for (const [key, def] of Object.entries(s.signatureDefJson)) signatureDef[key] = signatureDefProto(def);
      const value = S.SignatureDefMap.encode({ signatureDef }).finish();
      return {
        res: { modelSpec: modelSpec(sel.name, s), metadata: { signature_def: { type_url: 'type.googleapis.com/tensorflow.serving.SignatureDefMap', value } } },
        model: sel.name,
        version: s.version,
      };
    }),
  });

  const STATE: Record<string, number> = { START: 10, LOADING: 20, AVAILABLE: 30, UNLOADING: 40, END: 50 };
  server.addService(ModelServiceDefinition, {
    GetModelStatus: wrap('grpc_status', async (req: serving.tensorflow.serving.GetModelStatusRequest) => {
      // get_model_status_impl.cc looks only at the version: a version_label is ignored, as in TF Serving.
      const sel = selector(req.modelSpec);
      const versions = manager.status(sel.name, { version: sel.version });
      return {
        res: {
          modelVersionStatus: versions.map((v) => ({
            version: v.version,
            state: STATE[v.state],
            status: { errorCode: ServingCode[v.error_code as ServingCodeName] ?? ServingCode.UNKNOWN, errorMessage: v.error_message },
          })),
        },
        model: sel.name,
      };
    }),
    HandleReloadConfigRequest: wrap('grpc_reload', async (req: serving.tensorflow.serving.ReloadConfigRequest) => {
      if (!hooks.reloadConfig) throw new ServingError('PERMISSION_DENIED', hooks.reloadRefusal ?? 'this server does not accept config reloads');
      if (!req.config?.modelConfigList) throw invalid('ReloadConfigRequest.config must hold a model_config_list');
      await hooks.reloadConfig(req.config);
      return { res: { status: { errorCode: 0, errorMessage: '' } } };
    }),
  });
  return server;
}
