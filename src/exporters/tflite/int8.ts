/**
 * Full-integer int8 quantization of a planned float TFLite model (TfliteModelSpec → TfliteModelSpec), after
 * TFLite's quantization spec (tensorflow/lite/g3doc/performance/quantization_spec.md):
 *
 * - weights of CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED: symmetric int8 (−127…127, zero_point 0), one
 *   scale per output channel (OHWI axis 0, 1HWO axis 3, [out, in] axis 0);
 * - their biases: int32, zero_point 0, scale = input scale × weight scale (per channel);
 * - activations: asymmetric int8 per tensor, from the range calibration recorded (widened to hold 0, so 0 is
 *   exact, as padding and ReLU need);
 * - LOGISTIC and SOFTMAX write scale 1/256 zero_point −128, TANH 1/128 and 0, LOG_SOFTMAX 16/256 and 127
 *   (the kernels check these);
 * - operators that move values without arithmetic (RESHAPE, MAX_POOL_2D, CONCATENATION, PAD, TRANSPOSE, …)
 *   need one scale and zero_point on every input and output: those tensors share the union of their ranges.
 *
 * An operator with no int8 kernel in TFLite (or one whose tensors cannot meet its constraints) stays float32:
 * a DEQUANTIZE feeds it and a QUANTIZE follows, and the report names it. Failing the whole conversion instead
 * would refuse models TFLiteConverter quantizes (it does the same with its float fallback); the report keeps
 * it visible. Model inputs and outputs are float32 behind QUANTIZE / DEQUANTIZE (`io: 'float'`), or int8 with
 * their own scale and zero_point (`io: 'int8'`). Operator versions are the ones
 * tensorflow/lite/tools/versioning/op_version.cc gives these int8 signatures.
 */
import type { BuiltinOperatorName } from '../../tflite/schema.js';
import type { VersionRule } from '../op-registry.js';
import { quantizeSymmetricInt8 } from './quantize.js';
import { tfliteOps, type TfliteOperatorSubject } from './registry.js';
import type { TensorRange } from './calibrate.js';
import type { OperatorSpec, TensorQuantization, TensorSpec, TfliteModelSpec } from './writer.js';

const FLOAT32 = 0;
const INT32 = 2;
const INT8 = 9;

export type QuantizeIo = 'float' | 'int8';
export const QUANTIZE_IO: readonly QuantizeIo[] = ['float', 'int8'];

export interface Int8QuantizeOptions {
  /** min / max of every float activation tensor over the calibration data (calibrate.ts), by tensor index. */
  ranges: ReadonlyMap<number, TensorRange>;
  io: QuantizeIo;
}

export interface Int8QuantizeReport {
  mode: 'int8';
  io: QuantizeIo;
  /** Weight tensors stored as per-channel int8. */
  quantized: number;
  /** Float32 constants left as they were (read by float operators). */
  keptFloat: number;
  bytesBefore: number;
  bytesAfter: number;
  /** Operators that run in int8, and the ones kept float32 (by op name, with counts): without an int8 kernel, */
  int8Operators: number;
  floatOperators: Record<string, number>;
  /** and with one, but a tensor calibration could not observe or parameters its kernel cannot share. */
  floatUncalibrated: Record<string, number>;
}

type Kind = 'weights' | 'own' | 'same' | 'fixed' | 'shape';

interface Int8Op {
  kind: Kind;
  /** The version of the int8 kernel (registered as the builtin's "int8" version, looked up through the registry). */
  version: VersionRule<TfliteOperatorSubject>;
  /** For 'fixed': the output's scale and zero_point. */
  fixed?: [number, number];
  /** For 'weights': the weight's input slot and channel axis. */
  weights?: { axis: number };
}

const rank = (t: TensorSpec | undefined): number => t?.shape?.length ?? 0;
const optionValues = (op: OperatorSpec): Record<string, unknown> => (op.options?.values ?? {}) as Record<string, unknown>;
/** op_version.cc's NeedBroadcastForBinaryInputs && GetInputMaxDims > 4. */
const broadcast5d = (op: OperatorSpec, t: (i: number) => TensorSpec | undefined): boolean => {
  const [a, b] = [t(op.inputs[0]!), t(op.inputs[1]!)];
  return String(a?.shape) !== String(b?.shape) && Math.max(rank(a), rank(b)) > 4;
};

