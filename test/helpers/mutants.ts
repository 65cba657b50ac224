/**
 * Mutants of SavedModel files for the fuzz test (test/integration/mutation.test.ts).
 *
 * Byte mutants (truncation, bit flips, noise, 0xff runs) mostly stop in the parsers. Structure-aware mutants
 * decode a file (saved_model.pb, variables.index, the TrackableObjectGraph in the data shard), change fields
 * and encode it again, with valid CRCs where the format has them, so they get past the parsers and reach
 * freezing, the graph passes and the exporters.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tf } from '../../src/proto/index.js';
import { OBJECT_GRAPH_KEY } from '../../src/savedmodel/bundle/bundle.js';
import { readTable, type TableEntry } from '../../src/savedmodel/bundle/table.js';
import { crc32cExtend, maskCrc, unmaskCrc } from '../../src/util/crc32c.js';
import { seededRandom } from '../../src/validate/inputs.js';

export type Rand = () => number;

/** Replacement contents for files of a model directory (paths relative to it); null deletes the file. */
export type FileEdits = Record<string, Uint8Array | null>;

export interface Mutant {
  /** What was done, e.g. "pb:bitflip" or "graph:dangling-input+dtype". */
  kind: string;
  files: FileEdits;
}

export const SAVED_MODEL_PB = 'saved_model.pb';
export const SAVED_MODEL_PBTXT = 'saved_model.pbtxt';
export const VARIABLES_INDEX = 'variables/variables.index';
export const VARIABLES_DATA = 'variables/variables.data-00000-of-00001';

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (rand: Rand, n: number): number => Math.floor(rand() * n);

// ---- byte mutants ---------------------------------------------------------------------------------------

export const BYTE_KINDS = ['truncate', 'bitflip', 'noise', 'ff-run'] as const;

/** One byte-level mutation of `data`. */
export function mutateBytes(data: Uint8Array, rand: Rand, kind: (typeof BYTE_KINDS)[number]): Uint8Array {
  const out = Uint8Array.from(data);
  const at = int(rand, Math.max(1, out.length));
  switch (kind) {
    case 'truncate':
      return out.subarray(0, at);
    case 'bitflip':
      if (out.length) out[at]! ^= 1 << int(rand, 8);
      return out;
    case 'noise':
      for (let i = 0; i < 1 + int(rand, 8) && at + i < out.length; i++) out[at + i] = int(rand, 256);
      return out;
    case 'ff-run':
      // 0xff bytes make varints long and lengths huge.
      for (let i = 0; i < 1 + int(rand, 10) && at + i < out.length; i++) out[at + i] = 0xff;
      return out;
  }
}

// ---- text-format (pbtxt) mutants -------------------------------------------------------------------------

const HUGE_NUMBERS = ['-7', '4611686018427387904', '99999999999999999999999', '1e309', '-1', '0x7fffffffffffffff', '-9223372036854775809', 'nan'];
const ODD_STRINGS = ['', '\\377\\376\\375', '\\300\\257', 'missing_node:0', 'x:99999999999', '\\x', '\\777', ':', '^'];

/** Token-level edits of a .pbtxt: numbers, strings, enums, lines, braces and deep nesting. */
export function mutatePbtxt(text: string, rand: Rand): { kind: string; text: string } {
  const kind = pick(rand, ['number', 'string', 'enum', 'delete-line', 'dup-line', 'brace', 'nest'] as const);
  const replaceOne = (re: RegExp, make: () => string): string => {
    const hits = [...text.matchAll(re)];
    if (hits.length === 0) return text;
    const h = pick(rand, hits);
    return text.slice(0, h.index) + make() + text.slice(h.index + h[0].length);
  };
  const lines = text.split('\n');
  switch (kind) {
    case 'number':
      return { kind, text: replaceOne(/(?<=[:\s])-?\d+(\.\d+)?(?=\s)/g, () => pick(rand, HUGE_NUMBERS)) };
    case 'string':
      return { kind, text: replaceOne(/"(?:[^"\\\n]|\\.)*"/g, () => `"${pick(rand, ODD_STRINGS)}"`) };
    case 'enum':
      return { kind, text: replaceOne(/\bDT_[A-Z0-9_]+\b/g, () => pick(rand, ['DT_BOGUS', '77', '-1', 'DT_STRING', 'DT_RESOURCE', 'DT_INVALID'])) };
    case 'delete-line':
      lines.splice(int(rand, lines.length), 1 + int(rand, 3));
      return { kind, text: lines.join('\n') };
    case 'dup-line': {
      const i = int(rand, lines.length);
      lines.splice(i, 0, lines[i]!);
      return { kind, text: lines.join('\n') };
    }
    case 'brace':
      return { kind, text: replaceOne(/[{}]/g, () => pick(rand, ['', '{', '}', '}}', '<'])) };
    case 'nest': {
      // Deep nesting must be refused, not overflow the parser's stack.
      const depth = pick(rand, [40, 2_000, 20_000]);
      const open = pick(rand, ['meta_graphs {', 'node { attr { key: "a" value {', 'list { shape {']);
      lines.splice(int(rand, lines.length), 0, open.repeat(depth) + (rand() < 0.5 ? '}'.repeat(depth * (open.split('{').length - 1)) : ''));
      return { kind, text: lines.join('\n') };
    }
  }
}

