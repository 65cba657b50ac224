/**
 * Type inference: dtypes from the op signatures, shapes from one shape function per op (symbolic dims
 * propagate by name; unknown dims get fresh names). Ops without a shape function get unknown rank.
 */
import { baseDtype, type DTypeName } from '../tensor/dtypes.js';
import { numElements } from '../tensor/host.js';
import { toNumbers } from '../tensor/math.js';
import { GraphIndex } from './graph-utils.js';
import { attrBool, attrInt, attrInts, attrString, attrType, parseRef, type Dim, type FunctionBody, type Graph, type Node, type TensorType } from './ir.js';
import type { OpRegistry } from './opdefs.js';
import { isFullRange, resolveRange, sliceMasks, stridedSliceAxes } from './strided-slice.js';

type Shape = Dim[] | null;

export interface ShapeContext {
  /** Input shapes (null = unknown rank). */
  inputs: Shape[];
  /** Constant input values, when the input is a Const. */
  consts: Array<ArrayLike<number> | undefined>;
  fresh(): string;
}

type ShapeFn = (node: Node, ctx: ShapeContext) => Shape[] | undefined;

export const shapeFns = new Map<string, ShapeFn>();
function shapes(ops: string[], fn: ShapeFn): void {
  for (const op of ops) shapeFns.set(op, fn);
}

const same: ShapeFn = (_n, c) => [c.inputs[0] ?? null];

export function broadcastDims(a: Shape, b: Shape, fresh: () => string): Shape {
  if (!a || !b) return null;
  const n = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x === 1) out.push(y);
    else if (y === 1) out.push(x);
    else if (x === y) out.push(x);
    else if (typeof x === 'number') out.push(x);
    else if (typeof y === 'number') out.push(y);
    else out.push(fresh());
  }
  return out;
}