/** The TFLite builtins with int8 kernels mdeploy quantizes, with their constraints and op_version.cc versions. */
const INT8_OPS: Partial<Record<BuiltinOperatorName, Int8Op>> = {
  // Reads only its input's shape: whichever form the tensor has, no conversion.
  SHAPE: { kind: 'shape', version: 1 },
  CONV_2D: { kind: 'weights', weights: { axis: 0 }, version: 3 },
  DEPTHWISE_CONV_2D: { kind: 'weights', weights: { axis: 3 }, version: 3 },
  // Always with a bias here (a zero one is added); keep_num_dims is version 5.
  FULLY_CONNECTED: { kind: 'weights', weights: { axis: 0 }, version: { versions: [4, 5], pick: ({ op }) => (optionValues(op)['keep_num_dims'] ? 5 : 4) } },
  ADD: { kind: 'own', version: 2 },
  SUB: { kind: 'own', version: { versions: [2, 3], pick: ({ op, tensor }) => (broadcast5d(op, tensor) ? 3 : 2) } },
  // Version 3: a rescale (in1 · in2 / out) of at least 1.
  MUL: {
    kind: 'own',
    version: {
      versions: [2, 3],
      pick: ({ op, tensor }) => {
        const s = (i: number): number => tensor(i)?.quantization?.scale[0] ?? 0;
        const r = (s(op.inputs[0]!) * s(op.inputs[1]!)) / s(op.outputs[0]!);
        return Number.isFinite(r) && r >= 1 ? 3 : 2;
      },
    },
  },
  MEAN: { kind: 'own', version: 2 },
  SUM: { kind: 'own', version: 2 },
  RELU: { kind: 'own', version: 2 },
  RELU6: { kind: 'own', version: 2 },
  LEAKY_RELU: { kind: 'own', version: 1 },
  ELU: { kind: 'own', version: 1 },
  HARD_SWISH: { kind: 'own', version: 1 },
  SQUARED_DIFFERENCE: { kind: 'own', version: 2 },
  RSQRT: { kind: 'own', version: 2 },
  GELU: { kind: 'own', version: 2 },
  EXP: { kind: 'own', version: 2 },
  LOG: { kind: 'own', version: 2 },
  ABS: { kind: 'own', version: 2 },
  LOGISTIC: { kind: 'fixed', fixed: [1 / 256, -128], version: 2 },
  SOFTMAX: { kind: 'fixed', fixed: [1 / 256, -128], version: 2 },
  TANH: { kind: 'fixed', fixed: [1 / 128, 0], version: 2 },
  LOG_SOFTMAX: { kind: 'fixed', fixed: [16 / 256, 127], version: 2 },
  RESHAPE: { kind: 'same', version: 1 },
  SQUEEZE: { kind: 'same', version: 1 },
  EXPAND_DIMS: { kind: 'same', version: 1 },
  MAX_POOL_2D: { kind: 'same', version: 2 },
  // The int8 average pool writes its result with the input's parameters (pooling.cc).
  AVERAGE_POOL_2D: { kind: 'same', version: 2 },
  CONCATENATION: { kind: 'same', version: 2 },
  PAD: { kind: 'same', version: { versions: [2, 4], pick: ({ op, tensor }) => (rank(tensor(op.inputs[0]!)) > 4 ? 4 : 2) } },
  MIRROR_PAD: { kind: 'same', version: 2 },
  TRANSPOSE: { kind: 'same', version: { versions: [2, 4, 6], pick: ({ op, tensor }) => (rank(tensor(op.inputs[0]!)) > 5 ? 6 : rank(tensor(op.inputs[0]!)) > 4 ? 4 : 2) } },
  STRIDED_SLICE: {
    kind: 'same',
    version: {
      versions: [2, 4, 6, 8],
      pick: ({ op, tensor }) => {
        const o = optionValues(op);
        if (o['offset']) return 8;
        if (o['ellipsis_mask'] || o['new_axis_mask']) return 6;
        return rank(tensor(op.inputs[0]!)) > 4 ? 4 : 2;
      },
    },
  },
  SLICE: { kind: 'same', version: { versions: [2, 5], pick: ({ op, tensor }) => (rank(tensor(op.inputs[0]!)) > 4 ? 5 : 2) } },
  GATHER: { kind: 'same', version: { versions: [2, 5], pick: ({ op }) => (optionValues(op)['batch_dims'] ? 5 : 2) } },
  PACK: { kind: 'same', version: 2 },
  UNPACK: { kind: 'same', version: 2 },
  SPLIT: { kind: 'same', version: 2 },
  SPLIT_V: { kind: 'same', version: 2 },
  DEPTH_TO_SPACE: { kind: 'same', version: 2 },
  SPACE_TO_DEPTH: { kind: 'same', version: 2 },
  TILE: { kind: 'same', version: 3 },
  BROADCAST_TO: { kind: 'same', version: 3 },
  REDUCE_MAX: { kind: 'same', version: 2 },
  REDUCE_MIN: { kind: 'same', version: 2 },
  MAXIMUM: { kind: 'same', version: { versions: [2, 3], pick: ({ op, tensor }) => (broadcast5d(op, tensor) ? 3 : 2) } },
  MINIMUM: { kind: 'same', version: { versions: [2, 3], pick: ({ op, tensor }) => (broadcast5d(op, tensor) ? 3 : 2) } },
  RESIZE_NEAREST_NEIGHBOR: { kind: 'same', version: { versions: [2, 3], pick: ({ op }) => (optionValues(op)['half_pixel_centers'] || optionValues(op)['align_corners'] ? 3 : 2) } },
  RESIZE_BILINEAR: { kind: 'same', version: { versions: [2, 3], pick: ({ op }) => (optionValues(op)['half_pixel_centers'] ? 3 : 2) } },
};
for (const [builtin, info] of Object.entries(INT8_OPS)) tfliteOps.operatorVersions(builtin, { int8: info.version });

