/**
 * IR rewrites for ONNX that recognize what TensorFlow spelled out in primitives:
 * - Keras LayerNormalization (moments → rsqrt → scale/shift) → one LayerNormalization (opset ≥ 17);
 * - exact GELU, 0.5·x·erfc(−x/√2) → one Gelu (opset ≥ 20);
 * - Transposes with the identity permutation disappear.
 */
import { toNumbers, fromNumbers } from '../../tensor/math.js';
import { constNode, freshName, GraphIndex, pruneDead, replaceUses } from '../../graph/graph-utils.js';
import { canonicalRef, fAttr, iAttr, type Graph, type Node } from '../../graph/ir.js';
import { fuseGelu as fuseSharedGelu, orders, scalarOf } from '../../graph/gelu.js';
import { numElements } from '../../tensor/host.js';

type Matcher = (ref: string) => Node | undefined;


function isLastAxisMean(index: GraphIndex, n: Node | undefined, rank: number | undefined): boolean {
  if (!n || n.op !== 'Mean' || rank === undefined) return false;
  const axes = index.constValue(n.inputs[1]!);
  if (!axes) return false;
  const a = [...toNumbers(axes)].map((x) => (x < 0 ? x + rank : x));
  return a.length === 1 && a[0] === rank - 1;
}

export function fuseLayerNorm(graph: Graph): number {
  let fused = 0;
  for (let again = true; again; ) {
    again = false;
    const index = new GraphIndex(graph);
    const op: Matcher = (ref) => index.producer(ref);
    for (const y of graph.nodes) {
      if (y.op !== 'AddV2' && y.op !== 'Add') continue;
      for (const [a, b] of orders(y)) {
        const mulX = op(a);
        const shift = op(b);
        if (mulX?.op !== 'Mul' || (shift?.op !== 'AddV2' && shift?.op !== 'Add')) continue;
        for (const [x, s] of orders(mulX)) {
          const scale = op(s);
          if (scale?.op !== 'Mul') continue;
          const rank = index.typeOf(x)?.shape?.length;
          for (const [r, g] of orders(scale)) {
            const rsqrt = op(r);
            const gamma = index.constValue(g);
            if (rsqrt?.op !== 'Rsqrt' || !gamma) continue;
            const addEps = op(rsqrt.inputs[0]!);
            if (addEps?.op !== 'AddV2' && addEps?.op !== 'Add') continue;
            const [vRef, epsRef] = orders(addEps).find(([, e]) => scalarOf(index, e) !== undefined) ?? [];
            if (!vRef || !epsRef) continue;
            const variance = op(vRef);
            if (!isLastAxisMean(index, variance, rank)) continue;
            const sqd = op(variance!.inputs[0]!);
            if (sqd?.op !== 'SquaredDifference') continue;
            const meanRef = sqd.inputs[0] === x ? sqd.inputs[1]! : sqd.inputs[1] === x ? sqd.inputs[0]! : undefined;
            const mean = meanRef ? op(meanRef) : undefined;
            if (!mean || !isLastAxisMean(index, mean, rank) || mean.inputs[0] !== x) continue;
            // shift = (−mean · scale) + beta
            const [m1Ref, betaRef] = orders(shift!).find(([, bb]) => index.constValue(bb)) ?? [];
            const beta = betaRef ? index.constValue(betaRef) : undefined;
            const m1 = m1Ref ? op(m1Ref) : undefined;
            if (!beta || m1?.op !== 'Mul') continue;
            const negRef = m1.inputs[0] === s ? m1.inputs[1] : m1.inputs[1] === s ? m1.inputs[0] : undefined;
            const neg = negRef ? op(negRef) : undefined;
            if (neg?.op !== 'Neg' || canonicalRef(neg.inputs[0]!) !== canonicalRef(meanRef!)) continue;
            const channels = gamma.shape[gamma.shape.length - 1] ?? 1;
            if (numElements(gamma.shape) !== channels || numElements(beta.shape) !== channels) continue;
            const gC = constNode(freshName(graph, `${y.name}/gamma`), fromNumbers(gamma.dtype, [channels], toNumbers(gamma)));
            const bC = constNode(freshName(graph, `${y.name}/beta`), fromNumbers(beta.dtype, [channels], toNumbers(beta)));
            const ln: Node = {
              name: freshName(graph, `${y.name}/layer_norm`),
              op: '_MdeployLayerNorm',
              inputs: [x, gC.name, bC.name],
              attrs: { axis: iAttr(-1), epsilon: fAttr(scalarOf(index, epsRef)!) },
              outputs: y.outputs,
            };
            const at = graph.nodes.indexOf(y);
            graph.nodes.splice(at, 0, gC, bC, ln);
            replaceUses(graph, y.name, ln.name);
            fused++;
            again = true;
            break;
          }
          if (again) break;
        }
        if (again) break;
      }
      if (again) break;
    }
    if (again) pruneDead(graph);
  }
  return fused;
}

/** 0.5·x · erfc(−x · 1/√2), as Keras' exact gelu exports it, → _MdeployGelu. */
/** GELU in either form as ONNX Gelu (opset 20; approximate "none" or "tanh"): see src/graph/gelu.ts. */
export function fuseGelu(graph: Graph): number {
  return fuseSharedGelu(graph, { tanh: true });
}

export function dropIdentityTransposes(graph: Graph): number {
  const index = new GraphIndex(graph);
  let n = 0;
  for (const t of graph.nodes) {
    if (t.op !== 'Transpose') continue;
    const perm = index.constValue(t.inputs[1]!);
    if (!perm || ![...toNumbers(perm)].every((p, i) => p === i)) continue;
    replaceUses(graph, t.name, canonicalRef(t.inputs[0]!));
    n++;
  }
  if (n) pruneDead(graph);
  return n;
}
