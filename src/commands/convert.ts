import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { join } from 'node:path';
import { convertModelTo, type ConvertResult } from '../convert/convert.js';
import { EXPORT_TARGETS, exportTarget, QUANTIZE_MODES, quantizeProblems, type ConvertTarget } from '../convert/targets.js';
import { renderConvert, renderValidation } from '../convert/render.js';
import { isMdeployError, MdeployError } from '../errors.js';
import { createProgress } from '../util/progress.js';
import { parseBytes } from '../util/units.js';

export default class Convert extends BaseCommand {
  static override summary = 'Convert a SavedModel to a TF.js graph model, ONNX or TFLite, checked against TensorFlow.';
  static override description =
    'Freezes one signature into mdeploy\'s graph IR (variables inlined, functions inlined, batch norms and ' +
    'bias/activations folded), writes the target files atomically, then runs the SavedModel on real TensorFlow ' +
    '(tfjs-node) and the converted model on the same inputs and prints the per-output error. No Python needed.';
  static override examples = [
    '<%= config.bin %> convert models/resnet --to tfjs -o web/resnet',
    '<%= config.bin %> convert models/resnet --to onnx -o resnet.onnx --opset 17',
    '<%= config.bin %> convert models/resnet --to tflite -o resnet.tflite   # builtin ops only, validated on LiteRT.js',
    '<%= config.bin %> convert models/resnet --to tfjs --to onnx -o out/   # out/tfjs/ and out/model.onnx, one read of the model',
    '<%= config.bin %> convert models/resnet --to tfjs -o web/resnet --quantize uint8 --quantize-only "*conv*"',
    '<%= config.bin %> convert models/resnet --to tflite -o resnet-int8.tflite --quantize weight-int8   # ~4x smaller, validated with rtol 5e-2',
    '<%= config.bin %> convert models/resnet --to tflite -o resnet-full-int8.tflite --quantize int8 --calibration samples.jsonl   # int8 arithmetic, float I/O',
    '<%= config.bin %> convert models/text --to tfjs -o web/text --signature serving_default --inputs sample.json --rtol 1e-3',
  ];
  static override args = {
    savedmodel: Args.string({ description: 'SavedModel directory or base path', required: true }),
  };
  static override flags = {
    to: Flags.string({ description: 'target format; repeat it for several targets from one read of the model', options: EXPORT_TARGETS.map((t) => t.name), required: true, multiple: true }),
    output: Flags.string({ char: 'o', description: 'output directory (tfjs) or file (onnx, tflite); with several --to, a directory that gets each target under its default name', required: true }),
    signature: Flags.string({ description: 'signature to convert (default: serving_default)' }),
    tags: Flags.string({ description: 'tag-set, comma-separated' }),
    version: Flags.integer({ description: 'version under a base path (default: highest)', min: 0 }),
    quantize: Flags.string({
      description:
        'quantize float32 weights. tfjs: float16, uint8, uint16. tflite: float16 (FLOAT16 + DEQUANTIZE; validated with atol 1e-3, rtol 1e-2), ' +
        'dynamic-int8 (TFLiteConverter\'s dynamic range: per-channel int8 conv/dense weights read by hybrid kernels) or weight-int8 ' +
        '(the same int8 weights + DEQUANTIZE, float arithmetic; faster on LiteRT.js), both validated with atol 1e-2, rtol 5e-2, or ' +
        'int8 (full-integer: int8 activations and per-channel int8 weights, int32 biases, ranges calibrated on --calibration; ' +
        'ops without an int8 kernel stay float between DEQUANTIZE/QUANTIZE; validated on the first calibration samples with ' +
        'atol 2e-2, rtol 1e-1, i.e. an error up to a tenth of the output\'s largest magnitude). onnx: none',
      options: [...QUANTIZE_MODES],
    }),
    calibration: Flags.string({
      description:
        'representative dataset for --quantize int8: a JSONL file (one object per line keyed by input name, nested arrays), ' +
        'or a .npy file (single-input models), or NAME=FILE.npy once per input (little-endian float32/float64/int32/int64, C order)',
      multiple: true,
    }),
    'quantize-io': Flags.string({ description: 'with --quantize int8: the model\'s inputs and outputs stay float32 (QUANTIZE/DEQUANTIZE inside; default) or are int8 with their scale and zero point', options: ['float', 'int8'] }),
    'quantize-only': Flags.string({ description: 'quantize only weights whose names match these globs (tfjs)', multiple: true, dependsOn: ['quantize'] }),
    'shard-size': Flags.string({ description: 'weight shard size (tfjs)', default: '4MiB' }),
    'tflite-lstm': Flags.string({
      description:
        'Keras LSTM loops in TFLite: while (WHILE subgraphs: runs everywhere, LiteRT.js included; default) or fused ' +
        '(UNIDIRECTIONAL_SEQUENCE_LSTM where the semantics match exactly, ~1.9x faster in tf.lite.Interpreter; its state ' +
        'lives in variable tensors, which LiteRT.js cannot load, so such a file is validated and served elsewhere)',
      options: ['while', 'fused'],
      default: 'while',
    }),
    opset: Flags.integer({ description: 'ONNX opset (13–21)', default: 17 }),
    'inputs-as-nchw': Flags.boolean({ description: 'take 4-D inputs as NCHW (onnx)' }),
    validate: Flags.boolean({ description: 'compare with TensorFlow (default: when tfjs-node works)', allowNo: true }),
    inputs: Flags.string({ description: 'JSON file of inputs for validation (default: random inputs)' }),
    atol: Flags.string({ description: 'absolute tolerance (default 1e-5, or the --quantize mode\'s)' }),
    rtol: Flags.string({ description: 'relative tolerance of the reference output\'s max |value| (default 1e-4, or the --quantize mode\'s)' }),
    overwrite: Flags.boolean({ description: 'replace an existing output' }),
  };

