/**
 * A GraphDef read in parts: its nodes and its library's functions split out serialized, each decoded when
 * first asked for. A Keras SavedModel's library also holds
 * `__traced_save` / `__traced_restore` and one signature wrapper per concrete function, together about half of
 * its bytes, which freezing one signature never reads. Signatures are decoded on their own, when the op
 * registry first looks a function up (their resource arguments make them large, too).
 */
import protobuf from 'protobufjs/minimal.js';
import { tf } from '../proto/index.js';
import { decodeProto } from './decode.js';

const WIRE_LEN = 2;
/** GraphDef.node and .library, FunctionDefLibrary.function, FunctionDef.signature, NodeDef.name and .attr. */
const GRAPH_NODE = 1;
const GRAPH_LIBRARY = 2;
const LIBRARY_FUNCTION = 1;
const FUNCTION_SIGNATURE = 1;
const NODE_NAME = 1;
const NODE_ATTR = 5;

/** One function as split out of the library: its bytes and where its signature (an OpDef) lies in them. */
interface SerializedFunction {
  bytes: Uint8Array;
  signature?: { start: number; end: number };
  /** Decoded already (a signature in several fields, or a GraphDef decoded in full). */
  decoded?: tf.FunctionDef;
}

/**
 * The functions of a GraphDef's library by name; a function (or only its signature) is decoded on first use,
 * then kept. A name the library repeats means its last function, as a Map built from the list would.
 */
export class FunctionLibrary {
  private readonly functions = new Map<string, tf.FunctionDef>();
  private readonly signatures = new Map<string, tf.IOpDef>();

  constructor(
    private readonly serialized: ReadonlyMap<string, SerializedFunction>,
    private readonly file: string,
  ) {}

  get names(): string[] {
    return [...this.serialized.keys()];
  }

  has(name: string): boolean {
    return this.serialized.has(name);
  }

  get(name: string): tf.FunctionDef | undefined {
    const have = this.functions.get(name);
    if (have) return have;
    const s = this.serialized.get(name);
    if (s === undefined) return undefined;
    const fn = s.decoded ?? decodeProto(tf.FunctionDef, s.bytes, { file: this.file, what: `the GraphDef's function "${name}"` });
    this.functions.set(name, fn);
    return fn;
  }

  /** A function's signature, without decoding its body. */
  signature(name: string): tf.IOpDef | undefined {
    const have = this.functions.get(name)?.signature ?? this.signatures.get(name);
    if (have) return have;
    const s = this.serialized.get(name);
    if (s === undefined) return undefined;
    const sig = s.decoded ? (s.decoded.signature ?? {}) : s.signature ? decodeProto(tf.OpDef, s.bytes.subarray(s.signature.start, s.signature.end), { file: this.file, what: `the signature of the GraphDef's function "${name}"` }) : {};
    this.signatures.set(name, sig);
    return sig;
  }
}

/**
 * The outer graph's nodes by name (a repeated name means the last such node, as a Map built from the list
 * would), each decoded on first use. Most of a TF2 SavedModel's outer graph is variable plumbing
 * (VarHandleOp, ReadVariableOp, AssignVariableOp, VarIsInitializedOp) that freezing a signature never visits.
 */
export class NodeIndex {
  private readonly decoded = new Map<string, tf.INodeDef>();

  constructor(
    private readonly serialized: ReadonlyMap<string, Uint8Array | tf.INodeDef>,
    /** Nodes with an attr named "f" (function calls), decoded, in file order. */
    readonly callers: readonly tf.INodeDef[],
    private readonly file: string,
  ) {}

  get(name: string): tf.INodeDef | undefined {
    const have = this.decoded.get(name);
    if (have) return have;
    const s = this.serialized.get(name);
    if (s === undefined) return undefined;
    const node = s instanceof Uint8Array ? decodeProto(tf.NodeDef, s, { file: this.file, what: `the GraphDef's node "${name}"` }) : s;
    this.decoded.set(name, node);
    return node;
  }
}

export interface GraphParts {
  nodes: NodeIndex;
  library: FunctionLibrary;
}

/** Parts of an already decoded GraphDef (nothing left to defer). */
export function partsOfGraphDef(graph: tf.GraphDef, file: string): GraphParts {
  const fns = (graph.library?.function ?? []) as tf.FunctionDef[];
  const nodes = new NodeIndex(new Map(graph.node.map((n) => [n.name ?? '', n])), graph.node.filter((n) => n.attr?.['f'] !== undefined), file);
  return { nodes, library: new FunctionLibrary(new Map(fns.map((f) => [f.signature?.name ?? '', { bytes: new Uint8Array(0), decoded: f }])), file) };
}

