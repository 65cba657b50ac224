/** Small node builders the TF.js rewrites share. */
import type { AttrValue, Dim, FunctionBody, Graph, Node } from '../../../graph/ir.js';
import { canonicalRef, parseRef } from '../../../graph/ir.js';
import type { DTypeName } from '../../../tensor/dtypes.js';
import { fromNumbers } from '../../../tensor/math.js';
import type { TfjsLowering } from '../registry.js';

export const typeAttr = (value: DTypeName): AttrValue => ({ kind: 'type', value });
export const intAttr = (value: number): AttrValue => ({ kind: 'i', value });
export const intsAttr = (value: number[]): AttrValue => ({ kind: 'list', value: { i: value } });
export const shapeAttr = (value: number[] | null): AttrValue => ({ kind: 'shape', value });

/** A new node with a fresh name derived from `base` (not yet in the body). */
export function makeNode(ctx: TfjsLowering, base: string, op: string, inputs: string[], attrs: Record<string, AttrValue> = {}): Node {
  return { name: ctx.fresh(base), op, inputs, attrs };
}

/** An int32 Const added before `before`. */
export function int32Const(ctx: TfjsLowering, base: string, values: number[], shape: number[], before: Node): string {
  return ctx.constant(base, fromNumbers('DT_INT32', shape, values), before);
}

/** Whether anything in the body (or its graph outputs / function returns) reads `ref`. */
export function isUsed(body: Graph | FunctionBody, ref: string): boolean {
  const r = canonicalRef(ref);
  if (body.nodes.some((n) => n.inputs.some((i) => canonicalRef(i) === r))) return true;
  const outs = 'meta' in body ? body.outputs.map((o) => o.tensor) : Object.values(body.ret);
  return outs.some((o) => canonicalRef(o) === r);
}

/** A TF shape attr value (-1 for unknown dims) from an inferred shape with symbolic dims. */
export function staticShape(shape: readonly Dim[] | null | undefined): number[] | null {
  return shape ? shape.map((d) => (typeof d === 'number' ? d : -1)) : null;
}

/** The inferred shape of a ref, when its producer in this body has one. */
export function shapeOf(ctx: TfjsLowering, ref: string): Dim[] | null {
  return ctx.producer(ref)?.outputs?.[parseRef(ref).index]?.shape ?? null;
}

/** Builds the nodes that replace one node: helpers add nodes in order, `finish` swaps them in. */
export class Emitter {
  private readonly nodes: Node[] = [];
  private readonly taken = new Set<string>();

  constructor(
    private readonly ctx: TfjsLowering,
    readonly at: Node,
  ) {}

  /** Adds a node named after the replaced one; returns its name (its output 0). */
  op(suffix: string, op: string, inputs: string[], attrs: Record<string, AttrValue> = {}): string {
    let name = this.ctx.fresh(`${this.at.name}/${suffix}`);
    for (let i = 1; this.taken.has(name); i++) name = this.ctx.fresh(`${this.at.name}/${suffix}_${i}`);
    this.taken.add(name);
    this.nodes.push({ name, op, inputs, attrs });
    return name;
  }

  int32(suffix: string, values: number[], shape: number[] = [values.length]): string {
    return int32Const(this.ctx, `${this.at.name}/${suffix}`, values, shape, this.at);
  }

  /** Replaces the node by the added nodes and a last one that takes over its name and outputs. */
  finish(op: string, inputs: string[], attrs: Record<string, AttrValue> = {}): void {
    this.ctx.replace(this.at, [...this.nodes, { name: this.at.name, op, inputs, attrs }]);
  }
}
