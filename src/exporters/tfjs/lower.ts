/** Runs the TF.js op handlers over a graph and its function bodies, then checks every op is supported. */
import { constNode, freshName, replaceUses } from '../../graph/graph-utils.js';
import { parseRef, type FunctionBody, type Graph, type Node } from '../../graph/ir.js';
import { checkSupported } from '../op-registry.js';
import { tfjsOps, type TfjsLowering } from './registry.js';
import './ops/index.js';

function lowerBody(body: Graph | FunctionBody, functions: Map<string, FunctionBody>): void {
  const ctx: TfjsLowering = {
    body,
    functions,
    fresh: (base) => freshName(body, base),
    constant: (base, value, before) => {
      const c = constNode(freshName(body, base), value);
      body.nodes.splice(body.nodes.indexOf(before), 0, c);
      return c.name;
    },
    replace: (node, nodes) => {
      const last = nodes[nodes.length - 1]!;
      last.name = node.name;
      last.outputs ??= node.outputs;
      body.nodes.splice(body.nodes.indexOf(node), 1, ...nodes);
    },
    remove: (node) => {
      body.nodes.splice(body.nodes.indexOf(node), 1);
    },
    insertAfter: (anchor, nodes) => {
      body.nodes.splice(body.nodes.indexOf(anchor) + 1, 0, ...nodes);
    },
    redirect: (from, to) => replaceUses(body, from, to),
    producer: (ref) => body.nodes.find((n) => n.name === parseRef(ref).node),
    constValue: (ref) => {
      const { index } = parseRef(ref);
      const n = ctx.producer(ref);
      const v = n?.op === 'Const' && index === 0 ? n.attrs['value'] : undefined;
      return v?.kind === 'tensor' ? v.value : undefined;
    },
  };
  for (const node of [...body.nodes]) {
    // A rewrite may have removed a node that is still ahead in this loop.
    if (!body.nodes.includes(node)) continue;
    const handler = tfjsOps.get(node.op);
    if (handler) handler(node as Node, ctx);
  }
}

/** Rewrites the graph for the TF.js runtime; throws E_UNSUPPORTED_OPS listing every op it lacks. */
export function lowerForTfjs(graph: Graph): void {
  checkSupported(graph, 'tfjs', (op) => tfjsOps.has(op), graph.meta.source);
  lowerBody(graph, graph.functions);
  for (const body of graph.functions.values()) lowerBody(body, graph.functions);
}
