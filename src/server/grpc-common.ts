/**
 * What the gRPC services (TF Serving's in grpc.ts, KServe V2's in grpc-v2.ts) share: unary method definitions
 * over protobufjs messages, and the handler wrapper that accounts for each call and turns errors into statuses.
 */
import * as grpc from '@grpc/grpc-js';
import { asServingError, redact, ServingCode, type ServingCodeName } from './errors.js';
import type { Logger } from './log.js';
import type { ModelManager } from './manager.js';
import type { ServerMetrics } from './metrics.js';

/** A protobufjs static message class. */
export type Msg = { encode(m: object): { finish(): Uint8Array }; decode(b: Uint8Array): object };

/** A unary rpc at `/<service>/<name>`. */
export function unaryMethod(service: string, name: string, req: Msg, res: Msg): grpc.MethodDefinition<object, object> {
  return {
    path: `/${service}/${name}`,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: object) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: object) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

/** What a handler answers: the response, and the model and version that served it (metric labels). */
export type Served<Res> = { res: Res; model?: string; version?: number };

/**
 * Makes handlers that count and time each call under `api` and answer failures with their status code and a
 * redacted message. `modelOf` names the request's model; only configured names become label values, so
 * requests for random names cannot grow the metrics.
 */
export function unaryWrapper(manager: ModelManager, metrics: ServerMetrics, log: Logger) {
  return <Req, Res>(api: string, modelOf: (req: Req) => string | null | undefined, fn: (req: Req) => Promise<Served<Res>>): grpc.handleUnaryCall<Req, Res> =>
    (call, callback) => {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      fn(call.request).then(
        ({ res, model, version }) => {
          metrics.record({ model: model ?? '', version: version !== undefined ? String(version) : '', api, code: 'OK' }, seconds());
          callback(null, res);
        },
        (err: unknown) => {
          const e = asServingError(err);
          const requested = modelOf(call.request) ?? '';
          const model = requested && manager.config(requested) ? requested : '';
          metrics.record({ model, version: '', api, code: e.code }, seconds());
          const details = redact(e.message);
          if (e.code === 'INTERNAL' || e.code === 'UNKNOWN' || e.code === 'UNAVAILABLE') log.warn('grpc request failed', { api, code: e.code, error: details });
          callback({ code: ServingCode[e.code as ServingCodeName] as grpc.status, details });
        },
      );
    };
}
