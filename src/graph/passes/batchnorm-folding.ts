/**
 * Batch-norm folding. Inference-mode FusedBatchNorm becomes a per-channel multiply and add; then any
 * per-channel multiply (or add) after a Conv2D / DepthwiseConv2dNative / MatMul (+ BiasAdd) is folded into
 * that layer's weights (or bias). Keras' BatchNormalization exports as Rsqrt/Mul/Sub/AddV2 on constants,
 * which constant folding turns into the same multiply and add, so both forms end up folded.
 */
import { numElements, type HostTensor } from '../../tensor/host.js';
import { fromNumbers, toNumbers } from '../../tensor/math.js';
import { constNode, GraphIndex, insertBefore, pruneDead } from '../graph-utils.js';
import { isExclusive, releaseExclusive } from './exclusive.js';
import { attrBool, attrFloat, attrString, canonicalRef, parseRef, typeAttr, type Graph, type Node } from '../ir.js';

const LINEAR = new Set(['Conv2D', 'DepthwiseConv2dNative', 'MatMul']);

/** The channel vector of a per-channel constant for `channels` output channels, or undefined. */
function perChannel(c: HostTensor, channels: number): Float64Array | undefined {
  if (c.dtype !== 'DT_FLOAT') return undefined;
  const n = numElements(c.shape);
  const last = c.shape[c.shape.length - 1] ?? 1;
  const leadingOnes = c.shape.slice(0, -1).every((d) => d === 1);
  const v = toNumbers(c);
  if (n === 1) return new Float64Array(channels).fill(v[0]!);
  if (leadingOnes && last === channels && c.shape.length <= 4) return v;
  return undefined;
}

/** Output channels of a linear node (NHWC convolutions, plain MatMul), from its constant weights. */
function outChannels(node: Node, w: HostTensor): number | undefined {
  if (node.op === 'Conv2D') return attrString(node, 'data_format', 'NHWC') === 'NHWC' ? w.shape[3] : undefined;
  if (node.op === 'DepthwiseConv2dNative') return attrString(node, 'data_format', 'NHWC') === 'NHWC' ? w.shape[2]! * w.shape[3]! : undefined;
  if (node.op === 'MatMul') return attrBool(node, 'transpose_b') ? w.shape[0] : w.shape[1];
  return undefined;
}

/**
 * Scales a float32 weight tensor along the output channel of `node`: in place when `inPlace` (the graph alone
 * holds the tensor, see exclusive.ts), else into a new tensor. Weights are most of a model's bytes, and on
 * this kind of machine first-touching 100 MB of fresh memory costs more than the multiplications.
 */
function scaleWeights(node: Node, w: HostTensor, s: Float64Array, inPlace: boolean): HostTensor {
  const src = w.data as Float32Array;
  const v = inPlace ? src : new Float32Array(src.length);
  if (node.op === 'MatMul' && attrBool(node, 'transpose_b')) {
    const inner = w.shape[1]!;
    for (let o = 0, i = 0; o < s.length; o++) {
      const so = s[o]!;
      for (let k = 0; k < inner; k++, i++) v[i] = src[i]! * so;
    }
  } else {
    // HWIO, HW(C·M) and [K, N]: the output channel is the fastest-varying (flattened) index.
    const ch = s.length;
    for (let i = 0; i < v.length; i += ch) for (let c = 0; c < ch; c++) v[i + c] = src[i + c]! * s[c]!;
  }
  return inPlace ? w : { dtype: 'DT_FLOAT', shape: [...w.shape], data: v };
}

interface Linear {
  /** The Conv/MatMul node. */
  node: Node;
  /** Its BiasAdd, when there is one between it and the multiply. */
  bias?: Node;
  channels: number;
}

/**
 * GraphIndex's queries (producer, constValue, uses) over the graph's live nodes, kept up to date as folds
 * rewire it, instead of rebuilt after every fold (a ResNet folds a hundred times over a thousand nodes).
 * Liveness is what pruneDead computes: a node is live while it is a graph input, feeds a graph output, or
 * feeds a live node; a node that loses its last reader is removed, and so on up its inputs.
 */
