/**
 * The TF ops the TF.js exporter handles. Most pass through unchanged (the TF.js runtime executes TF ops by
 * name); some are rewritten into ops the runtime has. Handlers are registered from ops/*.ts, one file per
 * category.
 */
import type { FunctionBody, Graph, Node } from '../../graph/ir.js';
import type { HostTensor } from '../../tensor/host.js';
import { OpHandlerRegistry } from '../op-registry.js';

export interface TfjsLowering {
  body: Graph | FunctionBody;
  /** The graph's function library (control-flow bodies). */
  functions: Map<string, FunctionBody>;
  /** Replaces `node` by `nodes`; the last one takes over `node`'s name and outputs. */
  replace(node: Node, nodes: Node[]): void;
  /** A new unique node name derived from `base`. */
  fresh(base: string): string;
  /** Adds a Const node before `before` and returns its name. */
  constant(base: string, value: HostTensor, before: Node): string;
  /** Removes a node nothing reads any more. */
  remove(node: Node): void;
  /** Inserts `nodes` right after `anchor` (they may read its outputs). */
  insertAfter(anchor: Node, nodes: Node[]): void;
  /** Points every use of tensor `from` (node inputs, graph outputs, function returns) at `to`. */
  redirect(from: string, to: string): void;
  /** The node producing a ref, in this body. */
  producer(ref: string): Node | undefined;
  /** The value of a ref produced by a Const node of this body. */
  constValue(ref: string): HostTensor | undefined;
}

/** Undefined: the op runs as-is in TF.js. A function: rewrites the node for TF.js. */
export type TfjsHandler = ((node: Node, ctx: TfjsLowering) => void) | undefined;

export const tfjsOps = new OpHandlerRegistry<TfjsHandler>('tfjs');

export function passthrough(category: string, ops: string[]): void {
  tfjsOps.register(category, ops, undefined);
}

/**
 * Ops tfjs-converter executes, but not as TensorFlow does, and why: their handlers rewrite them (when they
 * need it) into ops it gets right. Every other handler is for an op tfjs-converter lacks.
 */
export const RUNTIME_FIXES = new Map<string, string>();

/** Registers a handler for ops tfjs-converter has but gets wrong (see RUNTIME_FIXES). */
export function fixRuntime(category: string, ops: string[], why: string, handler: NonNullable<TfjsHandler>): void {
  tfjsOps.register(category, ops, handler);
  for (const op of ops) RUNTIME_FIXES.set(op, why);
}
