import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { MdeployError } from '../errors.js';
import { EXAMPLE_MODEL } from '../paths.js';
import { startServer } from '../server/index.js';
import { HTTP_DEFAULTS } from '../server/http.js';
import { fromTfServingArgs, usesTfServingFlags } from '../cli/tfserving-flags.js';
import { createLogger } from '../server/log.js';
import { parseBytes, parseDuration } from '../util/units.js';
import { containerFlags, imageFlags } from '../cli/image-flags.js';

export default class Serve extends BaseCommand {
  static override enableJsonFlag = false;
  static override summary = 'Serve models behind TF Serving\'s REST and gRPC APIs and KServe V2, locally or in a container (--docker).';
  static override description =
    'PATH is a SavedModel directory, a base path with numeric version directories (watched for new versions), a ' +
    '.onnx file or a TF.js model directory. With --model-config-file, TF Serving\'s model_config_list text proto ' +
    'chooses several models, version policies and labels. Without PATH, serves the bundled example.';
  static override examples = [
    '<%= config.bin %> serve',
    '<%= config.bin %> serve models/resnet --name resnet --port 8501 --grpc-port 8500',
    '<%= config.bin %> serve --model-config-file models.config --batching-config batching.config',
    '<%= config.bin %> serve resnet.onnx --backend onnx --host 0.0.0.0',
  ];
  static override args = { path: Args.string({ description: 'model or base path (default: the bundled example)' }) };
  static override flags = {
    name: Flags.string({ description: 'model name (default: the directory name)' }),
    'model-config-file': Flags.string({ description: 'TF Serving model_config_list file (reloaded when it changes)' }),
    backend: Flags.string({ description: 'how to run the model (litert: .tflite files, on LiteRT.js)', options: ['auto', 'tf', 'onnx', 'tfjs', 'litert'], default: 'auto' }),
    host: Flags.string({ description: 'address to listen on', default: '127.0.0.1' }),
    port: Flags.integer({ description: 'REST port (TF Serving REST and KServe V2; -1: off). With TF Serving-style flags (--model_name, --rest_api_port, …) the whole line has TF Serving\'s meanings: --port is then gRPC', default: 8501 }),
    'grpc-port': Flags.integer({ description: 'gRPC port (-1: off)', default: 8500 }),
    poll: Flags.string({ description: 'how often to look for new versions', default: '1s' }),
    workers: Flags.integer({ description: 'inference worker processes per model (tf/tfjs backends; default one per core, at most 4)', min: 1 }),
    'intra-op-threads': Flags.integer({ description: 'TensorFlow threads per op in each worker (default: the cores shared out among the workers; 0: TensorFlow decides)', min: 0 }),
    'inter-op-threads': Flags.integer({ description: 'TensorFlow ops run at once in each worker (default as --intra-op-threads)', min: 0 }),
    batching: Flags.boolean({ description: 'dynamic server-side batching', default: true, allowNo: true }),
    'max-batch-size': Flags.integer({ description: 'largest batch', min: 1 }),
    'batch-timeout': Flags.string({ description: 'longest a request waits for a batch to fill (e.g. 2ms)' }),
    'max-enqueued-batches': Flags.integer({ description: 'queued batches before requests get 429', min: 1 }),
    'batching-config': Flags.string({ description: 'TF Serving batching_parameters file' }),
    'monitoring-config': Flags.string({ description: 'TF Serving monitoring config (Prometheus path)' }),
    'max-body-size': Flags.string({ description: 'largest request body (also caps gRPC messages and the tensors one request may ask for)', default: '64MiB' }),
    'request-timeout': Flags.string({ description: 'per-request timeout', default: '30s' }),
    'max-connections': Flags.integer({ description: 'open HTTP connections beyond which new ones are refused', default: HTTP_DEFAULTS.maxConnections, min: 1 }),
    'header-timeout': Flags.string({ description: 'time a client has to send the request headers', default: `${HTTP_DEFAULTS.headersTimeoutMs / 1000}s` }),
    'body-timeout': Flags.string({ description: 'time a client has to send the whole request', default: `${HTTP_DEFAULTS.bodyTimeoutMs / 1000}s` }),
    'allow-reload': Flags.boolean({ description: 'accept gRPC HandleReloadConfigRequest (needs --model-config-file); off by default', dependsOn: ['model-config-file'] }),
    'model-root': Flags.string({ description: 'base paths a gRPC config reload may use must lie under it (default: the config file\'s directory)', dependsOn: ['allow-reload'] }),
    'enable-signature-method-name-check': Flags.boolean({ description: 'Classify/Regress only on signatures whose method_name is classify/regress (TF Serving\'s flag; off as there)', aliases: ['enable_signature_method_name_check'] }),
    'enable-serialization-as-tensor-content': Flags.boolean({ description: 'gRPC outputs as raw tensor_content instead of float_val, int64_val, … (TF Serving\'s flag; off as there)', aliases: ['enable_serialization_as_tensor_content'] }),
    'keep-running': Flags.boolean({ description: 'keep serving (and polling for versions) even when no model loads at start' }),
    'log-level': Flags.string({ options: ['debug', 'info', 'warn', 'error'], default: 'info' }),
    'log-format': Flags.string({ options: ['json', 'text'], description: 'default: text on a terminal, JSON otherwise' }),
    docker: Flags.boolean({ description: 'run in a container: build the model\'s image if needed (or use --image), publish its ports, wait until AVAILABLE' }),
    image: Flags.string({ description: 'with --docker: run this image instead of building one', dependsOn: ['docker'] }),
    detach: Flags.boolean({ char: 'd', description: 'with --docker: return once the model is AVAILABLE, leaving the container running', dependsOn: ['docker'] }),
    'no-cache': Flags.boolean({ description: 'with --docker: rebuild the image even if an up-to-date one exists', dependsOn: ['docker'] }),
    ...imageFlags,
    ...containerFlags,
  };

