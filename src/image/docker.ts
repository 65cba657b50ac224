/**
 * The Docker Engine, through dockerode (never the docker CLI). connectDocker() answers within a few seconds or
 * fails with E_DOCKER_UNAVAILABLE; followProgress() turns the daemon's JSON message stream into events and
 * the first error into an exception.
 */
import type Dockerode from 'dockerode';
import { MdeployError } from '../errors.js';

export type Docker = Dockerode;

/** Labels mdeploy puts on what it creates, so `ps`, `logs` and `stop` find them. */
export const LABEL = {
  managed: 'mdeploy.managed',
  model: 'mdeploy.model',
  version: 'mdeploy.version',
  backend: 'mdeploy.backend',
  name: 'mdeploy.name',
  contextHash: 'mdeploy.context-hash',
  /** Bytes of the model files, for the default memory limit of `serve --docker --image`. */
  modelBytes: 'mdeploy.model-bytes',
} as const;

export async function connectDocker(): Promise<Docker> {
  const { default: Docker } = await import('dockerode');
  const docker = new Docker();
  try {
    await Promise.race([
      docker.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref()),
    ]);
  } catch (err) {
    const where = process.env['DOCKER_HOST'] ?? '/var/run/docker.sock';
    throw new MdeployError('E_DOCKER_UNAVAILABLE', `cannot reach the Docker daemon at ${where} (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  return docker;
}

/** One message of the daemon's build/import/pull stream. */
export interface DockerMessage {
  stream?: string;
  status?: string;
  progress?: string;
  id?: string;
  error?: string;
  errorDetail?: { message?: string };
  aux?: { ID?: string };
}

/** Reads a daemon progress stream to its end; rejects with the first error message the daemon sends. */
export function followProgress(docker: Docker, stream: NodeJS.ReadableStream, onMessage: (m: DockerMessage) => void = () => {}): Promise<DockerMessage[]> {
  return new Promise((resolve, reject) => {
    docker.modem.followProgress(
      stream,
      (err: Error | null, output: DockerMessage[]) => {
        if (err) return reject(err);
        const failed = output.find((m) => m.error || m.errorDetail?.message);
        if (failed) return reject(new Error(failed.errorDetail?.message ?? failed.error));
        resolve(output);
      },
      (m: DockerMessage) => onMessage(m),
    );
  });
}

/** The image's size in bytes, or undefined when it does not exist. */
export async function imageSize(docker: Docker, tag: string): Promise<number | undefined> {
  try {
    return (await docker.getImage(tag).inspect()).Size;
  } catch {
    return undefined;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
