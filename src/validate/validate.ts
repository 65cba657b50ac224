/**
 * Validation of a conversion: the same inputs through the original SavedModel on real TensorFlow and
 * through the converted model, then a per-output error table.
 */
import { isMdeployError, MdeployError } from '../errors.js';
import { WorkerPool } from '../runtime/pool.js';
import type { ModelSession, SessionSignature } from '../runtime/session.js';
import type { HostTensor } from '../tensor/host.js';
import { compareOutputs, type OutputComparison, type Tolerance } from './compare.js';
import { randomInputs, readInputsFile } from './inputs.js';

/** TensorFlow could not load or run the original model, so there is nothing to compare against. */
export class ReferenceUnavailable extends Error {}
/** The runtime that would run the converted file cannot (a dtype it has no tensors for): nothing to compare. */
export class CandidateUnavailable extends Error {}

export interface ValidationReport {
  pass: boolean;
  tolerance: Tolerance;
  inputs: 'random' | string;
  outputs: OutputComparison[];
  referenceMs: number;
  candidateMs: number;
}

export interface ValidateOptions {
  savedModelDir: string;
  tags: string[];
  signature: SessionSignature;
  candidate: () => Promise<ModelSession>;
  tolerance: Tolerance;
  /** A JSON file of inputs; random inputs matching the signature when absent. */
  inputsFile?: string;
  /**
   * Inputs given directly (int8 conversions validate on calibration samples: random normal inputs could lie
   * outside the calibrated ranges); `label` names them in the report. `inputsFile` wins when both are set.
   */
  feeds?: { tensors: Record<string, HostTensor>; label: string };
  /**
   * Why TensorFlow would abort (not fail) on the SavedModel, if it would (see preflight.ts). Asked before
   * the model is handed to libtensorflow; a reason makes the reference unavailable.
   */
  referenceHazard?: () => string | undefined;
  seed?: number;
}

export async function validateConversion(options: ValidateOptions): Promise<ValidationReport> {
  const feeds: Record<string, HostTensor> = options.inputsFile
    ? readInputsFile(options.inputsFile, options.signature.inputs)
    : (options.feeds?.tensors ?? randomInputs(options.signature.inputs, { seed: options.seed }));
  let want: Record<string, HostTensor>;
  const t0 = performance.now();
  const hazard = options.referenceHazard?.();
  if (hazard) throw new ReferenceUnavailable(`loading it would abort the process (${hazard})`);
  // TensorFlow runs in a worker process: a model that aborts on some input (a kernel's CHECK, tf.raw_ops.Abort)
  // makes the reference unavailable instead of killing `mdeploy convert` half-way.
  let reference: WorkerPool;
  try {
    reference = await WorkerPool.start({ backend: 'tf', path: options.savedModelDir, tags: options.tags, signatures: { [options.signature.key]: options.signature } }, 1, { restart: { initialDelayMs: 60_000 } });
  } catch (err) {
    if (isMdeployError(err) && err.code === 'E_DEPENDENCY_MISSING') throw err;
    throw new ReferenceUnavailable((err as Error).message.replace(/^.*?: TensorFlow could not load (signature "[^"]*"|the SavedModel) \(/, '').replace(/\)$/, '').split('\n')[0] ?? '');
  }
  try {
    want = await reference.run(options.signature.key, feeds);
  } catch (err) {
    const e = err as Error & { crashed?: boolean };
    throw new ReferenceUnavailable(e.crashed ? `TensorFlow aborted while running it on the validation inputs (${e.message.split('\n')[0]})` : (e.message.split('\n')[0] ?? ''));
  } finally {
    await reference.close();
  }
  const t1 = performance.now();
  const candidate = await options.candidate();
  let got: Record<string, HostTensor>;
  const t2 = performance.now();
  try {
    got = await candidate.run(feeds);
  } catch (err) {
    throw new MdeployError('E_VALIDATION_FAILED', `the converted model fails to run on the validation inputs (${(err as Error).message.split('\n')[0]}); nothing was written`, { cause: err });
  } finally {
    await candidate.dispose();
  }
  const t3 = performance.now();
  const outputs = compareOutputs(got, want, options.tolerance);
  return {
    pass: outputs.every((o) => o.pass),
    tolerance: options.tolerance,
    inputs: options.inputsFile ?? options.feeds?.label ?? 'random',
    outputs,
    referenceMs: t1 - t0,
    candidateMs: t3 - t2,
  };
}
