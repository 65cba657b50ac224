/** Arithmetic, comparisons, logic, casts, reductions and matrix products. */
import { fromNumbers } from '../../../tensor/math.js';
import { attrBool, attrFloat, attrString, attrType, type Node } from '../../../graph/ir.js';
import { isIntegerDtype, type DTypeName } from '../../../tensor/dtypes.js';
import { transposeTensor } from '../../../tensor/math.js';
import type { OnnxContext } from '../context.js';
import { onnxOps } from '../registry.js';
import { constNumbers, elementwise, emitWhere, elementwiseInputs, elementwiseLayout, float, int, ints, NCHW_POS, normAxis, onnxType, swapLastTwo, transpose } from './common.js';

const UNARY: Record<string, string> = {
  Abs: 'Abs', Neg: 'Neg', Exp: 'Exp', Log: 'Log', Sqrt: 'Sqrt', Reciprocal: 'Reciprocal', Inv: 'Reciprocal', Floor: 'Floor', Ceil: 'Ceil',
  Round: 'Round', Sign: 'Sign', Sin: 'Sin', Cos: 'Cos', Tan: 'Tan', Asin: 'Asin', Acos: 'Acos', Atan: 'Atan', Sinh: 'Sinh', Cosh: 'Cosh',
  Asinh: 'Asinh', Acosh: 'Acosh', Atanh: 'Atanh', Tanh: 'Tanh', Sigmoid: 'Sigmoid', Relu: 'Relu', Erf: 'Erf', Softplus: 'Softplus',
  Softsign: 'Softsign', Elu: 'Elu', Selu: 'Selu', IsNan: 'IsNaN', IsInf: 'IsInf', LogicalNot: 'Not',
};
for (const [tf, onnx] of Object.entries(UNARY)) onnxOps.register('math', [tf], elementwise(onnx));

const BINARY: Record<string, string> = {
  Add: 'Add', AddV2: 'Add', Sub: 'Sub', Mul: 'Mul', RealDiv: 'Div', Div: 'Div', Maximum: 'Max', Minimum: 'Min', Pow: 'Pow',
  Equal: 'Equal', Less: 'Less', LessEqual: 'LessOrEqual', Greater: 'Greater', GreaterEqual: 'GreaterOrEqual',
  LogicalAnd: 'And', LogicalOr: 'Or', AddN: 'Sum',
};
for (const [tf, onnx] of Object.entries(BINARY)) {
  // String equality is registered in string.ts; numeric Equal here.
  if (tf === 'Equal') continue;
  onnxOps.register('math', [tf], elementwise(onnx));
}

// NHWC adds the bias along the last axis, as Add broadcasts; NCHW along axis 1, so the bias gets trailing 1-dims.
onnxOps.register('math', ['BiasAdd'], (ctx, node) => {
  if (attrString(node, 'data_format', 'NHWC') !== 'NCHW') return elementwise('Add')(ctx, node);
  const rank = ctx.inputRank(0);
  if (rank === undefined) throw new Error(`${node.name}: BiasAdd with data_format NCHW needs an input of known rank`);
  const trailing = Array.from({ length: rank - 2 }, (_, i) => i + 1);
  const b = ctx.constInput(1);
  const bias = b
    ? ctx.constant('bias', { ...b, shape: [...b.shape, ...trailing.map(() => 1)] })
    : ctx.helper('Unsqueeze', [ctx.input(1), ctx.int64s('axes', trailing)])[0]!;
  ctx.emit('Add', [ctx.input(0), bias]);
});

onnxOps.register('math', ['Equal'], (ctx, node) => {
  if (ctx.inputType(0)?.dtype === 'DT_STRING') return stringEqual(ctx, node);
  elementwise('Equal')(ctx, node);
});
onnxOps.register('math', ['NotEqual'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const eq = ctx.helper('Equal', elementwiseInputs(ctx, node, layout))[0]!;
  ctx.emit('Not', [eq], {}, { layout });
});

