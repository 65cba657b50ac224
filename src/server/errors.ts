/**
 * Serving errors carry TensorFlow's error codes, which map to HTTP statuses the way TF Serving's REST API
 * maps them, and to gRPC statuses one to one (tensorflow.error.Code uses gRPC's numbers).
 */
import { MdeployError } from '../errors.js';

export const ServingCode = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type ServingCodeName = keyof typeof ServingCode;

const HTTP_STATUS: Record<ServingCodeName, number> = {
  OK: 200,
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  OUT_OF_RANGE: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  ABORTED: 409,
  RESOURCE_EXHAUSTED: 429,
  CANCELLED: 499,
  UNKNOWN: 500,
  INTERNAL: 500,
  DATA_LOSS: 500,
  UNIMPLEMENTED: 501,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
};

export class ServingError extends Error {
  private readonly status?: number;

  constructor(
    readonly code: ServingCodeName,
    message: string,
    /** An HTTP status other than the code's usual one (a crashed worker: 500, though gRPC says UNAVAILABLE). */
    options: { httpStatus?: number } = {},
  ) {
    super(message);
    this.name = 'ServingError';
    this.status = options.httpStatus;
  }

  get httpStatus(): number {
    return this.status ?? HTTP_STATUS[this.code];
  }

  get grpcCode(): number {
    return ServingCode[this.code];
  }
}

export const invalid = (message: string): ServingError => new ServingError('INVALID_ARGUMENT', message);

/** Longest error message sent to a client or written to a log. */
export const MAX_ERROR_LENGTH = 500;

/**
 * Removes request data from a runtime's message: TensorFlow quotes the offending value in some errors
 * (ParseExample: "Could not parse example input, value: '<the serialized tf.Example>'"), and long messages are
 * cut. What is left says what failed and where.
 */
export function redact(message: string): string {
  let m = message.replace(/(value|example|input|data|string|bytes)(: ?)'(?:[^'\\]|\\.)*'/gi, '$1$2<redacted>');
  m = m.replace(/\b(value|values)\s*=\s*\[[^\]]*\]/gi, '$1=<redacted>');
  // Any remaining long quoted run is data, not a name.
  m = m.replace(/'[^']{48,}'|"[^"]{48,}"/g, '<redacted>');
  // Non-printable bytes only ever come from tensor data.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  m = m.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]+/g, '?');
  return m.length > MAX_ERROR_LENGTH ? `${m.slice(0, MAX_ERROR_LENGTH)}… (truncated)` : m;
}

/** Any thrown value as a ServingError (unexpected ones become INTERNAL). */
export function asServingError(err: unknown): ServingError {
  if (err instanceof ServingError) return err;
  // mdeploy's own typed errors are about what the caller sent or pointed at (a config, a path).
  if (err instanceof MdeployError) return new ServingError(err.code === 'E_PATH_NOT_FOUND' || err.code === 'E_NO_SAVED_MODEL' ? 'NOT_FOUND' : 'INVALID_ARGUMENT', err.message);
  const message = err instanceof Error ? err.message : String(err);
  return new ServingError('INTERNAL', message);
}
