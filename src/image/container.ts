/**
 * Serving containers through the Engine API: run one (planned by container-options.ts: ports on 127.0.0.1
 * unless told otherwise, memory and pids limits, read-only root filesystem, no capabilities; labelled so
 * `ps`, `logs` and `stop` find it) and wait until its model is AVAILABLE; list, tail and stop them by name.
 */
import type { Writable } from 'node:stream';
import type Dockerode from 'dockerode';
import { MdeployError } from '../errors.js';
import { formatMemory, planContainer, type ContainerLimits } from './container-options.js';
import { LABEL, type Docker } from './docker.js';

export interface RunOptions {
  image: string;
  /** Container name (also the mdeploy.name label). */
  name: string;
  /** The model the image serves (its status URL tells readiness). */
  model: string;
  /** Host port for REST (0: any free port). */
  restPort: number;
  /** Host port for gRPC (0: any free port; negative: not published). */
  grpcPort: number;
  /** Interface the ports are published on (default 127.0.0.1). */
  host?: string;
  /** Memory, pids and CPU limits (see resolveLimits()). */
  limits: ContainerLimits;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  labels?: Record<string, string>;
}

export interface RunningContainer {
  id: string;
  name: string;
  url: string;
  restPort: number;
  grpcPort?: number;
  versions: string[];
  limits: ContainerLimits;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The last lines a container wrote (stdout and stderr), for error messages. */
export async function tailLogs(container: Dockerode.Container, lines = 20): Promise<string> {
  try {
    const buf = (await container.logs({ stdout: true, stderr: true, tail: lines, follow: false })) as unknown as Buffer;
    return demuxBuffer(buf).trim();
  } catch {
    return '';
  }
}

/** Docker's multiplexed log format (8-byte frame headers) as plain text. */
export function demuxBuffer(buf: Buffer): string {
  const out: string[] = [];
  let p = 0;
  while (p + 8 <= buf.length && (buf[p] === 1 || buf[p] === 2) && buf[p + 1] === 0) {
    const len = buf.readUInt32BE(p + 4);
    out.push(buf.subarray(p + 8, p + 8 + len).toString('utf8'));
    p += 8 + len;
  }
  return p === 0 ? buf.toString('utf8') : out.join('');
}

/** Fails with E_USAGE when a container of that name exists (checked before building, and again at start). */
export async function assertNameFree(docker: Docker, name: string): Promise<void> {
  const existing = await docker.listContainers({ all: true, filters: { name: [`^/${name}$`] } });
  if (existing.length === 0) return;
  const ours = existing[0]!.Labels?.[LABEL.managed] === 'true';
  throw new MdeployError('E_USAGE', `a container named "${name}" already exists${ours ? '' : ' (not started by mdeploy)'}`, {
    suggestions: [ours ? `Stop it with \`mdeploy stop ${name}\`, or pick another --name.` : 'Pick another --name.'],
  });
}

export async function runContainer(docker: Docker, options: RunOptions): Promise<RunningContainer> {
  const host = options.host ?? '127.0.0.1';
  const create = planContainer({ ...options, host });
  await assertNameFree(docker, options.name);
  let container: Dockerode.Container;
  try {
    container = await docker.createContainer(create);
  } catch (err) {
    const { statusCode, json } = err as { statusCode?: number; json?: { message?: string } };
    const reason = (json?.message ?? (err as Error).message).trim();
    if (statusCode === 409) throw new MdeployError('E_USAGE', `a container named "${options.name}" already exists (${reason})`, { suggestions: ['Pick another --name.'], cause: err });
    throw new MdeployError('E_CONTAINER_FAILED', `the Docker daemon refused to create container ${options.name}: ${reason}`, { cause: err });
  }
  try {
    await container.start();
    const info = await container.inspect();
    const published = (p: string): number | undefined => {
      const b = info.NetworkSettings.Ports?.[p]?.[0];
      return b ? Number(b.HostPort) : undefined;
    };
    const restPort = published('8501/tcp')!;
    const grpcPort = published('8500/tcp');
    const shown = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
    const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${restPort}`;
    const versions = await waitAvailable(container, url, options.model, options.readyTimeoutMs ?? 300_000, options.limits);
    return { id: info.Id, name: options.name, url, restPort, grpcPort, versions, limits: options.limits };
  } catch (err) {
    const logs = await tailLogs(container);
    await container.remove({ force: true }).catch(() => {});
    if (err instanceof MdeployError) {
      throw new MdeployError(err.code, `${err.message}${logs ? `\n--- last log lines of ${options.name} ---\n${logs}` : ''}`, { suggestions: err.suggestions, cause: err });
    }
    const { json } = err as { json?: { message?: string } };
    const reason = (json?.message ?? (err as Error).message).trim();
    // The daemon binds the host ports at start: a taken one is the user's to change, not a Docker failure.
    const taken = takenPort(reason);
    if (taken) {
      throw new MdeployError('E_USAGE', `container ${options.name} failed to start: port ${taken.port} on ${taken.host} is already in use (${reason})`, {
        suggestions: ['Pick another --port / --grpc-port (0 takes a free one), or stop what listens there.'],
        cause: err,
      });
    }
    throw new MdeployError('E_CONTAINER_FAILED', `container ${options.name} failed to start: ${reason}${logs ? `\n${logs}` : ''}`, { cause: err });
  }
}

/** The host address and port of a daemon "already in use" start error (a process, or another container). */
export function takenPort(message: string): { host: string; port: number } | undefined {
  const m = /listen tcp\d? (\S+):(\d+): bind: address already in use/.exec(message) ?? /Bind for (\S+):(\d+) failed: port is already allocated/.exec(message);
  return m ? { host: m[1]!, port: Number(m[2]) } : undefined;
}

/** Why a stopped container stopped, in words, with what to do when it ran out of memory. */
export function exitReason(state: { ExitCode?: number; OOMKilled?: boolean }, limits?: ContainerLimits): { message: string; suggestions?: string[] } {
  if (state.OOMKilled) {
    return {
      message: `container was killed for using more than its memory limit${limits ? ` (${formatMemory(limits.memoryBytes)})` : ''}`,
      suggestions: ['Raise the limit with --memory (e.g. --memory 4GiB), or serve a smaller model or fewer --workers.'],
    };
  }
  return { message: `container exited (code ${state.ExitCode ?? '?'})` };
}

/** Polls the model's status until a version is AVAILABLE; fails when the container stops or time runs out. */
async function waitAvailable(container: Dockerode.Container, url: string, model: string, timeoutMs: number, limits: ContainerLimits): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await container.inspect()).State;
    if (!state.Running) {
      const why = exitReason(state, limits);
      throw new MdeployError('E_CONTAINER_FAILED', `${why.message} before model ${model} was AVAILABLE`, why.suggestions ? { suggestions: why.suggestions } : {});
    }
    try {
      // A ref'd timer: AbortSignal.timeout() is unref'd, and docker-proxy accepts connections before the
      // server listens, so a hung fetch would otherwise leave nothing keeping the process alive.
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), 2000);
      const res = await fetch(`${url}/v1/models/${encodeURIComponent(model)}`, { signal: ctrl.signal }).finally(() => clearTimeout(timer));
      if (res.ok) {
        const body = (await res.json()) as { model_version_status?: Array<{ version: string; state: string; status?: { error_message?: string } }> };
        const available = (body.model_version_status ?? []).filter((v) => v.state === 'AVAILABLE').map((v) => v.version);
        if (available.length > 0) return available;
        const failed = (body.model_version_status ?? []).find((v) => v.state === 'END' && v.status?.error_message);
        if (failed) throw new MdeployError('E_CONTAINER_FAILED', `model ${model} version ${failed.version} failed to load: ${failed.status!.error_message}`);
      }
    } catch (err) {
      if (err instanceof MdeployError) throw err;
      // not listening yet
    }
    if (Date.now() > deadline) throw new MdeployError('E_CONTAINER_FAILED', `model ${model} was not AVAILABLE within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(250);
  }
}

export interface ContainerSummary {
  name: string;
  id: string;
  image: string;
  model: string;
  state: string;
  status: string;
  health?: string;
  ports: string[];
}

/** Containers mdeploy started (running ones; all with `all`). */
export async function listContainers(docker: Docker, all = false): Promise<ContainerSummary[]> {
  const list = await docker.listContainers({ all, filters: { label: [`${LABEL.managed}=true`, LABEL.name] } });
  return list.map((c) => ({
    name: c.Labels[LABEL.name] ?? c.Names[0]?.replace(/^\//, '') ?? '',
    id: c.Id.slice(0, 12),
    image: c.Image,
    model: c.Labels[LABEL.model] ?? '',
    state: c.State,
    status: c.Status,
    health: /\((healthy|unhealthy|health: starting)\)/.exec(c.Status)?.[1],
    ports: (c.Ports ?? []).filter((p) => p.PublicPort).map((p) => `${p.IP}:${p.PublicPort}->${p.PrivatePort}`),
  }));
}

/** The mdeploy container with this name, or E_UNKNOWN_CONTAINER listing the ones there are. */
export async function findContainer(docker: Docker, name: string): Promise<Dockerode.Container> {
  const list = await docker.listContainers({ all: true, filters: { label: [`${LABEL.managed}=true`, `${LABEL.name}=${name}`] } });
  if (list.length === 0) {
    const known = (await listContainers(docker, true)).map((c) => c.name);
    throw new MdeployError('E_UNKNOWN_CONTAINER', `no mdeploy container is named "${name}"${known.length ? ` (there are: ${known.join(', ')})` : ''}`);
  }
  return docker.getContainer(list[0]!.Id);
}

/** Stops (SIGTERM, then SIGKILL after `timeoutSec`) and removes a container. */
export async function stopContainer(docker: Docker, name: string, options: { remove?: boolean; timeoutSec?: number } = {}): Promise<{ name: string; removed: boolean }> {
  const container = await findContainer(docker, name);
  const state = (await container.inspect()).State;
  if (state.Running) await container.stop({ t: options.timeoutSec ?? 10 }).catch((err: { statusCode?: number }) => {
    if (err.statusCode !== 304) throw err; // 304: already stopped
  });
  if (options.remove ?? true) await container.remove({ force: true });
  return { name, removed: options.remove ?? true };
}

/** Writes a container's logs; with `follow`, keeps streaming until it stops or `signal` aborts. */
export async function containerLogs(docker: Docker, name: string, out: Writable, err: Writable, options: { follow?: boolean; tail?: number; signal?: AbortSignal } = {}): Promise<void> {
  const container = await findContainer(docker, name);
  if (!options.follow) {
    const buf = (await container.logs({ stdout: true, stderr: true, follow: false, ...(options.tail !== undefined ? { tail: options.tail } : {}) })) as unknown as Buffer;
    out.write(demuxBuffer(buf));
    return;
  }
  const stream = (await container.logs({ stdout: true, stderr: true, follow: true, ...(options.tail !== undefined ? { tail: options.tail } : {}) })) as unknown as NodeJS.ReadableStream & { destroy(): void };
  docker.modem.demuxStream(stream, out, err);
  await new Promise<void>((resolve) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    options.signal?.addEventListener('abort', () => {
      stream.destroy();
      resolve();
    });
  });
}
