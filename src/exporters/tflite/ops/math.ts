/** Element-wise arithmetic, comparisons, logic, casts, selection, reductions and scans. */
import { attrBool, attrFloat, attrInt, attrType, type Node } from '../../../graph/ir.js';
import { isFloatDtype } from '../../../tensor/dtypes.js';
import type { BuiltinOperatorName } from '../../../tflite/schema.js';
import { tensorTypeOf, UnsupportedVariant, type TfliteContext } from '../context.js';
import { tfliteOps } from '../registry.js';
import type { OptionTableName } from '../writer.js';

/** One input, one output, no options: the TFLite op computes the TF op exactly. */
const UNARY: Record<string, BuiltinOperatorName> = {
  Abs: 'ABS', Neg: 'NEG', Exp: 'EXP', Log: 'LOG', Sqrt: 'SQRT', Rsqrt: 'RSQRT', Floor: 'FLOOR', Ceil: 'CEIL',
  Round: 'ROUND', Sin: 'SIN', Cos: 'COS', Tanh: 'TANH', Sigmoid: 'LOGISTIC', Relu: 'RELU', Relu6: 'RELU6', Elu: 'ELU', Sign: 'SIGN',
  LogicalNot: 'LOGICAL_NOT', ZerosLike: 'ZEROS_LIKE',
};
/** Float-only: TFLite's kernels for these have no integer path matching TF's. */
const FLOAT_ONLY = new Set(['Exp', 'Log', 'Sqrt', 'Rsqrt', 'Floor', 'Ceil', 'Round', 'Sin', 'Cos', 'Tanh', 'Sigmoid', 'Elu', 'Relu', 'Relu6']);

for (const [tf, op] of Object.entries(UNARY)) {
  tfliteOps.register('math', [tf], (ctx, node) => {
    if (FLOAT_ONLY.has(tf)) requireFloat(ctx, node);
    ctx.emit(op, [ctx.input(0)]);
  });
}

// TFLite's SQUARE is float-only; x·x is the same product for integers.
tfliteOps.register('math', ['Square'], (ctx) => {
  const x = ctx.input(0);
  if (ctx.inputType(0)?.dtype === 'DT_FLOAT') ctx.emit('SQUARE', [x]);
  else ctx.emit('MUL', [x, x], { table: 'MulOptions', values: {} });
});

function requireFloat(ctx: TfliteContext, node: Node): void {
  const dt = ctx.inputType(0)?.dtype;
  if (dt !== 'DT_FLOAT') throw new UnsupportedVariant(`${node.op} on ${dt ?? 'an unknown dtype'} (TFLite export handles float32)`);
}

/** Two inputs, NumPy broadcasting, optional options table with a fused activation. */
const BINARY: Record<string, [BuiltinOperatorName, OptionTableName?]> = {
  Add: ['ADD', 'AddOptions'], AddV2: ['ADD', 'AddOptions'], Sub: ['SUB', 'SubOptions'], Mul: ['MUL', 'MulOptions'],
  RealDiv: ['DIV', 'DivOptions'], Maximum: ['MAXIMUM'], Minimum: ['MINIMUM'], Pow: ['POW'], SquaredDifference: ['SQUARED_DIFFERENCE'],
  FloorDiv: ['FLOOR_DIV'], FloorMod: ['FLOOR_MOD'],
  Less: ['LESS'], LessEqual: ['LESS_EQUAL'], Greater: ['GREATER'], GreaterEqual: ['GREATER_EQUAL'], Equal: ['EQUAL'], NotEqual: ['NOT_EQUAL'],
  LogicalAnd: ['LOGICAL_AND'], LogicalOr: ['LOGICAL_OR'],
};
/** TFLite broadcasts these up to 4-D (its reference kernels' limit); beyond that the runtime refuses. */
const BROADCAST_4D = new Set(['POW', 'FLOOR_DIV', 'FLOOR_MOD', 'SQUARED_DIFFERENCE', 'LESS', 'LESS_EQUAL', 'GREATER', 'GREATER_EQUAL', 'EQUAL', 'NOT_EQUAL', 'LOGICAL_AND', 'LOGICAL_OR']);

