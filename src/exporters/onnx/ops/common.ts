/** Building blocks shared by the ONNX op handlers. */
import { toNumbers } from '../../../tensor/math.js';
import type { Node } from '../../../graph/ir.js';
import type { DTypeName } from '../../../tensor/dtypes.js';
import type { Layout, OnnxContext } from '../context.js';
import { onnxElemType, type OnnxAttr } from '../onnx-graph.js';
import type { OnnxHandler } from '../registry.js';

export const int = (value: number): OnnxAttr => ({ kind: 'int', value });
export const ints = (value: number[]): OnnxAttr => ({ kind: 'ints', value });
export const float = (value: number): OnnxAttr => ({ kind: 'float', value });
export const str = (value: string): OnnxAttr => ({ kind: 'string', value });

export function onnxType(dtype: DTypeName): number {
  const t = onnxElemType(dtype);
  if (t === undefined) throw new Error(`no ONNX type for ${dtype}`);
  return t;
}

/** The constant values of input i as numbers (axes, perms, shapes), or undefined when not constant. */
export function constNumbers(ctx: OnnxContext, i: number): number[] | undefined {
  const c = ctx.constInput(i);
  return c && c.dtype !== 'DT_STRING' ? [...toNumbers(c)] : undefined;
}

export function normAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

/** NHWC axis → its position in NCHW. */
export const NCHW_POS = [0, 2, 3, 1];

/**
 * The layout an element-wise node should run in: NCHW when some 4-D input is already NCHW and every other
 * input can follow it (a 4-D tensor, a constant, or a scalar), else TensorFlow's own.
 */
export function elementwiseLayout(ctx: OnnxContext, node: Node): Layout {
  if (ctx.outType()?.shape?.length !== 4) return 'native';
  if (!node.inputs.some((_, i) => ctx.isNchw(i))) return 'native';
  const ok = node.inputs.every((_, i) => ctx.constInput(i) || ctx.inputRank(i) === 4 || ctx.inputRank(i) === 0);
  return ok ? 'NCHW' : 'native';
}

/** Inputs for an element-wise node in `layout` (scalars are left alone: they broadcast either way). */
export function elementwiseInputs(ctx: OnnxContext, node: Node, layout: Layout): string[] {
  return node.inputs.map((_, i) => (layout === 'NCHW' && ctx.inputRank(i) === 0 ? ctx.input(i) : ctx.input(i, layout)));
}

/** A handler mapping a TF element-wise op to one ONNX op, layout-aware. */
export function elementwise(onnxOp: string, attrs: (node: Node) => Record<string, OnnxAttr> = () => ({})): OnnxHandler {
  return (ctx, node) => {
    const layout = elementwiseLayout(ctx, node);
    ctx.emit(onnxOp, elementwiseInputs(ctx, node, layout), attrs(node), { layout });
  };
}

/** Element types onnxruntime's CPU Where has kernels for (checked against onnxruntime 1.30: no bool, int8, int16, uint16). */
const WHERE_TYPES = new Set<DTypeName>(['DT_FLOAT', 'DT_DOUBLE', 'DT_HALF', 'DT_INT32', 'DT_INT64', 'DT_UINT8', 'DT_STRING']);

/**
 * Where(cond, a, b) as the current node's output, choosing between values of `dtype`. Types onnxruntime has
 * no Where kernel for go through a wider one and back: bfloat16 through float, the integers and bool through
 * int64, all exact.
 */
export function emitWhere(ctx: OnnxContext, cond: string, a: string, b: string, dtype: DTypeName, layout: Layout = 'native'): void {
  if (WHERE_TYPES.has(dtype)) {
    ctx.emit('Where', [cond, a, b], {}, { layout });
    return;
  }
  const wide = int(dtype === 'DT_BFLOAT16' ? 1 : 7);
  const widen = (x: string): string => ctx.helper('Cast', [x], { to: wide })[0]!;
  const picked = ctx.helper('Where', [cond, widen(a), widen(b)])[0]!;
  ctx.emit('Cast', [picked], { to: int(onnxType(dtype)) }, { layout });
}

/** Emits `x` transposed by `perm` (a helper value). */
export function transpose(ctx: OnnxContext, x: string, perm: number[]): string {
  return ctx.helper('Transpose', [x], { perm: ints(perm) })[0]!;
}

/** Swaps the last two axes of a rank-r tensor. */
export function swapLastTwo(rank: number): number[] {
  const p = Array.from({ length: rank }, (_, i) => i);
  [p[rank - 2], p[rank - 1]] = [p[rank - 1]!, p[rank - 2]!];
  return p;
}