/** String equality: ONNX Equal takes strings from opset 19; before that, LabelEncoder maps the constant to 1. */
function stringEqual(ctx: OnnxContext, node: Node): void {
  if (ctx.opset >= 19) {
    ctx.emit('Equal', [ctx.input(0), ctx.input(1)]);
    return;
  }
  const c1 = ctx.constInput(1);
  const c0 = ctx.constInput(0);
  const c = c1 ?? c0;
  if (!c || (c.data as Uint8Array[]).length !== 1) throw new Error(`${node.name}: string Equal needs opset 19 unless one side is a single constant string`);
  const other = ctx.input(c1 ? 0 : 1);
  const key = new TextDecoder().decode((c.data as Uint8Array[])[0]!);
  const hit = ctx.helper('LabelEncoder', [other], { keys_strings: { kind: 'strings', value: [key] }, values_int64s: ints([1]), default_int64: int(0) }, 1, 'ai.onnx.ml')[0]!;
  ctx.emit('Cast', [hit], { to: int(9) });
}

/** The element type Select / SelectV2 choose between. */
function valueDtype(ctx: OnnxContext, node: Node): DTypeName {
  return ctx.inputType(1)?.dtype ?? attrType(node, 'T', 'DT_FLOAT');
}

onnxOps.register('math', ['Select'], (ctx, node) => {
  // TF1 Select with a vector condition picks rows: give the condition trailing 1-dims to broadcast.
  const cr = ctx.inputRank(0);
  const xr = ctx.inputRank(1);
  let cond = ctx.input(0);
  if (cr === 1 && xr !== undefined && xr > 1) cond = ctx.helper('Unsqueeze', [cond, ctx.int64s('axes', Array.from({ length: xr - 1 }, (_, i) => i + 1))])[0]!;
  emitWhere(ctx, cond, ctx.input(1), ctx.input(2), valueDtype(ctx, node));
});
onnxOps.register('math', ['SelectV2'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const [cond, a, b] = elementwiseInputs(ctx, node, layout);
  emitWhere(ctx, cond!, a!, b!, valueDtype(ctx, node), layout);
});

onnxOps.register('math', ['Rsqrt'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const s = ctx.helper('Sqrt', elementwiseInputs(ctx, node, layout))[0]!;
  ctx.emit('Reciprocal', [s], {}, { layout });
});
onnxOps.register('math', ['Square'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const [x] = elementwiseInputs(ctx, node, layout);
  ctx.emit('Mul', [x!, x!], {}, { layout });
});
onnxOps.register('math', ['SquaredDifference'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const d = ctx.helper('Sub', elementwiseInputs(ctx, node, layout))[0]!;
  ctx.emit('Mul', [d, d], {}, { layout });
});
// erfc(x) = 1 − erf(x): Keras' exact GELU.
onnxOps.register('math', ['Erfc'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const e = ctx.helper('Erf', elementwiseInputs(ctx, node, layout))[0]!;
  ctx.emit('Sub', [ctx.constant('one', fromNumbers(attrType(node, 'T', 'DT_FLOAT'), [], [1])), e], {}, { layout });
});
onnxOps.register('math', ['Relu6'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const T = attrType(node, 'T', 'DT_FLOAT');
  ctx.emit('Clip', [...elementwiseInputs(ctx, node, layout), ctx.constant('zero', fromNumbers(T, [], [0])), ctx.constant('six', fromNumbers(T, [], [6]))], {}, { layout });
});
onnxOps.register('math', ['LeakyRelu'], elementwise('LeakyRelu', (n) => ({ alpha: float(attrFloat(n, 'alpha', 0.2)) })));
onnxOps.register('math', ['ClipByValue'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  const [x, lo, hi] = elementwiseInputs(ctx, node, layout);
  const m = ctx.helper('Max', [x!, lo!])[0]!;
  ctx.emit('Min', [m, hi!], {}, { layout });
});
onnxOps.register('math', ['DivNoNan'], (ctx, node) => {
  const [x, y] = [ctx.input(0), ctx.input(1)];
  const T = attrType(node, 'T', 'DT_FLOAT');
  const zero = ctx.constant('zero', fromNumbers(T, [], [0]));
  const isZero = ctx.helper('Equal', [y, zero])[0]!;
  const q = ctx.helper('Div', [x, y])[0]!;
  ctx.emit('Where', [isZero, zero, q]);
});
// Floor division and modulo round toward −∞ in TF; ONNX Div truncates, so go through Mod (Python-style for ints).
onnxOps.register('math', ['FloorDiv'], (ctx, node) => {
  const [x, y] = [ctx.input(0), ctx.input(1)];
  if (isIntegerDtype(attrType(node, 'T', 'DT_INT32'))) {
    const m = ctx.helper('Mod', [x, y], { fmod: int(0) })[0]!;
    const d = ctx.helper('Sub', [x, m])[0]!;
    ctx.emit('Div', [d, y]);
  } else ctx.emit('Floor', [ctx.helper('Div', [x, y])[0]!]);
});
// TF's Mod truncates like C's % and fmod (the result takes the dividend's sign): ONNX Mod with fmod=1.
onnxOps.register('math', ['Mod'], (ctx) => {
  ctx.emit('Mod', [ctx.input(0), ctx.input(1)], { fmod: int(1) });
});
onnxOps.register('math', ['FloorMod'], (ctx, node) => {
  const [x, y] = [ctx.input(0), ctx.input(1)];
  if (isIntegerDtype(attrType(node, 'T', 'DT_INT32'))) ctx.emit('Mod', [x, y], { fmod: int(0) });
  else {
    const q = ctx.helper('Floor', [ctx.helper('Div', [x, y])[0]!])[0]!;
    ctx.emit('Sub', [x, ctx.helper('Mul', [y, q])[0]!]);
  }
});