for (const [tf, [op, table]] of Object.entries(BINARY)) {
  tfliteOps.register('math', [tf], (ctx, node) => {
    const dt = ctx.inputType(0)?.dtype;
    // EQUAL and NOT_EQUAL compare strings byte for byte from version 3 (op_version.cc); nothing else takes them.
    if (dt === 'DT_STRING' && (op === 'EQUAL' || op === 'NOT_EQUAL')) {
      const ranks = [ctx.inputRank(0), ctx.inputRank(1)];
      if (ranks.some((r) => r === undefined || r > 4)) throw new UnsupportedVariant(`${node.op} on rank ${ranks.map((r) => r ?? '?').join('/')} string operands`);
      const emitted = ctx.emit(op, [ctx.input(0), ctx.input(1)]);
      emitted.version = tfliteOps.operatorVersion(op, 'string', { op: emitted, tensor: () => undefined });
      return;
    }
    // TFLite's arithmetic kernels have no float64 or float16 path (MUL refuses DT_DOUBLE at run time).
    if (dt === 'DT_STRING' || dt === 'DT_DOUBLE' || dt === 'DT_HALF') throw new UnsupportedVariant(`${node.op} on ${dt} (TFLite builtins compute float32 and integers)`);
    // TF's Pow and integer division differ from TFLite's on integers (overflow, negative exponents).
    if ((op === 'POW' || op === 'DIV') && dt !== 'DT_FLOAT') throw new UnsupportedVariant(`${node.op} on ${dt} (TFLite export handles float32)`);
    const ranks = [ctx.inputRank(0), ctx.inputRank(1)];
    if (ranks.some((r) => r === undefined || r > 6) || (BROADCAST_4D.has(op) && ranks.some((r) => r! > 4))) {
      throw new UnsupportedVariant(`${node.op} on rank ${ranks.map((r) => r ?? '?').join('/')} operands`);
    }
    ctx.emit(op, [ctx.input(0), ctx.input(1)], table ? ({ table, values: {} } as never) : undefined);
  });
}

tfliteOps.register('math', ['AddN'], (ctx, node) => {
  const inputs = node.inputs.map((_, i) => ctx.input(i));
  if (inputs.length === 1) return ctx.emit('ADD', [inputs[0]!, ctx.constant({ dtype: ctx.inputType(0)!.dtype, shape: [], data: zeroOf(ctx) })], { table: 'AddOptions', values: {} });
  ctx.emit('ADD_N', inputs);
});

function zeroOf(ctx: TfliteContext): HostData {
  const dt = ctx.inputType(0)?.dtype;
  if (dt === 'DT_FLOAT') return new Float32Array(1);
  if (dt === 'DT_INT32') return new Int32Array(1);
  throw new UnsupportedVariant(`AddN of one ${dt} input`);
}
type HostData = Float32Array | Int32Array;

tfliteOps.register('nn', ['LeakyRelu'], (ctx, node) => {
  requireFloat(ctx, node);
  ctx.emit('LEAKY_RELU', [ctx.input(0)], { table: 'LeakyReluOptions', values: { alpha: attrFloat(node, 'alpha', 0.2) } });
});

tfliteOps.register('nn', ['Softmax', 'LogSoftmax'], (ctx, node) => {
  requireFloat(ctx, node);
  if (node.op === 'Softmax') ctx.emit('SOFTMAX', [ctx.input(0)], { table: 'SoftmaxOptions', values: { beta: 1 } });
  else ctx.emit('LOG_SOFTMAX', [ctx.input(0)]);
});

tfliteOps.register('math', ['Cast'], (ctx, node) => {
  const from = ctx.inputType(0)?.dtype;
  const to = attrType(node, 'DstT');
  if (!from) throw new UnsupportedVariant('Cast from an unknown dtype');
  ctx.emit('CAST', [ctx.input(0)], { table: 'CastOptions', values: { in_data_type: tensorTypeOf(from), out_data_type: tensorTypeOf(to) } });
});