  async run(): Promise<ConvertResult | ConvertResult[]> {
    const { args, flags } = await this.parse(Convert);
    const number = (name: string, v: string | undefined): number | undefined => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw new MdeployError('E_USAGE', `--${name} must be a non-negative number, not "${v}"`);
      return n;
    };
    let shardBytes: number;
    try {
      shardBytes = parseBytes(flags['shard-size']);
    } catch (err) {
      throw new MdeployError('E_USAGE', `--shard-size: ${(err as Error).message}`);
    }
    const names = [...new Set(flags.to)] as ConvertTarget[];
    if (names.length !== flags.to.length) throw new MdeployError('E_USAGE', 'each --to target may be given once');
    const problems = quantizeProblems(names.map(exportTarget), flags.quantize, flags['quantize-only']);
    if (flags.quantize === 'int8' && !flags.calibration?.length) problems.push('--quantize int8 needs --calibration FILE: a representative dataset (JSONL keyed by input name, a .npy file, or NAME=FILE.npy per input)');
    if (flags.quantize !== 'int8' && flags.calibration?.length) problems.push('--calibration applies to --quantize int8 only: add --quantize int8, or drop --calibration');
    if (flags.quantize !== 'int8' && flags['quantize-io']) problems.push('--quantize-io applies to --quantize int8 only');
    if (flags['tflite-lstm'] === 'fused' && !names.includes('tflite')) problems.push('--tflite-lstm applies to --to tflite only');
    if (problems.length) throw new MdeployError('E_USAGE', problems.join('; '));
    // One target writes to --output itself; several write into it, each under its default name.
    const targets = names.length === 1 ? [{ to: names[0]!, output: flags.output }] : names.map((to) => ({ to, output: join(flags.output, exportTarget(to).defaultOutput) }));
    try {
      const results = await convertModelTo({
        model: args.savedmodel,
        targets,
        signature: flags.signature,
        tags: flags.tags?.split(',').map((t) => t.trim()).filter(Boolean),
        version: flags.version,
        overwrite: flags.overwrite,
        validate: flags.validate ?? 'auto',
        inputsFile: flags.inputs,
        calibration: flags.calibration,
        quantizeIo: flags['quantize-io'] as 'float' | 'int8' | undefined,
        tolerance: { atol: number('atol', flags.atol), rtol: number('rtol', flags.rtol) },
        targetOptions: {
          shardBytes,
          quantize: flags.quantize ? { dtype: flags.quantize, only: flags['quantize-only'] } : undefined,
          opset: flags.opset,
          tfliteLstm: flags['tflite-lstm'],
          inputsAsNchw: flags['inputs-as-nchw'],
        },
        progress: createProgress({ enabled: !this.jsonEnabled() }),
      });
      for (const r of results) this.log(renderConvert(r));
      return results.length === 1 ? results[0]! : results;
    } catch (err) {
      // Show the error table before the one-line error when validation fails.
      if (isMdeployError(err) && err.code === 'E_VALIDATION_FAILED' && !this.jsonEnabled()) {
        const v = (err.details as ConvertResult | undefined)?.validation;
        if (v && !('skipped' in v)) this.logToStderr(renderValidation(v).join('\n'));
      }
      throw err;
    }
  }
}