// ---- structure-aware SavedModel mutants ------------------------------------------------------------------

/** Every message of a class found under `root`, with no object visited twice. */
function collect<T extends object>(root: unknown, is: (x: object) => x is T): T[] {
  const out: T[] = [];
  const seen = new Set<object>();
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || seen.has(x) || ArrayBuffer.isView(x)) return;
    seen.add(x);
    if (is(x)) out.push(x);
    for (const v of Array.isArray(x) ? x : Object.values(x)) walk(v);
  };
  walk(root);
  return out;
}

const isShape = (x: object): x is tf.TensorShapeProto => x instanceof tf.TensorShapeProto;
const isTensor = (x: object): x is tf.TensorProto => x instanceof tf.TensorProto;
const isAttr = (x: object): x is tf.AttrValue => x instanceof tf.AttrValue;
const isTensorInfo = (x: object): x is tf.TensorInfo => x instanceof tf.TensorInfo;
const isArgDef = (x: object): x is tf.OpDef.ArgDef => x instanceof tf.OpDef.ArgDef;
const isListValue = (x: object): x is tf.AttrValue.ListValue => x instanceof tf.AttrValue.ListValue;

/** A NodeDef with the list it lives in (the outer graph or a function body). */
interface NodeSite {
  node: tf.NodeDef;
  list: tf.NodeDef[];
  fn?: tf.FunctionDef;
}

/** Marks a string that is turned into invalid UTF-8 after encoding (same byte length). */
export const UTF8_MARK = 'zzBADUTF8zz';
const UTF8_BYTES = Uint8Array.from([0x7a, 0x7a, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x7a, 0x7a]);

const DIMS = [-7, -2, 0, 2 ** 62, 2 ** 31, 2 ** 53, 1_000_000_007];
const DTYPES = [77, 0, -1, 200, 7, 20, 21, 19, 101, 9, 24, 29];
const BAD_REFS = ['missing_node', 'missing_node:3', '', ':', '^missing', 'a:b:c:d', ':0', 'x:-1', 'x:99999999999999999999'];

/** Attr values of every kind, to put where another kind is expected. */
function anyAttr(rand: Rand, fnNames: string[]): tf.AttrValue {
  const make = pick(rand, [
    () => ({ i: pick(rand, [7, -1, 2 ** 62, 0]) }),
    () => ({ f: pick(rand, [NaN, Infinity, -0.5, 1e30]) }),
    () => ({ b: true }),
    () => ({ s: new TextEncoder().encode(pick(rand, ['x', 'SAME', 'NCHW', ''])) }),
    () => ({ type: pick(rand, DTYPES) }),
    () => ({ shape: { dim: [{ size: pick(rand, DIMS) }] } }),
    () => ({ shape: { unknownRank: true } }),
    () => ({ tensor: { dtype: 1, tensorShape: { dim: [{ size: pick(rand, [2, -3, 2 ** 40]) }] }, floatVal: [1] } }),
    () => ({ tensor: { dtype: pick(rand, DTYPES), tensorShape: { dim: [{ size: 3 }] }, tensorContent: new Uint8Array(5) } }),
    () => ({ list: {} }),
    () => ({ list: { i: Array.from({ length: int(rand, 9) }, () => pick(rand, [0, 1, -1, 2 ** 40])) } }),
    () => ({ list: { type: [pick(rand, DTYPES)] } }),
    () => ({ list: { shape: [{ dim: [{ size: -5 }] }, { unknownRank: true }] } }),
    () => ({ list: { func: [{ name: fnNames.length ? pick(rand, fnNames) : 'nope' }] } }),
    () => ({ func: { name: fnNames.length && rand() < 0.7 ? pick(rand, fnNames) : 'no_such_function' } }),
    () => ({ placeholder: 'T' }),
  ]);
  return tf.AttrValue.fromObject(make());
}

const OPS = ['Bogus', 'Placeholder', 'Const', 'MatMul', 'While', 'StatelessIf', 'Case', 'Switch', 'Merge', 'AssignVariableOp', 'StatefulPartitionedCall', 'PartitionedCall',
  'Conv2D', 'Reshape', 'ConcatV2', 'Split', 'SplitV', 'Unpack', 'Pack', 'TopKV2', 'StridedSlice', 'GatherV2', 'Transpose', 'IdentityN', 'ReadVariableOp', 'VarHandleOp',
  'ResourceGather', 'FusedBatchNormV3', 'BiasAdd', 'Relu', 'Softmax', 'Mean', 'Sum', 'Cast', 'Fill', 'Range', 'Tile', 'Pad', 'MirrorPad', 'ExpandDims', 'Squeeze', 'Slice',
  'TensorListReserve', 'ParseExampleV2', 'LookupTableFindV2', 'Einsum', 'BatchMatMulV2', 'DepthwiseConv2dNative', 'MaxPool', 'AvgPool', 'Shape', 'Select', 'SelectV2'];

