/**
 * The lowering context the ONNX op handlers work through. It maps IR tensors to ONNX values and tracks each
 * value's layout: TensorFlow's image ops are NHWC, ONNX's are NCHW. A 4-D value can exist in either layout;
 * asking for the other one inserts a Transpose once and remembers it. Layout-agnostic ops keep whatever
 * layout their inputs already have, so a chain of convolutions, activations and residual adds stays NCHW
 * with no transposes between layers.
 */
import { GraphIndex } from '../../graph/graph-utils.js';
import { parseRef, type Dim, type FunctionBody, type Graph, type Node, type TensorType } from '../../graph/ir.js';
import type { DTypeName } from '../../tensor/dtypes.js';
import type { HostTensor } from '../../tensor/host.js';
import { NCHW_TO_NHWC, NHWC_TO_NCHW } from '../../tensor/layout.js';
import { fromNumbers, transposeTensor } from '../../tensor/math.js';
import type { OnnxAttr, OnnxGraph } from './onnx-graph.js';

export type Layout = 'native' | 'NCHW';

/** NHWC → NCHW and back. */
export const TO_NCHW: number[] = [...NHWC_TO_NCHW];
export const TO_NHWC: number[] = [...NCHW_TO_NHWC];

interface ValueEntry {
  native?: string;
  nchw?: string;
  /** The layout the producer wrote; the other is derived on demand. */
  produced: Layout;
  type: TensorType | undefined;
}

/** A constant that broadcasts against an NHWC tensor, rewritten to broadcast against its NCHW form. */
export function constToNchw(t: HostTensor): HostTensor {
  if (t.shape.length === 0) return t;
  const four = { ...t, shape: [...new Array<number>(4 - t.shape.length).fill(1), ...t.shape] };
  return transposeTensor(four, TO_NCHW);
}

/**
 * TF TensorLists inside loops become plain ONNX tensors: a list made from a tensor is read by Gather, and a
 * list a loop writes one item per step into becomes the Loop's scan output.
 */
export type ListValue =
  | { kind: 'fromTensor'; tensor: string }
  | { kind: 'reserve'; numElements?: number }
  /** Inside a loop body: the list argument a TensorListSetItem writes (resolved by the While lowering). */
  | { kind: 'output'; arg: string }
  /** A SetItem result inside a body: the item written this step. */
  | { kind: 'written'; arg: string; item: string; index: string }
  /** After the loop: the stacked items (all steps, or the last one for a size-1 list). */
  | { kind: 'stacked'; value: string; lastOnly: boolean };

export class OnnxContext {
  readonly index: GraphIndex;
  private readonly values = new Map<string, ValueEntry>();
  private readonly lists = new Map<string, ListValue>();
  /** The IR node being lowered. */
  node!: Node;

  constructor(
    readonly graph: OnnxGraph,
    readonly body: Graph | FunctionBody,
    readonly opset: number,
    /** Function bodies of control-flow ops (While/If), by name. */
    readonly functions: ReadonlyMap<string, FunctionBody>,
    /** The enclosing context, for values a subgraph reads from outer scopes. */
    readonly parent?: OnnxContext,
  ) {
    this.index = new GraphIndex(body);
  }

  // ---- values -------------------------------------------------------------------------------------------

  private entry(ref: string): ValueEntry | undefined {
    const { node, index } = parseRef(ref);
    const key = index === 0 ? node : `${node}:${index}`;
    return this.values.get(key) ?? this.parent?.entry(ref);
  }

  /** Registers the ONNX value holding an IR tensor. */
  define(ref: string, name: string, layout: Layout = 'native', type?: TensorType): void {
    const { node, index } = parseRef(ref);
    const key = index === 0 ? node : `${node}:${index}`;
    const e: ValueEntry = { produced: layout, type: type ?? this.typeOfRef(ref) };
    if (layout === 'native') e.native = name;
    else e.nchw = name;
    this.values.set(key, e);
  }

  typeOfRef(ref: string): TensorType | undefined {
    return this.index.typeOf(ref) ?? this.parent?.typeOfRef(ref);
  }

  /** The ONNX name of an IR tensor in a layout (a Transpose is added the first time it is needed). */
  value(ref: string, layout: Layout = 'native'): string {
    const e = this.entry(ref);
    if (!e) throw new Error(`ONNX export: no value for ${ref}`);
    if (layout === 'native') {
      e.native ??= this.graph.add('Transpose', [e.nchw!], [this.graph.fresh(`${ref}__nhwc`)], { perm: { kind: 'ints', value: TO_NHWC } })[0]!;
      return e.native;
    }
    e.nchw ??= this.graph.add('Transpose', [e.native!], [this.graph.fresh(`${ref}__nchw`)], { perm: { kind: 'ints', value: TO_NCHW } })[0]!;
    return e.nchw;
  }

