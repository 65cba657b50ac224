/** Arithmetic, element-wise math and reductions. */
import { fromNumbers } from '../../../tensor/math.js';
import { attrString, attrType } from '../../../graph/ir.js';
import { fixRuntime, passthrough, tfjsOps } from '../registry.js';
import { Emitter, int32Const, intAttr, makeNode, shapeOf, typeAttr } from './build.js';

passthrough('math', [
  'Add', 'AddV2', 'AddN', 'Sub', 'RealDiv', 'DivNoNan', 'FloorDiv', 'Mul', 'Maximum', 'Minimum', 'Pow', 'SquaredDifference', 'FloorMod',
  'Abs', 'Acos', 'Asin', 'Atan', 'Atan2', 'Ceil', 'ClipByValue', 'Cos', 'Cosh', 'Exp', 'Floor', 'Log', 'Neg', 'Sin', 'Sinh', 'Sqrt', 'Rsqrt', 'Square', 'Tan', 'Tanh', 'Sign', 'Round', 'Expm1', 'Log1p', 'Reciprocal', 'Asinh', 'Acosh', 'Atanh', 'Erf', 'IsNan', 'IsFinite', 'IsInf',
  'Max', 'Mean', 'Min', 'Sum', 'All', 'Any', 'ArgMax', 'ArgMin', 'Prod', 'Cumprod', 'Cumsum', 'Bincount', 'DenseBincount',
  'Equal', 'NotEqual', 'Greater', 'GreaterEqual', 'Less', 'LessEqual', 'LogicalAnd', 'LogicalNot', 'LogicalOr', 'SelectV2',
  'MatMul', '_FusedMatMul', 'BatchMatMul', 'BatchMatMulV2', 'Einsum',
  'Complex', 'ComplexAbs', 'Imag', 'Real', 'FFT', 'IFFT', 'RFFT', 'IRFFT',
]);

// erfc(x) = 1 − erf(x): Keras' exact GELU exports Erfc, which the TF.js runtime lacks.
tfjsOps.register('math', ['Erfc'], (node, ctx) => {
  const T = attrType(node, 'T', 'DT_FLOAT');
  const one = ctx.constant(`${node.name}/one`, fromNumbers(T, [], [1]), node);
  const erf = { name: ctx.fresh(`${node.name}/erf`), op: 'Erf', inputs: [node.inputs[0]!], attrs: { T: node.attrs['T']! } };
  ctx.replace(node, [erf, { name: node.name, op: 'Sub', inputs: [one, erf.name], attrs: { T: node.attrs['T']! } }]);
});

// BatchMatMulV3 only adds output-type attrs; with equal types it is BatchMatMulV2.
tfjsOps.register('math', ['BatchMatMulV3'], (node) => {
  const { Ta, Tb, Tout, ...rest } = node.attrs;
  void Tb;
  node.op = 'BatchMatMulV2';
  node.attrs = { ...rest, T: Tout ?? Ta! };
});

// 1 / x under its TF1 name.
tfjsOps.register('math', ['Inv'], (node) => {
  node.op = 'Reciprocal';
});

// NCHW BiasAdd adds the bias along the third-to-last dim; tfjs-converter always adds it along the last.
fixRuntime('math', ['BiasAdd'], 'ignores data_format NCHW', (node, ctx) => {
  if (attrString(node, 'data_format', 'NHWC') !== 'NCHW') return;
  const T = node.attrs['T'] ?? typeAttr('DT_FLOAT');
  const shape = int32Const(ctx, `${node.name}/bias_shape`, [-1, 1, 1], [3], node);
  const bias = makeNode(ctx, `${node.name}/bias_chw`, 'Reshape', [node.inputs[1]!, shape], { T, Tshape: typeAttr('DT_INT32') });
  ctx.replace(node, [bias, { name: node.name, op: 'AddV2', inputs: [node.inputs[0]!, bias.name], attrs: { T } }]);
});

const isInt = (t: string): boolean => /^DT_U?INT\d+$/.test(t);
const BOOL = typeAttr('DT_BOOL');
const I32 = typeAttr('DT_INT32');