interface GraphSites {
  sm: tf.SavedModel;
  mg: tf.MetaGraphDef;
  nodes: NodeSite[];
  fnNames: string[];
}

function sites(sm: tf.SavedModel): GraphSites {
  const mg = (sm.metaGraphs.find((m) => m.metaInfoDef?.tags?.includes('serve')) ?? sm.metaGraphs[0]) as tf.MetaGraphDef;
  const graph = (mg.graphDef ??= new tf.GraphDef()) as tf.GraphDef;
  const nodes: NodeSite[] = graph.node.map((node) => ({ node: node as tf.NodeDef, list: graph.node as tf.NodeDef[] }));
  const fns = (graph.library?.function ?? []) as tf.FunctionDef[];
  for (const fn of fns) for (const node of fn.nodeDef) nodes.push({ node: node as tf.NodeDef, list: fn.nodeDef as tf.NodeDef[], fn });
  return { sm, mg, nodes, fnNames: fns.map((f) => f.signature?.name ?? '') };
}

type Edit = (s: GraphSites, rand: Rand) => boolean;

/** Structure-aware edits. Each returns false when the model has nothing it applies to. */
export const GRAPH_EDITS: Record<string, Edit> = {
  'remove-node': (s, rand) => {
    if (!s.nodes.length) return false;
    const { node, list } = pick(rand, s.nodes);
    list.splice(list.indexOf(node), 1);
    return true;
  },
  'dangling-input': (s, rand) => {
    const withInputs = s.nodes.filter((n) => n.node.input.length);
    if (!withInputs.length) return false;
    const { node } = pick(rand, withInputs);
    const other = pick(rand, s.nodes).node.name;
    node.input[int(rand, node.input.length)] = pick(rand, [...BAD_REFS, `${other}:999`, `${other}:output:7`, `${other}:z:1`]);
    return true;
  },
  'attr-kind': (s, rand) => {
    const withAttrs = s.nodes.filter((n) => Object.keys(n.node.attr).length);
    if (!withAttrs.length) return false;
    const { node } = pick(rand, withAttrs);
    node.attr[pick(rand, Object.keys(node.attr))] = anyAttr(rand, s.fnNames);
    return true;
  },
  'add-attr': (s, rand) => {
    if (!s.nodes.length) return false;
    const { node } = pick(rand, s.nodes);
    const name = pick(rand, ['T', 'dtype', 'shape', 'N', 'Tout', 'Tin', 'f', 'body', 'cond', 'strides', 'padding', 'data_format', 'axis', 'num_split', 'value', 'output_shapes', '_output_shapes', 'then_branch', 'branches', 'k', 'perm', 'ksize', 'dilations', 'epsilon', 'transpose_a', 'Tidx']);
    node.attr[name] = anyAttr(rand, s.fnNames);
    return true;
  },
  dim: (s, rand) => {
    const shapes = collect(s.mg, isShape);
    if (!shapes.length) return false;
    const shape = pick(rand, shapes);
    const size = pick(rand, DIMS);
    if (shape.dim.length && rand() < 0.7) shape.dim[int(rand, shape.dim.length)]!.size = size;
    else shape.dim.push(tf.TensorShapeProto.Dim.create({ size }));
    shape.unknownRank = false;
    return true;
  },
  rank: (s, rand) => {
    const shapes = collect(s.mg, isShape);
    if (!shapes.length) return false;
    const shape = pick(rand, shapes);
    const rank = pick(rand, [9, 64, 2_000, 200_000]);
    shape.dim = Array.from({ length: rank }, () => tf.TensorShapeProto.Dim.create({ size: rand() < 0.9 ? 1 : 2 }));
    shape.unknownRank = false;
    return true;
  },
  dtype: (s, rand) => {
    type Holder = { dtype?: number; type?: number };
    const holders: Holder[] = [...collect(s.mg, isTensorInfo), ...collect(s.mg, isTensor), ...collect(s.mg, isArgDef)];
    const attrs = collect(s.mg, isAttr).filter((a) => a.value === 'type');
    const lists = collect(s.mg, isListValue).filter((l) => l.type.length);
    const which = int(rand, 3);
    if (which === 0 && holders.length) {
      const h = pick(rand, holders);
      if (h instanceof tf.OpDef.ArgDef) h.type = pick(rand, DTYPES);
      else h.dtype = pick(rand, DTYPES);
    } else if (which === 1 && attrs.length) pick(rand, attrs).type = pick(rand, DTYPES);
    else if (lists.length) {
      const l = pick(rand, lists);
      l.type[int(rand, l.type.length)] = pick(rand, DTYPES);
    } else return false;
    return true;
  },
  recursion: (s, rand) => {
    // A function that calls itself, directly or through an attr (f, body, then_branch …).
    const fns = (s.mg.graphDef?.library?.function ?? []) as tf.FunctionDef[];
    if (!fns.length) return false;
    const fn = pick(rand, fns);
    const name = fn.signature?.name ?? '';
    const node = fn.nodeDef.length && rand() < 0.7 ? (pick(rand, fn.nodeDef) as tf.NodeDef) : undefined;
    if (!node) {
      fn.nodeDef.push(tf.NodeDef.create({ name: 'self_call', op: name, input: (fn.signature?.inputArg ?? []).map((a) => a.name ?? '') }));
      const out = fn.signature?.outputArg?.[0]?.name;
      if (out) fn.ret[out] = 'self_call:output:0';
    } else if (rand() < 0.5) node.op = name;
    else node.attr[pick(rand, ['f', 'body', 'cond', 'then_branch', 'else_branch'])] = tf.AttrValue.fromObject({ func: { name } });
    return true;
  },
  'mutual-recursion': (s, rand) => {
    const fns = (s.mg.graphDef?.library?.function ?? []) as tf.FunctionDef[];
    const callers = fns.filter((f) => f.nodeDef.some((n) => n.attr?.['f']?.func));
    if (!callers.length) return false;
    // f calls g already; make every node with a func attr call f back.
    const f = pick(rand, callers);
    for (const g of fns) for (const n of g.nodeDef as tf.NodeDef[]) if (n.attr['f']?.func) n.attr['f'] = tf.AttrValue.fromObject({ func: { name: f.signature?.name ?? '' } });
    return true;
  },
  cycle: (s, rand) => {
    const withInputs = s.nodes.filter((n) => n.node.input.length);
    if (!withInputs.length) return false;
    const a = pick(rand, withInputs);
    const peers = s.nodes.filter((n) => n.list === a.list);
    const b = pick(rand, peers);
    // a reads b, b reads a (or a reads itself).
    a.node.input[0] = b.node.name;
    b.node.input.unshift(a.node.name);
    return true;
  },
  'invalid-utf8': (s, rand) => {
    if (!s.nodes.length) return false;
    const { node } = pick(rand, s.nodes);
    const where = int(rand, 4);
    if (where === 0) node.name = UTF8_MARK;
    else if (where === 1) node.op = UTF8_MARK;
    else if (where === 2 && node.input.length) node.input[0] = UTF8_MARK;
    else {
      const sig = Object.values(s.mg.signatureDef)[0] as tf.SignatureDef | undefined;
      const info = sig && (Object.values(sig.outputs)[0] ?? Object.values(sig.inputs)[0]);
      if (info) info.name = UTF8_MARK;
      else node.device = UTF8_MARK;
    }
    return true;
  },
  'empty-name': (s, rand) => {
    if (!s.nodes.length) return false;
    const { node } = pick(rand, s.nodes);
    if (rand() < 0.5) node.name = '';
    else node.op = '';
    return true;
  },
  'duplicate-name': (s, rand) => {
    if (s.nodes.length < 2) return false;
    const a = pick(rand, s.nodes);
    const peers = s.nodes.filter((n) => n.list === a.list && n !== a);
    if (rand() < 0.5 && peers.length) a.node.name = pick(rand, peers).node.name;
    else a.list.push(tf.NodeDef.fromObject({ ...tf.NodeDef.toObject(a.node), op: pick(rand, OPS) }));
    return true;
  },
  op: (s, rand) => {
    if (!s.nodes.length) return false;
    const { node } = pick(rand, s.nodes);
    node.op = rand() < 0.2 && s.fnNames.length ? pick(rand, s.fnNames) : pick(rand, OPS);
    return true;
  },
  'int-attr': (s, rand) => {
    const ints = collect(s.mg, isAttr).filter((a) => a.value === 'i' || (a.value === 'list' && (a.list?.i?.length ?? 0) > 0));
    if (!ints.length) return false;
    const a = pick(rand, ints);
    if (a.value === 'i') a.i = pick(rand, [-1, 0, 2 ** 62, -(2 ** 40), 7, 1_000_000]);
    else a.list!.i = Array.from({ length: pick(rand, [0, 1, 3, 8]) }, () => pick(rand, [0, 1, -1, 2 ** 40, 3]));
    return true;
  },
  tensor: (s, rand) => {
    const tensors = collect(s.mg, isTensor);
    if (!tensors.length) return false;
    const t = pick(rand, tensors);
    switch (int(rand, 5)) {
      case 0:
        t.tensorContent = t.tensorContent.subarray(0, int(rand, t.tensorContent.length + 1));
        break;
      case 1:
        t.tensorContent = new Uint8Array(int(rand, 64) + 1);
        break;
      case 2:
        t.tensorShape = tf.TensorShapeProto.fromObject({ dim: [{ size: pick(rand, [2 ** 40, 2 ** 31, -3, 3]) }] });
        t.floatVal = [1];
        t.tensorContent = new Uint8Array(0);
        break;
      case 3:
        t.dtype = 7;
        t.stringVal = [Uint8Array.from([0xff, 0xfe])];
        break;
      default:
        t.dtype = pick(rand, DTYPES);
    }
    return true;
  },
  signature: (s, rand) => {
    const sigs = Object.values(s.mg.signatureDef) as tf.SignatureDef[];
    if (!sigs.length) return false;
    const sig = pick(rand, sigs);
    const infos = [...Object.values(sig.inputs), ...Object.values(sig.outputs)];
    const action = int(rand, 5);
    if (action === 0 && infos.length) pick(rand, infos).name = pick(rand, [...BAD_REFS, `${pick(rand, s.nodes)?.node.name ?? 'x'}:${pick(rand, [0, 1, 7])}`]);
    else if (action === 1) sig.outputs = {};
    else if (action === 2) sig.inputs[pick(rand, ['x', ''])] = tf.TensorInfo.fromObject({ name: pick(rand, s.nodes)?.node.name ?? 'x', dtype: pick(rand, DTYPES) });
    else if (action === 3 && infos.length) {
      const info = pick(rand, infos);
      info.cooSparse = tf.TensorInfo.CooSparse.fromObject({ valuesTensorName: info.name, indicesTensorName: 'i', denseShapeTensorName: 'd' });
      info.name = '';
    } else s.mg.signatureDef = { [pick(rand, ['serving_default', '', '__saved_model_init_op'])]: sig };
    return true;
  },
  'function-signature': (s, rand) => {
    const fns = (s.mg.graphDef?.library?.function ?? []) as tf.FunctionDef[];
    if (!fns.length) return false;
    const fn = pick(rand, fns);
    const sig = (fn.signature ??= new tf.OpDef()) as tf.OpDef;
    switch (int(rand, 5)) {
      case 0:
        sig.inputArg.splice(int(rand, sig.inputArg.length + 1), 1);
        break;
      case 1:
        sig.outputArg.push(tf.OpDef.ArgDef.fromObject({ name: pick(rand, ['extra', sig.outputArg[0]?.name ?? 'o']), type: pick(rand, DTYPES) }));
        break;
      case 2: {
        const k = Object.keys(fn.ret);
        if (k.length) fn.ret[pick(rand, k)] = pick(rand, [...BAD_REFS, sig.inputArg[0]?.name ?? 'arg']);
        break;
      }
      case 3:
        fn.ret = {};
        break;
      default:
        for (const a of sig.inputArg) a.name = sig.inputArg[0]?.name ?? '';
    }
    return true;
  },
  'op-def': (s, rand) => {
    const defs = (s.mg.metaInfoDef?.strippedOpList?.op ?? []) as tf.OpDef[];
    if (!defs.length) return false;
    const def = pick(rand, defs);
    const arg = tf.OpDef.ArgDef.fromObject({ name: 'out', numberAttr: pick(rand, ['N', 'missing', 'T']), typeAttr: pick(rand, ['T', 'missing', 'dtype']), typeListAttr: rand() < 0.3 ? 'Tout' : '' });
    if (rand() < 0.5) def.outputArg = [arg];
    else def.outputArg.push(arg);
    return true;
  },
  'object-graph': (s, rand) => {
    const og = s.mg.objectGraphDef as tf.SavedObjectGraph | null;
    if (!og) return false;
    const cfs = Object.values(og.concreteFunctions);
    const nodeRefs = (og.nodes as tf.SavedObject[]).flatMap((n) => [...n.children, ...n.dependencies]) as tf.ObjectReference[];
    switch (int(rand, 4)) {
      case 0:
        if (!cfs.length) return false;
        pick(rand, cfs).boundInputs = Array.from({ length: 1 + int(rand, 3) }, () => pick(rand, [-1, 0, 2 ** 30, og.nodes.length]));
        break;
      case 1:
        og.concreteFunctions = {};
        break;
      case 2:
        if (!nodeRefs.length) return false;
        pick(rand, nodeRefs).nodeId = pick(rand, [-1, 2 ** 30, 0, og.nodes.length]);
        break;
      default:
        og.nodes.splice(int(rand, og.nodes.length), 1 + int(rand, 3));
    }
    return true;
  },
};