onnxOps.register('math', ['Cast'], (ctx, node) => {
  const layout = elementwiseLayout(ctx, node);
  ctx.emit('Cast', elementwiseInputs(ctx, node, layout), { to: int(onnxType(attrType(node, 'DstT'))) }, { layout });
});

// ---- reductions ------------------------------------------------------------------------------------------

const REDUCE: Record<string, string> = { Sum: 'ReduceSum', Mean: 'ReduceMean', Max: 'ReduceMax', Min: 'ReduceMin', Prod: 'ReduceProd', EuclideanNorm: 'ReduceL2' };

function reduceHandler(onnxOp: string, axesAsInput: boolean) {
  return (ctx: OnnxContext, node: Node): void => {
    const rank = ctx.inputRank(0);
    const keep = attrBool(node, 'keep_dims');
    const axesC = constNumbers(ctx, 1);
    const kd = int(keep ? 1 : 0);
    // No axes reduce nothing in TF; ONNX would reduce every axis.
    if (axesC?.length === 0) {
      ctx.emit('Identity', [ctx.input(0)]);
      return;
    }
    if (axesC && rank === undefined) {
      // ONNX takes negative axes too, so constant axes need no rank.
      const raw = [...new Set(axesC)];
      if (axesAsInput) ctx.emit(onnxOp, [ctx.input(0), ctx.int64s('axes', raw)], { keepdims: kd });
      else ctx.emit(onnxOp, [ctx.input(0)], { axes: ints(raw), keepdims: kd });
      return;
    }
    if (!axesC || rank === undefined) {
      // Dynamic axes: only expressible where ONNX takes axes as an input.
      if (!axesAsInput) throw new Error(`${node.name}: ${node.op} with non-constant axes needs opset 18`);
      ctx.emit(onnxOp, [ctx.input(0), ctx.int64Input(1)], { keepdims: kd });
      return;
    }
    let axes = [...new Set(axesC.map((a) => normAxis(a, rank)))].sort((a, b) => a - b);
    let layout: 'native' | 'NCHW' = 'native';
    let outLayout: 'native' | 'NCHW' = 'native';
    if (rank === 4 && ctx.isNchw(0)) {
      const kept = [0, 1, 2, 3].filter((a) => !axes.includes(a));
      const nchwKept = kept.map((a) => NCHW_POS[a]!);
      const sameOrder = nchwKept.every((p, i) => i === 0 || p > nchwKept[i - 1]!);
      if (keep || sameOrder) {
        layout = 'NCHW';
        outLayout = keep ? 'NCHW' : 'native';
        axes = axes.map((a) => NCHW_POS[a]!).sort((a, b) => a - b);
      }
    }
    const x = ctx.input(0, layout);
    if (axesAsInput) ctx.emit(onnxOp, [x, ctx.int64s('axes', axes)], { keepdims: kd }, { layout: outLayout });
    else ctx.emit(onnxOp, [x], { axes: ints(axes), keepdims: kd }, { layout: outLayout });
  };
}
for (const [tf, onnx] of Object.entries(REDUCE)) {
  // ReduceSum took axes as an input from opset 13; the others from opset 18.
  if (onnx === 'ReduceSum') onnxOps.register('math', [tf], reduceHandler(onnx, true), { since: 13 });
  else {
    onnxOps.register('math', [tf], reduceHandler(onnx, false), { since: 13 });
    onnxOps.register('math', [tf], reduceHandler(onnx, true), { since: 18 });
  }
}
// All / Any over booleans: as Min / Max over int.
for (const [tf, onnx] of [['All', 'ReduceMin'], ['Any', 'ReduceMax']] as const) {
  const build = (asInput: boolean) => (ctx: OnnxContext, node: Node): void => {
    const rank = ctx.inputRank(0);
    const c = constNumbers(ctx, 1);
    // No axes reduce nothing in TF (ONNX would reduce every axis); ONNX takes negative axes, so no rank is needed.
    if (c?.length === 0) return ctx.alias(0, ctx.input(0));
    if (!c && !asInput) throw new Error(`${node.name}: ${node.op} with non-constant axes needs opset 18`);
    const axes = c ? [...new Set(c.map((a) => (rank === undefined ? a : normAxis(a, rank))))] : undefined;
    const x = ctx.helper('Cast', [ctx.input(0)], { to: int(6) })[0]!;
    const kd = int(attrBool(node, 'keep_dims') ? 1 : 0);
    const r = asInput ? ctx.helper(onnx, [x, axes ? ctx.int64s('axes', axes) : ctx.int64Input(1)], { keepdims: kd })[0]! : ctx.helper(onnx, [x], { axes: ints(axes!), keepdims: kd })[0]!;
    ctx.emit('Cast', [r], { to: int(9) });
  };
  onnxOps.register('math', [tf], build(false), { since: 13 });
  onnxOps.register('math', [tf], build(true), { since: 18 });
}