/** The byte range [start, end) of a length-delimited field whose length the reader is at. */
function span(r: protobuf.Reader): { start: number; end: number } {
  const len = r.uint32();
  const start = r.pos;
  const end = start + len;
  if (end > r.len) throw new RangeError(`index out of range: length ${len} at byte ${start} runs past the end`);
  r.pos = end;
  return { start, end };
}

/**
 * Splits serialized GraphDef bytes. Throws what protobufjs throws on damage (the caller wraps it in
 * decodeProto); a function whose bytes are damaged fails when it is decoded.
 */
export function splitGraphDef(bytes: Uint8Array, file: string): GraphParts {
  const r = protobuf.Reader.create(bytes);
  const nodes = new Map<string, Uint8Array | tf.INodeDef>();
  const callers: tf.INodeDef[] = [];
  const serialized = new Map<string, SerializedFunction>();
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === GRAPH_NODE && (tag & 7) === WIRE_LEN) {
      const n = span(r);
      const node = bytes.subarray(n.start, n.end);
      const { name, hasF } = scanNodeDef(node);
      if (hasF) {
        const decoded = tf.NodeDef.decode(node);
        callers.push(decoded);
        nodes.set(name, decoded);
      } else nodes.set(name, node);
      continue;
    }
    // Versions (and the deprecated version field): freezing does not read them.
    if (tag >>> 3 !== GRAPH_LIBRARY || (tag & 7) !== WIRE_LEN) {
      r.skipType(tag & 7);
      continue;
    }
    const lib = span(r);
    const lr = protobuf.Reader.create(bytes.subarray(lib.start, lib.end));
    while (lr.pos < lr.len) {
      const t = lr.uint32();
      // Gradients and registered gradients: freezing does not use them.
      if (t >>> 3 !== LIBRARY_FUNCTION || (t & 7) !== WIRE_LEN) {
        lr.skipType(t & 7);
        continue;
      }
      const f = span(lr);
      const fn = bytes.subarray(lib.start + f.start, lib.start + f.end);
      const sigs: Array<{ start: number; end: number }> = [];
      const fr = protobuf.Reader.create(fn);
      while (fr.pos < fr.len) {
        const ft = fr.uint32();
        if (ft >>> 3 === FUNCTION_SIGNATURE && (ft & 7) === WIRE_LEN) sigs.push(span(fr));
        else fr.skipType(ft & 7);
      }
      if (sigs.length === 1) {
        serialized.set(opDefName(fn.subarray(sigs[0]!.start, sigs[0]!.end)), { bytes: fn, signature: sigs[0]! });
      } else {
        // No signature, or one split over several fields (merged, as protobuf does): decode that function now.
        const decoded = tf.FunctionDef.decode(fn);
        serialized.set(decoded.signature?.name ?? '', { bytes: fn, decoded });
      }
    }
  }
  return { nodes: new NodeIndex(nodes, callers, file), library: new FunctionLibrary(serialized, file) };
}

/** OpDef.name (field 1) of serialized OpDef bytes, without decoding the arguments; the last one counts. */
function opDefName(bytes: Uint8Array): string {
  const r = protobuf.Reader.create(bytes);
  let name = '';
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === WIRE_LEN) name = r.string();
    else r.skipType(tag & 7);
  }
  return name;
}

/** A serialized NodeDef's name and whether it has an attr "f", without decoding its attrs. */
function scanNodeDef(bytes: Uint8Array): { name: string; hasF: boolean } {
  const r = protobuf.Reader.create(bytes);
  let name = '';
  let hasF = false;
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === NODE_NAME && (tag & 7) === WIRE_LEN) name = r.string();
    else if (tag >>> 3 === NODE_ATTR && (tag & 7) === WIRE_LEN && !hasF) {
      // A map entry: key (1), value (2).
      const e = span(r);
      const er = protobuf.Reader.create(bytes.subarray(e.start, e.end));
      while (er.pos < er.len) {
        const t = er.uint32();
        if (t >>> 3 === 1 && (t & 7) === WIRE_LEN) hasF = er.string() === 'f';
        else er.skipType(t & 7);
      }
    } else r.skipType(tag & 7);
  }
  return { name, hasF };
}
