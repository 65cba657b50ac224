/**
 * Prometheus metrics for the server (prom-client), served at /monitoring/prometheus/metrics: mdeploy's own
 * (`mdeploy_*`) and, under the names TF Serving exports, the ones its dashboards read. TF Serving's exporter
 * (tensorflow_serving/util/prometheus_exporter.cc) turns a metric's path into its name by replacing every
 * character other than [a-zA-Z0-9_] with ':', so `/tensorflow/serving/request_count` is
 * `:tensorflow:serving:request_count`; latencies are histograms in microseconds with TensorFlow's
 * Buckets::Exponential(10, 1.8, 33) limits.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * TensorFlow's monitoring::Buckets::Exponential(scale, growth, count): scale·growthⁱ for i < count (then +Inf),
 * to the 6 significant digits TF Serving prints them with (`le="32.4"`, not 32.400000000000006).
 */
function exponentialBuckets(scale: number, growth: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Number((scale * growth ** i).toPrecision(6)));
}
const TF_LATENCY_BUCKETS = exponentialBuckets(10, 1.8, 33);

/** The TF status names of HTTP statuses, for REST requests in TF Serving's request_count (its `status` label). */
const HTTP_TO_TF: Record<string, string> = {
  '200': 'OK',
  '400': 'INVALID_ARGUMENT',
  '401': 'UNAUTHENTICATED',
  '403': 'PERMISSION_DENIED',
  '404': 'NOT_FOUND',
  '408': 'DEADLINE_EXCEEDED',
  '409': 'ABORTED',
  '413': 'RESOURCE_EXHAUSTED',
  '429': 'RESOURCE_EXHAUSTED',
  '499': 'CANCELLED',
  '500': 'INTERNAL',
  '501': 'UNIMPLEMENTED',
  '503': 'UNAVAILABLE',
  '504': 'DEADLINE_EXCEEDED',
};

/**
 * mdeploy's API labels that TF Serving counts, with its own `API` label and entrypoint: REST uses the URL's verb
 * (empty for status and metadata GETs, as http_rest_api_handler.cc leaves it), gRPC the rpc's name.
 */
const TF_SERVING_API: Record<string, { api: string; entrypoint: 'REST' | 'GRPC' }> = {
  rest_predict: { api: 'predict', entrypoint: 'REST' },
  rest_classify: { api: 'classify', entrypoint: 'REST' },
  rest_regress: { api: 'regress', entrypoint: 'REST' },
  rest_status: { api: '', entrypoint: 'REST' },
  rest_metadata: { api: '', entrypoint: 'REST' },
  grpc_predict: { api: 'Predict', entrypoint: 'GRPC' },
  grpc_classify: { api: 'Classify', entrypoint: 'GRPC' },
  grpc_regress: { api: 'Regress', entrypoint: 'GRPC' },
};

/** One finished request, as the REST and gRPC front ends account for it. `code`: a TF status name or an HTTP status. */
export interface RequestRecord {
  model: string;
  version: string;
  api: string;
  code: string;
}

