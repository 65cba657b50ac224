/**
 * TF Serving's gRPC API with @grpc/grpc-js: tensorflow.serving.PredictionService (Predict, Classify, Regress,
 * GetModelMetadata) and tensorflow.serving.ModelService (GetModelStatus, HandleReloadConfigRequest). Messages
 * use mdeploy's own proto subset, wire-compatible with TF Serving's, so existing clients work unchanged.
 */
import * as grpc from '@grpc/grpc-js';
import { serving } from '../proto/serving-api.js';
import { dtypeValue } from '../tensor/dtypes.js';
import type { TensorBudget } from '../tensor/limits.js';
import { unaryMethod, unaryWrapper, type Msg, type Served } from './grpc-common.js';
import { DEFAULT_CONTRACT, type ServingContract } from './contract.js';
import type { Codec } from './codec.js';
import { broadcastsLarge, encodePredictResponse, GRPC_DECODE_OFFLOAD_BYTES, predictFeeds, readPredictHead } from './grpc-predict.js';
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

/**
 * A Predict call as the server receives it: the message's bytes, decoded by the handler (on the event loop when
 * small, in a codec thread when large; see grpc-predict.ts). `modelSpec` is set once read, for error metrics.
 */
class PredictCall {
  modelSpec?: serving.tensorflow.serving.IModelSpec;
  constructor(readonly raw: Buffer) {}
}

/** The server's side of Predict: requests stay bytes, and an answer already encoded (by a codec thread) is sent as is. */
const PredictServerDefinition = {
  ...PredictionServiceDefinition,
  Predict: {
    ...PredictionServiceDefinition.Predict,
    requestDeserialize: (b: Buffer) => new PredictCall(b),
    responseSerialize: (m: object) => (m instanceof Uint8Array ? Buffer.from(m.buffer, m.byteOffset, m.byteLength) : Buffer.from(S.PredictResponse.encode(m).finish())),
  },
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
  /** Threads that decode large Predict requests and encode large answers off the event loop. */
  codec?: Codec;
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

  server.addService(PredictServerDefinition, {
    Predict: wrapper<PredictCall, serving.tensorflow.serving.IPredictResponse | Uint8Array>('grpc_predict', (c) => c.modelSpec?.name, async (call) => {
      const codec = hooks.codec;
      // Small messages are decoded here; a large one's inputs are left to a codec thread.
      let req: serving.tensorflow.serving.PredictRequest | undefined;
      if (call.raw.length < GRPC_DECODE_OFFLOAD_BYTES || !codec) {
        try {
          req = S.PredictRequest.decode(call.raw);
        } catch (err) {
          throw invalid(`the PredictRequest could not be parsed (${(err as Error).message})`);
        }
      }
      const head = req ?? readPredictHead(call.raw);
      call.modelSpec = head.modelSpec ?? undefined;
      const sel = selector(head.modelSpec);
      const s = manager.get(sel.name, sel);
      // predict_util.cc: an unknown signature is FAILED_PRECONDITION over gRPC (REST says INVALID_ARGUMENT).
      const key = head.modelSpec?.signatureName || 'serving_default';
      if (!s.signatures.has(key) && !Object.prototype.hasOwnProperty.call(s.signatureDefJson, key)) throw new ServingError('FAILED_PRECONDITION', `Serving signature key "${key}" not found.`);
      const sig = s.signature(key);
      const feeds = req && !(codec && broadcastsLarge(req.inputs)) ? predictFeeds(req.inputs, sig, budget) : await codec!.grpcPredictFeeds(call.raw, sig, budget);
      const t0 = performance.now();
      const out = await s.run(sig, feeds, head.outputFilter?.length ? head.outputFilter : undefined);
      metrics.runtime(sel.name, 'Predict', s.runtime, (performance.now() - t0) / 1000);
      const spec = modelSpec(sel.name, s, sig.key);
      const tensorContent = contract.tensorContent ?? false;
      const res = codec?.worthItFor(out) ? await codec.encodeGrpcPredict(spec, out, tensorContent) : encodePredictResponse(spec, out, tensorContent);
      return { res, model: sel.name, version: s.version };
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
