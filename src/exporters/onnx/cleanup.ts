/**
 * Clean-ups on the finished ONNX graph: Cast pairs that undo each other (TF's int32 shape math around ONNX's
 * int64 shapes), Transpose pairs that cancel, then dead nodes and unused initializers.
 */
import type { OnnxGraph, OnnxNode } from './onnx-graph.js';

function producers(g: OnnxGraph): Map<string, OnnxNode> {
  const m = new Map<string, OnnxNode>();
  for (const n of g.nodes) for (const o of n.outputs) m.set(o, n);
  return m;
}

/** Names a subgraph reads from enclosing scopes (they keep outer values alive). */
function outerReads(g: OnnxGraph, into: Set<string>): void {
  for (const n of g.nodes) {
    for (const i of n.inputs) into.add(i);
    for (const a of Object.values(n.attrs)) if (a.kind === 'graph') outerReads(a.value, into);
  }
  for (const o of g.outputs) into.add(o.name);
}

function rename(g: OnnxGraph, from: string, to: string): void {
  for (const n of g.nodes) {
    n.inputs = n.inputs.map((i) => (i === from ? to : i));
    for (const a of Object.values(n.attrs)) if (a.kind === 'graph') rename(a.value, from, to);
  }
}

/**
 * Cast(Cast(x: int64) → int32) → int64 = x; Transpose(Transpose(x, p), q) with q∘p = identity = x. The outer
 * node is dropped once its readers are renamed: left in place it would match again on every pass.
 */
function peephole(g: OnnxGraph, graphOutputs: Set<string>): number {
  const prod = producers(g);
  const dropped = new Set<OnnxNode>();
  for (const n of g.nodes) {
    const inner = prod.get(n.inputs[0] ?? '');
    if (!inner || graphOutputs.has(n.outputs[0]!)) continue;
    if (n.op === 'Cast' && inner.op === 'Cast') {
      const src = inner.inputs[0]!;
      const srcProd = prod.get(src);
      const to = n.attrs['to']?.kind === 'int' ? n.attrs['to'].value : -1;
      const mid = inner.attrs['to']?.kind === 'int' ? inner.attrs['to'].value : -1;
      // int64 → int32 → int64 round trip of a shape (Shape's output is int64).
      if (to === 7 && mid === 6 && srcProd?.op === 'Shape') {
        rename(g, n.outputs[0]!, src);
        dropped.add(n);
      }
    }
    if (n.op === 'Transpose' && inner.op === 'Transpose') {
      const p = inner.attrs['perm']?.kind === 'ints' ? inner.attrs['perm'].value : [];
      const q = n.attrs['perm']?.kind === 'ints' ? n.attrs['perm'].value : [];
      if (p.length && p.length === q.length && q.every((v, i) => p[v] === i)) {
        rename(g, n.outputs[0]!, inner.inputs[0]!);
        dropped.add(n);
      }
    }
  }
  if (dropped.size) {
    const keep = g.nodes.filter((x) => !dropped.has(x));
    g.nodes.length = 0;
    g.nodes.push(...keep);
  }
  return dropped.size;
}

/**
 * Conv followed by an Add of a per-channel constant ([C], [C,1,1] or [1,C,1,1]) becomes Conv with a bias
 * input, when the Conv has no bias yet and nothing else reads its output.
 */
function foldConvBias(g: OnnxGraph, graphOutputs: Set<string>): number {
  const uses = new Map<string, number>();
  for (const n of g.nodes) for (const i of n.inputs) uses.set(i, (uses.get(i) ?? 0) + 1);
  const prod = producers(g);
  let n = 0;
  for (const add of g.nodes) {
    if (add.op !== 'Add') continue;
    for (const [x, c] of [[0, 1], [1, 0]] as const) {
      const conv = prod.get(add.inputs[x]!);
      const bias = g.initializers.get(add.inputs[c]!);
      if (conv?.op !== 'Conv' || conv.inputs.length !== 2 || !bias || bias.dtype !== 'DT_FLOAT') continue;
      if (uses.get(conv.outputs[0]!) !== 1 || graphOutputs.has(conv.outputs[0]!)) continue;
      const w = g.initializers.get(conv.inputs[1]!);
      const channels = w?.shape[0];
      const dims = bias.shape.filter((d) => d !== 1);
      const perChannel = channels !== undefined && bias.shape.reduce((a, b) => a * b, 1) === channels && (dims.length === 0 || dims[0] === channels) && (bias.shape.length <= 1 || bias.shape[bias.shape.length - 3] === channels || bias.shape.length === 4 && bias.shape[1] === channels);
      if (!perChannel) continue;
      const b = g.constant(`${conv.name}/B`, { dtype: 'DT_FLOAT', shape: [channels], data: (bias.data as Float32Array).slice() });
      conv.inputs.push(b);
      conv.outputs = [add.outputs[0]!];
      add.op = '__removed';
      n++;
      break;
    }
  }
  if (n) {
    const keep = g.nodes.filter((x) => x.op !== '__removed');
    g.nodes.length = 0;
    g.nodes.push(...keep);
  }
  return n;
}

export function cleanupGraph(g: OnnxGraph): void {
  const outputs = new Set(g.outputs.map((o) => o.name));
  while (peephole(g, outputs) > 0) {
    /* repeat until nothing changes */
  }
  foldConvBias(g, outputs);
  for (const n of g.nodes) for (const a of Object.values(n.attrs)) if (a.kind === 'graph') cleanupGraph(a.value);
  // Dead nodes: walk backwards from outputs (and anything nested subgraphs read).
  const needed = new Set<string>(outputs);
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i]!;
    if (!n.outputs.some((o) => needed.has(o))) continue;
    for (const inp of n.inputs) needed.add(inp);
    for (const a of Object.values(n.attrs)) if (a.kind === 'graph') outerReads(a.value, needed);
  }
  const live = g.nodes.filter((n) => n.outputs.some((o) => needed.has(o)));
  g.nodes.length = 0;
  g.nodes.push(...live);
  for (const name of [...g.initializers.keys()]) if (!needed.has(name)) g.initializers.delete(name);
}
