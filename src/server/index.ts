/**
 * `mdeploy serve`: TF Serving's REST and gRPC APIs plus KServe V2 from one Node process. startServer wires
 * the file-system source, the model manager, the HTTP and gRPC front ends and metrics; close() drains.
 */
import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { MdeployError } from '../errors.js';
import { serving } from '../proto/serving-api.js';
import { DEFAULT_BATCHING, type BatchingOptions } from './batcher.js';
import { modelConfigsFromProto, modelFromPath, readBatchingConfig, readModelConfigFile, readMonitoringConfig, type ModelConfig } from './config.js';
import { createGrpcServer } from './grpc.js';
import { registerKServeGrpc } from './grpc-v2.js';
import { createHttpServer } from './http.js';
import { createLogger, type Logger } from './log.js';
import { servableLoader } from './loader.js';
import { ModelManager } from './manager.js';
import { ServerMetrics } from './metrics.js';
import type { BackendChoice } from './servable.js';
import { FileSystemSource } from './source.js';
import { dirname, isAbsolute, resolve } from 'node:path';
import { budgetFor } from '../tensor/limits.js';
import { availableParallelism } from 'node:os';
import { Codec } from './codec.js';
import { DEFAULT_CONTRACT, type ServingContract } from './contract.js';

export interface ServeOptions {
  /** A model directory, ONNX file or base path (ignored with modelConfigFile). */
  model?: string;
  name?: string;
  modelConfigFile?: string;
  backend?: BackendChoice;
  host?: string;
  restPort?: number;
  /** 0 picks a free port; negative disables gRPC. */
  grpcPort?: number;
  pollMs?: number;
  workers?: number;
  /** TensorFlow thread pools per worker (see ServableOptions). */
  intraOpThreads?: number;
  interOpThreads?: number;
  /** false disables batching; a partial object overrides the defaults. */
  batching?: Partial<BatchingOptions> | false;
  batchingConfigFile?: string;
  monitoringConfigFile?: string;
  maxBodyBytes?: number;
  requestTimeoutMs?: number;
  /** HTTP connection cap and client deadlines (see HTTP_DEFAULTS). */
  maxConnections?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** Accept gRPC HandleReloadConfigRequest (needs modelConfigFile). Off by default. */
  allowReload?: boolean;
  /** Base paths a remote reload may point at must lie under it (default: the config file's directory). */
  modelRoot?: string;
  /** TF Serving's answer switches (contract.ts); TF Serving's defaults when absent. */
  contract?: Partial<ServingContract>;
  logger?: Logger;
}

export interface RunningServer {
  /** Undefined when REST is off. */
  restPort?: number;
  grpcPort?: number;
  host: string;
  manager: ModelManager;
  metrics: ServerMetrics;
  /** Resolves when the first poll's loads have finished (models AVAILABLE or failed). */
  initialLoad: Promise<void>;
  /** Models with no AVAILABLE version, and why (after initialLoad: what failed to start). */
  unavailableModels(): Array<{ name: string; reason: string }>;
  /** Stops accepting requests, waits for those in flight, unloads models. */
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.logger ?? createLogger();
  const ref: { manager?: ModelManager } = {};
  const metrics = new ServerMetrics(() => (ref.manager?.servables() ?? []).flatMap((s) => s.queueDepths().map((q) => ({ model: s.name, ...q }))));
  let batching: BatchingOptions | false = options.batching === false ? false : { ...DEFAULT_BATCHING, ...options.batching };
  if (options.batchingConfigFile) batching = { ...DEFAULT_BATCHING, ...(batching || {}), ...readBatchingConfig(options.batchingConfigFile) };
  const monitoring = options.monitoringConfigFile ? readMonitoringConfig(options.monitoringConfigFile) : { enabled: true, path: '/monitoring/prometheus/metrics' };

  let configs: ModelConfig[];
  const configFile = options.modelConfigFile ? (isAbsolute(options.modelConfigFile) ? options.modelConfigFile : resolve(options.modelConfigFile)) : undefined;
  if (configFile) configs = readModelConfigFile(configFile, options.backend);
  else if (options.model) configs = [modelFromPath(options.model, { name: options.name, backend: options.backend })];
  else throw new MdeployError('E_USAGE', 'nothing to serve: give a model path or --model-config-file');

  const manager = new ModelManager(servableLoader({ workers: options.workers, intraOpThreads: options.intraOpThreads, interOpThreads: options.interOpThreads, batching }, metrics), log, metrics);
  ref.manager = manager;
  manager.setConfigs(configs);
  const source = new FileSystemSource(manager, () => configs, options.pollMs ?? 1000);