class LiveIndex {
  private readonly byName = new Map<string, Node>();
  /** Canonical ref → the nodes reading it (a node twice when it reads it twice). */
  private readonly consumers = new Map<string, Node[]>();
  private readonly outputRefs = new Set<string>();
  /** Node name → how many inputs and graph outputs read any of its outputs. */
  private readonly readers = new Map<string, number>();
  private readonly inputNodes: Set<string>;

  constructor(private readonly graph: Graph) {
    this.inputNodes = new Set(graph.inputs.map((i) => i.node));
    for (const n of graph.nodes) this.byName.set(n.name, n);
    for (const n of graph.nodes) for (const i of n.inputs) this.addReader(canonicalRef(i), n);
    for (const o of graph.outputs) {
      const r = canonicalRef(o.tensor);
      this.outputRefs.add(r);
      this.bump(parseRef(r).node, 1);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  isLive(node: Node): boolean {
    return this.byName.get(node.name) === node;
  }

  producer(ref: string): Node | undefined {
    return this.byName.get(parseRef(ref).node);
  }

  /** The value of a ref when it is output 0 of a Const node. */
  constValue(ref: string): HostTensor | undefined {
    const { node, index } = parseRef(ref);
    const n = this.byName.get(node);
    if (!n || n.op !== 'Const' || index !== 0) return undefined;
    const v = n.attrs['value'];
    return v?.kind === 'tensor' ? v.value : undefined;
  }

  uses(ref: string): number {
    const r = canonicalRef(ref);
    return (this.consumers.get(r)?.length ?? 0) + (this.outputRefs.has(r) ? 1 : 0);
  }

  /** A new node placed before `before`, reading nothing (set its inputs with `setInputs`). */
  insertBefore(node: Node, before: Node): void {
    insertBefore(this.graph, node, before);
    this.byName.set(node.name, node);
  }

  /** Replaces a node's inputs; a node no longer read is removed. */
  setInputs(node: Node, inputs: string[]): void {
    const old = node.inputs;
    node.inputs = inputs;
    for (const i of inputs) this.addReader(canonicalRef(i), node);
    this.dropReaders(old, node);
  }

  /** replaceUses(graph, from, to), then removes what no longer has readers (as pruneDead would). */
  replaceUses(from: string, to: string): void {
    const f = canonicalRef(from);
    const t = canonicalRef(to);
    const readers = this.consumers.get(f) ?? [];
    this.consumers.delete(f);
    const fromNode = parseRef(f).node;
    for (const n of new Set(readers)) n.inputs = n.inputs.map((i) => (canonicalRef(i) === f ? to : i));
    for (const n of readers) this.addReader(t, n);
    let moved = readers.length;
    for (const o of this.graph.outputs) {
      if (canonicalRef(o.tensor) !== f) continue;
      o.tensor = to;
      this.outputRefs.delete(f);
      this.outputRefs.add(t);
      this.bump(parseRef(t).node, 1);
      moved++;
    }
    this.bump(fromNode, -moved);
    this.removeIfDead(fromNode);
  }

  private addReader(ref: string, n: Node): void {
    let list = this.consumers.get(ref);
    if (!list) this.consumers.set(ref, (list = []));
    list.push(n);
    this.bump(parseRef(ref).node, 1);
  }

  /** `node` stops reading `inputs` (one reading each). */
  private dropReaders(inputs: readonly string[], node: Node): void {
    const touched = new Set<string>();
    for (const i of inputs) {
      const r = canonicalRef(i);
      const list = this.consumers.get(r);
      const at = list?.indexOf(node) ?? -1;
      if (at >= 0) list!.splice(at, 1);
      if (list?.length === 0) this.consumers.delete(r);
      const name = parseRef(r).node;
      this.bump(name, -1);
      touched.add(name);
    }
    for (const name of touched) this.removeIfDead(name);
  }

  private bump(name: string, by: number): void {
    this.readers.set(name, (this.readers.get(name) ?? 0) + by);
  }

  private removeIfDead(name: string): void {
    const n = this.byName.get(name);
    if (!n || (this.readers.get(name) ?? 0) > 0 || this.inputNodes.has(name)) return;
    this.byName.delete(name);
    this.graph.nodes = this.graph.nodes.filter((x) => x !== n);
    this.dropReaders(n.inputs, n);
  }
}

export class BatchNormFolder {
  /** Built once FusedBatchNorms are decomposed. */
  private index!: LiveIndex;
  folded = 0;

  constructor(private readonly graph: Graph) {}

  run(): number {
    this.decomposeFusedBatchNorm();
    let pruned = false;
    for (let changed = true; changed; ) {
      changed = false;
      for (const node of [...this.graph.nodes]) {
        // Nodes a fold removed (the bypassed multiply or add, constants only it read) lie behind this one.
        if (!this.index.isLive(node)) continue;
        if ((node.op === 'Mul' && this.foldMul(node)) || ((node.op === 'AddV2' || node.op === 'Add' || node.op === 'BiasAdd' || node.op === 'Sub') && this.foldAdd(node))) {
          changed = true;
          this.folded++;
          // The first fold also prunes what was dead before the pass, as pruneDead does; later folds keep the
          // index (and so the node list) to live nodes themselves.
          if (!pruned) {
            pruneDead(this.graph);
            this.index = new LiveIndex(this.graph);
            pruned = true;
          }
        }
      }
    }
    // Later passes (and copies of this graph) must not write into weights any more.
    releaseExclusive(this.graph);
    return this.folded;
  }

  /** A name not yet used in the graph, based on `base` (freshName, over the index's nodes). */
  private fresh(base: string): string {
    let name = base;
    for (let i = 1; this.index.has(name); i++) name = `${base}_${i}`;
    return name;
  }

  /** FusedBatchNorm* (inference) → Mul(x, scale / sqrt(var + eps)) + (offset − mean · that). */
  private decomposeFusedBatchNorm(): void {
    // As the graph was before any rewrite; nothing is pruned here (the first fold does that).
    const index = new GraphIndex(this.graph);
    const names = new Set(this.graph.nodes.map((n) => n.name));
    const fresh = (base: string): string => {
      let name = base;
      for (let i = 1; names.has(name); i++) name = `${base}_${i}`;
      names.add(name);
      return name;
    };
    for (const node of [...this.graph.nodes]) {
      if (!/^FusedBatchNorm(V2|V3)?$/.test(node.op) || attrBool(node, 'is_training')) continue;
      const [scale, offset, mean, variance] = node.inputs.slice(1).map((i) => index.constValue(i));
      if (!scale || !offset || !mean || !variance) continue;
      // Only output 0 (y) may be used; the others are training statistics.
      const otherUses = [1, 2, 3, 4, 5].some((i) => index.uses(`${node.name}:${i}`) > 0);
      if (otherUses) continue;
      const eps = attrFloat(node, 'epsilon', 0.001);
      const [g, b, m, v] = [scale, offset, mean, variance].map(toNumbers) as [Float64Array, Float64Array, Float64Array, Float64Array];
      const s = g.map((gi, i) => gi / Math.sqrt(v[i]! + eps));
      const o = b.map((bi, i) => bi - m[i]! * s[i]!);
      const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
      const shape = nchw ? [s.length, 1, 1] : [s.length];
      const sC = constNode(fresh(`${node.name}/scale`), fromNumbers('DT_FLOAT', shape, s));
      const oC = constNode(fresh(`${node.name}/offset`), fromNumbers('DT_FLOAT', shape, o));
      const mul: Node = { name: fresh(`${node.name}/mul`), op: 'Mul', inputs: [node.inputs[0]!, sC.name], attrs: { T: typeAttr('DT_FLOAT') } };
      for (const n of [sC, oC, mul]) insertBefore(this.graph, n, node);
      const add: Node = { name: node.name, op: 'AddV2', inputs: [mul.name, oC.name], attrs: { T: typeAttr('DT_FLOAT') }, outputs: node.outputs?.slice(0, 1) };
      Object.assign(node, add);
      this.folded++;
    }
    this.index = new LiveIndex(this.graph);
  }

  /** Splits a binary node into (non-constant ref, constant value). */
  private operands(node: Node): { ref: string; c: HostTensor } | undefined {
    const [a, b] = node.inputs;
    const ca = this.index.constValue(a!);
    const cb = this.index.constValue(b!);
    if (cb && !ca) return { ref: a!, c: cb };
    if (ca && !cb && node.op !== 'Sub' && node.op !== 'BiasAdd') return { ref: b!, c: ca };
    return undefined;
  }

  /** Follows ref back to a single-use linear node, through a single-use BiasAdd with constant bias. */
  private linearBehind(ref: string): Linear | undefined {
    if (this.index.uses(ref) !== 1 || parseRef(ref).index !== 0) return undefined;
    let node = this.index.producer(ref);
    let bias: Node | undefined;
    if (node?.op === 'BiasAdd' && this.index.constValue(node.inputs[1]!) && attrString(node, 'data_format', 'NHWC') === 'NHWC') {
      bias = node;
      if (this.index.uses(node.inputs[0]!) !== 1) return undefined;
      node = this.index.producer(node.inputs[0]!);
    }
    if (!node || !LINEAR.has(node.op)) return undefined;
    const w = this.index.constValue(node.inputs[1]!);
    if (!w || w.dtype !== 'DT_FLOAT' || this.index.uses(node.inputs[1]!) !== 1) return undefined;
    const channels = outChannels(node, w);
    return channels === undefined ? undefined : { node, bias, channels };
  }

  private foldMul(mul: Node): boolean {
    const ops = this.operands(mul);
    if (!ops) return false;
    const lin = this.linearBehind(ops.ref);
    if (!lin) return false;
    const s = perChannel(ops.c, lin.channels);
    if (!s) return false;
    const wNode = this.index.producer(lin.node.inputs[1]!)!;
    const w = this.index.constValue(lin.node.inputs[1]!)!;
    wNode.attrs['value'] = { kind: 'tensor', value: scaleWeights(lin.node, w, s, isExclusive(this.graph, w)) };
    if (lin.bias) {
      const bNode = this.index.producer(lin.bias.inputs[1]!)!;
      const b = toNumbers(this.index.constValue(lin.bias.inputs[1]!)!);
      bNode.attrs['value'] = { kind: 'tensor', value: fromNumbers('DT_FLOAT', [b.length], b.map((x, i) => x * s[i]!)) };
      bNode.outputs = [{ dtype: 'DT_FLOAT', shape: [b.length] }];
    }
    this.index.replaceUses(mul.name, canonicalRef(ops.ref));
    return true;
  }

  private foldAdd(add: Node): boolean {
    const ops = this.operands(add);
    if (!ops) return false;
    const lin = this.linearBehind(ops.ref);
    if (!lin) return false;
    let o = perChannel(ops.c, lin.channels);
    if (!o) return false;
    if (add.op === 'Sub') o = o.map((x) => -x);
    if (lin.bias) {
      const bNode = this.index.producer(lin.bias.inputs[1]!)!;
      const b = toNumbers(this.index.constValue(lin.bias.inputs[1]!)!);
      bNode.attrs['value'] = { kind: 'tensor', value: fromNumbers('DT_FLOAT', [b.length], b.map((x, i) => x + o![i]!)) };
      bNode.outputs = [{ dtype: 'DT_FLOAT', shape: [b.length] }];
      this.index.replaceUses(add.name, canonicalRef(ops.ref));
      return true;
    }
    if (add.op === 'BiasAdd') return false;
    // No bias yet: the add becomes one, reading a [C] vector.
    const c = constNode(this.fresh(`${add.name}/bias`), fromNumbers('DT_FLOAT', [lin.channels], o));
    this.index.insertBefore(c, add);
    add.op = 'BiasAdd';
    add.attrs = { T: typeAttr('DT_FLOAT'), data_format: { kind: 's', value: new TextEncoder().encode('NHWC') } };
    this.index.setInputs(add, [canonicalRef(ops.ref), c.name]);
    return true;
  }
}

export function foldBatchNorms(graph: Graph): number {
  return new BatchNormFolder(graph).run();
}