onnxOps.register('math', ['ArgMax', 'ArgMin'], (ctx, node) => {
  const rank = ctx.inputRank(0) ?? 1;
  const axis = normAxis(constNumbers(ctx, 1)?.[0] ?? 0, rank);
  const r = ctx.helper(node.op, [ctx.input(0)], { axis: int(axis), keepdims: int(0) })[0]!;
  const out = attrType(node, 'output_type', 'DT_INT64');
  if (out === 'DT_INT64') ctx.emit('Identity', [r]);
  else ctx.emit('Cast', [r], { to: int(onnxType(out)) });
});

// ---- matrix products ---------------------------------------------------------------------------------------

onnxOps.register('math', ['MatMul'], (ctx, node) => {
  let a = ctx.input(0);
  if (attrBool(node, 'transpose_a')) a = transpose(ctx, a, [1, 0]);
  let b: string;
  const bc = ctx.constInput(1);
  if (attrBool(node, 'transpose_b')) b = bc ? ctx.constant('b_t', transposeTensor(bc, [1, 0])) : transpose(ctx, ctx.input(1), [1, 0]);
  else b = ctx.input(1);
  ctx.emit('MatMul', [a, b]);
});
onnxOps.register('math', ['BatchMatMul', 'BatchMatMulV2', 'BatchMatMulV3'], (ctx, node) => {
  let a = ctx.input(0);
  let b = ctx.input(1);
  if (attrBool(node, 'adj_x')) a = transpose(ctx, a, swapLastTwo(ctx.inputRank(0) ?? 3));
  if (attrBool(node, 'adj_y')) b = transpose(ctx, b, swapLastTwo(ctx.inputRank(1) ?? 3));
  const out = node.attrs['Tout'];
  const r = ctx.helper('MatMul', [a, b])[0]!;
  if (out?.kind === 'type' && out.value !== ctx.inputType(0)?.dtype) ctx.emit('Cast', [r], { to: int(onnxType(out.value)) });
  else ctx.emit('Identity', [r]);
});
onnxOps.register('math', ['Einsum'], (ctx, node) => {
  ctx.emit('Einsum', node.inputs.map((_, i) => ctx.input(i)), { equation: { kind: 'string', value: attrString(node, 'equation') } });
});

onnxOps.register('math', ['Cumsum'], (ctx, node) => {
  ctx.emit('CumSum', [ctx.input(0), ctx.int64Input(1)], { exclusive: int(attrBool(node, 'exclusive') ? 1 : 0), reverse: int(attrBool(node, 'reverse') ? 1 : 0) });
});