export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'model' | 'version' | 'api' | 'code'>;
  readonly duration: Histogram<'model' | 'api'>;
  readonly batchSize: Histogram<'model' | 'signature'>;
  readonly queueDepth: Gauge<'model' | 'signature'>;
  readonly modelState: Gauge<'model' | 'version' | 'state'>;
  readonly inflight: Gauge;
  /** TF Serving's names (see the module comment). */
  readonly tfRequestCount: Counter<'model_name' | 'status'>;
  readonly tfRequestLatency: Histogram<'model_name' | 'API' | 'entrypoint'>;
  readonly tfRuntimeLatency: Histogram<'model_name' | 'API' | 'runtime'>;
  readonly tfExampleCounts: Histogram<'model'>;
  readonly tfExampleCountTotal: Counter<'model'>;
  readonly tfLoadAttempts: Counter<'model_path' | 'status'>;
  readonly tfLoadLatency: Counter<'model_path'>;

  /** `queueDepths` is read at scrape time for the queue-depth gauge. */
  constructor(queueDepths?: () => Array<{ model: string; signature: string; queued: number }>) {
    collectDefaultMetrics({ register: this.registry, prefix: 'mdeploy_process_' });
    this.requests = new Counter({
      name: 'mdeploy_requests_total',
      help: 'Requests by model, version, API (rest_predict, grpc_predict, v2_infer, …) and status code',
      labelNames: ['model', 'version', 'api', 'code'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'mdeploy_request_duration_seconds',
      help: 'Request latency from arrival to response, seconds',
      labelNames: ['model', 'api'],
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10],
      registers: [this.registry],
    });
    this.batchSize = new Histogram({
      name: 'mdeploy_batch_size',
      help: 'Rows per batch the dynamic batcher ran',
      labelNames: ['model', 'signature'],
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512],
      registers: [this.registry],
    });
    this.queueDepth = new Gauge({
      name: 'mdeploy_batch_queue_depth',
      help: 'Requests waiting in the dynamic batcher (open and queued batches)',
      labelNames: ['model', 'signature'],
      registers: [this.registry],
      collect() {
        if (!queueDepths) return;
        this.reset();
        for (const q of queueDepths()) this.set({ model: q.model, signature: q.signature }, q.queued);
      },
    });
    this.modelState = new Gauge({
      name: 'mdeploy_model_state',
      help: '1 for the state each model version is in (START, LOADING, AVAILABLE, UNLOADING, END)',
      labelNames: ['model', 'version', 'state'],
      registers: [this.registry],
    });
    this.inflight = new Gauge({ name: 'mdeploy_requests_in_flight', help: 'Requests being processed', registers: [this.registry] });

    const registers = [this.registry];
    this.tfRequestCount = new Counter({ name: ':tensorflow:serving:request_count', help: 'The total number of requests.', labelNames: ['model_name', 'status'], registers });
    this.tfRequestLatency = new Histogram({
      name: ':tensorflow:serving:request_latency',
      help: 'Distribution of wall time (in microseconds) for Tensorflow Serving request.',
      labelNames: ['model_name', 'API', 'entrypoint'],
      buckets: TF_LATENCY_BUCKETS,
      registers,
    });
    this.tfRuntimeLatency = new Histogram({
      name: ':tensorflow:serving:runtime_latency',
      help: 'Distribution of wall time (in microseconds) for Tensorflow runtime.',
      labelNames: ['model_name', 'API', 'runtime'],
      buckets: TF_LATENCY_BUCKETS,
      registers,
    });
    this.tfExampleCounts = new Histogram({
      name: ':tensorflow:serving:request_example_counts',
      help: 'The number of tensorflow.Examples per request.',
      labelNames: ['model'],
      buckets: exponentialBuckets(1, 2, 15),
      registers,
    });
    this.tfExampleCountTotal = new Counter({ name: ':tensorflow:serving:request_example_count_total', help: 'The total number of tensorflow.Examples.', labelNames: ['model'], registers });
    this.tfLoadAttempts = new Counter({
      name: ':tensorflow:cc:saved_model:load_attempt_count',
      help: 'The number of times a SavedModel was successfully loaded.',
      labelNames: ['model_path', 'status'],
      registers,
    });
    this.tfLoadLatency = new Counter({
      name: ':tensorflow:cc:saved_model:load_latency',
      help: 'Latency in microseconds for SavedModels that were successfully loaded.',
      labelNames: ['model_path'],
      registers,
    });
  }

  /**
   * Accounts for one finished request: mdeploy_requests_total and mdeploy_request_duration_seconds always (but
   * not for the metrics page's own latency), TF Serving's request_count for the APIs TF Serving has, and its
   * request_latency for those that succeeded (TF Serving records latency only for OK requests).
   */
  record(r: RequestRecord, seconds: number): void {
    this.requests.inc({ model: r.model, version: r.version, api: r.api, code: r.code });
    if (r.api !== 'metrics') this.duration.observe({ model: r.model, api: r.api }, seconds);
    const tf = TF_SERVING_API[r.api];
    if (!tf) return;
    const status = HTTP_TO_TF[r.code] ?? r.code;
    this.tfRequestCount.inc({ model_name: r.model, status: /^\d+$/.test(status) ? 'UNKNOWN' : status });
    if (status === 'OK') this.tfRequestLatency.observe({ model_name: r.model, API: tf.api, entrypoint: tf.entrypoint }, seconds * 1e6);
  }

  /** A run of a model on its runtime (`api`: Predict, Classify or Regress). */
  runtime(model: string, api: string, runtime: string, seconds: number): void {
    this.tfRuntimeLatency.observe({ model_name: model, API: api, runtime }, seconds * 1e6);
  }

  /** The tf.Examples of one Classify/Regress/MultiInference request. */
  examples(model: string, count: number): void {
    this.tfExampleCounts.observe({ model }, count);
    this.tfExampleCountTotal.inc({ model }, count);
  }

  /** One load attempt of a model version (`path`: its directory), as TensorFlow's SavedModel loader counts them. */
  loaded(path: string, ok: boolean, seconds: number): void {
    this.tfLoadAttempts.inc({ model_path: path, status: ok ? 'success' : 'fail' });
    if (ok) this.tfLoadLatency.inc({ model_path: path }, Math.round(seconds * 1e6));
  }

  setState(model: string, version: number, state: string): void {
    for (const s of ['START', 'LOADING', 'AVAILABLE', 'UNLOADING', 'END']) this.modelState.set({ model, version: String(version), state: s }, s === state ? 1 : 0);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