  const reload = async (next: ModelConfig[]): Promise<void> => {
    configs = next;
    manager.setConfigs(next);
    source.reset();
    await source.poll();
    log.info('model config reloaded', { models: next.map((c) => c.name) });
  };

  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const codec = new Codec(Math.min(2, availableParallelism()));
  const contract: ServingContract = { ...DEFAULT_CONTRACT, ...options.contract };
  const http = createHttpServer(manager, metrics, log, {
    codec,
    contract,
    maxBodyBytes,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    metricsPath: monitoring.path,
    metricsEnabled: monitoring.enabled,
    maxConnections: options.maxConnections,
    headersTimeoutMs: options.headersTimeoutMs,
    bodyTimeoutMs: options.bodyTimeoutMs,
  });
  // A negative port turns REST off (TF Serving's command lines without --rest_api_port).
  const restOn = (options.restPort ?? 8501) >= 0;
  if (!restOn && (options.grpcPort ?? 8500) < 0) throw new MdeployError('E_USAGE', 'both REST and gRPC are off: nothing would listen', { suggestions: ['Give --port (REST) or --grpc-port (gRPC) a port, or 0 for any free one.'] });
  if (restOn) {
    await new Promise<void>((resolveListen, reject) => {
      http.server.once('error', (err: NodeJS.ErrnoException) =>
        reject(new MdeployError('E_USAGE', `cannot listen on ${host}:${options.restPort ?? 8501} (${err.code})`, { suggestions: ['Pick another port with --port, or stop what uses it.'] })),
      );
      http.server.listen(options.restPort ?? 8501, host, () => resolveListen());
    });
  }
  const restPort = restOn ? (http.server.address() as AddressInfo).port : undefined;

  let grpcServer: grpc.Server | undefined;
  let grpcPort: number | undefined;
  if ((options.grpcPort ?? 8500) >= 0) {
    // ModelService.HandleReloadConfigRequest can load any directory it names, so it is refused unless the
    // operator asked for it, and then only for base paths under the model root.
    const modelRoot = options.modelRoot ? resolve(options.modelRoot) : configFile ? dirname(configFile) : undefined;
    const reloadAllowed = options.allowReload === true && configFile !== undefined && modelRoot !== undefined;
    grpcServer = createGrpcServer(manager, metrics, log, {
      reloadConfig: reloadAllowed
        ? async (cfg: serving.tensorflow.serving.IModelServerConfig) => {
            log.warn('gRPC HandleReloadConfigRequest: replacing the model config', { models: (cfg.modelConfigList?.config ?? []).map((c) => c.name).slice(0, 20) });
            await reload(modelConfigsFromProto(cfg, { baseDir: modelRoot, backend: options.backend, allowedRoot: modelRoot }));
          }
        : undefined,
      reloadRefusal: !configFile
        ? 'this server serves one model path; reloading the config needs --model-config-file and --allow-reload'
        : 'config reloads over gRPC are off; start the server with --allow-reload to accept HandleReloadConfigRequest',
      maxMessageBytes: maxBodyBytes,
      budget: budgetFor(maxBodyBytes),
      codec,
      contract,
    });
    // KServe V2's inference.GRPCInferenceService beside TF Serving's services, on the same port (as KServe's
    // runtimes and Triton serve it).
    registerKServeGrpc(grpcServer, manager, metrics, log, { budget: budgetFor(maxBodyBytes) });
    grpcPort = await new Promise<number>((resolveBind, reject) =>
      grpcServer!.bindAsync(`${host}:${options.grpcPort ?? 8500}`, grpc.ServerCredentials.createInsecure(), (err, port) =>
        err ? reject(new MdeployError('E_USAGE', `cannot listen for gRPC on ${host}:${options.grpcPort ?? 8500} (${err.message})`, { suggestions: ['Pick another port with --grpc-port, or 0 for any free port.'] })) : resolveBind(port),
      ),
    );
  }

  // Config file reload: poll its modification time, like the version directories.
  let configTimer: NodeJS.Timeout | undefined;
  if (configFile) {
    let mtime = statSync(configFile).mtimeMs;
    configTimer = setInterval(() => {
      let now: number;
      try {
        now = statSync(configFile).mtimeMs;
      } catch {
        return;
      }
      if (now === mtime) return;
      mtime = now;
      try {
        void reload(readModelConfigFile(configFile, options.backend));
      } catch (err) {
        log.error('model config reload failed; keeping the current models', { file: configFile, error: (err as Error).message });
      }
    }, options.pollMs ?? 1000);
    configTimer.unref();
  }

  const initialLoad = source.poll();
  source.start();
  log.info('serving', { rest: restPort !== undefined ? `http://${host}:${restPort}` : 'off', grpc: grpcPort !== undefined ? `${host}:${grpcPort}` : 'off', models: configs.map((c) => c.name) });

  let closing: Promise<void> | undefined;
  return {
    restPort,
    grpcPort,
    host,
    manager,
    metrics,
    initialLoad,
    unavailableModels() {
      return manager.names().flatMap((name) => {
        const versions = manager.status(name);
        if (versions.some((v) => v.state === 'AVAILABLE')) return [];
        const failed = versions.find((v) => v.error_message);
        const config = manager.config(name);
        return [{ name, reason: failed ? `version ${failed.version}: ${failed.error_message}` : `no versions found under ${config?.basePath ?? '?'} (a SavedModel directory, a .onnx file or numeric version directories)` }];
      });
    },
    close() {
      closing ??= (async () => {
        source.stop();
        if (configTimer) clearInterval(configTimer);
        // Stop accepting; let requests in flight finish (up to the request timeout).
        const closed = restOn ? new Promise<void>((r) => http.server.close(() => r())) : Promise.resolve();
        http.server.closeIdleConnections?.();
        const deadline = Date.now() + (options.requestTimeoutMs ?? 30_000);
        while (http.inflight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        http.server.closeAllConnections?.();
        await closed;
        if (grpcServer) await new Promise<void>((r) => grpcServer!.tryShutdown(() => r()));
        await manager.close();
        await codec.close();
        log.info('server stopped');
      })();
      return closing;
    },
  };
}
