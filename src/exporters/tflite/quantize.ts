/**
 * Post-training weight quantization of a planned TFLite model (a TfliteModelSpec → TfliteModelSpec pass, so it
 * runs after lowering and fusion and never sees the IR). Two modes, as TFLiteConverter writes them:
 *
 * - `float16`: every float32 constant is stored as a FLOAT16 buffer and a DEQUANTIZE operator at the start
 *   of the subgraph turns it back into the float32 tensor its consumers read (XNNPACK folds these).
 * - `dynamic-int8` (dynamic-range quantization): the weights of CONV_2D, DEPTHWISE_CONV_2D and
 *   FULLY_CONNECTED with at least 1024 elements become INT8 with symmetric per-output-channel scales
 *   (zero_point 0), read directly by TFLite's hybrid kernels, which quantize the activations at run time.
 *   Smaller weights stay float32, as TFLiteConverter leaves them.
 * - `weight-int8`: the same int8 weights, each followed by a DEQUANTIZE, so the arithmetic stays float32.
 *   The file is as small; LiteRT.js's XNNPACK delegates these operators but not the hybrid ones (measured
 *   on mobilenetv2: 60 ms per run against 185 ms for dynamic-int8, and about half the error).
 *
 * Model inputs and outputs stay float32 in every mode. Only the main subgraph is quantized: constants in
 * control-flow bodies (WHILE / IF subgraphs) stay float32.
 */
import type { BuiltinOperatorName } from '../../tflite/schema.js';
import { tfliteOps } from './registry.js';
import type { OperatorSpec, TensorSpec, TfliteModelSpec } from './writer.js';

export type TfliteQuantizeMode = 'float16' | 'dynamic-int8' | 'weight-int8';
export const TFLITE_QUANTIZE_MODES: readonly TfliteQuantizeMode[] = ['float16', 'dynamic-int8', 'weight-int8'];

export interface TfliteQuantizeOptions {
  mode: TfliteQuantizeMode;
}

export interface TfliteQuantizeReport {
  mode: TfliteQuantizeMode;
  /** Constant tensors stored quantized. */
  quantized: number;
  /** Float32 constants left as they were (too small, or not an int8 operator's weight). */
  keptFloat: number;
  /** Bytes of the quantized constants before and after. */
  bytesBefore: number;
  bytesAfter: number;
}

const FLOAT32 = 0;
const FLOAT16 = 1;
const INT8 = 9;

/** TFLiteConverter's dynamic-range threshold: weights under this many elements stay float. */
export const MIN_INT8_ELEMENTS = 1024;

/** Where each int8-capable operator reads its weights, and the axis its output channels run along. */
const INT8_WEIGHTS: Partial<Record<BuiltinOperatorName, { input: number; channelAxis: number }>> = {
  CONV_2D: { input: 1, channelAxis: 0 }, // OHWI
  DEPTHWISE_CONV_2D: { input: 1, channelAxis: 3 }, // 1HWO
  FULLY_CONNECTED: { input: 1, channelAxis: 0 }, // [out, in]
};

function float32Of(bytes: Uint8Array): Float32Array {
  // Buffers are little-endian and need not be 4-byte aligned within their ArrayBuffer: copy. (Not with
  // slice(): on a Node Buffer that is a view, and .buffer the whole pool.)
  return new Float32Array(new Uint8Array(bytes).buffer);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** IEEE binary16 bits of a float32, rounded to nearest even (overflow → ±Inf). */
function toHalf(v: number): number {
  f32[0] = v;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  const mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 112;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    // Subnormal half: shift the mantissa (with its implicit 1) into place, rounding to nearest even.
    const m = mant | 0x800000;
    const shift = 14 - e;
    const half = m >>> shift;
    const rest = m & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (half + (rest > mid || (rest === mid && half & 1) ? 1 : 0));
  }
  const half = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  // A carry out of the mantissa correctly bumps the exponent (and reaches Inf at the top).
  return sign | (half + (rest > 0x1000 || (rest === 0x1000 && half & 1) ? 1 : 0));
}

function toFloat16Bytes(values: Float32Array): Uint8Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = toHalf(values[i]!);
  return new Uint8Array(out.buffer);
}

/** Symmetric int8 (−127…127, zero_point 0) with one scale per slice along `axis`. */
export function quantizeSymmetricInt8(values: Float32Array, shape: readonly number[], axis: number): { data: Int8Array; scale: number[] } {
  const channels = shape[axis] ?? 1;
  // Elements of one channel are `inner` apart in runs of `inner`, every `channels · inner`.
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const channelOf = (i: number): number => Math.floor(i / inner) % channels;
  const maxAbs = new Array<number>(channels).fill(0);
  for (let i = 0; i < values.length; i++) {
    const c = channelOf(i);
    const a = Math.abs(values[i]!);
    if (a > maxAbs[c]!) maxAbs[c] = a;
  }
  // An all-zero channel still needs a positive scale; its values quantize to 0 either way.
  const scale = maxAbs.map((m) => (m > 0 ? Math.fround(m / 127) : 1));
  const data = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const q = Math.round(values[i]! / scale[channelOf(i)]!);
    data[i] = Math.max(-127, Math.min(127, q));
  }
  return { data, scale };
}

const numElements = (t: TensorSpec): number => (t.shape ?? []).reduce((a, b) => a * b, 1);

/**
 * Operator versions as tensorflow/lite/tools/versioning/op_version.cc gives them for these kernels: DEQUANTIZE
 * from float16 is 3, from int8 2 (5 per channel); the hybrid kernels (float32 in and out, int8 weights) are
 * CONV_2D 2 (5 per channel), DEPTHWISE_CONV_2D 4 (6 per channel) and FULLY_CONNECTED 3 (9 with asymmetric
 * input quantization, 12 per channel).
 */
