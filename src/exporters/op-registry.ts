/**
 * A registry of op handlers for one export target: one handler per TF op, registered from one file per op
 * category. Unsupported ops are collected across the whole graph and reported together.
 *
 * Versions are optional, on both sides of a conversion:
 * - a handler may say the lowest target version it lowers for (`since`: ONNX's opset). Handlers of one op stack
 *   by it, as tf2onnx's `version_N` methods do, and get(op, version) picks the highest at or below the version;
 * - an operator the target writes (a TFLite builtin) may have versions that depend on its kernel ("float",
 *   "int8", "hybrid" …) and on the operator itself (its tensors' ranks, its options), as TFLite's
 *   op_version.cc computes them. operatorVersion() is where exporters look them up; each rule lists every
 *   version it can return, so docs/ops.md prints them and a rule returning another one is a bug caught here.
 */
import { MdeployError } from '../errors.js';
import type { FunctionBody, Graph, Node } from '../graph/ir.js';

/** Optional version facts of one handler registration. */
export interface HandlerVersions {
  /** The lowest target version (ONNX: opset) this handler lowers for; default: the registry's `minVersion`. */
  since?: number;
}

/**
 * One kernel's version of a target operator: a constant, or a choice among `versions` made from the
 * operator (`S`, the target's description of one written operator).
 */
export type VersionRule<S> = number | { versions: readonly number[]; pick: (subject: S) => number };

/** What is read of a target's registry without calling its handlers: the docs table, inspect's column. */
export interface OpSupportTable {
  table(): Array<{ op: string; category: string; since?: number }>;
  ops(): Set<string>;
  operatorTable(): Array<{ operator: string; kernel: string; versions: number[] }>;
}

export class OpHandlerRegistry<H, S = never> implements OpSupportTable {
  private readonly handlers = new Map<string, { category: string; versions: Array<{ since: number | undefined; handler: H }> }>();
  private readonly operators = new Map<string, Map<string, VersionRule<S>>>();

  /**
   * @param target the target's name, in messages.
   * @param options.minVersion the lowest target version handlers apply to when they do not say (ONNX: 13).
   */
  constructor(
    readonly target: string,
    private readonly options: { minVersion?: number } = {},
  ) {}

  /** Registers `handler` for `ops`. With `versions.since`, another handler of the same op may stack under it. */
  register(category: string, ops: string[], handler: H, versions: HandlerVersions = {}): void {
    const since = versions.since ?? this.options.minVersion;
    for (const op of ops) {
      const entry = this.handlers.get(op) ?? { category, versions: [] };
      if (entry.versions.some((v) => v.since === since)) throw new Error(`${this.target}: op ${op} registered twice${since === undefined ? '' : ` for version ${since}`}`);
      entry.versions.push({ since, handler });
      entry.versions.sort((a, b) => (b.since ?? 0) - (a.since ?? 0));
      this.handlers.set(op, entry);
    }
  }

  /**
   * The handler for an op: the one for target version `at` (the highest `since` at or below it), or, without
   * `at`, the newest. Undefined when the op (or that version of it) is not supported.
   */
  get(op: string, at?: number): H | undefined {
    return this.handlers.get(op)?.versions.find((v) => at === undefined || (v.since ?? 0) <= at)?.handler;
  }

  has(op: string, at?: number): boolean {
    return this.handlers.get(op)?.versions.some((v) => at === undefined || (v.since ?? 0) <= at) ?? false;
  }

  /**
   * Op name → category (and, in a versioned registry, the lowest version it exports at), sorted by op name:
   * the source of the docs table and of inspect's column.
   */
  table(): Array<{ op: string; category: string; since?: number }> {
    return [...this.handlers.entries()]
      .map(([op, v]) => {
        const sinces = v.versions.flatMap((x) => (x.since === undefined ? [] : [x.since]));
        return sinces.length ? { op, category: v.category, since: Math.min(...sinces) } : { op, category: v.category };
      })
      .sort((a, b) => a.op.localeCompare(b.op));
  }

  ops(): Set<string> {
    return new Set(this.handlers.keys());
  }

  /** Declares the versions of a target operator, per kernel. */
  operatorVersions(operator: string, kernels: Record<string, VersionRule<S>>): void {
    const known = this.operators.get(operator) ?? new Map<string, VersionRule<S>>();
    for (const [kernel, rule] of Object.entries(kernels)) {
      if (known.has(kernel)) throw new Error(`${this.target}: versions of ${operator} (${kernel}) declared twice`);
      known.set(kernel, rule);
    }
    this.operators.set(operator, known);
  }

  /** The version a written operator needs for `kernel`: its declared rule's, else 1. */
  operatorVersion(operator: string, kernel: string, subject: S): number {
    const rule = this.operators.get(operator)?.get(kernel);
    if (rule === undefined) return 1;
    if (typeof rule === 'number') return rule;
    const v = rule.pick(subject);
    if (!rule.versions.includes(v)) throw new Error(`${this.target}: ${operator} (${kernel}) picked version ${v}, which its rule does not list (${rule.versions.join(', ')})`);
    return v;
  }

  /** Every declared operator version, sorted by operator then kernel: for docs/ops.md. */
  operatorTable(): Array<{ operator: string; kernel: string; versions: number[] }> {
    const rows: Array<{ operator: string; kernel: string; versions: number[] }> = [];
    for (const [operator, kernels] of this.operators) {
      for (const [kernel, rule] of kernels) rows.push({ operator, kernel, versions: typeof rule === 'number' ? [rule] : [...rule.versions].sort((a, b) => a - b) });
    }
    return rows.sort((a, b) => a.operator.localeCompare(b.operator) || a.kernel.localeCompare(b.kernel));
  }
}

/** Every node of a graph and its function bodies, with where it lives. */
export function* allNodes(graph: Graph): Generator<{ node: Node; body: Graph | FunctionBody }> {
  for (const node of graph.nodes) yield { node, body: graph };
  for (const body of graph.functions.values()) for (const node of body.nodes) yield { node, body };
}
/** Throws one E_UNSUPPORTED_OPS error listing every op the target lacks, with the nodes that use it. */
export function checkSupported(graph: Graph, target: string, supported: (op: string) => boolean, source?: string): void {
  const missing = new Map<string, string[]>();
  for (const { node } of allNodes(graph)) {
    if (supported(node.op)) continue;
    const list = missing.get(node.op) ?? [];
    list.push(node.name);
    missing.set(node.op, list);
  }
  if (missing.size === 0) return;
  const details = [...missing.entries()].map(([op, nodes]) => ({ op, nodes }));
  const summary = details.map(({ op, nodes }) => `${op} (${nodes.length === 1 ? nodes[0] : `${nodes.length} nodes: ${nodes.slice(0, 3).join(', ')}${nodes.length > 3 ? ', …' : ''}`})`).join('; ');
  throw new MdeployError('E_UNSUPPORTED_OPS', `${missing.size} op type${missing.size === 1 ? ' is' : 's are'} not supported by the ${target} exporter: ${summary}`, {
    file: source,
    details: { target, unsupported: details },
  });
}