shapes(
  ['Relu', 'Relu6', 'Elu', 'Selu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'Softplus', 'Softsign', 'Exp', 'Log', 'Log1p', 'Sqrt', 'Rsqrt', 'Square', 'Neg', 'Abs', 'Sign', 'Floor', 'Ceil', 'Round', 'Reciprocal', 'Erf', 'Erfc', 'Sin', 'Cos', 'Cast', 'Softmax', 'LogSoftmax', 'ZerosLike', 'OnesLike', 'LogicalNot', 'IsNan', 'IsInf', 'IsFinite', 'BiasAdd', 'Gelu', 'ClipByValue', 'FusedBatchNorm', 'FusedBatchNormV2', 'FusedBatchNormV3', 'LRN', 'Snapshot', 'Identity'],
  same,
);
shapes(
  ['Add', 'AddV2', 'Sub', 'Mul', 'RealDiv', 'Div', 'DivNoNan', 'FloorDiv', 'FloorMod', 'Maximum', 'Minimum', 'Pow', 'SquaredDifference', 'Equal', 'NotEqual', 'Less', 'LessEqual', 'Greater', 'GreaterEqual', 'LogicalAnd', 'LogicalOr', 'Atan2', 'BiasAddV1'],
  (_n, c) => [broadcastDims(c.inputs[0] ?? null, c.inputs[1] ?? null, c.fresh)],
);
shapes(['Select', 'SelectV2'], (n, c) =>
  n.op === 'Select' ? [c.inputs[1] ?? null] : [broadcastDims(broadcastDims(c.inputs[0] ?? null, c.inputs[1] ?? null, c.fresh), c.inputs[2] ?? null, c.fresh)],
);

shapes(['MatMul', '_FusedMatMul'], (n, c) => {
  const [a, b] = c.inputs;
  if (!a || !b || a.length !== 2 || b.length !== 2) return [null];
  const ta = attrBool(n, 'transpose_a');
  const tb = attrBool(n, 'transpose_b');
  return [[ta ? a[1]! : a[0]!, tb ? b[0]! : b[1]!]];
});
shapes(['BatchMatMul', 'BatchMatMulV2', 'BatchMatMulV3'], (n, c) => {
  const [a, b] = c.inputs;
  if (!a || !b || a.length < 2 || b.length < 2) return [null];
  const adj = (x: string) => attrBool(n, x);
  const m = adj('adj_x') ? a[a.length - 1]! : a[a.length - 2]!;
  const k = adj('adj_y') ? b[b.length - 2]! : b[b.length - 1]!;
  const batch = broadcastDims(a.slice(0, -2), b.slice(0, -2), c.fresh);
  return [batch ? [...batch, m, k] : null];
});

function spatialOut(inDim: Dim, k: number, stride: number, dilation: number, padding: string, pads: [number, number] | undefined, fresh: () => string): Dim {
  if (typeof inDim !== 'number') return padding === 'SAME' && stride === 1 ? inDim : fresh();
  const eff = (k - 1) * dilation + 1;
  if (padding === 'SAME') return Math.ceil(inDim / stride);
  if (padding === 'EXPLICIT' && pads) return Math.floor((inDim + pads[0] + pads[1] - eff) / stride) + 1;
  return Math.floor((inDim - eff) / stride) + 1;
}

/** Conv / pool output shape for NHWC or NCHW inputs. */
function convShape(n: Node, c: ShapeContext, kernelHW: [number, number] | undefined, outChannels: Dim | undefined): Shape {
  const x = c.inputs[0];
  if (!x || x.length !== 4 || !kernelHW) return null;
  const nchw = attrString(n, 'data_format', 'NHWC') === 'NCHW';
  const strides = attrInts(n, 'strides', [1, 1, 1, 1]);
  const dil = attrInts(n, 'dilations', [1, 1, 1, 1]);
  const padding = attrString(n, 'padding', 'VALID');
  const explicit = attrInts(n, 'explicit_paddings', []);
  const [hAx, wAx, cAx] = nchw ? [2, 3, 1] : [1, 2, 3];
  const pad = (ax: number): [number, number] | undefined => (explicit.length === 8 ? [explicit[2 * ax]!, explicit[2 * ax + 1]!] : undefined);
  const h = spatialOut(x[hAx]!, kernelHW[0], strides[hAx] ?? 1, dil[hAx] ?? 1, padding, pad(hAx), c.fresh);
  const w = spatialOut(x[wAx]!, kernelHW[1], strides[wAx] ?? 1, dil[wAx] ?? 1, padding, pad(wAx), c.fresh);
  const ch = outChannels ?? x[cAx]!;
  return nchw ? [x[0]!, ch, h, w] : [x[0]!, h, w, ch];
}

shapes(['Conv2D', '_FusedConv2D'], (n, c) => {
  const f = c.inputs[1];
  return [convShape(n, c, f && typeof f[0] === 'number' && typeof f[1] === 'number' ? [f[0], f[1]] : undefined, f?.[3])];
});
shapes(['DepthwiseConv2dNative', 'FusedDepthwiseConv2dNative'], (n, c) => {
  const f = c.inputs[1];
  const x = c.inputs[0];
  const nchw = attrString(n, 'data_format', 'NHWC') === 'NCHW';
  const inC = x?.[nchw ? 1 : 3];
  const ch = typeof inC === 'number' && typeof f?.[3] === 'number' ? inC * f[3] : undefined;
  return [convShape(n, c, f && typeof f[0] === 'number' && typeof f[1] === 'number' ? [f[0], f[1]] : undefined, ch ?? c.fresh())];
});
shapes(['MaxPool', 'AvgPool'], (n, c) => {
  const k = attrInts(n, 'ksize', [1, 1, 1, 1]);
  const nchw = attrString(n, 'data_format', 'NHWC') === 'NCHW';
  return [convShape(n, c, nchw ? [k[2]!, k[3]!] : [k[1]!, k[2]!], undefined)];
});

const REDUCTIONS = ['Sum', 'Mean', 'Max', 'Min', 'Prod', 'All', 'Any', 'EuclideanNorm'];
shapes(REDUCTIONS, (n, c) => {
  const x = c.inputs[0];
  const axes = c.consts[1];
  if (!x || !axes) return [null];
  const set = new Set(Array.from(axes, (a) => (a < 0 ? a + x.length : a)));
  const keep = attrBool(n, 'keep_dims');
  return [keep ? x.map((d, i) => (set.has(i) ? 1 : d)) : x.filter((_, i) => !set.has(i))];
});
shapes(['ArgMax', 'ArgMin'], (_n, c) => {
  const x = c.inputs[0];
  const a = c.consts[1];
  if (!x || !a) return [null];
  const axis = a[0]! < 0 ? a[0]! + x.length : a[0]!;
  return [x.filter((_, i) => i !== axis)];
});

shapes(['Reshape'], (_n, c) => {
  const s = c.consts[1];
  const x = c.inputs[0];
  if (!s) return [c.inputs[1]?.length === 1 && typeof c.inputs[1][0] === 'number' ? Array.from({ length: c.inputs[1][0] }, () => c.fresh()) : null];
  const dims: Dim[] = Array.from(s, (d) => d);
  const minus = dims.indexOf(-1);
  if (minus >= 0) {
    const total = x && x.every((d) => typeof d === 'number') ? numElements(x as number[]) : undefined;
    const known = dims.filter((d) => d !== -1).reduce<number>((p, d) => p * (d as number), 1);
    if (total !== undefined && known > 0) dims[minus] = total / known;
    else if (x && x.length > 0 && typeof x[0] === 'string' && dims.length > 0 && minus === 0 && x.slice(1).every((d) => typeof d === 'number')) {
      // [batch, ...known] reshaped to [-1, ...known']: the -1 is the batch when the rest matches.
      const rest = numElements(x.slice(1) as number[]);
      dims[minus] = rest === known ? x[0]! : c.fresh();
    } else dims[minus] = c.fresh();
  }
  return [dims];
});
shapes(['Squeeze'], (n, c) => {
  const x = c.inputs[0];
  if (!x) return [null];
  const dims = attrInts(n, 'squeeze_dims', []).map((d) => (d < 0 ? d + x.length : d));
  return [x.filter((d, i) => (dims.length ? !dims.includes(i) : d !== 1))];
});
shapes(['ExpandDims'], (_n, c) => {
  const x = c.inputs[0];
  const a = c.consts[1];
  if (!x || !a) return [null];
  const axis = a[0]! < 0 ? a[0]! + x.length + 1 : a[0]!;
  const out = [...x];
  out.splice(axis, 0, 1);
  return [out];
});
shapes(['Transpose'], (_n, c) => {
  const x = c.inputs[0];
  const p = c.consts[1];
  return [x && p ? Array.from(p, (i) => x[i]!) : null];
});
shapes(['ConcatV2'], (n, c) => {
  const parts = c.inputs.slice(0, -1);
  const a = c.consts[c.inputs.length - 1];
  if (!a || parts.some((p) => !p)) return [null];
  const rank = parts[0]!.length;
  const axis = a[0]! < 0 ? a[0]! + rank : a[0]!;
  const out = [...parts[0]!];
  let sum: Dim = 0;
  for (const p of parts) sum = typeof sum === 'number' && typeof p![axis] === 'number' ? sum + (p![axis] as number) : c.fresh();
  out[axis] = sum;
  void n;
  return [out];
});
shapes(['Pack'], (n, c) => {
  const x = c.inputs[0];
  if (!x) return [null];
  let axis = attrInt(n, 'axis', 0);
  if (axis < 0) axis += x.length + 1;
  const out = [...x];
  out.splice(axis, 0, c.inputs.length);
  return [out];
});
shapes(['Unpack'], (n, c) => {
  const x = c.inputs[0];
  const num = attrInt(n, 'num', 0);
  if (!x) return Array.from({ length: num }, () => null);
  let axis = attrInt(n, 'axis', 0);
  if (axis < 0) axis += x.length;
  return Array.from({ length: num }, () => x.filter((_, i) => i !== axis));
});
shapes(['Split'], (n, c) => {
  const x = c.inputs[1];
  const a = c.consts[0];
  const num = attrInt(n, 'num_split', 1);
  if (!x || !a) return Array.from({ length: num }, () => null);
  const axis = a[0]! < 0 ? a[0]! + x.length : a[0]!;
  const d = x[axis]!;
  return Array.from({ length: num }, () => x.map((v, i) => (i === axis ? (typeof d === 'number' ? d / num : c.fresh()) : v)));
});
shapes(['Shape'], (_n, c) => [c.inputs[0] ? [c.inputs[0].length] : [c.fresh()]]);
shapes(['Size', 'Rank'], () => [[]]);
shapes(['Pad', 'PadV2', 'MirrorPad'], (_n, c) => {
  const x = c.inputs[0];
  const p = c.consts[1];
  if (!x || !p) return [x ? x.map(() => c.fresh()) : null];
  return [x.map((d, i) => (typeof d === 'number' ? d + p[2 * i]! + p[2 * i + 1]! : c.fresh()))];
});
shapes(['GatherV2'], (n, c) => {
  const [p, i] = c.inputs;
  const a = c.consts[2];
  if (!p || !i || !a) return [null];
  const axis = a[0]! < 0 ? a[0]! + p.length : a[0]!;
  const bd = attrInt(n, 'batch_dims', 0);
  return [[...p.slice(0, axis), ...i.slice(bd), ...p.slice(axis + 1)]];
});
shapes(['Fill'], (_n, c) => [c.consts[0] ? Array.from(c.consts[0]) : c.inputs[0] && typeof c.inputs[0][0] === 'number' ? Array.from({ length: c.inputs[0][0] }, () => c.fresh()) : null]);
shapes(['Tile'], (_n, c) => {
  const x = c.inputs[0];
  const m = c.consts[1];
  if (!x || !m) return [x ? x.map(() => c.fresh()) : null];
  return [x.map((d, i) => (typeof d === 'number' ? d * m[i]! : m[i] === 1 ? d : c.fresh()))];
});
shapes(['StridedSlice'], (n, c) => {
  const x = c.inputs[0];
  const [b, e, s] = [c.consts[1], c.consts[2], c.consts[3]];
  if (!x || !b || !e || !s) return [null];
  let axes;
  try {
    axes = stridedSliceAxes(sliceMasks(n), b, e, s, x.length);
  } catch {
    return [null];
  }
  if (!axes) return [null];
  const out: Dim[] = [];
  let d = 0;
  for (const ax of axes) {
    if (ax.kind === 'new') {
      out.push(1);
      continue;
    }
    const dim = x[d++];
    if (dim === undefined) return [null];
    if (ax.kind === 'index') continue;
    if (isFullRange(ax)) out.push(dim);
    else if (typeof dim !== 'number') out.push(c.fresh());
    else out.push(resolveRange(dim, ax)!.count);
  }
  return [out];
});
shapes(['Slice'], (_n, c) => {
  const x = c.inputs[0];
  const [b, s] = [c.consts[1], c.consts[2]];
  if (!x || !s) return [x ? x.map(() => c.fresh()) : null];
  return [x.map((d, i) => (s[i] === -1 ? (typeof d === 'number' && b ? d - b[i]! : c.fresh()) : s[i]!))];
});
shapes(['Einsum'], (n, c) => {
  const eq = attrString(n, 'equation', '').replace(/\s/g, '');
  const [lhs, rhs] = eq.split('->');
  if (!lhs || rhs === undefined || eq.includes('.')) return [null];
  const terms = lhs.split(',');
  const dims = new Map<string, Dim>();
  terms.forEach((t, k) => {
    const s = c.inputs[k];
    if (s && s.length === t.length) for (let i = 0; i < t.length; i++) if (!dims.has(t[i]!) || typeof dims.get(t[i]!) !== 'number') dims.set(t[i]!, s[i]!);
  });
  return [[...rhs].map((ch) => dims.get(ch) ?? c.fresh())];
});
shapes(['Range'], (_n, c) => {
  const [s, l, d] = [c.consts[0], c.consts[1], c.consts[2]];
  if (s && l && d) return [[Math.max(0, Math.ceil((l[0]! - s[0]!) / d[0]!))]];
  return [[c.fresh()]];
});
shapes(['OneHot'], (n, c) => {
  const x = c.inputs[0];
  const depth = c.consts[1]?.[0];
  if (!x) return [null];
  const axis = attrInt(n, 'axis', -1);
  const out = [...x];
  out.splice(axis < 0 ? x.length : axis, 0, depth ?? c.fresh());
  return [out];
});

/** Unknown dims in TF shape attrs (-1) become fresh symbols. */
function fromAttrShape(s: number[] | null, fresh: () => string): Shape {
  return s ? s.map((d) => (d < 0 ? fresh() : d)) : null;
}

/** Infers dtypes and shapes for every node of a graph (and its function bodies), in place. */
export function inferTypes(graph: Graph, registry: OpRegistry): void {
  let counter = 0;
  const fresh = (): string => `unk_${++counter}`;
  // Signature inputs carry the signature's symbolic names ("batch").
  const signatureInputs = new Map(graph.inputs.map((i) => [i.node, i.type]));
  const run = (body: Graph | FunctionBody, inputTypes: Map<string, TensorType>): void => {
    const index = new GraphIndex(body);
    const typeOf = (ref: string): TensorType | undefined => {
      const t = inputTypes.get(ref);
      if (t) return t;
      return index.typeOf(ref);
    };
    for (const node of body.nodes) {
      const dtypes = node.op === 'Const' ? [attrType(node, 'dtype')] : registry.outputDtypes(node);
      const ins = node.inputs.map((i) => typeOf(i));
      const ctx: ShapeContext = {
        inputs: ins.map((t) => t?.shape ?? null),
        consts: node.inputs.map((i) => {
          const v = index.constValue(i);
          return v && v.dtype !== 'DT_STRING' && numElements(v.shape) <= 64 ? toNumbers(v) : undefined;
        }),
        fresh,
      };
      let shapeList: Shape[] | undefined;
      if (node.op === 'Const') {
        const v = node.attrs['value'];
        shapeList = [v?.kind === 'tensor' ? [...v.value.shape] : null];
      } else if (node.op === 'Placeholder') {
        const s = node.attrs['shape'];
        const sig = signatureInputs.get(node.name);
        shapeList = [sig ? sig.shape : s?.kind === 'shape' ? fromAttrShape(s.value, fresh) : null];
      } else if (node.op === 'While' || node.op === 'StatelessWhile') {
        const s = node.attrs['output_shapes'];
        shapeList = s?.kind === 'list' && s.value.shape ? s.value.shape.map((x) => fromAttrShape(x, fresh)) : undefined;
      } else {
        try {
          shapeList = shapeFns.get(node.op)?.(node, ctx);
        } catch {
          shapeList = undefined;
        }
      }
      const n = Math.max(dtypes?.length ?? 0, shapeList?.length ?? 0, node.outputs?.length ?? 0, 1);
      const prev = node.outputs;
      node.outputs = Array.from({ length: n }, (_, i) => {
        const dtype = dtypes?.[i] ?? prev?.[i]?.dtype ?? (ins[0]?.dtype as DTypeName | undefined) ?? 'DT_INVALID';
        const shape = shapeList?.[i] ?? prev?.[i]?.shape ?? null;
        return { dtype: baseDtype(dtype), shape };
      });
    }
  };
  run(graph, new Map());
  // Function arguments take their shapes from the call site: a While's loop-var shapes (output_shapes),
  // an If's inputs. Bodies called from several places with different shapes keep unknown shapes.
  const argShapes = new Map<string, Array<Shape | undefined>>();
  const note = (fn: string, shapes: Shape[]): void => {
    const prev = argShapes.get(fn);
    argShapes.set(fn, prev ? prev.map((s, i) => (JSON.stringify(s) === JSON.stringify(shapes[i]) ? s : undefined)) : shapes);
  };
  const callSites = (nodes: Node[], typeOf: (ref: string) => TensorType | undefined): void => {
    for (const n of nodes) {
      const ins = n.inputs.map((r) => typeOf(r)?.shape ?? null);
      const f = (k: string): string | undefined => (n.attrs[k]?.kind === 'func' ? (n.attrs[k] as { value: { name: string } }).value.name : undefined);
      if (n.op === 'While' || n.op === 'StatelessWhile') {
        const declared = n.outputs?.map((o) => o.shape) ?? ins;
        for (const k of ['body', 'cond']) if (f(k)) note(f(k)!, declared);
      } else if (n.op === 'If' || n.op === 'StatelessIf') {
        for (const k of ['then_branch', 'else_branch']) if (f(k)) note(f(k)!, ins.slice(1));
      }
    }
  };
  const outerIndex = new GraphIndex(graph);
  callSites(graph.nodes, (r) => outerIndex.typeOf(r));
  for (const body of graph.functions.values()) {
    const shapes = argShapes.get(body.name);
    const args = new Map(body.inputs.map((a, i) => [a.name, { dtype: a.dtype, shape: shapes?.[i] ?? null } as TensorType]));
    run(body, args);
    const bodyIndex = new GraphIndex(body);
    callSites(body.nodes, (r) => args.get(r) ?? bodyIndex.typeOf(r));
  }
  for (const o of graph.outputs) {
    const { node, index } = parseRef(o.tensor);
    const t = graph.nodes.find((x) => x.name === node)?.outputs?.[index];
    if (t && o.type.shape === null) o.type.shape = t.shape;
  }
}