  async run(): Promise<void> {
    // TF Serving's own command lines work as they are (see cli/tfserving-flags.ts for the rule).
    const tfs = usesTfServingFlags(this.argv) ? fromTfServingArgs(this.argv) : undefined;
    const { args, flags } = await this.parse(Serve, tfs?.args ?? this.argv);
    // Loaded on demand: images carry only what `serve` itself needs (see image/app-files.ts).
    if (flags.docker) return (await import('../cli/serve-docker.js')).serveDocker(this, args.path ?? EXAMPLE_MODEL, flags);
    const dur = (name: string, v: string): number => {
      try {
        return parseDuration(v);
      } catch (err) {
        throw new MdeployError('E_USAGE', `--${name}: ${(err as Error).message}`);
      }
    };
    let maxBody: number;
    try {
      maxBody = parseBytes(flags['max-body-size']);
    } catch (err) {
      throw new MdeployError('E_USAGE', `--max-body-size: ${(err as Error).message}`);
    }
    const logger = createLogger({ level: flags['log-level'] as 'info', json: flags['log-format'] ? flags['log-format'] === 'json' : undefined });
    const server = await startServer({
      model: flags['model-config-file'] ? undefined : (args.path ?? EXAMPLE_MODEL),
      name: flags.name,
      modelConfigFile: flags['model-config-file'],
      backend: flags.backend as 'auto',
      host: flags.host,
      restPort: flags.port,
      grpcPort: flags['grpc-port'],
      pollMs: dur('poll', flags.poll),
      workers: flags.workers,
      intraOpThreads: flags['intra-op-threads'],
      interOpThreads: flags['inter-op-threads'],
      batching: flags.batching
        ? {
            ...(flags['max-batch-size'] ? { maxBatchSize: flags['max-batch-size'] } : {}),
            ...(flags['batch-timeout'] ? { batchTimeoutMicros: dur('batch-timeout', flags['batch-timeout']) * 1000 } : {}),
            ...(flags['max-enqueued-batches'] ? { maxEnqueuedBatches: flags['max-enqueued-batches'] } : {}),
          }
        : false,
      batchingConfigFile: flags['batching-config'],
      monitoringConfigFile: flags['monitoring-config'],
      maxBodyBytes: maxBody,
      requestTimeoutMs: dur('request-timeout', flags['request-timeout']),
      maxConnections: flags['max-connections'],
      headersTimeoutMs: dur('header-timeout', flags['header-timeout']),
      bodyTimeoutMs: dur('body-timeout', flags['body-timeout']),
      allowReload: flags['allow-reload'],
      modelRoot: flags['model-root'],
      contract: { methodNameCheck: flags['enable-signature-method-name-check'], tensorContent: flags['enable-serialization-as-tensor-content'] },
      logger,
    });
    await server.initialLoad;
    const names = server.manager.names();
    const down = server.unavailableModels();
    for (const d of down) logger.error(`model ${d.name} is not available: ${d.reason}`);
    // Like TF Serving, a server with nothing to serve stops, so scripts waiting for "ready" are not fooled.
    if (down.length === names.length && !flags['keep-running']) {
      await server.close();
      throw new MdeployError('E_NOTHING_SERVED', `no model could be loaded (${down.map((d) => `${d.name}: ${d.reason}`).join('; ')})`);
    }
    if (tfs?.ignored.length) logger.warn(`TF Serving flags that mdeploy does not need, ignored: ${tfs.ignored.join(', ')}`);
    const host = server.host === '0.0.0.0' ? '127.0.0.1' : server.host;
    for (const n of names) {
      const status = server.manager.status(n);
      logger.info(`model ${n}: ${status.map((s) => `${s.version} ${s.state}${s.error_message ? ` (${s.error_message})` : ''}`).join(', ')}`);
    }
    if (names[0] && server.restPort !== undefined) {
      const sig = (() => {
        try {
          return server.manager.get(names[0]!).signature();
        } catch {
          return undefined;
        }
      })();
      const example = sig && Object.keys(sig.inputs).length === 1 ? `{"instances": [...]}` : `{"inputs": {...}}`;
      logger.info(`try: curl http://${host}:${server.restPort}/v1/models/${names[0]} ; curl -d '${example}' http://${host}:${server.restPort}/v1/models/${names[0]}:predict`);
    }
    logger.info('ready', { restPort: server.restPort ?? null, grpcPort: server.grpcPort ?? null, models: names });
    // SIGTERM/SIGINT drain requests in flight, then exit.
    await new Promise<void>((resolve) => {
      const stop = (sig: string): void => {
        logger.info(`${sig}: draining requests in flight`);
        void server.close().then(resolve);
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
  }
}