/** Applies 1–3 structure-aware edits to saved_model.pb and encodes the result. */
export function mutateSavedModel(pb: Uint8Array, rand: Rand): { kind: string; bytes: Uint8Array } | undefined {
  const sm = tf.SavedModel.decode(pb);
  const s = sites(sm);
  const kinds: string[] = [];
  const n = 1 + (rand() < 0.3 ? int(rand, 3) : 0);
  for (let tries = 0; kinds.length < n && tries < 20; tries++) {
    const kind = pick(rand, Object.keys(GRAPH_EDITS));
    // Edits change the node lists; recompute the sites for the next one.
    if (GRAPH_EDITS[kind]!(tries ? sites(sm) : s, rand)) kinds.push(kind);
  }
  if (!kinds.length) return undefined;
  return { kind: kinds.join('+'), bytes: patchUtf8(tf.SavedModel.encode(sm).finish()) };
}

/** Replaces every UTF8_MARK in encoded bytes with invalid UTF-8 of the same length. */
export function patchUtf8(bytes: Uint8Array): Uint8Array {
  const mark = new TextEncoder().encode(UTF8_MARK);
  const buf = Buffer.from(bytes);
  for (let at = buf.indexOf(mark); at >= 0; at = buf.indexOf(mark, at + 1)) buf.set(UTF8_BYTES, at);
  return buf;
}

