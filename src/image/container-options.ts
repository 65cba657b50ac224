/**
 * What a serving container is allowed, decided without Docker: its name, where its ports are published,
 * its resource limits (memory, pids, optionally CPUs) and the hardening every mdeploy container gets
 * (read-only root filesystem with a tmpfs /tmp, no capabilities, no new privileges). checkContainerRequest()
 * refuses bad flags before anything is built; planContainer() is the Engine API's create body, which
 * container.ts applies.
 */
import { isIP } from 'node:net';
import type Dockerode from 'dockerode';
import { MdeployError } from '../errors.js';
import { parseBytes } from '../util/units.js';
import { containerNameProblem, suggestContainerName } from './names.js';
import { LABEL } from './docker.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/**
 * Default limits. Memory: 2 GiB, or 1 GiB (Node, the runtime, request tensors) plus 5× the model's files
 * when that is more (tf/tfjs backends load one copy per worker, up to 4, and loading needs another).
 * Pids (threads count too): 512, or 16 per host CPU on large hosts, where TensorFlow sizes its thread
 * pools from the host's cores. CPUs: no limit — CPU time is throttled, never exhausted, and a quota below
 * the cores the server sizes its workers by only adds latency; memory and pids are what can take a host down.
 */
export const CONTAINER_DEFAULTS = {
  memoryFloorBytes: 2 * GiB,
  memoryBaseBytes: 1 * GiB,
  memoryPerModelByte: 5,
  pidsFloor: 512,
  pidsPerCpu: 16,
  /** tmpfs /tmp (the only writable path; HOME points there). Counts against the memory limit. */
  tmpfsBytes: 512 * MiB,
} as const;

/** Below these the server cannot start (Node alone takes ~45 MiB and ~12 threads). */
export const CONTAINER_MINIMUMS = { memoryBytes: 64 * MiB, pids: 32, cpus: 0.01 } as const;

export interface ContainerLimits {
  memoryBytes: number;
  pidsLimit: number;
  /** CPUs the container may use (fractions allowed); undefined: no limit. */
  cpus?: number;
}

/** What the user asked for, as given (flags or API values), before anything else happens. */
export interface ContainerRequest {
  /** Explicit container name (--name). */
  name?: string;
  /** Interface the ports are published on (--host; default 127.0.0.1). */
  host?: string;
  restPort: number;
  /** Negative: gRPC not published. */
  grpcPort: number;
  /** A size ("4GiB", "512MiB", bytes) or a number of bytes. */
  memory?: string | number;
  cpus?: string | number;
  pidsLimit?: number;
}

export interface CheckedRequest {
  name?: string;
  host: string;
  restPort: number;
  grpcPort: number;
  memoryBytes?: number;
  cpus?: number;
  pidsLimit?: number;
}

interface Problem {
  message: string;
  suggestion?: string;
}

/** One E_USAGE listing every problem (so a user fixes all flags in one go). */
function usageError(problems: Problem[]): MdeployError {
  const message = problems.length === 1 ? problems[0]!.message : `${problems.length} problems with the options:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`;
  const suggestions = problems.map((p) => p.suggestion).filter((s): s is string => s !== undefined);
  return new MdeployError('E_USAGE', message, suggestions.length ? { suggestions } : {});
}

const fmt = (bytes: number): string => (bytes >= GiB && bytes % (GiB / 4) === 0 ? `${bytes / GiB}GiB` : `${Math.round(bytes / MiB)}MiB`);

/** Checks the name, ports, host and limits; throws one E_USAGE naming every bad value. Pure. */
export function checkContainerRequest(r: ContainerRequest): CheckedRequest {
  const problems: Problem[] = [];
  if (r.name !== undefined) {
    const p = containerNameProblem(r.name);
    if (p) problems.push({ message: `--name: ${p}`, suggestion: `Try --name ${suggestContainerName(r.name)}.` });
  }
  const host = r.host ?? '127.0.0.1';
  if (!isIP(host)) problems.push({ message: `--host "${host}" is not an IP address; Docker publishes ports on an address`, suggestion: 'Use --host 127.0.0.1 (this machine only, the default) or --host 0.0.0.0 (every interface).' });
  const port = (flag: string, v: number, min: number): void => {
    if (!Number.isInteger(v) || v < min || v > 65535) problems.push({ message: `--${flag} ${v} is not a port (${min < 0 ? '-1 for off, ' : ''}0 for any free one, or 1-65535)` });
  };
  port('port', r.restPort, 0);
  port('grpc-port', r.grpcPort, -1);

  let memoryBytes: number | undefined;
  if (r.memory !== undefined) {
    try {
      memoryBytes = typeof r.memory === 'number' ? r.memory : parseBytes(r.memory);
      if (!Number.isSafeInteger(memoryBytes) || memoryBytes < CONTAINER_MINIMUMS.memoryBytes) {
        problems.push({ message: `--memory ${r.memory} is below the ${fmt(CONTAINER_MINIMUMS.memoryBytes)} the server needs to start`, suggestion: `Give at least --memory ${fmt(CONTAINER_MINIMUMS.memoryBytes)} (the default is ${fmt(CONTAINER_DEFAULTS.memoryFloorBytes)}).` });
        memoryBytes = undefined;
      }
    } catch (err) {
      problems.push({ message: `--memory: ${(err as Error).message}`, suggestion: 'Give a size such as --memory 4GiB or --memory 1536MiB (GiB/MiB are powers of 1024, GB/MB of 1000).' });
    }
  }
  let cpus: number | undefined;
  if (r.cpus !== undefined) {
    cpus = typeof r.cpus === 'number' ? r.cpus : /^\s*\d+(\.\d+)?\s*$/.test(r.cpus) ? Number(r.cpus) : NaN;
    if (!Number.isFinite(cpus) || cpus < CONTAINER_MINIMUMS.cpus) {
      problems.push({ message: `--cpus ${r.cpus} is not a number of CPUs (at least ${CONTAINER_MINIMUMS.cpus}; fractions allowed, e.g. 1.5)`, suggestion: 'Leave out --cpus for no CPU limit.' });
      cpus = undefined;
    }
  }
  if (r.pidsLimit !== undefined && (!Number.isInteger(r.pidsLimit) || r.pidsLimit < CONTAINER_MINIMUMS.pids)) {
    problems.push({ message: `--pids-limit ${r.pidsLimit} is too low: processes and threads both count, and the server starts a few dozen`, suggestion: `Give at least --pids-limit ${CONTAINER_MINIMUMS.pids} (the default is ${CONTAINER_DEFAULTS.pidsFloor} or more).` });
  }
  if (problems.length) throw usageError(problems);
  return { name: r.name, host, restPort: r.restPort, grpcPort: r.grpcPort, memoryBytes, cpus, pidsLimit: r.pidsLimit };
}

