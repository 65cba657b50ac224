/**
 * Batch-norm folding. Inference-mode FusedBatchNorm becomes a per-channel multiply and add; then any
 * per-channel multiply (or add) after a Conv2D / DepthwiseConv2dNative / MatMul (+ BiasAdd) is folded into
 * that layer's weights (or bias). Keras' BatchNormalization exports as Rsqrt/Mul/Sub/AddV2 on constants,
 * which constant folding turns into the same multiply and add, so both forms end up folded.
 */
import { numElements, type HostTensor } from '../../tensor/host.js';
import { fromNumbers, toNumbers } from '../../tensor/math.js';
import { constNode, freshName, GraphIndex, insertBefore, pruneDead, replaceUses } from '../graph-utils.js';
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

/** Scales a float32 weight tensor along the output channel of `node` (a new tensor; weights can be large). */
function scaleWeights(node: Node, w: HostTensor, s: Float64Array): HostTensor {
  const v = Float32Array.from(w.data as Float32Array);
  if (node.op === 'MatMul' && attrBool(node, 'transpose_b')) {
    const inner = w.shape[1]!;
    for (let o = 0, i = 0; o < s.length; o++) for (let k = 0; k < inner; k++, i++) v[i]! *= s[o]!;
  } else {
    // HWIO, HW(C·M) and [K, N]: the output channel is the fastest-varying (flattened) index.
    const ch = s.length;
    for (let i = 0, c = 0; i < v.length; i++, c = c + 1 === ch ? 0 : c + 1) v[i]! *= s[c]!;
  }
  return { dtype: 'DT_FLOAT', shape: [...w.shape], data: v };
}

interface Linear {
  /** The Conv/MatMul node. */
  node: Node;
  /** Its BiasAdd, when there is one between it and the multiply. */
  bias?: Node;
  channels: number;
}

export class BatchNormFolder {
  private index: GraphIndex;
  folded = 0;

  constructor(private readonly graph: Graph) {
    this.index = new GraphIndex(graph);
  }

  run(): number {
    this.decomposeFusedBatchNorm();
    for (let changed = true; changed; ) {
      changed = false;
      this.index = new GraphIndex(this.graph);
      for (const node of [...this.graph.nodes]) {
        if ((node.op === 'Mul' && this.foldMul(node)) || ((node.op === 'AddV2' || node.op === 'Add' || node.op === 'BiasAdd' || node.op === 'Sub') && this.foldAdd(node))) {
          changed = true;
          this.folded++;
          // The bypassed node still reads the layer's output; drop it so use counts stay exact.
          pruneDead(this.graph);
          this.index = new GraphIndex(this.graph);
        }
      }
    }
    return this.folded;
  }

  /** FusedBatchNorm* (inference) → Mul(x, scale / sqrt(var + eps)) + (offset − mean · that). */
  private decomposeFusedBatchNorm(): void {
    for (const node of [...this.graph.nodes]) {
      if (!/^FusedBatchNorm(V2|V3)?$/.test(node.op) || attrBool(node, 'is_training')) continue;
      const [scale, offset, mean, variance] = node.inputs.slice(1).map((i) => this.index.constValue(i));
      if (!scale || !offset || !mean || !variance) continue;
      // Only output 0 (y) may be used; the others are training statistics.
      const otherUses = [1, 2, 3, 4, 5].some((i) => this.index.uses(`${node.name}:${i}`) > 0);
      if (otherUses) continue;
      const eps = attrFloat(node, 'epsilon', 0.001);
      const [g, b, m, v] = [scale, offset, mean, variance].map(toNumbers) as [Float64Array, Float64Array, Float64Array, Float64Array];
      const s = g.map((gi, i) => gi / Math.sqrt(v[i]! + eps));
      const o = b.map((bi, i) => bi - m[i]! * s[i]!);
      const nchw = attrString(node, 'data_format', 'NHWC') === 'NCHW';
      const shape = nchw ? [s.length, 1, 1] : [s.length];
      const sC = constNode(freshName(this.graph, `${node.name}/scale`), fromNumbers('DT_FLOAT', shape, s));
      const oC = constNode(freshName(this.graph, `${node.name}/offset`), fromNumbers('DT_FLOAT', shape, o));
      const mul: Node = { name: freshName(this.graph, `${node.name}/mul`), op: 'Mul', inputs: [node.inputs[0]!, sC.name], attrs: { T: typeAttr('DT_FLOAT') } };
      for (const n of [sC, oC, mul]) insertBefore(this.graph, n, node);
      const add: Node = { name: node.name, op: 'AddV2', inputs: [mul.name, oC.name], attrs: { T: typeAttr('DT_FLOAT') }, outputs: node.outputs?.slice(0, 1) };
      Object.assign(node, add);
      this.folded++;
    }
    this.index = new GraphIndex(this.graph);
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
    wNode.attrs['value'] = { kind: 'tensor', value: scaleWeights(lin.node, this.index.constValue(lin.node.inputs[1]!)!, s) };
    if (lin.bias) {
      const bNode = this.index.producer(lin.bias.inputs[1]!)!;
      const b = toNumbers(this.index.constValue(lin.bias.inputs[1]!)!);
      bNode.attrs['value'] = { kind: 'tensor', value: fromNumbers('DT_FLOAT', [b.length], b.map((x, i) => x * s[i]!)) };
      bNode.outputs = [{ dtype: 'DT_FLOAT', shape: [b.length] }];
    }
    replaceUses(this.graph, mul.name, canonicalRef(ops.ref));
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
      replaceUses(this.graph, add.name, canonicalRef(ops.ref));
      return true;
    }
    if (add.op === 'BiasAdd') return false;
    // No bias yet: the add becomes one, reading a [C] vector.
    const c = constNode(freshName(this.graph, `${add.name}/bias`), fromNumbers('DT_FLOAT', [lin.channels], o));
    insertBefore(this.graph, c, add);
    add.op = 'BiasAdd';
    add.inputs = [canonicalRef(ops.ref), c.name];
    add.attrs = { T: typeAttr('DT_FLOAT'), data_format: { kind: 's', value: new TextEncoder().encode('NHWC') } };
    return true;
  }
}

export function foldBatchNorms(graph: Graph): number {
  return new BatchNormFolder(graph).run();
}