// ---- structure-aware TensorBundle mutants ----------------------------------------------------------------

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 128) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function blockWithTrailer(contents: Uint8Array): Uint8Array {
  const trailer = Buffer.alloc(5);
  trailer.writeUInt32LE(maskCrc(crc32cExtend(crc32cExtend(0, contents), Uint8Array.of(0))), 1);
  return Buffer.concat([contents, trailer]);
}

/** Builds the contents of one LevelDB table block: every entry a restart point (no prefix sharing). */
function block(entries: TableEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const restarts: number[] = [];
  let at = 0;
  for (const e of entries) {
    restarts.push(at);
    const head = Uint8Array.from([...varint(0), ...varint(e.key.length), ...varint(e.value.length)]);
    parts.push(head, e.key, e.value);
    at += head.length + e.key.length + e.value.length;
  }
  const tail = Buffer.alloc(4 * (restarts.length + 1));
  restarts.forEach((r, i) => tail.writeUInt32LE(r, 4 * i));
  tail.writeUInt32LE(restarts.length, 4 * restarts.length);
  return Buffer.concat([...parts, tail]);
}

/** Writes a variables.index with valid CRCs, handles and magic (one data block). */
export function writeTable(entries: TableEntry[]): Uint8Array {
  const data = block(entries);
  const dataBlock = blockWithTrailer(data);
  const lastKey = entries[entries.length - 1]?.key ?? new Uint8Array(0);
  const index = block([{ key: lastKey, value: Uint8Array.from([...varint(0), ...varint(data.length)]) }]);
  const indexBlock = blockWithTrailer(index);
  const meta = block([]);
  const metaBlock = blockWithTrailer(meta);
  const footer = Buffer.alloc(48);
  const indexAt = dataBlock.length;
  const metaAt = indexAt + indexBlock.length;
  Buffer.from([...varint(metaAt), ...varint(meta.length), ...varint(indexAt), ...varint(index.length)]).copy(footer);
  footer.writeBigUInt64LE(0xdb4775248b80fb57n, 40);
  return Buffer.concat([dataBlock, indexBlock, metaBlock, footer]);
}

