/**
 * Constant folding: a node whose inputs are all constants is computed on the host and becomes a Const.
 * Shape/Size/Rank fold too when the input's shape is fully known. Results that would grow the model
 * (Fill/Tile of large shapes) are left for the runtime.
 */
import { numElements, type HostTensor } from '../../tensor/host.js';
import { hostKernels, NEVER_FOLD } from '../eval/kernels.js';
import { fromNumbers } from '../../tensor/math.js';
import { constNode, freshName, GraphIndex, insertBefore, replaceUses } from '../graph-utils.js';
import { attrType, formatRef, type FunctionBody, type Graph, type Node } from '../ir.js';

const MAX_FOLDED_ELEMENTS = 1 << 22;
/** A folded result may be this many elements bigger than its largest input before it counts as bloat. */
const GROWTH_ALLOWANCE = 4096;

function toConst(node: Node, value: HostTensor): void {
  node.op = 'Const';
  node.inputs = [];
  node.attrs = { dtype: { kind: 'type', value: value.dtype }, value: { kind: 'tensor', value } };
  node.outputs = [{ dtype: value.dtype, shape: [...value.shape] }];
}

function foldBody(body: Graph | FunctionBody): number {
  const index = new GraphIndex(body);
  let folded = 0;
  for (const node of [...body.nodes]) {
    if (node.op === 'Const' || NEVER_FOLD.test(node.op)) continue;
    // Shape-like ops only need the input's static shape.
    if ((node.op === 'Shape' || node.op === 'Size' || node.op === 'Rank') && node.inputs.length === 1) {
      const t = index.typeOf(node.inputs[0]!);
      const shape = t?.shape;
      if (shape && (node.op === 'Rank' || shape.every((d) => typeof d === 'number'))) {
        const out = node.attrs['out_type']?.kind === 'type' ? attrType(node, 'out_type') : 'DT_INT32';
        const dims = shape as number[];
        const value = node.op === 'Shape' ? fromNumbers(out, [dims.length], dims) : node.op === 'Size' ? fromNumbers(out, [], [numElements(dims)]) : fromNumbers('DT_INT32', [], [dims.length]);
        toConst(node, value);
        folded++;
        continue;
      }
    }
    const kernel = hostKernels.get(node.op);
    if (!kernel || node.inputs.length === 0) continue;
    const values = node.inputs.map((i) => index.constValue(i));
    if (values.some((v) => v === undefined)) continue;
    let result: HostTensor[] | undefined;
    try {
      result = kernel(node, values as HostTensor[]);
    } catch {
      result = undefined;
    }
    if (!result) continue;
    const biggestInput = Math.max(...values.map((v) => numElements(v!.shape)));
    if (result.some((r) => numElements(r.shape) > MAX_FOLDED_ELEMENTS || numElements(r.shape) > biggestInput + GROWTH_ALLOWANCE)) continue;
    if (result.length === 1) {
      toConst(node, result[0]!);
    } else {
      result.forEach((r, i) => {
        const c = constNode(freshName(body, `${node.name}/folded_${i}`), r);
        insertBefore(body, c, node);
        index.byName.set(c.name, c);
        replaceUses(body, formatRef(node.name, i), c.name);
      });
    }
    folded++;
  }
  return folded;
}

/** Folds constants in the graph and every function body; returns how many nodes were folded. */
export function foldConstants(graph: Graph): number {
  let n = foldBody(graph);
  for (const body of graph.functions.values()) n += foldBody(body);
  return n;
}
