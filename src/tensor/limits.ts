/**
 * What a tensor from a request may look like before anything is allocated or handed to a native runtime.
 * TensorFlow CHECK-fails (aborting the process) on ranks above 254 and on dimensions whose running product
 * overflows int64, so those are refused here; a per-request budget stops a tiny request from asking for
 * gigabytes (a gRPC TensorProto broadcasts one value to its whole shape).
 */
import { dtypeByteSize } from './dtypes.js';

/** TensorFlow's TensorShape::kMaxDims. */
export const MAX_RANK = 254;
/** Element counts stay far below int64 overflow (TensorFlow's own limit is 2^63 − 1). */
const MAX_PRODUCT = 2 ** 62;

export class TensorLimitError extends RangeError {}

/** Per-request limits, derived from the server's body-size limit (see budgetFor). */
export interface TensorBudget {
  /** Elements in one tensor. */
  maxElements: number;
  /** Decoded bytes in one tensor (numbers at their dtype's width, strings at their length). */
  maxBytes: number;
  /** Named in messages: where the limit comes from. */
  source: string;
}

/**
 * A JSON body needs at least two bytes per element ("1,"), so a tensor that could have been sent within the
 * body limit has at most half as many elements as the limit has bytes; decoded as int64 those "1,"s take four
 * times the body's size. Anything beyond is an amplification (one TensorProto value broadcast to a huge shape).
 */
export function budgetFor(maxBodyBytes: number, source = '--max-body-size'): TensorBudget {
  return { maxElements: Math.max(1, Math.floor(maxBodyBytes / 2)), maxBytes: Math.max(1, maxBodyBytes) * 4, source };
}

/**
 * Checks a shape (rank, integer dims ≥ 0, no overflow, the budget) and returns its element count.
 * `dtype` sizes the byte budget (strings are charged one byte per element here; callers add their lengths).
 */
export function checkedElements(shape: readonly unknown[], where: string, budget?: TensorBudget, dtype?: string): number {
  if (shape.length > MAX_RANK) throw new TensorLimitError(`${where}: rank ${shape.length} is above TensorFlow's maximum of ${MAX_RANK}`);
  let product = 1;
  let n = 1;
  for (let i = 0; i < shape.length; i++) {
    // A dimension past 2^53 arrives from JSON as a bigint; any such one is past the product limit anyway.
    const d = typeof shape[i] === 'bigint' ? Number(shape[i]) : shape[i];
    // int64 dims above 2^53 arrive as inexact doubles; they are still whole, and the product check refuses them.
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) {
      throw new TensorLimitError(`${where}: dimension ${i} must be a whole number ≥ 0, not ${typeof d === 'number' ? d : typeof d}`);
    }
    // TensorFlow multiplies as it goes, so [2^62, 2^62, 0] overflows before the 0 makes it empty.
    product *= Math.max(d, 1);
    if (product > MAX_PRODUCT) throw new TensorLimitError(`${where}: shape [${shape.join(', ')}] has more elements than TensorFlow can index`);
    n *= d;
  }
  if (budget) {
    if (n > budget.maxElements) {
      throw new TensorLimitError(`${where}: shape [${shape.join(', ')}] has ${n} elements, more than the ${budget.maxElements} one request may carry (from ${budget.source}); send fewer rows per request`);
    }
    const bytes = n * (dtype ? (dtypeByteSize(dtype) ?? 1) : 1);
    if (bytes > budget.maxBytes) {
      throw new TensorLimitError(`${where}: shape [${shape.join(', ')}] of ${dtype} needs ${bytes} bytes, more than the ${budget.maxBytes} one request may carry (from ${budget.source}); send fewer rows per request`);
    }
  }
  return n;
}

/** Charges string bytes against the budget. */
export function checkStringBytes(total: number, where: string, budget?: TensorBudget): void {
  if (budget && total > budget.maxBytes) throw new TensorLimitError(`${where}: ${total} bytes of strings, more than the ${budget.maxBytes} one request may carry (from ${budget.source})`);
}
