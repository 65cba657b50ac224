/**
 * The HTTP server: TF Serving's REST API under /v1, KServe V2 under /v2, Prometheus metrics. Every request
 * gets an id (x-request-id, echoed back), a body-size limit and a timeout; every error is a JSON body with a
 * 4xx/5xx status, and the server keeps serving. Connections are capped and slow clients are cut off (headers
 * and body each have a deadline), so one client cannot hold the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { budgetFor, type TensorBudget } from '../tensor/limits.js';
import { isRemote, type BodySink, type Codec, type RemoteBytes } from './codec.js';
import type { ServingContract } from './contract.js';
import { asServingError, invalid, redact, ServingError } from './errors.js';
import type { Logger } from './log.js';
import type { ModelManager } from './manager.js';
import type { ServerMetrics } from './metrics.js';
import * as tfs from './rest-tfserving.js';
import * as v2 from './rest-v2.js';

export interface HttpOptions {
  maxBodyBytes: number;
  requestTimeoutMs: number;
  metricsPath: string;
  metricsEnabled: boolean;
  /** Open connections beyond which new ones are refused (default 1024). */
  maxConnections?: number;
  /** Time a client has to send the request headers (default 10 s). */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request, body included (default 30 s). */
  bodyTimeoutMs?: number;
  /** Decodes and encodes large JSON off the event loop. */
  codec?: Codec;
  contract?: ServingContract;
}

export const HTTP_DEFAULTS = { maxConnections: 1024, headersTimeoutMs: 10_000, bodyTimeoutMs: 30_000 } as const;

const V2_MODEL = /^\/v2\/models\/([^/]+)(?:\/versions\/(\d+))?(\/ready|\/infer)?$/;

let idPrefix = randomBytes(3).toString('hex');
let idCounter = 0;
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  if (typeof given === 'string' && given.length > 0 && given.length <= 128 && /^[\x21-\x7e]+$/.test(given)) return given;
  if (idCounter > 1e9) {
    idPrefix = randomBytes(3).toString('hex');
    idCounter = 0;
  }
  return `${idPrefix}-${(++idCounter).toString(36)}`;
}

class BodyTooLarge extends Error {}

/** After a 413, the rest of the body is read and dropped (so the client sees the answer), but not forever. */
const LINGER_MS = 5000;
const LINGER_FACTOR = 8;

/** A path segment from the URL; a malformed %-escape is the client's mistake. */
function segment(raw: string, what: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalid(`the ${what} in the URL has a malformed %-escape`);
  }
}

/**
 * The request body. With a codec and a large Content-Length, the chunks go to a codec thread as they arrive and
 * the answer is the thread's handle to the body (codec.ts says why nothing large stays on the event loop).
 */
function readBody(req: IncomingMessage, limit: number, codec?: Codec): Promise<Buffer | RemoteBytes> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    let sink: BodySink | undefined;
    /**
     * Too large: answer 413 at once, and keep reading (dropping) the rest, so a client that reads only after it
     * has sent everything (most do) gets the answer instead of a reset; a body far past the limit, or one that
     * keeps coming, is cut off.
     */
    const tooLarge = (message: string, declared?: number): void => {
      over = true;
      chunks.length = 0;
      sink?.abort();
      const linger = setTimeout(() => req.socket.destroy(), LINGER_MS);
      linger.unref();
      req.once('end', () => clearTimeout(linger));
      reject(Object.assign(new BodyTooLarge(message), { close: declared !== undefined && declared > limit * LINGER_FACTOR }));
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) tooLarge(`request body of ${declared} bytes exceeds the ${limit}-byte limit (--max-body-size)`, declared);
    // With a Content-Length (Node's parser holds the body to it), the body is gathered into one buffer of that
    // size as it arrives: no single copy of the whole body on the event loop at the end, and the buffer is its
    // own ArrayBuffer, so it moves to a codec thread without a copy.
    const sized = !over && Number.isInteger(declared);
    if (sized && codec?.worthIt(declared)) sink = codec.openBody(declared);
    const whole = !sink && sized && declared > 64 * 1024 ? Buffer.allocUnsafeSlow(declared) : undefined;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (over) {
        if (size > limit * LINGER_FACTOR) req.socket.destroy();
        return;
      }
      if (size > limit) return tooLarge(`request body exceeds the ${limit}-byte limit (--max-body-size)`);
      if (sink) sink.write(c);
      else if (!whole) chunks.push(c);
      else if (size <= whole.length) c.copy(whole, size - c.length);
    });
    req.on('end', () => {
      if (over) return;
      if (sink) return resolve(sink.end());
      if (whole) return resolve(size === whole.length ? whole : whole.subarray(0, Math.min(size, whole.length)));
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    const gone = (err: Error): void => {
      sink?.abort();
      reject(err);
    };
    req.on('error', gone);
    // The client's doing, not the server's: 499 (CANCELLED) in the metrics, no warning in the log.
    req.on('aborted', () => gone(new ServingError('CANCELLED', 'the client closed the connection before the body was complete')));
  });
}

