/**
 * `mdeploy serve --docker`: the model's image (built when missing or stale, or the one --image names), run
 * with its ports on 127.0.0.1, memory and pids limits and no privileges (container-options.ts), and returned
 * once the model is AVAILABLE. The command then either leaves it running (--detach) or follows its logs and
 * removes it on Ctrl-C. Names, ports and limits are checked before anything is built; when the container
 * then fails to start, an image this command just built is removed again (nothing is left behind).
 */
import { silentProgress, type Progress } from '../util/progress.js';
import { MdeployError } from '../errors.js';
import type { BuildEvent } from './build.js';
import { assertNameFree, runContainer, type RunningContainer } from './container.js';
import { checkContainerRequest, resolveLimits, type ContainerLimits } from './container-options.js';
import { connectDocker, imageSize, LABEL, type Docker } from './docker.js';
import { ensureImage } from './ensure.js';
import { imageName, prepareImage, type ImageOptions } from './scaffold.js';

export interface DockerServeOptions {
  /** How to build the image from the model (ignored with `image`). */
  image: ImageOptions;
  /** Use this image instead of building one. */
  imageRef?: string;
  /** Container name (default: mdeploy-<model>). */
  containerName?: string;
  restPort: number;
  grpcPort: number;
  /** Interface the ports are published on (default 127.0.0.1; an IP address). */
  host?: string;
  /** Memory limit: a size ("4GiB") or bytes (default: defaultMemoryBytes() of the model). */
  memory?: string | number;
  /** CPU limit, fractions allowed (default: none). */
  cpus?: string | number;
  /** Processes and threads the container may have (default: defaultPidsLimit() of the host). */
  pidsLimit?: number;
  noCache?: boolean;
  readyTimeoutMs?: number;
  progress?: Progress;
  onBuildEvent?: (e: BuildEvent) => void;
}

export interface DockerServeResult {
  docker: Docker;
  container: RunningContainer;
  image: string;
  built: boolean;
  imageSize?: number;
  model: string;
  limits: ContainerLimits;
}

export async function startDockerServe(options: DockerServeOptions): Promise<DockerServeResult> {
  const progress = options.progress ?? silentProgress;
  // Every flag is checked before the daemon is asked anything, so a bad one costs no build.
  const checked = checkContainerRequest({
    name: options.containerName,
    host: options.host,
    restPort: options.restPort,
    grpcPort: options.grpcPort,
    memory: options.memory,
    cpus: options.cpus,
    pidsLimit: options.pidsLimit,
  });
  const docker = await connectDocker();
  const hostCpus = (await docker.info()).NCPU as number | undefined;
  resolveLimits(checked, { hostCpus });
  if (checked.name) await assertNameFree(docker, checked.name);
  let image: string;
  let model: string;
  let modelBytes: number | undefined;
  let builtId: string | undefined;
  if (options.imageRef) {
    image = options.imageRef;
    let labels: Record<string, string> | undefined;
    try {
      labels = (await docker.getImage(image).inspect()).Config?.Labels ?? undefined;
    } catch {
      throw new MdeployError('E_USAGE', `image ${image} is not on this machine`, { suggestions: ['Build it with `mdeploy build`, or leave out --image to build one from the model.'] });
    }
    // The image says which model it serves; --name then only names the container.
    model = labels?.[LABEL.model] ?? options.image.name ?? '';
    if (!model) throw new MdeployError('E_USAGE', `image ${image} has no ${LABEL.model} label; say which model it serves with --name`);
    const bytes = Number(labels?.[LABEL.modelBytes]);
    modelBytes = Number.isFinite(bytes) && bytes >= 0 ? bytes : undefined;
    if (!checked.name) await assertNameFree(docker, `mdeploy-${imageName(model)}`);
  } else {
    const prepared = await prepareImage({ ...options.image, progress });
    try {
      image = prepared.tag;
      model = prepared.name;
      modelBytes = prepared.modelBytes;
      if (!checked.name) await assertNameFree(docker, `mdeploy-${imageName(model)}`);
      const r = await progress.step(`image ${image}`, () => ensureImage(docker, prepared.plan, image, { noCache: options.noCache, onEvent: options.onBuildEvent }));
      builtId = r.result?.id;
    } finally {
      prepared.dispose();
    }
  }
  const name = checked.name ?? `mdeploy-${imageName(model)}`;
  const limits = resolveLimits(checked, { modelBytes, hostCpus });
  let container: RunningContainer;
  try {
    container = await progress.step(`starting ${name} and waiting for ${model} to be AVAILABLE`, () =>
      runContainer(docker, { image, name, model, restPort: checked.restPort, grpcPort: checked.grpcPort, host: checked.host, limits, readyTimeoutMs: options.readyTimeoutMs }),
    );
  } catch (err) {
    if (builtId === undefined) throw err;
    const note = await discardBuiltImage(docker, image, builtId);
    if (!(err instanceof MdeployError)) throw Object.assign(err as Error, { message: `${(err as Error).message}\n${note}` });
    throw new MdeployError(err.code, err.message, { suggestions: [...(err.suggestions ?? []), note], details: err.details, cause: err });
  }
  return { docker, container, image, built: builtId !== undefined, imageSize: await imageSize(docker, image), model, limits };
}

/**
 * After a failed start, removes the image this command just built (it served nothing, and a user who
 * retries gets it rebuilt in the same way), unless the tag moved on or something else uses it — the daemon
 * refuses to remove an image a container or another tag refers to. Says what happened, for the error.
 */
export async function discardBuiltImage(docker: Docker, tag: string, id: string): Promise<string> {
  try {
    const current = await docker.getImage(tag).inspect();
    if (current.Id !== id) return `The image ${tag} now belongs to another build and was left alone.`;
    const users = await docker.listContainers({ all: true, filters: { ancestor: [id] } });
    if (users.length > 0) return `The image ${tag} this command built was kept: ${users.map((c) => c.Names[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12)).join(', ')} use${users.length === 1 ? 's' : ''} it.`;
    await docker.getImage(id).remove();
    return `The image ${tag} this command built was removed again, so nothing is left behind (the next run rebuilds it; \`mdeploy build\` builds one to look into).`;
  } catch (err) {
    const { json } = err as { json?: { message?: string } };
    return `The image ${tag} this command built was kept (${(json?.message ?? (err as Error).message).trim()}); remove it with \`docker image rm ${tag}\`.`;
  }
}
