/**
 * What a TFLite op handler works with: the IR graph being lowered (types, constants) and the subgraph being
 * built (tensors, operators, buffers). IR tensors map to TFLite tensors by ref; Const nodes become tensors
 * with a buffer the first time something reads them, so constants only a rewrite needed (a filter before its
 * layout change) never reach the file. Buffers are deduplicated by content.
 */
import { GraphIndex } from '../../graph/graph-utils.js';
import { canonicalRef, formatRef, type Dim, type FunctionBody, type Graph, type Node, type TensorType } from '../../graph/ir.js';
import { shapeFns } from '../../graph/infer.js';
import type { DTypeName } from '../../tensor/dtypes.js';
import { bytesOf, type HostTensor, type NumericArray } from '../../tensor/host.js';
import { fromNumbers, toNumbers } from '../../tensor/math.js';
import { DTYPE_OF_TENSOR_TYPE, TENSOR_TYPES, type BuiltinOperatorName } from '../../tflite/schema.js';
import type { BuiltinOptions, OperatorSpec, SubgraphSpec, TensorSpec } from './writer.js';

/**
 * A string tensor's buffer as TFLite lays it out (tensorflow/lite/string_util.h): the count N as int32, N + 1
 * int32 offsets from the buffer's start (the last is the total length), then the bytes, all little-endian.
 */
export function stringBuffer(items: readonly Uint8Array[]): Uint8Array {
  const head = 4 * (items.length + 2);
  let total = head;
  for (const b of items) total += b.byteLength;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setInt32(0, items.length, true);
  let at = head;
  items.forEach((b, i) => {
    view.setInt32(4 * (i + 1), at, true);
    out.set(b, at);
    at += b.byteLength;
  });
  view.setInt32(4 * (items.length + 1), at, true);
  return out;
}

/** A node whose form (attributes, dynamic operands, dtypes) the TFLite builtins cannot express. */
export class UnsupportedVariant extends Error {}

/** TFLite's TensorType for each TF dtype it has. */
const TENSOR_TYPE_OF: Partial<Record<string, number>> = Object.fromEntries(
  TENSOR_TYPES.map((name, i) => [DTYPE_OF_TENSOR_TYPE[name], i] as const).filter(([dt]) => dt !== 'DT_RESOURCE' && dt !== 'DT_VARIANT'),
);

export function tensorTypeOf(dtype: DTypeName): number {
  const t = TENSOR_TYPE_OF[dtype];
  if (t === undefined) throw new UnsupportedVariant(`${dtype} tensors have no TFLite builtin type mdeploy writes`);
  return t;
}

/** Shape and shape_signature of an IR shape: a symbolic dimension is 1 in the shape and -1 in the signature. */
function fileShape(shape: Dim[] | null): { shape: number[] | null; shapeSignature?: number[] } {
  if (!shape) return { shape: null };
  const dynamic = shape.some((d) => typeof d !== 'number' || d < 0);
  return {
    shape: shape.map((d) => (typeof d === 'number' && d >= 0 ? d : 1)),
    shapeSignature: dynamic ? shape.map((d) => (typeof d === 'number' && d >= 0 ? d : -1)) : undefined,
  };
}

/**
 * A TensorList the exporter follows as a plain tensor (the Keras RNN pattern): a list made from a tensor
 * (read with GATHER), a reserved list (becomes a zeros accumulator when a loop carries it), or an
 * accumulator tensor of shape [n, ...element] (written with DYNAMIC_UPDATE_SLICE, stacked as itself).
 */
export type ListValue =
  | { kind: 'fromTensor'; tensor: number; type: TensorType }
  | { kind: 'reserve'; numElements: number; elementShape: number[]; dtype: DTypeName }
  | { kind: 'accumulator'; tensor: number; type: TensorType };

/** Byte positions a buffer's dedupe key samples (all of a buffer this long or shorter). */
const KEY_SAMPLES = 32;
/** Buffers with one key compared byte for byte at most: a crafted model cannot make deduplication quadratic. */
const MAX_SAME_KEY = 16;

