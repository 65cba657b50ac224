/** The --docker half of `mdeploy serve`: start the container, print how to call it, then detach or follow. */
import type { Command } from '@oclif/core';
import { MdeployError } from '../errors.js';
import { buildReporter } from './build-progress.js';
import { imageOptions } from './image-flags.js';
import { containerLogs, exitReason, stopContainer } from '../image/container.js';
import { describeLimits } from '../image/container-options.js';
import { formatBytes } from '../image/docker.js';
import { startDockerServe } from '../image/serve-docker.js';
import { createProgress } from '../util/progress.js';

export interface ServeDockerFlags {
  name?: string;
  backend: string;
  template: string;
  'base-image'?: string;
  image?: string;
  detach?: boolean;
  'no-cache'?: boolean;
  port: number;
  'grpc-port': number;
  host: string;
  /** containerFlags (undefined when serve.ts does not declare them: the defaults apply). */
  memory?: string;
  cpus?: string;
  'pids-limit'?: number;
}

export async function serveDocker(cmd: Command, model: string, flags: ServeDockerFlags): Promise<void> {
  const progress = createProgress({ enabled: true });
  const started = await startDockerServe({
    image: imageOptions(model, { ...flags, name: flags.name }),
    imageRef: flags.image,
    containerName: flags.name,
    restPort: flags.port,
    grpcPort: flags['grpc-port'],
    host: flags.host,
    memory: flags.memory,
    cpus: flags.cpus,
    pidsLimit: flags['pids-limit'],
    noCache: flags['no-cache'],
    progress,
    onBuildEvent: buildReporter(false),
  });
  const c = started.container;
  cmd.log(`${c.name}: ${started.model} (versions ${c.versions.join(', ')}) is AVAILABLE in ${started.image}${started.imageSize ? ` (${formatBytes(started.imageSize)}${started.built ? ', built now' : ', up to date'})` : ''}`);
  cmd.log(`  REST  ${c.url}${c.grpcPort ? `   gRPC  ${flags.host}:${c.grpcPort}` : ''}`);
  cmd.log(`  try   curl ${c.url}/v1/models/${started.model}`);
  cmd.log(`  limit ${describeLimits(c.limits)}; read-only root, no capabilities${flags.host === '0.0.0.0' || flags.host === '::' ? '; ports published on every interface' : ''}`);
  if (flags.detach) {
    cmd.log(`  stop  mdeploy stop ${c.name}      logs  mdeploy logs ${c.name}`);
    return;
  }
  cmd.log('  Ctrl-C stops and removes the container.');
  const abort = new AbortController();
  let stopping: Promise<unknown> | undefined;
  const stop = (): void => {
    abort.abort();
    stopping ??= stopContainer(started.docker, c.name, { remove: true });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await containerLogs(started.docker, c.name, process.stderr, process.stderr, { follow: true, tail: 0, signal: abort.signal });
  if (stopping) {
    await stopping;
    cmd.log(`Stopped and removed ${c.name}.`);
    return;
  }
  // The container ended on its own.
  const info = await started.docker.getContainer(c.id).inspect().catch(() => undefined);
  await stopContainer(started.docker, c.name, { remove: true }).catch(() => {});
  const why = exitReason(info?.State ?? {}, c.limits);
  throw new MdeployError('E_CONTAINER_FAILED', `${c.name}: ${why.message}`, why.suggestions ? { suggestions: why.suggestions } : {});
}
