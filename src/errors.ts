import { Errors } from '@oclif/core';

/**
 * Process exit codes, declared once. Scripts and CI pipelines branch on these, so they never change meaning.
 * (99 for a breached benchmark threshold follows k6.)
 */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  unsupportedModel: 3,
  validationFailed: 4,
  dockerUnavailable: 5,
  notFound: 6,
  corruptModel: 7,
  unknownSelection: 8,
  dependencyMissing: 9,
  ioFailure: 10,
  thresholdBreached: 99,
} as const;
export type ExitCodeName = keyof typeof ExitCode;

/**
 * Every error a user can cause, with its exit code and the hint that goes with it. The docs table in
 * docs/errors.md is checked against this list by a test.
 */
export const ErrorCodes = {
  E_USAGE: { exit: 'usage', hint: 'Run the command with --help to see its flags.' },
  E_PATH_NOT_FOUND: { exit: 'notFound', hint: 'Check the path; it must be a SavedModel directory or a base path with numeric version directories.' },
  E_NO_SAVED_MODEL: { exit: 'notFound', hint: 'A SavedModel directory holds saved_model.pb (or saved_model.pbtxt); pass that directory or its base path.' },
  E_PB_CORRUPT: { exit: 'corruptModel', hint: 'The file is truncated or not a SavedModel; re-export the model or copy it again.' },
  E_PBTXT_SYNTAX: { exit: 'corruptModel', hint: 'Fix the text-format protobuf at the position shown, or export the model in binary form (saved_model.pb).' },
  E_BUNDLE_CORRUPT: { exit: 'corruptModel', hint: 'The variables/ files are damaged or incomplete; copy the model again or re-export it.' },
  E_BUNDLE_UNSUPPORTED: { exit: 'unsupportedModel', hint: 'This checkpoint feature is not supported yet; re-save the model with unpartitioned variables.' },
  E_UNKNOWN_TAGS: { exit: 'unknownSelection', hint: 'Pick one of the tag-sets listed; run `mdeploy inspect <path>` to see them.' },
  E_UNKNOWN_SIGNATURE: { exit: 'unknownSelection', hint: 'Pick one of the signatures listed; run `mdeploy inspect <path>` to see them.' },
  E_UNKNOWN_VERSION: { exit: 'unknownSelection', hint: 'Pick one of the versions listed, or leave out --version to use the highest.' },
  E_UNSUPPORTED_OPS: { exit: 'unsupportedModel', hint: 'See docs/ops.md for the supported ops per target.' },
  E_UNSUPPORTED_MODEL: { exit: 'unsupportedModel', hint: 'This model uses a feature mdeploy does not handle yet; please open an issue with `mdeploy inspect --json` output.' },
  E_NOTHING_SERVED: { exit: 'unsupportedModel', hint: 'Fix the model path or the model (the reasons are above), or start with --keep-running to wait for a version that loads.' },
  E_WARMUP_FAILED: { exit: 'unsupportedModel', hint: 'Fix or regenerate assets.extra/tf_serving_warmup_requests (a TFRecord file of PredictionLog records), or remove it.' },
  E_VALIDATION_FAILED: { exit: 'validationFailed', hint: 'Inspect the per-output errors; loosen --atol/--rtol only if the difference is expected.' },
  E_DEPENDENCY_MISSING: { exit: 'dependencyMissing', hint: 'Run `mdeploy doctor` to see what is missing and how to fix it.' },
  E_DOCKER_UNAVAILABLE: { exit: 'dockerUnavailable', hint: 'Start the Docker daemon (or set DOCKER_HOST) and check with `mdeploy doctor`.' },
  E_DOCKER_BUILD: { exit: 'dockerUnavailable', hint: 'Read the daemon\'s message; `mdeploy scaffold` writes the same context to disk for a closer look.' },
  E_CONTAINER_FAILED: { exit: 'dockerUnavailable', hint: 'The container stopped or never became ready; its last log lines are above (`mdeploy logs <name>`).' },
  E_UNKNOWN_CONTAINER: { exit: 'notFound', hint: 'Run `mdeploy ps` to see the containers mdeploy started.' },
  E_IO: { exit: 'ioFailure', hint: 'Check that the path is writable and the disk has space.' },
  E_THRESHOLD: { exit: 'thresholdBreached', hint: 'The run breached a --fail-on threshold.' },
} as const satisfies Record<string, { exit: ExitCodeName; hint: string }>;
export type ErrorCode = keyof typeof ErrorCodes;

export interface MdeployErrorOptions {
  /** The file the problem is in; printed first so the line reads "file: problem". */
  file?: string;
  /** Replaces the code's default hint. */
  suggestions?: string[];
  /** Structured details for --json output (e.g. the list of unsupported ops). */
  details?: unknown;
  cause?: unknown;
}

/**
 * The one error type mdeploy raises for anything a user can cause or fix. It carries a stable `code`, the
 * exit code that goes with it, a one-line message that names the file, and what to do next.
 */
export class MdeployError extends Errors.CLIError {
  override readonly code: ErrorCode;
  readonly exitCode: number;
  readonly file?: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: MdeployErrorOptions = {}) {
    const spec = ErrorCodes[code];
    const exit = ExitCode[spec.exit];
    super(options.file ? `${options.file}: ${message}` : message, {
      exit,
      code,
      suggestions: options.suggestions ?? [spec.hint],
    });
    this.name = 'MdeployError';
    this.code = code;
    this.exitCode = exit;
    this.file = options.file;
    this.details = options.details;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }

  /** The shape printed under `error` with --json. */
  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      exitCode: this.exitCode,
      message: this.message,
      file: this.file,
      suggestions: this.suggestions,
      details: this.details,
    };
  }
}

export function isMdeployError(err: unknown): err is MdeployError {
  return err instanceof MdeployError;
}

/** Runs `fn`; any non-mdeploy error it throws becomes `code` with `message` plus the original reason. */
export function rethrowAs<T>(code: ErrorCode, message: string, options: MdeployErrorOptions, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (isMdeployError(err)) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new MdeployError(code, `${message} (${reason})`, { ...options, cause: err });
  }
}
