/**
 * `mdeploy convert`: SavedModel → graph IR → target files, written atomically, then (by default) validated
 * numerically against the SavedModel run on real TensorFlow.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MdeployError } from '../errors.js';
import { buildGraph } from '../graph/index.js';
import type { OptimizeReport } from '../graph/optimize.js';
import { SavedModel } from '../savedmodel/savedmodel.js';
import { stageOutput, writeStagedFile } from '../util/atomic.js';
import { silentProgress, type Progress } from '../util/progress.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../validate/compare.js';
import { tensorflowHazard } from '../validate/preflight.js';
import { CandidateUnavailable, ReferenceUnavailable, validateConversion, type ValidationReport } from '../validate/validate.js';
import { tfjsNodeAvailable } from '../runtime/tfjs-node.js';
import { exportGraphAsync, exportTarget, mainFileName, targetTolerance, type ConvertTarget } from './targets.js';
import { calibrationFeeds, readCalibrationData } from './calibration-data.js';
import type { QuantizeIo } from '../exporters/tflite/int8.js';
import { VERSION } from '../version.js';

export interface ConvertOptions {
  model: string;
  to: ConvertTarget;
  output: string;
  version?: number;
  signature?: string;
  tags?: string[];
  overwrite?: boolean;
  /** true: must validate; false: skip; 'auto': validate when tfjs-node works. */
  validate?: boolean | 'auto';
  inputsFile?: string;
  /**
   * The validation tolerance; what it leaves unset is the target's default for its quantization mode
   * (targets.ts), else DEFAULT_TOLERANCE.
   */
  tolerance?: Partial<Tolerance>;
  /** Target-specific settings (quantization, shard size, opset). */
  targetOptions?: Record<string, unknown>;
  /**
   * `--quantize int8`'s representative dataset: one JSONL or .npy file, or `name=file.npy` per input
   * (calibration-data.ts). Without `inputsFile`, validation also runs on its first samples.
   */
  calibration?: string[];
  /** `--quantize int8`: float32 (default) or int8 model inputs and outputs. */
  quantizeIo?: QuantizeIo;
  progress?: Progress;
}

export interface ConvertResult {
  target: ConvertTarget;
  source: { path: string; version: number | null; signature: string; tags: string[]; tensorflowVersion: string };
  output: string;
  files: Array<{ path: string; bytes: number }>;
  totalBytes: number;
  /** The shared passes' report, plus what the target's own passes did (`prepared`; `fused` is their total). */
  graph: OptimizeReport & { ops: Record<string, number>; functions: number; fused: number; prepared: Record<string, number> };
  details: Record<string, unknown>;
  validation: ValidationReport | { skipped: string };
  timingsMs: Record<string, number>;
}

export async function convertModel(options: ConvertOptions): Promise<ConvertResult> {
  return (await convertModelTo({ ...options, targets: [{ to: options.to, output: options.output }] }))[0]!;
}

/**
 * Several targets from one read of the model: the SavedModel is loaded and its graph built once, then each
 * target exports its own copy, is written and validated in turn. A failing target stops the run; the targets
 * before it are already in place.
 */
