/**
 * What must be true of a MetaGraph before it is handed to libtensorflow (tfjs-node's loadSavedModel).
 * TensorFlow checks most of a graph and returns errors, but some malformed values make it CHECK-fail, which
 * aborts the whole process: a TensorShapeProto with more than 254 dims, a dim below -1, dims whose product
 * overflows int64 (TensorShapeBase::AddDim), and absurd argument counts it allocates for. A constant that
 * broadcasts one value to billions of elements is materialized when the model loads (the Saver's restore
 * runs then), and the OOM killer ends the process just as surely. Freezing only looks at what a signature
 * reaches; TensorFlow loads every node, so this walks them all.
 */
import type { tf } from '../proto/index.js';
import { baseDtype, dtypeByteSize, dtypeName } from '../tensor/dtypes.js';
import { MAX_RANK } from '../tensor/limits.js';
import { formatBytes } from '../util/format.js';
import { MAX_ARG_COUNT, type OpRegistry } from '../graph/opdefs.js';
import type { MetaGraph } from '../savedmodel/savedmodel.js';

const INT64_MAX = 2 ** 63;
/** A constant bigger than this in memory is refused (tstring elements take 32 bytes in TensorFlow). */
const MAX_CONSTANT_BYTES = 2 ** 31;

function shapeHazard(s: tf.ITensorShapeProto | null | undefined): string | undefined {
  if (!s || s.unknownRank) return undefined;
  const dims = s.dim ?? [];
  if (dims.length > MAX_RANK) return `a shape has ${dims.length} dims (TensorFlow's limit is ${MAX_RANK})`;
  // TensorFlow multiplies as it adds dims, so [2^62, 2^62, 0] overflows before the 0.
  let running = 1;
  for (const d of dims) {
    const n = Number(d.size ?? 0);
    if (!Number.isInteger(n) || n < -1) return `a shape has dimension ${n}`;
    running *= Math.max(n, 1);
    if (running >= INT64_MAX) return `a shape's dims multiply past int64 (${dims.map((x) => Number(x.size ?? 0)).join(' × ')})`;
  }
  return undefined;
}

function tensorHazard(t: tf.ITensorProto | null | undefined): string | undefined {
  if (!t) return undefined;
  const h = shapeHazard(t.tensorShape);
  if (h || !t.tensorShape || t.tensorShape.unknownRank) return h;
  const elements = (t.tensorShape.dim ?? []).reduce((n, d) => n * Math.max(Number(d.size ?? 0), 0), 1);
  const bytes = elements * (dtypeByteSize(baseDtype(dtypeName(t.dtype ?? 0))) ?? 32);
  return bytes > MAX_CONSTANT_BYTES ? `a constant of ${elements} elements (${formatBytes(bytes)} once TensorFlow materializes it)` : undefined;
}

function attrHazard(a: tf.IAttrValue, depth = 0): string | undefined {
  if (depth > 16) return 'function attrs are nested more than 16 deep';
  const list = a.list;
  for (const s of [a.shape, ...(list?.shape ?? [])]) {
    const h = shapeHazard(s);
    if (h) return h;
  }
  for (const t of [a.tensor, ...(list?.tensor ?? [])]) {
    const h = tensorHazard(t);
    if (h) return h;
  }
  for (const f of [a.func, ...(list?.func ?? [])]) {
    for (const v of Object.values(f?.attr ?? {})) {
      const h = attrHazard(v, depth + 1);
      if (h) return h;
    }
  }
  return undefined;
}

function nodeHazard(n: tf.INodeDef, registry: OpRegistry): string | undefined {
  for (const [k, v] of Object.entries(n.attr ?? {})) {
    const h = attrHazard(v);
    if (h) return `attr "${k}": ${h}`;
  }
  // Grappler folds Consts into kernels that CHECK their input dtypes (StridedSlice's begin, for one), and
  // the types it checked at import came from the dtype attr, not the value.
  const value = n.attr?.['value']?.tensor;
  const dtype = n.attr?.['dtype']?.type;
  if (n.op === 'Const' && value && dtype != null && (value.dtype ?? 0) !== dtype) {
    return `its value is ${dtypeName(value.dtype ?? 0)} but its dtype attr says ${dtypeName(dtype)}`;
  }
  for (const k of registry.numberAttrs(n.op ?? '')) {
    const i = n.attr?.[k]?.i;
    if (i != null && (Number(i) < 0 || Number(i) > MAX_ARG_COUNT)) return `attr "${k}" asks for ${Number(i)} tensors`;
  }
  return undefined;
}

/**
 * Why TensorFlow would abort on this MetaGraph, or undefined when nothing known to crash it is present.
 * `registry` is the freezer's (it knows which attrs are argument counts).
 */
export function tensorflowHazard(mg: MetaGraph, registry: OpRegistry): string | undefined {
  const graph = mg.graphDef;
  for (const n of graph.node) {
    const h = nodeHazard(n, registry);
    if (h) return `node "${n.name}" (${n.op}): ${h}`;
  }
  for (const fn of graph.library?.function ?? []) {
    const where = `function ${fn.signature?.name ?? '?'}`;
    for (const n of fn.nodeDef ?? []) {
      const h = nodeHazard(n, registry);
      if (h) return `${where}, node "${n.name}" (${n.op}): ${h}`;
    }
    const attrs = [...Object.values(fn.attr ?? {}), ...Object.values(fn.argAttr ?? {}).flatMap((a) => Object.values(a.attr ?? {}))];
    for (const a of attrs) {
      const h = attrHazard(a);
      if (h) return `${where}: ${h}`;
    }
  }
  for (const [key, sig] of Object.entries(mg.proto.signatureDef ?? {})) {
    for (const [name, info] of [...Object.entries(sig.inputs ?? {}), ...Object.entries(sig.outputs ?? {})]) {
      const h = shapeHazard(info.tensorShape);
      if (h) return `signature "${key}" tensor "${name}": ${h}`;
    }
  }
  return undefined;
}
