/** Arithmetic, element-wise math and reductions. */
import { fromNumbers } from '../../../tensor/math.js';
import { attrType } from '../../../graph/ir.js';
import { passthrough, tfjsOps } from '../registry.js';

passthrough('math', [
  'Add', 'AddV2', 'AddN', 'BiasAdd', 'Sub', 'RealDiv', 'Div', 'DivNoNan', 'FloorDiv', 'Mul', 'Maximum', 'Minimum', 'Pow', 'SquaredDifference', 'Mod', 'FloorMod',
  'Abs', 'Acos', 'Asin', 'Atan', 'Atan2', 'Ceil', 'ClipByValue', 'Cos', 'Cosh', 'Exp', 'Floor', 'Log', 'Neg', 'Sin', 'Sinh', 'Sqrt', 'Rsqrt', 'Square', 'Tan', 'Tanh', 'Sign', 'Round', 'Expm1', 'Log1p', 'Reciprocal', 'Asinh', 'Acosh', 'Atanh', 'Erf', 'IsNan', 'IsFinite', 'IsInf',
  'Max', 'Mean', 'Min', 'Sum', 'All', 'Any', 'ArgMax', 'ArgMin', 'Prod', 'Cumprod', 'Cumsum', 'EuclideanNorm', 'Bincount', 'DenseBincount',
  'Equal', 'NotEqual', 'Greater', 'GreaterEqual', 'Less', 'LessEqual', 'LogicalAnd', 'LogicalNot', 'LogicalOr', 'Select', 'SelectV2', 'BitwiseAnd',
  'MatMul', '_FusedMatMul', 'BatchMatMul', 'BatchMatMulV2', 'Einsum', 'MatrixBandPart',
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