/** The default memory limit for a model whose files take `modelBytes` (unknown: the 2 GiB floor). */
export function defaultMemoryBytes(modelBytes?: number): number {
  const wanted = CONTAINER_DEFAULTS.memoryBaseBytes + CONTAINER_DEFAULTS.memoryPerModelByte * (modelBytes ?? 0);
  const step = 256 * MiB;
  return Math.max(CONTAINER_DEFAULTS.memoryFloorBytes, Math.ceil(wanted / step) * step);
}

/** The default pids limit on a Docker host with `hostCpus` CPUs. */
export function defaultPidsLimit(hostCpus = 1): number {
  return Math.max(CONTAINER_DEFAULTS.pidsFloor, CONTAINER_DEFAULTS.pidsPerCpu * hostCpus);
}

/** The limits a container gets: what was asked for, else the defaults for this model on this host. */
export function resolveLimits(checked: CheckedRequest, context: { modelBytes?: number; hostCpus?: number }): ContainerLimits {
  if (checked.cpus !== undefined && context.hostCpus !== undefined && checked.cpus > context.hostCpus) {
    throw usageError([{ message: `--cpus ${checked.cpus} is more than the ${context.hostCpus} CPUs of the Docker host`, suggestion: `Give at most --cpus ${context.hostCpus}, or leave it out for no CPU limit.` }]);
  }
  return {
    memoryBytes: checked.memoryBytes ?? defaultMemoryBytes(context.modelBytes),
    pidsLimit: checked.pidsLimit ?? defaultPidsLimit(context.hostCpus),
    ...(checked.cpus !== undefined ? { cpus: checked.cpus } : {}),
  };
}

export interface ContainerSpec {
  image: string;
  name: string;
  /** The model the image serves. */
  model: string;
  restPort: number;
  grpcPort: number;
  host: string;
  limits: ContainerLimits;
  env?: Record<string, string>;
  labels?: Record<string, string>;
}

/** The Engine API's create body for a serving container (container ports 8501 REST, 8500 gRPC). Pure. */
export function planContainer(spec: ContainerSpec): Dockerode.ContainerCreateOptions {
  const nameProblem = containerNameProblem(spec.name);
  if (nameProblem) throw usageError([{ message: nameProblem, suggestion: `Try --name ${suggestContainerName(spec.name)}.` }]);
  const ports: Record<string, Array<{ HostIp: string; HostPort: string }>> = { '8501/tcp': [{ HostIp: spec.host, HostPort: String(spec.restPort || '') }] };
  if (spec.grpcPort >= 0) ports['8500/tcp'] = [{ HostIp: spec.host, HostPort: String(spec.grpcPort || '') }];
  const { limits } = spec;
  return {
    Image: spec.image,
    name: spec.name,
    Labels: { [LABEL.managed]: 'true', [LABEL.name]: spec.name, [LABEL.model]: spec.model, ...spec.labels },
    Env: Object.entries(spec.env ?? {}).map(([k, v]) => `${k}=${v}`),
    ExposedPorts: Object.fromEntries(Object.keys(ports).map((p) => [p, {}])),
    HostConfig: {
      PortBindings: ports,
      ReadonlyRootfs: true,
      // noexec: nothing runs from /tmp (the app, Node and native modules live in the read-only image).
      Tmpfs: { '/tmp': `rw,noexec,nosuid,nodev,size=${CONTAINER_DEFAULTS.tmpfsBytes / MiB}m` },
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      Memory: limits.memoryBytes,
      // Equal to Memory: no swap on top, so an oversized model is OOM-killed and reported, not slowed to a crawl.
      MemorySwap: limits.memoryBytes,
      PidsLimit: limits.pidsLimit,
      ...(limits.cpus !== undefined ? { NanoCpus: Math.round(limits.cpus * 1e9) } : {}),
    },
  };
}

/** A memory size as people read it: "2 GiB", "1.5 GiB", "768 MiB". */
export function formatMemory(bytes: number): string {
  return bytes >= GiB ? `${+(bytes / GiB).toFixed(2)} GiB` : `${+(bytes / MiB).toFixed(1)} MiB`;
}

/** "memory 2 GiB, pids 512, CPUs no limit", for the start message. */
export function describeLimits(limits: ContainerLimits): string {
  return `memory ${formatMemory(limits.memoryBytes)}, pids ${limits.pidsLimit}, CPUs ${limits.cpus ?? 'no limit'}`;
}
