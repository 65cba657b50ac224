/**
 * buildImage(): streams a build context (a plan, or a directory) to the Docker daemon through dockerode and
 * reports what the daemon does — context upload, each Dockerfile step, the image id and size. A failure
 * comes back as E_DOCKER_BUILD with the daemon's message and what to do, e.g. which base image to build or
 * load when no registry can be reached.
 */
import { readFileSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { MdeployError } from '../errors.js';
import { defaultBaseImageTag } from './base-image.js';
import { followProgress, imageSize, type Docker, type DockerMessage } from './docker.js';
import type { ContextFile } from './plan.js';
import { imageReferenceProblem } from './names.js';
import { packTar, type TarEntry } from './tar.js';

export type BuildEvent =
  | { type: 'context'; bytes: number; totalBytes: number }
  | { type: 'step'; step: number; steps: number; instruction: string }
  | { type: 'output'; text: string }
  | { type: 'done'; id: string; tag: string; size: number; durationMs: number };

export interface BuildOptions {
  files: ContextFile[];
  tag: string;
  buildArgs?: Record<string, string>;
  labels?: Record<string, string>;
  noCache?: boolean;
  onEvent?: (e: BuildEvent) => void;
}

export interface BuildResult {
  tag: string;
  id: string;
  size: number;
  steps: number;
  durationMs: number;
  contextBytes: number;
}

export function tarEntries(files: ContextFile[]): TarEntry[] {
  return files.map((f) => (f.type === 'symlink' ? { name: f.path, type: 'symlink', linkname: f.linkname } : { name: f.path, type: 'file', content: f.content, source: f.source, mode: f.mode }));
}

function contextSize(files: ContextFile[]): number {
  let n = 0;
  for (const f of files) n += f.content !== undefined ? Buffer.byteLength(f.content) : f.source ? statSync(f.source).size : 0;
  return n;
}

/** The FROM images of a Dockerfile, with ARG defaults substituted (for the missing-base-image hint). */
export function baseImages(dockerfile: string, buildArgs: Record<string, string> = {}): string[] {
  const args: Record<string, string> = {};
  const out: string[] = [];
  for (const line of dockerfile.split('\n')) {
    const arg = /^\s*ARG\s+(\w+)(?:=(\S+))?/i.exec(line);
    if (arg) args[arg[1]!] = buildArgs[arg[1]!] ?? arg[2] ?? '';
    const from = /^\s*FROM\s+(\S+)/i.exec(line);
    if (from) {
      const image = from[1]!.replace(/\$\{?(\w+)\}?/g, (_, k: string) => args[k] ?? '');
      if (image !== 'scratch') out.push(image);
    }
  }
  return [...new Set(out)];
}

/** What to do about a daemon build error. */
export function buildHint(message: string, bases: string[]): string[] {
  if (/pull access denied|manifest unknown|manifest for \S+ not found|no such image|no such host|failed to resolve|repository does not exist|dial tcp|i\/o timeout|TLS handshake|connection refused/i.test(message)) {
    const base = bases[0] ?? 'the base image';
    if (base.startsWith('mdeploy/node-base')) {
      return [`The base image ${base} is not on this machine. Build it with \`mdeploy base-image --from-host\` (no registry needed), or pass another Node image with --base-image.`];
    }
    return [`The base image ${base} is not on this machine and cannot be pulled. Load it first (\`docker load -i image.tar\` on a machine that has it), or pass --base-image ${defaultBaseImageTag()} after \`mdeploy base-image --from-host\`.`];
  }
  if (/no space left/i.test(message)) return ['The Docker host is out of disk space: remove unused images (`docker image prune`).'];
  return ['Read the daemon\'s message above; `mdeploy scaffold` writes the same context to disk so you can inspect it.'];
}

export async function buildImage(docker: Docker, options: BuildOptions): Promise<BuildResult> {
  const tagProblem = imageReferenceProblem(options.tag);
  if (tagProblem) throw new MdeployError('E_USAGE', tagProblem);
  const t0 = performance.now();
  const emit = options.onEvent ?? (() => {});
  const totalBytes = contextSize(options.files);
  const dockerfile = options.files.find((f) => f.path === 'Dockerfile');
  const dockerfileText = dockerfile?.content ?? (dockerfile?.source ? readFileSync(dockerfile.source, 'utf8') : '');
  const bases = baseImages(dockerfileText, options.buildArgs);
  // Count what goes to the daemon, for the upload progress line.
  let sent = 0;
  let lastReport = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      sent += chunk.length;
      if (sent - lastReport > 8 * 1024 * 1024) {
        lastReport = sent;
        emit({ type: 'context', bytes: Math.min(sent, totalBytes), totalBytes });
      }
      done(null, chunk);
    },
  });
  const tar = packTar(tarEntries(options.files));
  tar.on('error', (err) => counter.destroy(err));
  tar.pipe(counter);

  let steps = 0;
  let id = '';
  // The classic builder keeps each finished stage of a multi-stage build as an untagged image; remember the
  // last image of every stage but the final one, to remove them after the build (they are not its parents).
  let lastImage = '';
  const stageImages: string[] = [];
  const onMessage = (m: DockerMessage): void => {
    if (m.aux?.ID) id = m.aux.ID;
    const text = m.stream ?? '';
    const step = /^Step (\d+)\/(\d+) : (.*)/.exec(text);
    const layer = /^ ---> ([0-9a-f]{12,})\s*$/.exec(text);
    if (layer) lastImage = layer[1]!;
    if (step) {
      steps = Number(step[2]);
      if (/^FROM\s/i.test(step[3]!) && lastImage) stageImages.push(lastImage);
      emit({ type: 'step', step: Number(step[1]), steps, instruction: step[3]!.trim() });
    } else if (text.trim() && !layer) {
      const built = /Successfully built ([0-9a-f]+)/.exec(text);
      if (built && !id) id = built[1]!;
      emit({ type: 'output', text: text.replace(/\n$/, '') });
    }
  };
  try {
    const stream = await docker.buildImage(counter as never, {
      t: options.tag,
      rm: true,
      forcerm: true,
      nocache: options.noCache ?? false,
      ...(options.buildArgs && Object.keys(options.buildArgs).length ? { buildargs: options.buildArgs } : {}),
      ...(options.labels && Object.keys(options.labels).length ? { labels: options.labels } : {}),
    });
    await followProgress(docker, stream as unknown as NodeJS.ReadableStream, onMessage);
  } catch (err) {
    for (const stage of stageImages) await docker.getImage(stage).remove().catch(() => {});
    const message = (err as { json?: { message?: string } }).json?.message ?? (err as Error).message;
    throw new MdeployError('E_DOCKER_BUILD', `docker build of ${options.tag} failed: ${message.trim()}`, { suggestions: buildHint(message, bases), cause: err });
  }
  const info = await docker.getImage(options.tag).inspect();
  for (const stage of stageImages) await docker.getImage(stage).remove().catch(() => {});
  const size = (await imageSize(docker, options.tag)) ?? info.Size;
  const durationMs = Math.round(performance.now() - t0);
  emit({ type: 'done', id: info.Id, tag: options.tag, size, durationMs });
  return { tag: options.tag, id: info.Id, size, steps, durationMs, contextBytes: totalBytes };
}