  /** Records that an IR tensor is a TensorList with a known structure. */
  defineList(ref: string, list: ListValue): void {
    const { node, index } = parseRef(ref);
    this.lists.set(index === 0 ? node : `${node}:${index}`, list);
  }

  list(ref: string): ListValue | undefined {
    const { node, index } = parseRef(ref);
    return this.lists.get(index === 0 ? node : `${node}:${index}`) ?? this.parent?.list(ref);
  }

  /** The layout a value was produced in. */
  producedLayout(ref: string): Layout {
    return this.entry(ref)?.produced ?? 'native';
  }

  // ---- the current node's inputs and outputs ----------------------------------------------------------

  input(i: number, layout: Layout = 'native'): string {
    const ref = this.node.inputs[i];
    // Ops the registry knows no signature for are not arity-checked when frozen.
    if (ref === undefined) throw new Error(`${this.node.op} reads input ${i}, but the node has ${this.node.inputs.length}`);
    const c = this.constValue(ref);
    if (c && layout === 'NCHW') return this.graph.constant(`${ref}__nchw`, constToNchw(c));
    return this.value(ref, layout);
  }

  constInput(i: number): HostTensor | undefined {
    const ref = this.node.inputs[i];
    return ref === undefined ? undefined : this.constValue(ref);
  }

  constValue(ref: string): HostTensor | undefined {
    return this.index.constValue(ref) ?? (this.index.byName.has(parseRef(ref).node) ? undefined : this.parent?.constValue(ref));
  }

  inputType(i: number): TensorType | undefined {
    const ref = this.node.inputs[i];
    return ref === undefined ? undefined : this.typeOfRef(ref);
  }

  inputRank(i: number): number | undefined {
    return this.inputType(i)?.shape?.length;
  }

  outType(i = 0): TensorType | undefined {
    return this.node.outputs?.[i];
  }

  /** The name output i of the current node gets (its IR ref, made unique). */
  outName(i = 0): string {
    return this.graph.fresh(i === 0 ? this.node.name : `${this.node.name}:${i}`);
  }

  /** Emits an ONNX node whose outputs are the current node's outputs. */
  emit(op: string, inputs: string[], attrs: Record<string, OnnxAttr> = {}, options: { outputs?: number; layout?: Layout; domain?: string } = {}): string[] {
    const n = options.outputs ?? 1;
    const names = Array.from({ length: n }, (_, i) => this.outName(i));
    this.graph.add(op, inputs, names, attrs, this.node.name);
    if (options.domain) this.graph.nodes[this.graph.nodes.length - 1]!.domain = options.domain;
    names.forEach((name, i) => this.define(`${this.node.name}:${i}`, name, options.layout ?? 'native', this.outType(i)));
    return names;
  }

  /** Emits a helper node with fresh output names (not one of the current node's outputs). */
  helper(op: string, inputs: string[], attrs: Record<string, OnnxAttr> = {}, outputs = 1, domain?: string): string[] {
    const names = this.graph.add(op, inputs, outputs, attrs, `${this.node.name}/${op}`);
    if (domain) this.graph.nodes[this.graph.nodes.length - 1]!.domain = domain;
    return names;
  }

  /** Makes the current node's output i the ONNX value `name` (no new node). */
  alias(i: number, name: string, layout: Layout = 'native'): void {
    this.define(`${this.node.name}:${i}`, name, layout, this.outType(i));
  }

  constant(base: string, t: HostTensor): string {
    return this.graph.constant(`${this.node.name}/${base}`, t);
  }

  int64s(base: string, values: number[], scalar = false): string {
    return this.constant(base, fromNumbers('DT_INT64', scalar ? [] : [values.length], values));
  }

  /** An int64 version of input i (ONNX shape inputs are int64; TF's are often int32). */
  int64Input(i: number): string {
    const c = this.constInput(i);
    if (c) return this.constant(`in${i}_i64`, fromNumbers('DT_INT64', [...c.shape], Array.from(c.data as ArrayLike<number>, Number)));
    const t = this.inputType(i);
    const name = this.input(i);
    return t?.dtype === 'DT_INT64' ? name : this.helper('Cast', [name], { to: { kind: 'int', value: 7 } })[0]!;
  }

  /** True when an input is a 4-D tensor already held in NCHW (so NCHW consumers need no transpose). */
  isNchw(i: number): boolean {
    const ref = this.node.inputs[i]!;
    return this.inputRank(i) === 4 && !this.constValue(ref) && this.producedLayout(ref) === 'NCHW';
  }
}

export function dimsOf(t: TensorType | undefined): Dim[] | null {
  return t?.shape ?? null;
}

export function dtypeOfInput(ctx: OnnxContext, i: number): DTypeName {
  return ctx.inputType(i)?.dtype ?? 'DT_FLOAT';
}