tfliteOps.register('math', ['Select', 'SelectV2'], (ctx, node) => {
  let cond = ctx.input(0);
  const cr = ctx.inputRank(0);
  const xr = ctx.inputRank(1);
  // TF1 Select with a vector condition picks rows: give the condition trailing 1-dims so it broadcasts.
  if (node.op === 'Select' && cr === 1 && xr !== undefined && xr > 1) {
    const shape = [...(ctx.inputType(0)!.shape ?? []), ...Array.from({ length: xr - 1 }, () => 1)];
    const reshaped = ctx.temp('DT_BOOL', shape, 'cond');
    ctx.add('RESHAPE', [cond, ctx.int32Const([-1, ...shape.slice(1).map(() => 1)])], [reshaped]);
    cond = reshaped;
  }
  ctx.emit('SELECT_V2', [cond, ctx.input(1), ctx.input(2)]);
});

// ---- reductions and scans ---------------------------------------------------------------------------

const REDUCE: Record<string, BuiltinOperatorName> = { Mean: 'MEAN', Sum: 'SUM', Max: 'REDUCE_MAX', Min: 'REDUCE_MIN', Prod: 'REDUCE_PROD', Any: 'REDUCE_ANY', All: 'REDUCE_ALL' };
for (const [tf, op] of Object.entries(REDUCE)) {
  tfliteOps.register('reduction', [tf], (ctx, node) => {
    const dt = ctx.inputType(0)?.dtype;
    // Integer means round differently in TFLite; sums and products of int64 are fine.
    if (tf === 'Mean' && (!dt || !isFloatDtype(dt))) throw new UnsupportedVariant(`Mean on ${dt}`);
    const axes = ctx.constInts(1);
    if (axes && axes.length === 0) {
      // Reducing over no axes is the identity in TF; TFLite's kernels are not asked to agree.
      throw new UnsupportedVariant(`${tf} over an empty axis list`);
    }
    ctx.emit(op, [ctx.input(0), ctx.int32Input(1)], { table: 'ReducerOptions', values: { keep_dims: attrBool(node, 'keep_dims') } });
  });
}

tfliteOps.register('reduction', ['ArgMax', 'ArgMin'], (ctx, node) => {
  const out = attrType(node, 'output_type', 'DT_INT64');
  const table = node.op === 'ArgMax' ? 'ArgMaxOptions' : 'ArgMinOptions';
  ctx.emit(node.op === 'ArgMax' ? 'ARG_MAX' : 'ARG_MIN', [ctx.input(0), ctx.int32Input(1)], { table, values: { output_type: tensorTypeOf(out) } } as never);
});

tfliteOps.register('reduction', ['Cumsum'], (ctx, node) => {
  ctx.emit('CUMSUM', [ctx.input(0), ctx.int32Input(1)], { table: 'CumsumOptions', values: { exclusive: attrBool(node, 'exclusive'), reverse: attrBool(node, 'reverse') } });
});

// Div on floats is RealDiv; on int32 both TF and TFLite divide with C++'s truncating `/`.
tfliteOps.register('math', ['Div'], (ctx) => {
  const dt = ctx.inputType(0)?.dtype;
  if (dt !== 'DT_FLOAT' && dt !== 'DT_INT32') throw new UnsupportedVariant(`Div on ${dt}`);
  ctx.emit('DIV', [ctx.input(0), ctx.input(1)], { table: 'DivOptions', values: {} });
});

tfliteOps.register('math', ['Atan2'], (ctx, node) => {
  requireFloat(ctx, node);
  ctx.emit('ATAN2', [ctx.input(0), ctx.input(1)]);
});

tfliteOps.register('math', ['Reciprocal', 'Inv'], (ctx, node) => {
  requireFloat(ctx, node);
  ctx.emit('DIV', [ctx.floatConst([1], []), ctx.input(0)], { table: 'DivOptions', values: {} });
});