/** Whether the floor-mod remainder `r` needs fixing to truncating semantics: r ≠ 0 and its sign differs from `a`'s. */
function signFix(e: Emitter, T: ReturnType<typeof typeAttr>, r: string, a: string, signOf: string, zero: string): string {
  const nonzero = e.op('nonzero', 'NotEqual', [r, zero], { T });
  const differ = e.op('signs_differ', 'NotEqual', [e.op('a_neg', 'Less', [a, zero], { T }), e.op('b_neg', 'Less', [signOf, zero], { T })], { T: BOOL });
  return e.op('fix', 'LogicalAnd', [nonzero, differ]);
}

// TF's integer Div truncates toward zero (C semantics); tfjs' Div floors. Float Div is RealDiv, left alone.
fixRuntime('math', ['Div'], 'floors integer division; TensorFlow truncates', (node, ctx) => {
  const dtype = attrType(node, 'T', 'DT_FLOAT');
  if (!isInt(dtype)) return;
  const T = typeAttr(dtype);
  const [a, b] = node.inputs as [string, string];
  const e = new Emitter(ctx, node);
  const zero = ctx.constant(`${node.name}/zero`, fromNumbers(dtype, [], [0]), node);
  const q = e.op('floor', 'FloorDiv', [a, b], { T });
  const r = e.op('rem', 'FloorMod', [a, b], { T });
  const fix = signFix(e, T, r, a, b, zero);
  e.finish('AddV2', [q, e.op('fix_int', 'Cast', [fix], { SrcT: BOOL, DstT: T, Truncate: { kind: 'b', value: false } })], { T });
});

// TF's Mod is C's fmod (the result takes the dividend's sign); tfjs' Mod is FloorMod (the divisor's sign).
fixRuntime('math', ['Mod'], "computes floor mod; TensorFlow's Mod truncates", (node, ctx) => {
  const dtype = attrType(node, 'T', 'DT_FLOAT');
  const T = typeAttr(dtype);
  const [a, b] = node.inputs as [string, string];
  const e = new Emitter(ctx, node);
  const zero = ctx.constant(`${node.name}/zero`, fromNumbers(dtype, [], [0]), node);
  const r = e.op('floormod', 'FloorMod', [a, b], { T });
  const fix = signFix(e, T, r, r, a, zero);
  e.finish('SelectV2', [fix, e.op('shifted', 'Sub', [r, b], { T }), r], { T });
});

// tf.norm refuses more than two axes: sqrt(sum(x²)) is the same norm for any axes.
fixRuntime('math', ['EuclideanNorm'], 'tf.norm refuses more than two axes', (node, ctx) => {
  const dtype = attrType(node, 'T', 'DT_FLOAT');
  const e = new Emitter(ctx, node);
  const F = typeAttr('DT_FLOAT');
  const x = isInt(dtype) ? e.op('float', 'Cast', [node.inputs[0]!], { SrcT: typeAttr(dtype), DstT: F }) : node.inputs[0]!;
  const T = isInt(dtype) ? F : typeAttr(dtype);
  const sum = e.op('sum', 'Sum', [e.op('square', 'Square', [x], { T }), node.inputs[1]!], { T, Tidx: node.attrs['Tidx'] ?? I32, keep_dims: node.attrs['keep_dims'] ?? { kind: 'b', value: false } });
  if (!isInt(dtype)) return e.finish('Sqrt', [sum], { T });
  // TensorFlow truncates the root of an integer norm, as Cast does.
  e.finish('Cast', [e.op('sqrt', 'Sqrt', [sum], { T })], { SrcT: F, DstT: typeAttr(dtype), Truncate: { kind: 'b', value: false } });
});

// Select with a vector condition picks whole rows of higher-rank x/y; tf.where broadcasts it along the last dim.
fixRuntime('math', ['Select'], 'broadcasts a vector condition along the last dim, not the first', (node, ctx) => {
  const [c, x, y] = node.inputs as [string, string, string];
  const cRank = shapeOf(ctx, c)?.length;
  const xRank = shapeOf(ctx, x)?.length;
  node.op = 'SelectV2';
  if (cRank !== 1 || xRank === undefined || xRank <= 1) return;
  const e = new Emitter(ctx, node);
  const rows = e.op('rows', 'Reshape', [c, e.int32('rows_shape', [-1, ...Array<number>(xRank - 1).fill(1)])], { T: BOOL, Tshape: I32 });
  e.finish('SelectV2', [rows, x, y], { T: node.attrs['T']! });
});