const BUNDLE_EDITS = ['dtype', 'dim', 'rank', 'size', 'offset', 'shard', 'crc', 'slices', 'remove', 'rename', 'header-shards', 'header-endian', 'header-remove', 'header-garbage'] as const;

/** One structure-aware edit of variables.index (a valid table whose entries lie). */
export function mutateBundleIndex(index: Uint8Array, rand: Rand): { kind: string; bytes: Uint8Array } {
  const table = readTable(index).map((e) => ({ key: e.key, value: e.value }));
  const kind = pick(rand, BUNDLE_EDITS);
  const tensors = table.slice(1);
  const i = 1 + int(rand, Math.max(1, tensors.length));
  const entry = table[i];
  const edit = (fn: (e: tf.BundleEntryProto) => void): void => {
    if (!entry) return;
    const e = tf.BundleEntryProto.decode(entry.value);
    fn(e);
    entry.value = tf.BundleEntryProto.encode(e).finish();
  };
  switch (kind) {
    case 'dtype':
      edit((e) => (e.dtype = pick(rand, DTYPES)));
      break;
    case 'dim':
      edit((e) => {
        const shape = (e.shape ??= new tf.TensorShapeProto()) as tf.TensorShapeProto;
        const size = pick(rand, DIMS);
        if (shape.dim.length) shape.dim[int(rand, shape.dim.length)]!.size = size;
        else shape.dim.push(tf.TensorShapeProto.Dim.create({ size }));
        // Keep size consistent with the shape now and then, so the read itself is attempted.
        if (rand() < 0.5) e.size = Math.max(0, shape.dim.reduce((n, d) => n * Number(d.size), 4));
      });
      break;
    case 'rank':
      edit((e) => (e.shape = tf.TensorShapeProto.fromObject({ dim: Array.from({ length: pick(rand, [40, 5_000, 100_000]) }, () => ({ size: 1 })) })));
      break;
    case 'size':
      edit((e) => (e.size = pick(rand, [0, Number(e.size) + 4, 2 ** 53, 2 ** 31, Number(e.size) * 2])));
      break;
    case 'offset':
      edit((e) => (e.offset = pick(rand, [2 ** 53, 2 ** 40, 1_000_000, Number(e.offset) + 1])));
      break;
    case 'shard':
      edit((e) => (e.shardId = pick(rand, [-1, 1, 2 ** 30])));
      break;
    case 'crc':
      edit((e) => (e.crc32c = (e.crc32c ^ 0x10) >>> 0));
      break;
    case 'slices':
      edit((e) => e.slices.push(tf.TensorSliceProto.fromObject({ extent: [{ start: 0, length: 1 }] })));
      break;
    case 'remove':
      if (entry) table.splice(i, 1);
      break;
    case 'rename':
      if (entry) {
        entry.key = new TextEncoder().encode(`${new TextDecoder().decode(entry.key)}${pick(rand, ['_x', '\u00ff'])}`);
        table.sort((a, b) => Buffer.compare(a.key, b.key));
      }
      break;
    case 'header-shards': {
      const h = tf.BundleHeaderProto.decode(table[0]!.value);
      h.numShards = pick(rand, [0, 2, 2 ** 30, -1]);
      table[0]!.value = tf.BundleHeaderProto.encode(h).finish();
      break;
    }
    case 'header-endian': {
      const h = tf.BundleHeaderProto.decode(table[0]!.value);
      h.endianness = 1;
      table[0]!.value = tf.BundleHeaderProto.encode(h).finish();
      break;
    }
    case 'header-remove':
      table.shift();
      break;
    case 'header-garbage':
      table[0]!.value = Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]);
      break;
  }
  return { kind: `index:${kind}`, bytes: writeTable(table) };
}