/** x / y, and 0 where y is 0 (TF's DivNoNan): SELECT_V2(y == 0, 0, x / y). */
tfliteOps.register('math', ['DivNoNan'], (ctx, node) => {
  requireFloat(ctx, node);
  const out = ctx.outType(0)?.shape ?? null;
  const zero = ctx.floatConst([0], []);
  const isZero = ctx.temp('DT_BOOL', ctx.inputType(1)?.shape ?? null, 'is_zero');
  ctx.add('EQUAL', [ctx.input(1), zero], [isZero]);
  const q = ctx.temp('DT_FLOAT', out, 'quotient');
  ctx.add('DIV', [ctx.input(0), ctx.input(1)], [q], { table: 'DivOptions', values: {} });
  ctx.emit('SELECT_V2', [isZero, zero, q]);
});

tfliteOps.register('math', ['OnesLike'], (ctx) => {
  const t = ctx.inputType(0);
  if (!t || (t.dtype !== 'DT_FLOAT' && t.dtype !== 'DT_INT32')) throw new UnsupportedVariant(`OnesLike of ${t?.dtype}`);
  const shape = ctx.temp('DT_INT32', [t.shape?.length ?? 'unk'], 'shape');
  ctx.add('SHAPE', [ctx.input(0)], [shape], { table: 'ShapeOptions', values: { out_type: tensorTypeOf('DT_INT32') } });
  ctx.emit('FILL', [shape, ctx.constant({ dtype: t.dtype, shape: [], data: t.dtype === 'DT_FLOAT' ? new Float32Array([1]) : new Int32Array([1]) })]);
});

/** √(Σ x²) over the axes (TF's EuclideanNorm). */
tfliteOps.register('reduction', ['EuclideanNorm'], (ctx, node) => {
  requireFloat(ctx, node);
  const t = ctx.inputType(0)!;
  const sq = ctx.temp('DT_FLOAT', t.shape, 'square');
  ctx.add('SQUARE', [ctx.input(0)], [sq]);
  const sum = ctx.temp('DT_FLOAT', ctx.outType(0)?.shape ?? null, 'sum');
  ctx.add('SUM', [sq, ctx.int32Input(1)], [sum], { table: 'ReducerOptions', values: { keep_dims: attrBool(node, 'keep_dims') } });
  ctx.emit('SQRT', [sum]);
});

tfliteOps.register('reduction', ['TopKV2'], (ctx, node) => {
  const dt = ctx.inputType(0)?.dtype;
  if (dt !== 'DT_FLOAT' && dt !== 'DT_INT32') throw new UnsupportedVariant(`TopKV2 on ${dt}`);
  if (attrType(node, 'index_type', 'DT_INT32') !== 'DT_INT32') throw new UnsupportedVariant('TopKV2 with int64 indices');
  ctx.add('TOPK_V2', [ctx.input(0), ctx.int32Input(1)], [ctx.output(0), ctx.output(1)]);
});

/** min(max(x, lo), hi), as TF's ClipByValue (which broadcasts its bounds). */
tfliteOps.register('math', ['ClipByValue'], (ctx) => {
  const dt = ctx.inputType(0)?.dtype;
  if (dt !== 'DT_FLOAT' && dt !== 'DT_INT32') throw new UnsupportedVariant(`ClipByValue on ${dt}`);
  const lo = ctx.temp(dt, ctx.outType(0)?.shape ?? null, 'lower');
  ctx.add('MAXIMUM', [ctx.input(0), ctx.input(1)], [lo]);
  ctx.emit('MINIMUM', [lo, ctx.input(2)]);
});

tfliteOps.register('nn', ['LRN'], (ctx, node) => {
  requireFloat(ctx, node);
  ctx.emit('LOCAL_RESPONSE_NORMALIZATION', [ctx.input(0)], {
    table: 'LocalResponseNormalizationOptions',
    values: { radius: attrInt(node, 'depth_radius', 5), bias: attrFloat(node, 'bias', 1), alpha: attrFloat(node, 'alpha', 1), beta: attrFloat(node, 'beta', 0.5) },
  });
});
