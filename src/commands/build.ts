import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { buildReporter } from '../cli/build-progress.js';
import { imageBackendFlag, imageFlags, imageOptions } from '../cli/image-flags.js';
import { MdeployError } from '../errors.js';
import { buildImage, type BuildResult } from '../image/build.js';
import { connectDocker, formatBytes } from '../image/docker.js';
import { buildLabels } from '../image/ensure.js';
import { prepareImage, readContextDir } from '../image/scaffold.js';
import { createProgress } from '../util/progress.js';

function pairs(list: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new MdeployError('E_USAGE', `--${flag} "${item}" is not KEY=VALUE`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

export default class Build extends BaseCommand {
  static override summary = 'Build a serving image through the Docker Engine API, from a scaffolded context or straight from a model.';
  static override description =
    'CONTEXT is a directory with a Dockerfile (e.g. written by `mdeploy scaffold`), or a model (SavedModel, .onnx, ' +
    '.tflite, TF.js), which is planned as `scaffold` would and streamed to the daemon without being written out. Shows ' +
    'each Dockerfile step on a terminal and reports the image size; --json prints one JSON event per line.';
  static override examples = [
    '<%= config.bin %> build build/half_plus_two -t mdeploy/half_plus_two:1',
    '<%= config.bin %> build examples/half_plus_two -t half_plus_two:onnx --label team=search',
    '<%= config.bin %> build examples/half_plus_two --backend tflite',
    '<%= config.bin %> build ctx -t resnet:tf --build-arg BASE_IMAGE=node:20-slim --no-cache --json',
  ];
  static override args = { context: Args.string({ description: 'build context directory, or a model', required: true }) };
  static override flags = {
    tag: Flags.string({ char: 't', description: 'image tag (default for a model: mdeploy/<name>:<version>-<backend>)' }),
    'build-arg': Flags.string({ description: 'KEY=VALUE build argument (repeatable)', multiple: true }),
    label: Flags.string({ description: 'KEY=VALUE image label (repeatable)', multiple: true }),
    'no-cache': Flags.boolean({ description: 'do not use the daemon\'s layer cache' }),
    ...imageFlags,
    backend: imageBackendFlag,
    name: Flags.string({ description: 'model name, when CONTEXT is a model' }),
    version: Flags.integer({ description: 'model version, when CONTEXT is a model', min: 0 }),
  };

  /** One JSON object per line: the events, then the result. */
  override logJson(json: unknown): void {
    process.stdout.write(`${JSON.stringify({ type: 'result', ...(json as object) })}\n`);
  }

  async run(): Promise<BuildResult> {
    const { args, flags } = await this.parse(Build);
    const json = this.jsonEnabled();
    const buildArgs = pairs(flags['build-arg'], 'build-arg');
    const labels = pairs(flags.label, 'label');
    const progress = createProgress({ enabled: !json });
    const docker = await connectDocker();
    const isContext = existsSync(join(args.context, 'Dockerfile'));
    if (isContext && !flags.tag) throw new MdeployError('E_USAGE', 'building a context directory needs an image tag: -t name:tag');
    const prepared = isContext ? undefined : await prepareImage({ ...imageOptions(args.context, flags), tag: flags.tag, progress });
    try {
      const files = prepared ? prepared.plan.files : readContextDir(args.context);
      const tag = flags.tag ?? prepared!.tag;
      if (!json) this.log(`Building ${tag} from ${prepared ? `${prepared.name} v${prepared.version} (${prepared.template}, ${prepared.backend})` : args.context}`);
      const result = await buildImage(docker, {
        files,
        tag,
        buildArgs,
        labels: { ...(prepared ? buildLabels(prepared.plan) : { 'org.opencontainers.image.created': new Date().toISOString() }), ...labels },
        noCache: flags['no-cache'],
        onEvent: buildReporter(json),
      });
      this.log(`Built ${result.tag} (${result.id.slice(7, 19)}): ${formatBytes(result.size)}, ${result.steps} steps in ${(result.durationMs / 1000).toFixed(1)} s`);
      return result;
    } finally {
      prepared?.dispose();
    }
  }
}
