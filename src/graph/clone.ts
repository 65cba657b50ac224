/**
 * Copies of a graph for the targets that export it. Each target rewrites its own copy (TF.js fuses kernels and
 * renames function constants, ONNX fuses LayerNorm and GELU), so one built graph feeds any number of targets.
 * Node lists, attributes, refs and types are copied; tensor values (the weights) are shared, because no pass
 * writes into a tensor's data: passes that change a value make a new tensor.
 */
import type { AttrValue, FunctionBody, Graph, Node } from './ir.js';

function cloneAttr(a: AttrValue): AttrValue {
  switch (a.kind) {
    case 'tensor':
      return { kind: 'tensor', value: { dtype: a.value.dtype, shape: [...a.value.shape], data: a.value.data } };
    case 'shape':
      return { kind: 'shape', value: a.value ? [...a.value] : null };
    case 'func':
      return { kind: 'func', value: { name: a.value.name, attrs: cloneAttrs(a.value.attrs) } };
    case 'list': {
      const l = a.value;
      return {
        kind: 'list',
        value: {
          ...(l.i ? { i: [...l.i] } : {}),
          ...(l.f ? { f: [...l.f] } : {}),
          ...(l.b ? { b: [...l.b] } : {}),
          ...(l.s ? { s: [...l.s] } : {}),
          ...(l.type ? { type: [...l.type] } : {}),
          ...(l.shape ? { shape: l.shape.map((s) => (s ? [...s] : null)) } : {}),
          ...(l.tensor ? { tensor: l.tensor.map((t) => ({ dtype: t.dtype, shape: [...t.shape], data: t.data })) } : {}),
          ...(l.func ? { func: l.func.map((f) => ({ name: f.name, attrs: cloneAttrs(f.attrs) })) } : {}),
        },
      };
    }
    default:
      return { ...a };
  }
}

function cloneAttrs(attrs: Record<string, AttrValue>): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = cloneAttr(v);
  return out;
}

function cloneNode(n: Node): Node {
  return {
    name: n.name,
    op: n.op,
    inputs: [...n.inputs],
    attrs: cloneAttrs(n.attrs),
    ...(n.outputs ? { outputs: n.outputs.map((t) => ({ dtype: t.dtype, shape: t.shape ? [...t.shape] : null })) } : {}),
    ...(n.device !== undefined ? { device: n.device } : {}),
  };
}

function cloneBody(b: FunctionBody): FunctionBody {
  return { name: b.name, inputs: b.inputs.map((a) => ({ ...a })), outputs: b.outputs.map((a) => ({ ...a })), nodes: b.nodes.map(cloneNode), ret: { ...b.ret } };
}

export function cloneGraph(g: Readonly<Graph>): Graph {
  return {
    nodes: g.nodes.map(cloneNode),
    inputs: g.inputs.map((i) => ({ key: i.key, node: i.node, type: { dtype: i.type.dtype, shape: i.type.shape ? [...i.type.shape] : null } })),
    outputs: g.outputs.map((o) => ({ key: o.key, tensor: o.tensor, type: { dtype: o.type.dtype, shape: o.type.shape ? [...o.type.shape] : null } })),
    functions: new Map([...g.functions].map(([k, b]) => [k, cloneBody(b)])),
    meta: { ...g.meta, tags: [...g.meta.tags] },
  };
}