export interface HttpServer {
  server: Server;
  /** Requests being handled now (for draining on shutdown). */
  inflight(): number;
}

interface Handled {
  status: number;
  model?: string;
  version?: number;
  api: string;
}

export function createHttpServer(manager: ModelManager, metrics: ServerMetrics, log: Logger, options: HttpOptions): HttpServer {
  let inflight = 0;
  const budget: TensorBudget = budgetFor(options.maxBodyBytes);
  const bodyTimeoutMs = options.bodyTimeoutMs ?? HTTP_DEFAULTS.bodyTimeoutMs;
  const headersTimeoutMs = Math.min(options.headersTimeoutMs ?? HTTP_DEFAULTS.headersTimeoutMs, bodyTimeoutMs);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<Handled> => {
    const url = (req.url ?? '/').split('?')[0]!;
    const method = req.method ?? 'GET';
    const send = async (status: number, body: string | Buffer | RemoteBytes, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<void> => {
      if (res.headersSent || res.destroyed) {
        if (isRemote(body)) options.codec?.forget(body);
        return;
      }
      if (!isRemote(body)) {
        res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
        res.end(body);
        return;
      }
      // A large answer the codec thread holds: written a slice at a time. Past the headers, a failure can
      // only cut the connection (the client sees a short body against the Content-Length).
      res.writeHead(status, { ...headers, 'content-length': String(body.length) });
      try {
        await options.codec!.pipe(body, res);
        res.end();
      } catch (err) {
        // Almost always the client going away mid-answer (ECONNRESET): not a server fault.
        log.debug('answer cut off', { error: redact(String(err)) });
        res.destroy();
      }
    };
    const fail = (err: unknown, model?: string): Handled => ({ status: errorResponse(err, send, log, req), model, api: '' });

    if (options.metricsEnabled && url === options.metricsPath && method === 'GET') {
      send(200, await metrics.text(), { 'content-type': metrics.registry.contentType });
      return { status: 200, api: 'metrics' };
    }

    // mdeploy extensions: which models are served (TF Serving has no list call; KServe's repository index).
    if (url === '/v1/models' && method === 'GET') {
      const models = manager.names().map((name) => ({ name, versions: manager.status(name).map((v) => ({ version: String(v.version), state: v.state })) }));
      send(200, JSON.stringify({ models }));
      return { status: 200, api: 'rest_list' };
    }
    if (url === '/v2/repository/index' && method === 'POST') {
      const index = manager.names().flatMap((name) => manager.status(name).map((v) => ({ name, version: String(v.version), state: v.state === 'AVAILABLE' ? 'READY' : v.state === 'END' && v.error_message ? 'UNAVAILABLE' : v.state })));
      send(200, JSON.stringify(index));
      return { status: 200, api: 'v2_repository_index' };
    }

    // Everything under /v1/ is TF Serving's, as in its HTTP server (kHTTPRestApiHandlerPathRegex "(?i)/v1/.*").
    if (/^\/v1\//i.test(url)) {
      let api = 'rest_unknown';
      let name: string | undefined;
      try {
        const route = tfs.restRoute(method, url);
        const { verb } = route;
        api = verb ? `rest_${verb}` : route.metadata ? 'rest_metadata' : 'rest_status';
        name = segment(route.rawName, 'model name');
        const sel = { version: route.version, label: route.rawLabel !== undefined ? segment(route.rawLabel, 'version label') : undefined };
        let r: tfs.RestResult;
        if (verb === 'predict') {
          const body = await readBody(req, options.maxBodyBytes, options.codec);
          try {
            r = await tfs.predict(manager, name, sel, body, budget, options.codec, metrics);
          } finally {
            if (isRemote(body)) options.codec?.forget(body);
          }
        } else if (verb) r = await tfs.classifyOrRegress(manager, name, sel, (await readBody(req, options.maxBodyBytes)) as Buffer, verb, budget, options.contract?.methodNameCheck, metrics);
        else r = route.metadata ? tfs.modelMetadata(manager, name, sel) : tfs.modelStatus(manager, name, sel);
        await send(r.status, r.body);
        return { status: r.status, model: name, version: r.version, api };
      } catch (err) {
        return { ...fail(err, name), api };
      }
    }

    if (url === '/v2' || url === '/v2/') {
      const r = v2.serverMetadata();
      send(r.status, r.body, r.headers);
      return { status: 200, api: 'v2_metadata' };
    }
    // KServe answers health with a body ({"live": true}); its Python SDK parses it.
    if (url === '/v2/health/live') {
      send(200, '{"live":true}');
      return { status: 200, api: 'v2_live' };
    }
    if (url === '/v2/health/ready') {
      const ready = manager.ready();
      send(ready ? 200 : 503, JSON.stringify({ ready }));
      return { status: ready ? 200 : 503, api: 'v2_ready' };
    }
    const m = V2_MODEL.exec(url);
    if (m) {
      const [, rawName, v, tail] = m;
      const version = v !== undefined ? Number(v) : undefined;
      const api = tail === '/infer' ? 'v2_infer' : tail === '/ready' ? 'v2_model_ready' : 'v2_model_metadata';
      let name: string | undefined;
      try {
        name = segment(rawName!, 'model name');
        let r: v2.V2Response;
        if (tail === '/infer') {
          if (method !== 'POST') throw new ServingError('INVALID_ARGUMENT', 'infer needs POST');
          const body = await readBody(req, options.maxBodyBytes, options.codec);
          const h = req.headers['inference-header-content-length'];
          try {
            r = await v2.infer(manager, name, version, body, typeof h === 'string' ? Number(h) : undefined, budget, options.codec);
          } finally {
            if (isRemote(body)) options.codec?.forget(body);
          }
        } else if (tail === '/ready') r = v2.modelReady(manager, name, version);
        else r = v2.modelMetadata(manager, name, version);
        await send(r.status, r.body, r.headers ?? {});
        return { status: r.status, model: name, version: r.version, api };
      } catch (err) {
        return { ...fail(err, name), api };
      }
    }
    send(404, JSON.stringify({ error: `no route for ${method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url}; see /v1/models/<name>[:predict] and /v2/models/<name>[/infer]` }));
    return { status: 404, api: 'unknown' };
  };

  const server = createServer({ connectionsCheckingInterval: 1000, requestTimeout: bodyTimeoutMs, headersTimeout: headersTimeoutMs }, (req, res) => {
    const started = performance.now();
    const id = requestId(req);
    res.setHeader('x-request-id', id);
    inflight++;
    metrics.inflight.inc();
    // Each request is accounted for exactly once: when the handler settles, or at the timeout if it never does.
    let accounted = false;
    const account = (r: Handled): void => {
      if (accounted) return;
      accounted = true;
      clearTimeout(timer);
      inflight--;
      metrics.inflight.dec();
      const elapsed = (performance.now() - started) / 1000;
      // Only configured models become label values: request paths must not grow the metrics without bound.
      const model = r.model !== undefined && manager.config(r.model) ? r.model : '';
      const code = String(res.headersSent && res.statusCode !== r.status ? res.statusCode : r.status);
      metrics.record({ model, version: model && r.version !== undefined && r.status < 400 ? String(r.version) : '', api: r.api, code }, elapsed);
      log.debug('request', { id, method: req.method, url: req.url?.slice(0, 200), status: code, ms: Math.round(elapsed * 10000) / 10 });
    };
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        const body = JSON.stringify({ error: `request timed out after ${options.requestTimeoutMs} ms (--request-timeout)` });
        res.writeHead(504, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close' });
        res.end(body);
      }
      account({ status: 504, api: 'timeout' });
    }, options.requestTimeoutMs);
    handle(req, res)
      .then(account, (err: unknown) => {
        log.error('request handler failed', { id, url: req.url?.slice(0, 200), error: redact(String(err)) });
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'internal server error' }));
        }
        account({ status: 500, api: 'unknown' });
      });
  });
  server.maxConnections = options.maxConnections ?? HTTP_DEFAULTS.maxConnections;
  server.keepAliveTimeout = 65_000;
  return { server, inflight: () => inflight };
}

function errorResponse(err: unknown, send: (status: number, body: string, headers?: Record<string, string>) => void, log: Logger, req: IncomingMessage): number {
  if (err instanceof BodyTooLarge) {
    const close = (err as BodyTooLarge & { close?: boolean }).close === true;
    send(413, JSON.stringify({ error: err.message }), { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}) });
    return 413;
  }
  const e = asServingError(err);
  const message = redact(e.message);
  if (e.httpStatus >= 500) log.warn('request failed', { url: req.url?.slice(0, 200), code: e.code, error: message });
  send(e.httpStatus, JSON.stringify({ error: message }));
  return e.httpStatus;
}