tfliteOps.operatorVersions('DEQUANTIZE', { float16: 3, int8: { versions: [2, 5], pick: (s) => (s.perChannel ? 5 : 2) } });
tfliteOps.operatorVersions('CONV_2D', { hybrid: { versions: [2, 5], pick: (s) => (s.perChannel ? 5 : 2) } });
tfliteOps.operatorVersions('DEPTHWISE_CONV_2D', { hybrid: { versions: [4, 6], pick: (s) => (s.perChannel ? 6 : 4) } });
tfliteOps.operatorVersions('FULLY_CONNECTED', {
  hybrid: {
    versions: [3, 9, 12],
    pick: ({ op, perChannel }) => {
      const asymmetric = op.options?.table === 'FullyConnectedOptions' && op.options.values.asymmetric_quantize_inputs === true;
      return perChannel ? 12 : asymmetric ? 9 : 3;
    },
  },
});

const raise = (op: OperatorSpec, version: number): void => {
  op.version = Math.max(op.version ?? 1, version);
};

/**
 * The model with its float32 weights quantized. Constants are recognized as tensors with a non-empty buffer;
 * a constant several operators share is quantized (and dequantized) once.
 */
export function quantizeTfliteSpec(spec: TfliteModelSpec, options: TfliteQuantizeOptions): { spec: TfliteModelSpec; report: TfliteQuantizeReport } {
  const tensors = spec.tensors.map((t) => ({ ...t }));
  const buffers = [...spec.buffers];
  const operators: OperatorSpec[] = spec.operators.map((op) => ({ ...op, inputs: [...op.inputs] }));
  const report: TfliteQuantizeReport = { mode: options.mode, quantized: 0, keptFloat: 0, bytesBefore: 0, bytesAfter: 0 };

  // Every read of each float32 constant: which operator, which input slot.
  const uses = new Map<number, Array<{ op: OperatorSpec; slot: number }>>();
  for (const op of operators) {
    op.inputs.forEach((t, slot) => {
      const spec = t >= 0 ? tensors[t] : undefined;
      if (!spec || spec.type !== FLOAT32 || !buffers[spec.buffer]?.length) return;
      const list = uses.get(t) ?? [];
      list.push({ op, slot });
      uses.set(t, list);
    });
  }

  const dequantize: OperatorSpec[] = [];
  /** Stores `index`'s data quantized in a new tensor; the consumers keep reading a float32 tensor from DEQUANTIZE. */
  const addDequantize = (index: number, q: Omit<TensorSpec, 'name' | 'shape' | 'shapeSignature' | 'buffer'>, data: Uint8Array): number => {
    const t = tensors[index]!;
    const qIndex = tensors.push({ ...t, ...q, name: `${t.name}/${q.type === FLOAT16 ? 'float16' : 'int8'}`, buffer: buffers.push(data) - 1 }) - 1;
    // The float32 tensor keeps its index (and its consumers), but is computed now, not stored.
    tensors[index] = { ...t, buffer: 0 };
    const op: OperatorSpec = { op: 'DEQUANTIZE', inputs: [qIndex], outputs: [index] };
    op.version = tfliteOps.operatorVersion('DEQUANTIZE', q.type === FLOAT16 ? 'float16' : 'int8', { op, tensor: (i) => tensors[i], perChannel: (q.quantization?.scale.length ?? 1) > 1 });
    dequantize.push(op);
    return qIndex;
  };

  for (const [index, reads] of uses) {
    const t = tensors[index]!;
    const bytes = buffers[t.buffer]!;
    if (options.mode === 'float16') {
      const data = toFloat16Bytes(float32Of(bytes));
      addDequantize(index, { type: FLOAT16 }, data);
      report.quantized++;
      report.bytesBefore += bytes.length;
      report.bytesAfter += data.length;
      continue;
    }
    // int8: only weights every reader takes as its weight operand, and large enough to be worth it.
    const roles = reads.map((r) => (INT8_WEIGHTS[r.op.op]?.input === r.slot ? INT8_WEIGHTS[r.op.op]!.channelAxis : undefined));
    const axis = roles[0];
    if (axis === undefined || roles.some((a) => a !== axis) || numElements(t) < MIN_INT8_ELEMENTS || !t.shape) {
      report.keptFloat++;
      continue;
    }
    const { data, scale } = quantizeSymmetricInt8(float32Of(bytes), t.shape, axis);
    const quantization = { scale, zeroPoint: scale.map(() => 0), quantizedDimension: axis };
    const raw = new Uint8Array(data.buffer);
    if (options.mode === 'dynamic-int8') {
      tensors[index] = { ...t, type: INT8, quantization, buffer: buffers.push(raw) - 1 };
      for (const r of reads) {
        // Quantizing the activations asymmetrically (per batch row) is what TFLiteConverter asks for.
        if (r.op.op === 'FULLY_CONNECTED') {
          const values = r.op.options?.table === 'FullyConnectedOptions' ? r.op.options.values : {};
          r.op.options = { table: 'FullyConnectedOptions', values: { ...values, asymmetric_quantize_inputs: true } };
        }
        raise(r.op, tfliteOps.operatorVersion(r.op.op, 'hybrid', { op: r.op, tensor: (i) => tensors[i], perChannel: scale.length > 1 }));
      }
    } else addDequantize(index, { type: INT8, quantization }, raw);
    report.quantized++;
    report.bytesBefore += bytes.length;
    report.bytesAfter += raw.length;
  }

  // Buffers the float32 constants no longer use are left for the caller's compaction to drop.
  return { spec: { ...spec, tensors, buffers, operators: [...dequantize, ...operators] }, report };
}