/** DT_STRING bundle layout for one element: varint length, masked CRC of the length, the bytes. */
function stringTensorBytes(value: Uint8Array): { bytes: Uint8Array; crc: number } {
  const len = Uint8Array.from(varint(value.length));
  const le = Buffer.alloc(4);
  le.writeUInt32LE(value.length);
  const lengthCrc = crc32cExtend(0, le);
  const storedLengthCrc = Buffer.alloc(4);
  storedLengthCrc.writeUInt32LE(maskCrc(lengthCrc));
  const crc = crc32cExtend(crc32cExtend(lengthCrc, storedLengthCrc), value);
  return { bytes: Buffer.concat([len, storedLengthCrc, value]), crc: maskCrc(crc) };
}

const TRACKABLE_EDITS = ['child-id', 'checkpoint-key', 'remove-nodes', 'self-loop', 'garbage'] as const;

/**
 * TF2 models: rewrites the TrackableObjectGraph stored in the data shard (appended, with the index entry
 * pointing at it and valid CRCs), so the object-graph → checkpoint mapping sees lies rather than damage.
 */
export function mutateTrackableGraph(index: Uint8Array, data: Uint8Array, rand: Rand): { kind: string; index: Uint8Array; data: Uint8Array } | undefined {
  const table = readTable(index).map((e) => ({ key: e.key, value: e.value }));
  const entry = table.find((e) => new TextDecoder().decode(e.key) === OBJECT_GRAPH_KEY);
  if (!entry) return undefined;
  const e = tf.BundleEntryProto.decode(entry.value);
  const raw = data.subarray(Number(e.offset), Number(e.offset) + Number(e.size));
  // Skip the varint length and its CRC: the element bytes follow.
  let p = 0;
  while (raw[p]! & 0x80) p++;
  const stored = raw.subarray(p + 5);
  if (unmaskCrc(e.crc32c) === 0 && stored.length === 0) return undefined;
  const g = tf.TrackableObjectGraph.decode(stored);
  const kind = pick(rand, TRACKABLE_EDITS);
  const refs = g.nodes.flatMap((n) => n.children) as tf.ObjectReference[];
  const attrs = g.nodes.flatMap((n) => n.attributes) as tf.TrackableObjectGraph.TrackableObject.SerializedTensor[];
  let value: Uint8Array;
  if (kind === 'garbage') value = Uint8Array.from([0x0a, 0xff, 0xff, 0x03, 0x12]);
  else {
    if (kind === 'child-id' && refs.length) pick(rand, refs).nodeId = pick(rand, [-1, 2 ** 30, g.nodes.length]);
    if (kind === 'self-loop' && refs.length) for (const r of refs) r.nodeId = 0;
    if (kind === 'checkpoint-key' && attrs.length) pick(rand, attrs).checkpointKey = pick(rand, ['missing/.ATTRIBUTES/VARIABLE_VALUE', OBJECT_GRAPH_KEY, '', attrs[0]!.checkpointKey]);
    if (kind === 'remove-nodes') g.nodes.splice(1 + int(rand, Math.max(1, g.nodes.length - 1)), 1 + int(rand, 3));
    value = tf.TrackableObjectGraph.encode(g).finish();
  }
  const s = stringTensorBytes(value);
  e.offset = data.length;
  e.size = s.bytes.length;
  e.crc32c = s.crc;
  entry.value = tf.BundleEntryProto.encode(e).finish();
  return { kind: `trackable:${kind}`, index: writeTable(table), data: Buffer.concat([data, s.bytes]) };
}

