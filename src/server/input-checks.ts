/**
 * Which shape each signature input must have before a request reaches TensorFlow.
 *
 * libtensorflow's C API does not check fed tensors against their placeholders, and some kernels CHECK-fail
 * (abort the process) on a wrong rank: oneDNN's Conv2D given a rank-2 tensor, for one. So the tf backend
 * checks every input against the shape the graph was built for: the placeholder's own `shape` attribute when
 * it has one, else the SignatureDef's.
 *
 * One deliberate exception keeps TF Serving's behaviour: when everything downstream of an input is an
 * elementwise op, TensorFlow runs any shape (or fails with a clean error), and TF Serving's own example
 * relies on it: half_plus_two's signature says x is [-1, 1], yet `{"instances": [1.0, 2.0, 5.0]}` (shape [3])
 * is answered `{"predictions": [2.5, 3.0, 4.5]}`. Such inputs are left unchecked.
 */
import type { tf } from '../proto/index.js';
import { parseTensorName, type SignatureInfo } from '../savedmodel/signature.js';
import { declaredShape, record } from './json-tensors.js';

/** Ops that take any shape and either broadcast or fail with InvalidArgument; never a CHECK failure. */
const SHAPE_AGNOSTIC = new Set([
  'Identity', 'IdentityN', 'Snapshot', 'StopGradient', 'PreventGradient', 'NoOp',
  'Add', 'AddV2', 'Sub', 'Mul', 'RealDiv', 'Div', 'DivNoNan', 'FloorDiv', 'FloorMod', 'Maximum', 'Minimum', 'Pow', 'SquaredDifference',
  'Neg', 'Abs', 'Square', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Exp', 'Expm1', 'Log', 'Log1p', 'Sign', 'Floor', 'Ceil', 'Round', 'Rint',
  'Tanh', 'Sigmoid', 'Relu', 'Relu6', 'Elu', 'Selu', 'Softplus', 'Softsign', 'Erf', 'Sin', 'Cos', 'ClipByValue', 'Cast',
  'Equal', 'NotEqual', 'Less', 'LessEqual', 'Greater', 'GreaterEqual', 'LogicalNot', 'LogicalAnd', 'LogicalOr', 'SelectV2',
  'ZerosLike', 'OnesLike',
]);

type Node = tf.INodeDef;

/** The dims of a Placeholder's `shape` attribute, or null when it has none or an unknown rank. */
function placeholderShape(node: Node | undefined): number[] | null {
  if (!node || (node.op !== 'Placeholder' && node.op !== 'PlaceholderWithDefault')) return null;
  const shape = node.attr?.['shape']?.shape;
  if (!shape || shape.unknownRank) return null;
  return (shape.dim ?? []).map((d) => (Number(d.size ?? -1) < 0 ? -1 : Number(d.size)));
}

/** The ops fed, directly or not, by `start` within the outer graph (function calls count as one op). */
function downstreamOps(start: string, consumers: Map<string, Node[]>): Set<string> {
  const ops = new Set<string>();
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const c of consumers.get(stack.pop()!) ?? []) {
      if (seen.has(c.name ?? '')) continue;
      seen.add(c.name ?? '');
      ops.add(c.op ?? '');
      stack.push(c.name ?? '');
    }
  }
  return ops;
}

/** Per signature, per input: the shape a request must have, or null for "any" (see the module comment). */
export function inputChecksFor(graph: tf.IGraphDef, signatures: SignatureInfo[]): Map<string, Record<string, number[] | null>> {
  return analyse(graph, signatures).checks;
}

/** The inputs (signature key → input keys) TensorFlow takes in any shape because only elementwise ops follow. */
export function shapeAgnosticInputs(graph: tf.IGraphDef, signatures: SignatureInfo[]): Map<string, string[]> {
  return analyse(graph, signatures).agnostic;
}

function analyse(graph: tf.IGraphDef, signatures: SignatureInfo[]): { checks: Map<string, Record<string, number[] | null>>; agnostic: Map<string, string[]> } {
  const nodes = graph.node ?? [];
  const byName = new Map(nodes.map((n) => [n.name ?? '', n]));
  const consumers = new Map<string, Node[]>();
  for (const n of nodes) {
    for (const input of n.input ?? []) {
      const t = parseTensorName(input);
      if (!t) continue;
      const list = consumers.get(t.node) ?? [];
      list.push(n);
      consumers.set(t.node, list);
    }
  }
  const out = new Map<string, Record<string, number[] | null>>();
  const agnosticKeys = new Map<string, string[]>();
  for (const sig of signatures) {
    const checks = record<number[] | null>();
    const keys: string[] = [];
    for (const [key, spec] of Object.entries(sig.inputs)) {
      const node = parseTensorName(spec.name)?.node ?? '';
      const ops = downstreamOps(node, consumers);
      const agnostic = ops.size > 0 && [...ops].every((op) => SHAPE_AGNOSTIC.has(op));
      if (agnostic) keys.push(key);
      checks[key] = agnostic ? null : (placeholderShape(byName.get(node)) ?? declaredShape(spec));
    }
    out.set(sig.key, checks);
    agnosticKeys.set(sig.key, keys);
  }
  return { checks: out, agnostic: agnosticKeys };
}

/** For runtimes that check shapes themselves against the signature (onnxruntime, TF.js): the signature's. */
export function signatureChecks(signatures: Iterable<SignatureInfo>): Map<string, Record<string, number[] | null>> {
  const out = new Map<string, Record<string, number[] | null>>();
  for (const sig of signatures) {
    const checks = record<number[] | null>();
    for (const [key, spec] of Object.entries(sig.inputs)) checks[key] = declaredShape(spec);
    out.set(sig.key, checks);
  }
  return out;
}