/**
 * What buffers must share to be compared at all: dtype, length and some of their bytes (every byte of a short
 * one, KEY_SAMPLES spread over a long one). Equal contents always have equal keys; a full comparison decides.
 * Cheaper than hashing every weight (100 MB for ResNet-50) when nearly all of them differ.
 */
function bufferKey(dtype: DTypeName, bytes: Uint8Array): string {
  const n = bytes.length;
  let key = `${dtype}:${n}:`;
  if (n <= KEY_SAMPLES) {
    for (let i = 0; i < n; i++) key += String.fromCharCode(bytes[i]!);
    return key;
  }
  const step = Math.floor(n / KEY_SAMPLES);
  for (let k = 0; k < KEY_SAMPLES; k++) key += String.fromCharCode(bytes[k * step]!);
  return key + String.fromCharCode(bytes[n - 1]!);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/** Ops whose output has their first input's shape, that type inference has no shape function for. */
const SAME_SHAPE = new Set(['ReverseV2']);

export class TfliteContext {
  readonly tensors: TensorSpec[] = [];
  readonly operators: OperatorSpec[] = [];
  /** Buffers are the model's: a body's context shares its root's. */
  readonly buffers: Uint8Array[];
  /** Subgraphs after the main one, in file order (index k here is subgraph k + 1); the root's list. */
  readonly subgraphs: SubgraphSpec[];
  /** Types of function arguments (inside a body, arguments are refs no node produces). */
  readonly argTypes = new Map<string, TensorType>();
  /** TensorLists followed as tensors, by IR ref. */
  readonly lists = new Map<string, ListValue>();
  /** Operators whose bias input is still the placeholder a following bias add may replace. */
  readonly openBias = new Set<OperatorSpec>();
  /** The node being lowered. */
  node!: Node;
  private readonly index: GraphIndex;
  private readonly values = new Map<string, number>();
  /** Buffer indices by bufferKey. */
  private readonly buffersByKey: Map<string, number[]>;
  private readonly constants = new Set<number>();
  private readonly names = new Set<string>();

  constructor(
    readonly graph: Graph | FunctionBody,
    /** The context of the subgraph a control-flow op sits in, whose buffers and subgraph list this one shares. */
    readonly parent?: TfliteContext,
  ) {
    this.index = new GraphIndex(graph);
    this.buffers = parent ? parent.buffers : [new Uint8Array(0)];
    this.buffersByKey = parent ? parent.buffersByKey : new Map();
    this.subgraphs = parent ? parent.subgraphs : [];
  }

  /** The main subgraph's context (its graph holds the function bodies). */
  get root(): TfliteContext {
    return this.parent ? this.parent.root : this;
  }

  /**
   * Re-runs a node's shape function on the types known here (function arguments, TensorList contents) and
   * returns the node with the sharper output types; the graph is not changed. Type inference cannot see
   * through TensorLists or into bodies called with list arguments, so loops need this to lower; a known
   * rank or a number replaces only an unknown rank or a symbolic dimension, never a known dimension.
   */
  refine(node: Node): Node {
    const fn = shapeFns.get(node.op) ?? (SAME_SHAPE.has(node.op) ? (n: Node, c: { inputs: Array<Dim[] | null> }) => [c.inputs[0] ?? null] : undefined);
    if (!fn || !node.outputs) return node;
    let fresh = 0;
    let shapes: Array<Dim[] | null> | undefined;
    try {
      shapes = fn(node, {
        inputs: node.inputs.map((r) => this.typeOf(r)?.shape ?? null),
        consts: node.inputs.map((r) => {
          const v = this.index.constValue(r);
          return v && v.dtype !== 'DT_STRING' && v.data.length <= 64 ? toNumbers(v) : undefined;
        }),
        fresh: () => `${node.name}/dim_${fresh++}`,
      });
    } catch {
      return node;
    }
    if (!shapes) return node;
    const merged = node.outputs.map((t, k) => {
      const s = shapes[k];
      if (!s) return t;
      if (!t.shape || t.shape.length !== s.length) return t.shape ? t : { ...t, shape: s };
      return { ...t, shape: t.shape.map((d, i) => (typeof d !== 'number' && typeof s[i] === 'number' ? s[i]! : d)) };
    });
    merged.forEach((t, k) => this.argTypes.set(formatRef(node.name, k), t));
    return { ...node, outputs: merged };
  }

  // ---- reading the IR --------------------------------------------------------------------------------

  typeOf(ref: string): TensorType | undefined {
    return this.argTypes.get(canonicalRef(ref)) ?? this.index.typeOf(ref);
  }

  inputType(i: number): TensorType | undefined {
    const ref = this.node.inputs[i];
    return ref === undefined ? undefined : this.typeOf(ref);
  }

  inputRank(i: number): number | undefined {
    return this.inputType(i)?.shape?.length;
  }

  /** Input i's shape with every dimension known, or undefined. */
  staticInputShape(i: number): number[] | undefined {
    const s = this.inputType(i)?.shape;
    return s && s.every((d) => typeof d === 'number' && d >= 0) ? (s as number[]) : undefined;
  }

  outType(k = 0): TensorType | undefined {
    return this.node.outputs?.[k];
  }

  constInput(i: number): HostTensor | undefined {
    const ref = this.node.inputs[i];
    return ref === undefined ? undefined : this.index.constValue(ref);
  }

  /** A constant integer operand's values (axes, shapes), or undefined when it is computed at run time. */
  constInts(i: number): number[] | undefined {
    const c = this.constInput(i);
    return c ? [...toNumbers(c)] : undefined;
  }

  requireConstInts(i: number, what: string): number[] {
    const v = this.constInts(i);
    if (!v) throw new UnsupportedVariant(`${this.node.op} with a run-time ${what} is not supported`);
    return v;
  }

  isConstant(tensor: number): boolean {
    return this.constants.has(tensor);
  }

  // ---- building the subgraph -------------------------------------------------------------------------

  /**
   * A tensor name, without the call sites function inlining prefixed it with (StatefulPartitionedCall/…, as
   * TFLiteConverter also drops them): the layer's own path is what identifies it, and the file is smaller.
   */
  uniqueName(full: string): string {
    const base = full.replace(/^(?:(?:Stateful)?PartitionedCall(?:_\d+)?\/)+/, '') || full;
    let name = base;
    for (let i = 1; this.names.has(name); i++) name = `${base}_${i}`;
    this.names.add(name);
    return name;
  }

  /** A new tensor of an IR type. */
  tensor(name: string, type: TensorType | undefined, buffer = 0): number {
    if (!type) throw new UnsupportedVariant(`${this.node?.name ?? name}: a tensor of unknown dtype`);
    this.tensors.push({ name: this.uniqueName(name), type: tensorTypeOf(type.dtype), ...fileShape(type.shape), buffer });
    return this.tensors.length - 1;
  }

  /**
   * Rewrites a tensor's declared shape from two views of it (type inference, the SignatureDef): a dimension
   * known in either is kept; the rank comes from whichever has one.
   */
  refineShape(tensor: number, inferred: Dim[] | null, declared: Dim[] | null): void {
    const known = (d: Dim | undefined): d is number => typeof d === 'number' && d >= 0;
    let shape: Dim[] | null = inferred ?? declared;
    if (inferred && declared && inferred.length === declared.length) shape = inferred.map((d, i) => (known(d) ? d : known(declared[i]) ? declared[i]! : d));
    if (!shape) return;
    Object.assign(this.tensors[tensor]!, fileShape(shape));
  }

  /** A tensor for an intermediate value of the current node's lowering. */
  temp(dtype: DTypeName, shape: Dim[] | null, suffix = 'tmp'): number {
    return this.tensor(`${this.node.name}/${suffix}`, { dtype, shape });
  }

  /**
   * A constant tensor; identical contents share one buffer. The buffer is a view of the value's own bytes,
   * not a copy: tensor data no longer changes once a graph is built and copied for a target (the one pass
   * that writes in place does it before, see src/graph/passes/exclusive.ts), and the writer copies each
   * buffer into the file once.
   */
  constant(value: HostTensor, name = `${this.node?.name ?? 'const'}/const`): number {
    const bytes = value.dtype === 'DT_STRING' ? stringBuffer(value.data as Uint8Array[]) : bytesOf(value.data as NumericArray);
    const key = bufferKey(value.dtype, bytes);
    const same = this.buffersByKey.get(key);
    let buffer = same?.find((b) => sameBytes(this.buffers[b]!, bytes));
    if (buffer === undefined) {
      // A zero-length constant still needs its own (empty) buffer: buffer 0 means "computed at run time".
      buffer = this.buffers.push(bytes) - 1;
      if (!same) this.buffersByKey.set(key, [buffer]);
      else if (same.length < MAX_SAME_KEY) same.push(buffer);
    }
    const t = this.tensor(name, { dtype: value.dtype, shape: value.shape }, buffer);
    this.constants.add(t);
    return t;
  }

  int32Const(values: readonly number[], shape: number[] = [values.length], name?: string): number {
    return this.constant(fromNumbers('DT_INT32', shape, values), name);
  }

  floatConst(values: readonly number[], shape: number[] = [values.length], dtype: DTypeName = 'DT_FLOAT'): number {
    return this.constant(fromNumbers(dtype, shape, values));
  }

  /** The TFLite tensor of an IR ref (a constant is materialized the first time it is read). */
  value(ref: string): number {
    const key = canonicalRef(ref);
    const have = this.values.get(key);
    if (have !== undefined) return have;
    const c = this.index.constValue(key);
    if (!c) throw new Error(`TFLite export: no tensor for ${ref}`);
    const t = this.constant(c, key);
    this.values.set(key, t);
    return t;
  }

  input(i: number): number {
    const ref = this.node.inputs[i];
    if (ref === undefined) throw new UnsupportedVariant(`${this.node.op} ${this.node.name} has no input ${i}`);
    return this.value(ref);
  }

  /** Input i as an int32 tensor (TFLite's shape, axis and size operands): constants converted, int64 cast. */
  int32Input(i: number): number {
    const c = this.constInput(i);
    if (c && c.dtype !== 'DT_INT32') return this.int32Const([...toNumbers(c)], c.shape);
    const t = this.input(i);
    const dt = this.inputType(i)?.dtype;
    if (dt === undefined || dt === 'DT_INT32') return t;
    return this.cast(t, dt, 'DT_INT32', this.inputType(i)?.shape ?? null);
  }

  cast(t: number, from: DTypeName, to: DTypeName, shape: Dim[] | null): number {
    const out = this.temp(to, shape, 'cast');
    this.add('CAST', [t], [out], { table: 'CastOptions', values: { in_data_type: tensorTypeOf(from), out_data_type: tensorTypeOf(to) } });
    return out;
  }

  /** Defines an IR ref as an existing tensor (graph inputs, ops TFLite does not need). */
  define(ref: string, tensor: number): void {
    this.values.set(canonicalRef(ref), tensor);
  }

  /** The tensor for output k of the current node, created on first use. */
  output(k = 0): number {
    const ref = formatRef(this.node.name, k);
    const have = this.values.get(ref);
    if (have !== undefined) return have;
    const t = this.tensor(ref, this.outType(k));
    this.values.set(ref, t);
    return t;
  }

  /** Appends an operator. */
  add(op: BuiltinOperatorName, inputs: number[], outputs: number[], options?: BuiltinOptions): OperatorSpec {
    const spec: OperatorSpec = { op, inputs, outputs, options };
    this.operators.push(spec);
    return spec;
  }

  /** Appends an operator that computes the current node's output 0 (or `outputs`). */
  emit(op: BuiltinOperatorName, inputs: number[], options?: BuiltinOptions, outputs: number[] = [this.output(0)]): OperatorSpec {
    return this.add(op, inputs, outputs, options);
  }
}