export async function convertModelTo(options: Omit<ConvertOptions, 'to' | 'output'> & { targets: Array<{ to: ConvertTarget; output: string }> }): Promise<ConvertResult[]> {
  const progress = options.progress ?? silentProgress;
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, label: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await progress.step(label, fn);
    } finally {
      timings[name] = Math.round((performance.now() - t0) * 10) / 10;
    }
  };
  const started = performance.now();

  // Decide validation up front, so an explicit --validate without tfjs-node fails before any work.
  let validate = options.validate ?? 'auto';
  let skipped: string | undefined;
  if (validate !== false && !tfjsNodeAvailable()) {
    if (validate === true) {
      throw new MdeployError('E_DEPENDENCY_MISSING', 'validation needs @tensorflow/tfjs-node to run the SavedModel, and its native binding does not load', {
        suggestions: ['Run `mdeploy doctor --fix-tfjs-node`, or convert with --no-validate.'],
      });
    }
    validate = false;
    skipped = 'tfjs-node is not available (run `mdeploy doctor --fix-tfjs-node`)';
  } else if (validate === false) skipped = 'disabled with --no-validate';

  const model = await timed('load', 'read SavedModel', () => SavedModel.load(options.model, { version: options.version }));
  try {
    const mg = model.metaGraph(options.tags);
    const sig = mg.signature(options.signature);
    const built = await timed('graph', `freeze and optimize signature ${sig.key}`, () => buildGraph(model, { tags: options.tags, signature: sig.key }));
    const ops: Record<string, number> = {};
    for (const n of built.graph.nodes) ops[n.op] = (ops[n.op] ?? 0) + 1;
    const shared = { ...built.report, ops, functions: built.graph.functions.size };
    const sharedTimings = { ...timings };
    const results: ConvertResult[] = [];
    const mode = (options.targetOptions?.['quantize'] as { dtype?: string } | undefined)?.dtype;
    // int8 calibration data is read once, against the signature, before any target is planned.
    const calibration = mode === 'int8' ? readCalibrationData(options.calibration ?? [], sig.inputs) : undefined;
    const int8 = calibration ? { int8: { samples: calibration.samples, source: calibration.source, io: options.quantizeIo ?? 'float' } } : {};
    const validationFeeds = calibration && !options.inputsFile ? calibrationFeeds(calibration, sig.inputs) : undefined;
    for (const { to, output } of options.targets) {
      for (const k of Object.keys(timings)) delete timings[k];
      Object.assign(timings, sharedTimings);
      results.push(await exportOne(to, output, targetTolerance(exportTarget(to), mode, options.tolerance ?? {}, DEFAULT_TOLERANCE)));
    }
    return results;

    async function exportOne(to: ConvertTarget, output: string, tolerance: Tolerance): Promise<ConvertResult> {
      const plugin = exportTarget(to);
      const cleanups: Array<() => void> = [];
      const planned = await timed('export', `export ${plugin.label}`, () =>
        exportGraphAsync(plugin, built, { convertedBy: `mdeploy ${VERSION}`, fileName: mainFileName(output), ...options.targetOptions, ...int8 }),
      );
      const fusedCount = Object.values(planned.prepared).reduce((a, b) => a + b, 0);
      const graphSummary = { ...shared, fused: fusedCount, prepared: planned.prepared };
      // A directory target is staged as one directory; a file target as its file plus any side files
      // (ONNX external data) staged next to it, all renamed into place together.
      const staged = stageOutput(output, plugin.kind, { overwrite: options.overwrite });
      const sideFiles = plugin.kind === 'file' ? planned.files.slice(1).map((f) => ({ f, s: stageOutput(join(dirname(output), f.path), 'file', { overwrite: options.overwrite }) })) : [];
      const commitAll = (): void => {
        staged.commit();
        for (const x of sideFiles) x.s.commit();
      };
      const discardAll = (): void => {
        staged.discard();
        for (const x of sideFiles) x.s.discard();
      };
      try {
        await timed('write', 'write files', () => {
          if (plugin.kind === 'file') {
            writeStagedFile(staged.path, planned.files[0]!.bytes);
            for (const x of sideFiles) writeStagedFile(x.s.path, x.f.bytes);
          } else for (const f of planned.files) writeStagedFile(join(staged.path, f.path), f.bytes);
        });
        let validation: ValidationReport | { skipped: string } = { skipped: skipped ?? '' };
        if (validate !== false) {
          const report = await timed('validate', 'validate against TensorFlow', () =>
            validateConversion({
              savedModelDir: model.dir,
              tags: mg.tags,
              signature: sig,
              // Side files must sit next to the staged model under their final names while it is opened.
              candidate: () => plugin.open(planned.validationFile ? stageValidationFile(planned.validationFile.bytes) : sideFiles.length ? stageForOpen() : staged.path, sig),
              tolerance,
              inputsFile: options.inputsFile,
              feeds: validationFeeds,
              referenceHazard: () => tensorflowHazard(mg, built.registry),
            }).catch((err: unknown) => {
              // TensorFlow itself cannot run some models here (GPU-pinned graphs, tfjs-node's own limits), or the
              // target's runtime cannot run the file (LiteRT.js and int64 or string tensors): with automatic
              // validation that is a skipped check, with --validate a failure.
              if (err instanceof CandidateUnavailable) {
                if (validate === true) throw new MdeployError('E_VALIDATION_FAILED', `cannot validate: ${err.message}; nothing was written`, { file: output, suggestions: ['Convert with --no-validate and check the file in another runtime.'] });
                return { skipped: err.message };
              }
              if (!(err instanceof ReferenceUnavailable)) throw err;
              if (validate === true) {
                throw new MdeployError('E_VALIDATION_FAILED', `cannot validate: TensorFlow could not run the original model (${err.message}); nothing was written`, {
                  file: output,
                  suggestions: ['Convert with --no-validate, or validate on a machine where TensorFlow can run this model.'],
                });
              }
              return { skipped: `TensorFlow could not run the original model: ${err.message}` };
            }),
          );
          validation = report;
          if ('pass' in report && !report.pass) {
            const failed = report.outputs.filter((o) => !o.pass).map((o) => o.output);
            const result = summary();
            discardAll();
            throw new MdeployError('E_VALIDATION_FAILED', `the converted model's outputs differ from TensorFlow's (${failed.join(', ')}); nothing was written`, {
              file: output,
              details: result,
            });
          }
        }
        commitAll();
        return summary();

        function summary(): ConvertResult {
          timings['total'] = Math.round(performance.now() - started);
          return {
            target: to,
            source: { path: model.dir, version: model.location.version ?? null, signature: sig.key, tags: mg.tags, tensorflowVersion: mg.tensorflowVersion },
            output: staged.target,
            files: planned.files.map((f, i) => ({ path: plugin.kind === 'file' ? (i === 0 ? staged.target : sideFiles[i - 1]!.s.target) : join(staged.target, f.path), bytes: f.bytes.length })),
            totalBytes: planned.files.reduce((sum, f) => sum + f.bytes.length, 0),
            graph: graphSummary,
            details: planned.validationFile ? { ...planned.details, validatedAs: planned.validationFile.why } : planned.details,
            validation,
            timingsMs: { ...timings },
          };
        }
        /** A stand-in the runtime can run (PlannedFiles.validationFile), in a temp dir. */
        function stageValidationFile(bytes: Uint8Array): string {
          const dir = mkdtempSync(join(tmpdir(), 'mdeploy-validate-'));
          cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
          const path = join(dir, mainFileName(output));
          writeFileSync(path, bytes);
          return path;
        }
        /** ONNX external data is found by file name next to the model: validate a linked copy in a temp dir. */
        function stageForOpen(): string {
          const dir = mkdtempSync(join(tmpdir(), 'mdeploy-validate-'));
          cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
          const main = join(dir, mainFileName(output));
          symlinkSync(staged.path, main);
          for (const x of sideFiles) symlinkSync(x.s.path, join(dir, x.f.path));
          return main;
        }
      } catch (err) {
        discardAll();
        throw err;
      } finally {
        for (const c of cleanups) c();
      }
    }
  } finally {
    await model.close();
  }
}
