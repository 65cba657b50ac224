/**
 * How the per-op suite treats a (case, target) pair that does not match TensorFlow yet. Each target lists its
 * own (op-suite-known-onnx.ts, op-suite-known-tfjs.ts) and says why; an entry is a test, never a skip:
 *   - `refused`: converting fails with a typed error (MdeployError, code E_UNSUPPORTED_OPS or
 *     E_UNSUPPORTED_MODEL) whose message matches `error`. The user is told, no wrong model is written.
 *   - `wrong`: the target writes a model that fails to load, run or match TensorFlow. The test asserts it
 *     still does (it.fails), so a fix fails the suite until the entry is removed. These are bugs to fix.
 */
export type KnownProblem = { kind: 'refused'; reason: string; error: RegExp } | { kind: 'wrong'; reason: string };

export type KnownProblems = Record<string, KnownProblem>;
