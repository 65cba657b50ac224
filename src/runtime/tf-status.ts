/**
 * TensorFlow's status codes for failed runs. tensorflow.error.Code uses gRPC's numbers, so a code name here is
 * also a gRPC status name (and the name src/server/errors.ts maps to an HTTP status).
 */

/** tensorflow/core/protobuf/error_codes.proto, indexed by number. */
export const TF_CODE_NAMES = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;

export type TfCodeName = (typeof TF_CODE_NAMES)[number];

export function isTfCodeName(x: unknown): x is TfCodeName {
  return typeof x === 'string' && (TF_CODE_NAMES as readonly string[]).includes(x);
}

export interface TfFailure {
  code: TfCodeName;
  /** TensorFlow's own message, without the binding's prefix. */
  message: string;
  /** True when the code is TensorFlow's (TF_GetCode), false when it was guessed from the message. */
  exact: boolean;
}

/** The binding's format for a failed Session run once `mdeploy doctor --fix-tfjs-node` patched it (fix-tfjs-node.ts). */
export const RUN_ERROR_WITH_CODE = 'Session fail to run with error (TF_Code %d): %s';
const PATCHED_RUN = /^Session fail to run with error \(TF_Code (\d+)\): ([\s\S]*)$/;
// tfjs-node's eager ops (the tfjs backend) always carried it, through ENSURE_TF_OK.
const EAGER_STATUS = /^Invalid TF_Status: (\d+)\r?\nMessage: ([\s\S]*)$/;
const PREBUILT_RUN = /^Session fail to run with error: ([\s\S]*)$/;
// Without a code (a binding downloaded by tfjs-node itself), shape and dtype complaints are the caller's fault.
const LOOKS_INVALID = /shape|Incompatible|dimension|expect|must be|Invalid|dtype/i;

/** TensorFlow's code and message from an error thrown by tfjs-node's binding (or by tfjs-core itself). */
export function parseTfFailure(thrown: string): TfFailure {
  for (const re of [PATCHED_RUN, EAGER_STATUS]) {
    const m = re.exec(thrown);
    const name = m ? TF_CODE_NAMES[Number(m[1])] : undefined;
    if (m && name && name !== 'OK') return { code: name, message: m[2]!.trimEnd(), exact: true };
  }
  const message = (PREBUILT_RUN.exec(thrown)?.[1] ?? thrown).trimEnd();
  return { code: LOOKS_INVALID.test(message) ? 'INVALID_ARGUMENT' : 'INTERNAL', message, exact: false };
}