/** Asymmetric int8 parameters for a range (widened to hold 0; a range of width 0 still gets a positive scale). */
export function activationParams(range: TensorRange): [number, number] {
  const lo = Math.min(range.min, 0);
  const hi = Math.max(range.max, 0);
  const scale = Math.fround(Math.max(hi - lo, 1e-6) / 255);
  const zp = Math.round(Math.max(-128, Math.min(127, -128 - lo / scale)));
  return [scale, zp];
}

function float32Of(bytes: Uint8Array): Float32Array {
  return new Float32Array(new Uint8Array(bytes).buffer);
}

/** Union–find over tensor indices: the tensors that must share one scale and zero_point. */
class Groups {
  private readonly parent = new Map<number, number>();
  find(t: number): number {
    let r = t;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(t, r);
    return r;
  }
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent.set(y, x);
  }
}

/**
 * The model with int8 arithmetic. `ranges` must cover every float32 activation an int8-capable operator
 * reads or writes; an operator with a tensor it lacks stays float.
 */
export function quantizeInt8Spec(spec: TfliteModelSpec, options: Int8QuantizeOptions): { spec: TfliteModelSpec; report: Int8QuantizeReport } {
  const tensors: TensorSpec[] = spec.tensors.map((t) => ({ ...t }));
  const buffers = [...spec.buffers];
  const report: Int8QuantizeReport = { mode: 'int8', io: options.io, quantized: 0, keptFloat: 0, bytesBefore: 0, bytesAfter: 0, int8Operators: 0, floatOperators: {}, floatUncalibrated: {} };
  const isConst = (t: number): boolean => t >= 0 && (buffers[tensors[t]!.buffer]?.length ?? 0) > 0;
  const isFloat = (t: number): boolean => t >= 0 && tensors[t]!.type === FLOAT32;
  const isActivation = (t: number): boolean => isFloat(t) && !isConst(t);
  const ranges = new Map(options.ranges);

  // 1. Which operators run in int8: a known kernel, float32 data only, and a range for every activation.
  const int8 = new Set<OperatorSpec>();
  const groups = new Groups();
  const pinned = new Map<number, [number, number]>();
  const floatUse = (op: OperatorSpec): number[] => [...op.inputs, ...op.outputs].filter((t) => isFloat(t));
  for (const op of spec.operators) {
    const info = INT8_OPS[op.op];
    const floats = floatUse(op);
    if (!floats.length || info?.kind === 'shape') continue;
    const eligible = ((): boolean => {
      if (!info) return false;
      if (floats.some((t) => !isConst(t) && !ranges.has(t))) return false;
      // Every non-float operand must be an int32 index / shape operand, never another float type.
      if ([...op.inputs, ...op.outputs].some((t) => t >= 0 && !isFloat(t) && tensors[t]!.type !== INT32)) return false;
      if (info.kind === 'weights') {
        const [x, w, b] = op.inputs;
        return isActivation(x!) && isConst(w!) && isFloat(w!) && !!tensors[w!]!.shape && (b === undefined || b < 0 || (isConst(b) && isFloat(b)));
      }
      // Shared parameters cannot be imposed on a constant (or on two fixed-parameter outputs).
      if (info.kind === 'same') {
        const data = floats;
        if (data.some(isConst)) return false;
        const pins = new Set(data.map((t) => pinned.get(groups.find(t))).filter(Boolean).map(String));
        if (pins.size > 1) return false;
        return true;
      }
      return true;
    })();
    if (!eligible) {
      const kept = info ? report.floatUncalibrated : report.floatOperators;
      kept[op.op] = (kept[op.op] ?? 0) + 1;
      continue;
    }
    int8.add(op);
    if (info!.kind === 'same') {
      const data = floats;
      const pin = data.map((t) => pinned.get(groups.find(t))).find(Boolean);
      for (const t of data.slice(1)) groups.union(data[0]!, t);
      if (pin) pinned.set(groups.find(data[0]!), pin);
    } else if (info!.kind === 'fixed') {
      const out = op.outputs[0]!;
      pinned.set(groups.find(out), info!.fixed!);
    }
  }

  // 2. Parameters per group: the fixed ones, else the union of the members' ranges.
  const groupRange = new Map<number, TensorRange>();
  for (const [t, r] of ranges) {
    const g = groups.find(t);
    const have = groupRange.get(g);
    groupRange.set(g, have ? { min: Math.min(have.min, r.min), max: Math.max(have.max, r.max) } : { ...r });
  }
  const paramsOf = (t: number): TensorQuantization => {
    const g = groups.find(t);
    const [scale, zp] = pinned.get(g) ?? activationParams(groupRange.get(g) ?? ranges.get(t) ?? { min: 0, max: 0 });
    return { scale: [Math.fround(scale)], zeroPoint: [zp] };
  };

  // 3. Tensors that hold int8: outputs of int8 operators, and the inputs with int8 I/O.
  const native = new Set<number>();
  for (const op of int8) for (const t of op.outputs) if (isFloat(t)) native.add(t);
  if (options.io === 'int8') for (const t of spec.inputs) if (isFloat(t)) native.add(t);
  const quantParams = new Map<number, TensorQuantization>();
  for (const t of native) quantParams.set(t, paramsOf(t));

  const operators: OperatorSpec[] = [];
  const int8Copy = new Map<number, number>();
  const floatCopy = new Map<number, number>();
  const newTensor = (t: TensorSpec): number => tensors.push(t) - 1;
  /** The int8 form of a float tensor computed in float (QUANTIZE, once). */
  const asInt8 = (t: number): number => {
    if (native.has(t)) return t;
    let q = int8Copy.get(t);
    if (q === undefined) {
      q = newTensor({ ...spec.tensors[t]!, name: `${spec.tensors[t]!.name}/int8`, type: INT8, buffer: 0, quantization: paramsOf(t) });
      int8Copy.set(t, q);
      operators.push({ op: 'QUANTIZE', inputs: [t], outputs: [q], version: 1 });
    }
    return q;
  };
  /** The float form of an int8 tensor (DEQUANTIZE, once). */
  const asFloat = (t: number): number => {
    if (!native.has(t)) return t;
    let f = floatCopy.get(t);
    if (f === undefined) {
      f = newTensor({ ...spec.tensors[t]!, name: `${spec.tensors[t]!.name}/float`, buffer: 0 });
      floatCopy.set(t, f);
      const dequantize: OperatorSpec = { op: 'DEQUANTIZE', inputs: [t], outputs: [f] };
      dequantize.version = tfliteOps.operatorVersion('DEQUANTIZE', 'int8', { op: dequantize, tensor: (i) => tensors[i], perChannel: false });
      operators.push(dequantize);
    }
    return f;
  };
  /** A constant operand of an int8 operator, quantized per tensor with the given parameters. */
  const constInt8 = (t: number, q?: TensorQuantization): number => {
    const values = float32Of(buffers[tensors[t]!.buffer]!);
    let lo = 0;
    let hi = 0;
    for (const x of values) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    const quantization = q ?? (([scale, zp]) => ({ scale: [scale], zeroPoint: [zp] }))(activationParams({ min: lo, max: hi }));
    const data = new Int8Array(values.length);
    values.forEach((x, i) => (data[i] = Math.max(-128, Math.min(127, Math.round(x / quantization.scale[0]!) + quantization.zeroPoint[0]!))));
    return newTensor({ ...tensors[t]!, name: `${tensors[t]!.name}/int8`, type: INT8, quantization, buffer: buffers.push(new Uint8Array(data.buffer)) - 1 });
  };
  const weightCache = new Map<string, { index: number; scale: number[] }>();
  const quantizedWeight = (t: number, axis: number): { index: number; scale: number[] } => {
    const key = `${t}@${axis}`;
    const have = weightCache.get(key);
    if (have) return have;
    const w = tensors[t]!;
    const bytes = buffers[w.buffer]!;
    const { data, scale } = quantizeSymmetricInt8(float32Of(bytes), w.shape!, axis);
    const raw = new Uint8Array(data.buffer);
    const index = newTensor({ ...w, name: `${w.name}/int8`, type: INT8, quantization: { scale, zeroPoint: scale.map(() => 0), quantizedDimension: axis }, buffer: buffers.push(raw) - 1 });
    report.quantized++;
    report.bytesBefore += bytes.length;
    report.bytesAfter += raw.length;
    const out = { index, scale };
    weightCache.set(key, out);
    return out;
  };

  // 4. The operator list: each int8 operator reads int8 forms, each float one float forms.
  for (const op of spec.operators) {
    if (INT8_OPS[op.op]?.kind === 'shape') {
      operators.push({ ...op, inputs: [...op.inputs] });
      continue;
    }
    const info = int8.has(op) ? INT8_OPS[op.op]! : undefined;
    if (!info) {
      operators.push({ ...op, inputs: op.inputs.map((t) => (t >= 0 ? asFloat(t) : t)) });
      continue;
    }
    report.int8Operators++;
    let inputs: number[];
    if (info.kind === 'weights') {
      const [x, w, b] = op.inputs as [number, number, number | undefined];
      const xi = asInt8(x);
      const inScale = paramsOf(x).scale[0]!;
      const qw = quantizedWeight(w, info.weights!.axis);
      const channels = tensors[w]!.shape![info.weights!.axis]!;
      const biasValues = b !== undefined && b >= 0 ? float32Of(buffers[tensors[b]!.buffer]!) : new Float32Array(channels);
      const biasScale = qw.scale.map((s) => Math.fround(inScale * s));
      const bias = new Int32Array(channels);
      for (let c = 0; c < channels; c++) bias[c] = Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, Math.round(biasValues[c]! / biasScale[c]!)));
      const biasName = b !== undefined && b >= 0 ? tensors[b]!.name : `${tensors[op.outputs[0]!]!.name}/bias`;
      const bi = newTensor({ name: `${biasName}/int32`, type: INT32, shape: [channels], buffer: buffers.push(new Uint8Array(bias.buffer)) - 1, quantization: { scale: biasScale, zeroPoint: biasScale.map(() => 0), quantizedDimension: 0 } });
      inputs = [xi, qw.index, bi];
    } else {
      const shared = info.kind === 'same';
      inputs = op.inputs.map((t) => (!isFloat(t) ? t : isConst(t) ? constInt8(t, shared ? paramsOf(t) : undefined) : asInt8(t)));
    }
    const out: OperatorSpec = { ...op, inputs };
    for (const t of op.outputs) if (isFloat(t)) Object.assign(tensors[t]!, { type: INT8, quantization: quantParams.get(t)! });
    out.version = tfliteOps.operatorVersion(out.op, 'int8', { op: out, tensor: (i) => tensors[i] });
    operators.push(out);
  }
  // Inputs with int8 I/O become int8 themselves.
  for (const t of spec.inputs) if (native.has(t) && tensors[t]!.type === FLOAT32) Object.assign(tensors[t]!, { type: INT8, quantization: quantParams.get(t)! });

  // 5. Outputs in the I/O type asked for; the signature follows.
  const outputMap = new Map<number, number>();
  for (const t of spec.outputs) {
    if (!isFloat(t) && !native.has(t)) continue;
    const wantInt8 = options.io === 'int8';
    const have = native.has(t);
    if (wantInt8 === have) continue;
    outputMap.set(t, wantInt8 ? asInt8(t) : asFloat(t));
  }
  // A float output keeps the tensor name the float model gave it; the int8 tensor behind it is renamed.
  for (const [t, f] of outputMap) {
    if (options.io === 'float') [tensors[t]!.name, tensors[f]!.name] = [tensors[f]!.name.replace(/\/float$/, '/int8'), tensors[t]!.name];
  }
  const mapOut = (t: number): number => outputMap.get(t) ?? t;

  // Float constants the int8 operators no longer read are dropped by the caller's compaction.
  const stillRead = new Set(operators.flatMap((o) => o.inputs));
  for (const [i, t] of tensors.entries()) if (t.type === FLOAT32 && isConst(i) && stillRead.has(i)) report.keptFloat++;
  return {
    spec: {
      ...spec,
      tensors,
      buffers,
      operators,
      outputs: spec.outputs.map(mapOut),
      signature: { ...spec.signature, outputs: spec.signature.outputs.map((o) => ({ ...o, tensor: mapOut(o.tensor) })) },
    },
    report,
  };
}