/**
 * tfjs' BitwiseAnd kernel is never given its inputs (its executor reads params its op list does not define).
 * Exact on int32 two's complement: bits 0–30 as digits (floor division by powers of two), multiplied and summed
 * back, plus the sign bit when both operands are negative.
 */
fixRuntime('math', ['BitwiseAnd'], 'its executor reads inputs its op list never maps', (node, ctx) => {
  const dtype = attrType(node, 'T', 'DT_INT32');
  const T = typeAttr(dtype);
  const [a, b] = node.inputs as [string, string];
  const e = new Emitter(ctx, node);
  const c = (suffix: string, shape: number[], values: number[]): string => ctx.constant(`${node.name}/${suffix}`, fromNumbers(dtype, shape, values), node);
  const pow2 = c('pow2', [31], Array.from({ length: 31 }, (_, k) => 2 ** k));
  const two = c('two', [], [2]);
  const zero = c('zero', [], [0]);
  const last = e.int32('last_axis', [-1], []);
  const bits = (x: string, tag: string): string => {
    const wide = e.op(`${tag}_expand`, 'ExpandDims', [x, last], { T, Tdim: I32 });
    return e.op(`${tag}_bits`, 'FloorMod', [e.op(`${tag}_shift`, 'FloorDiv', [wide, pow2], { T }), two], { T });
  };
  const both = e.op('both', 'Mul', [bits(a, 'a'), bits(b, 'b')], { T });
  const low = e.op('low', 'Sum', [e.op('weighted', 'Mul', [both, pow2], { T }), last], { T, Tidx: I32, keep_dims: { kind: 'b', value: false } });
  const negative = e.op('both_negative', 'LogicalAnd', [e.op('a_negative', 'Less', [a, zero], { T }), e.op('b_negative', 'Less', [b, zero], { T })]);
  const signed = e.op('signed', 'AddV2', [low, c('sign_bit', [], [-(2 ** 31)])], { T });
  e.finish('SelectV2', [negative, signed, low], { T });
});

/**
 * tfjs-converter passes input 1 as both num_lower and num_upper. The band as a mask instead:
 * (num_lower < 0 or i − j ≤ num_lower) and (num_upper < 0 or j − i ≤ num_upper).
 */
fixRuntime('math', ['MatrixBandPart'], 'reads num_lower and num_upper both from input 1', (node, ctx) => {
  const [x, lower, upper] = node.inputs as [string, string, string];
  const T = node.attrs['T'] ?? typeAttr('DT_FLOAT');
  const Ti = node.attrs['Tindex'] ?? I32;
  const e = new Emitter(ctx, node);
  const shape = e.op('shape', 'Shape', [x], { T, out_type: I32 });
  const dim = (tag: string, begin: number, end: number): string =>
    e.op(tag, 'StridedSlice', [shape, e.int32(`${tag}_begin`, [begin]), e.int32(`${tag}_end`, [end]), e.int32(`${tag}_stride`, [1])], {
      T: I32, Index: I32, begin_mask: intAttr(0), end_mask: intAttr(end === 0 ? 1 : 0), ellipsis_mask: intAttr(0), new_axis_mask: intAttr(0), shrink_axis_mask: intAttr(1),
    });
  const zero = e.int32('zero', [0], []);
  const one = e.int32('one', [1], []);
  const range = (tag: string, n: string, to: number[]): string => e.op(`${tag}_2d`, 'Reshape', [e.op(tag, 'Range', [zero, n, one], { Tidx: I32 }), e.int32(`${tag}_shape`, to)], { T: I32, Tshape: I32 });
  const below = e.op('below', 'Sub', [range('rows', dim('m', -2, -1), [-1, 1]), range('cols', dim('n', -1, 0), [1, -1])], { T: I32 });
  const within = (tag: string, d: string, k: string): string =>
    e.op(`${tag}_ok`, 'LogicalOr', [e.op(`${tag}_all`, 'Less', [k, zero], { T: Ti }), e.op(`${tag}_in`, 'LessEqual', [d, k], { T: I32 })]);
  const mask = e.op('mask', 'LogicalAnd', [within('lower', below, lower), within('upper', e.op('above', 'Neg', [below], { T: I32 }), upper)]);
  e.finish('SelectV2', [mask, x, e.op('zeros', 'ZerosLike', [x], { T })], { T });
});