// ---- picking a mutant ------------------------------------------------------------------------------------

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The generator for case `i` of a model: each case has its own seed, so one reproduces alone. */
export function caseRandom(seed: number, model: string, i: number): Rand {
  return seededRandom((Math.imul(seed, 31) ^ hashString(model) ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0);
}

/** The original bytes of the files a mutant may replace. */
export interface Originals {
  pb?: Uint8Array;
  pbtxt?: string;
  index?: Uint8Array;
  data?: Uint8Array;
}

export function readOriginals(dir: string): Originals {
  const read = (rel: string): Uint8Array | undefined => (existsSync(join(dir, rel)) ? readFileSync(join(dir, rel)) : undefined);
  const pbtxt = read(SAVED_MODEL_PBTXT);
  return { pb: read(SAVED_MODEL_PB), pbtxt: pbtxt && Buffer.from(pbtxt).toString('utf8'), index: read(VARIABLES_INDEX), data: read(VARIABLES_DATA) };
}

type Maker = (o: Originals, rand: Rand) => Mutant | undefined;

function byteMutant(file: string, data: Uint8Array | undefined, rand: Rand): Mutant | undefined {
  if (!data) return undefined;
  const kind = BYTE_KINDS[Math.floor(rand() * BYTE_KINDS.length)]!;
  return { kind: `${basename(file)}:${kind}`, files: { [file]: mutateBytes(data, rand, kind) } };
}

/** Relative weights: the structure-aware kinds are the ones that get past the parsers. */
const MAKERS: Array<[number, Maker]> = [
  [50, (o, rand) => {
    const m = o.pb && mutateSavedModel(o.pb, rand);
    return m ? { kind: `graph:${m.kind}`, files: { [SAVED_MODEL_PB]: m.bytes } } : undefined;
  }],
  [12, (o, rand) => byteMutant(SAVED_MODEL_PB, o.pb, rand)],
  [45, (o, rand) => {
    if (o.pbtxt === undefined) return undefined;
    const m = mutatePbtxt(o.pbtxt, rand);
    return { kind: `pbtxt:${m.kind}`, files: { [SAVED_MODEL_PBTXT]: Buffer.from(m.text) } };
  }],
  [17, (o, rand) => byteMutant(SAVED_MODEL_PBTXT, o.pbtxt === undefined ? undefined : Buffer.from(o.pbtxt), rand)],
  [16, (o, rand) => {
    const m = o.index && mutateBundleIndex(o.index, rand);
    return m ? { kind: m.kind, files: { [VARIABLES_INDEX]: m.bytes } } : undefined;
  }],
  [8, (o, rand) => byteMutant(VARIABLES_INDEX, o.index, rand)],
  [6, (o, rand) => {
    const m = o.index && o.data && mutateTrackableGraph(o.index, o.data, rand);
    return m ? { kind: m.kind, files: { [VARIABLES_INDEX]: m.index, [VARIABLES_DATA]: m.data } } : undefined;
  }],
  [6, (o, rand) => byteMutant(VARIABLES_DATA, o.data, rand)],
  [2, (o, rand) => {
    const present = [o.pb && SAVED_MODEL_PB, o.pbtxt !== undefined && SAVED_MODEL_PBTXT, o.index && VARIABLES_INDEX, o.data && VARIABLES_DATA].filter((f): f is string => typeof f === 'string');
    const file = present[Math.floor(rand() * present.length)]!;
    return { kind: `${basename(file)}:missing`, files: { [file]: null } };
  }],
];
const TOTAL_WEIGHT = MAKERS.reduce((n, [w]) => n + w, 0);

/** One mutant of a model: which files are damaged and how. */
export function makeMutant(o: Originals, rand: Rand): Mutant {
  for (;;) {
    let r = rand() * TOTAL_WEIGHT;
    const maker = MAKERS.find(([w]) => (r -= w) < 0)?.[1] ?? MAKERS[0]![1];
    const m = maker(o, rand);
    if (m) return m;
  }
}

/** Writes a mutant's files into a model directory. */
export function applyEdits(dir: string, edits: FileEdits): void {
  for (const [rel, bytes] of Object.entries(edits)) {
    if (bytes === null) rmSync(join(dir, rel), { force: true });
    else writeFileSync(join(dir, rel), bytes);
  }
}

/** Puts back the files a mutant replaced, from the original model directory. */
export function restoreEdits(dir: string, original: string, edits: FileEdits): void {
  for (const rel of Object.keys(edits)) {
    if (existsSync(join(original, rel))) cpSync(join(original, rel), join(dir, rel));
    else rmSync(join(dir, rel), { force: true });
  }
}
