import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { imageBackendFlag, imageFlags, imageOptions } from '../cli/image-flags.js';
import { formatBytes } from '../image/docker.js';
import { prepareImage, writeContext } from '../image/scaffold.js';
import { createProgress } from '../util/progress.js';

export interface ScaffoldResult {
  dir: string;
  template: string;
  model: string;
  version: number;
  backend: string;
  baseImage: string;
  tag: string;
  files: number;
  bytes: number;
  notes: string[];
}

export default class Scaffold extends BaseCommand {
  static override summary = 'Write a complete Docker build context that serves a model (node or tf-serving template).';
  static override description =
    'The context holds a Dockerfile, .dockerignore, the model in TF Serving\'s /models/<name>/<version>/ layout, ' +
    'model/batching/monitoring configs and a README with build and run commands. --template node packages ' +
    'mdeploy\'s own server with only the runtime the backend needs (ONNX by default when the SavedModel converts ' +
    'and validates; --backend tflite serves a .tflite on LiteRT.js; an ONNX, TF.js or TFLite image carries no ' +
    'libtensorflow). --template tf-serving builds FROM ' +
    'tensorflow/serving. Written to a temporary directory first, then renamed into place.';
  static override examples = [
    '<%= config.bin %> scaffold examples/half_plus_two -o build/half_plus_two',
    '<%= config.bin %> scaffold models/resnet --template tf-serving --base-image tensorflow/serving:2.18.0 -o ctx',
    '<%= config.bin %> scaffold models/resnet --backend tf --name resnet --version 7 -o ctx --overwrite',
    '<%= config.bin %> scaffold models/mlp --backend tflite -o ctx',
  ];
  static override args = { model: Args.string({ description: 'SavedModel directory or base path, .onnx or .tflite file, or TF.js model directory', required: true }) };
  static override flags = {
    ...imageFlags,
    backend: imageBackendFlag,
    output: Flags.string({ char: 'o', description: 'directory to write the context to', required: true }),
    name: Flags.string({ description: 'model name (default: the directory or file name)' }),
    version: Flags.integer({ description: 'model version (default: the one found, else 1)', min: 0 }),
    tag: Flags.string({ char: 't', description: 'image tag the README suggests (default: mdeploy/<name>:<version>-<backend>)' }),
    overwrite: Flags.boolean({ description: 'replace an existing output directory' }),
  };

  async run(): Promise<ScaffoldResult> {
    const { args, flags } = await this.parse(Scaffold);
    const progress = createProgress({ enabled: !this.jsonEnabled() });
    const prepared = await prepareImage({ ...imageOptions(args.model, flags), tag: flags.tag, progress });
    try {
      const written = await progress.step(`writing ${prepared.plan.files.length} files`, () => writeContext(prepared.plan, flags.output, { overwrite: flags.overwrite }));
      const result: ScaffoldResult = {
        dir: written.dir,
        template: prepared.template,
        model: prepared.name,
        version: prepared.version,
        backend: prepared.template === 'tf-serving' ? 'tf-serving' : prepared.backend,
        baseImage: prepared.baseImage,
        tag: prepared.tag,
        files: written.files,
        bytes: written.bytes,
        notes: prepared.notes,
      };
      this.log(`Wrote ${result.dir} (${result.files} files, ${formatBytes(result.bytes)}): ${result.model} v${result.version}, ${result.template} template, ${result.backend} backend, FROM ${result.baseImage}`);
      for (const n of result.notes) this.log(`  ${n}`);
      this.log(`Next: mdeploy build ${flags.output} -t ${result.tag}`);
      return result;
    } finally {
      prepared.dispose();
    }
  }
}
