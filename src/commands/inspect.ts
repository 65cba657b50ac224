import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { inspectSavedModel, type InspectResult } from '../inspect/inspect.js';
import { renderInspect, renderTfliteInspect } from '../inspect/render.js';
import { findTfliteModel, inspectTflite, type TfliteInspectResult } from '../inspect/tflite.js';
import { EXAMPLE_MODEL } from '../paths.js';

export default class Inspect extends BaseCommand {
  static override summary = 'Show a model\'s signatures, ops and tensors: SavedModel tag-sets, variables, assets and converter support, or a .tflite file\'s subgraphs and buffers.';
  static override description =
    'Reads saved_model.pb (or .pbtxt) and variables/variables.index directly, without Python or TensorFlow. ' +
    'PATH is a SavedModel directory, or a base path with numeric version directories (the highest is used). ' +
    'A .tflite file, or a version directory holding model.tflite (TF Serving\'s TFLite layout), is read as a TFLite flatbuffer.';
  static override examples = [
    '<%= config.bin %> inspect examples/half_plus_two',
    '<%= config.bin %> inspect models/resnet --version 3 --signature serving_default --json',
    '<%= config.bin %> inspect model.tflite',
  ];
  static override args = {
    path: Args.string({ description: 'SavedModel directory, base path or .tflite file (default: the bundled example)', required: false }),
  };
  static override flags = {
    version: Flags.integer({ description: 'version under a base path (default: highest)', min: 0 }),
    tags: Flags.string({ description: 'tag-set, comma-separated (default: the only one, or "serve")' }),
    signature: Flags.string({ description: 'only this signature (and the ops it reaches)' }),
    variables: Flags.boolean({ description: 'list every variable' }),
    ops: Flags.string({ description: 'how many op types to list, or "all"', default: '24' }),
  };

  async run(): Promise<InspectResult | TfliteInspectResult> {
    const { args, flags } = await this.parse(Inspect);
    const path = args.path ?? EXAMPLE_MODEL;
    const ops = flags.ops === 'all' ? Infinity : Number(flags.ops) || 24;
    if (findTfliteModel(path, flags.version)) {
      const result = await inspectTflite({ path, version: flags.version, signature: flags.signature });
      this.log(renderTfliteInspect(result, { ops }));
      return result;
    }
    const result = await inspectSavedModel({
      path,
      version: flags.version,
      tags: flags.tags?.split(',').map((t) => t.trim()).filter(Boolean),
      signature: flags.signature,
    });
    this.log(renderInspect(result, { ops, variables: flags.variables }));
    return result;
  }
}
