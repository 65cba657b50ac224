/**
 * An ONNX graph under construction (nodes, initializers, inputs/outputs), and its serialization to
 * ModelProto bytes with mdeploy's own onnx.proto subset. Subgraphs (Loop/If bodies) are OnnxGraphs too.
 */
import { onnx } from '../../proto/onnx.js';
import type { Dim } from '../../graph/ir.js';
import type { DTypeName } from '../../tensor/dtypes.js';
import { bytesOf, type HostTensor, type NumericArray } from '../../tensor/host.js';

export type OnnxAttr =
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'ints'; value: number[] }
  | { kind: 'floats'; value: number[] }
  | { kind: 'strings'; value: string[] }
  | { kind: 'tensor'; value: HostTensor }
  | { kind: 'graph'; value: OnnxGraph };

export interface OnnxNode {
  op: string;
  domain?: string;
  name: string;
  inputs: string[];
  outputs: string[];
  attrs: Record<string, OnnxAttr>;
}

export interface OnnxValueInfo {
  name: string;
  dtype: DTypeName;
  shape: Dim[] | null;
  /** Set for ONNX sequence-typed values. */
  sequence?: boolean;
}

const ONNX_TYPE: Partial<Record<DTypeName, number>> = {
  DT_FLOAT: 1,
  DT_UINT8: 2,
  DT_INT8: 3,
  DT_UINT16: 4,
  DT_INT16: 5,
  DT_INT32: 6,
  DT_INT64: 7,
  DT_STRING: 8,
  DT_BOOL: 9,
  DT_HALF: 10,
  DT_DOUBLE: 11,
  DT_UINT32: 12,
  DT_UINT64: 13,
  DT_BFLOAT16: 16,
};

export function onnxElemType(dtype: DTypeName): number | undefined {
  return ONNX_TYPE[dtype];
}

export class OnnxGraph {
  readonly nodes: OnnxNode[] = [];
  readonly initializers = new Map<string, HostTensor>();
  readonly inputs: OnnxValueInfo[] = [];
  readonly outputs: OnnxValueInfo[] = [];
  readonly valueInfo = new Map<string, OnnxValueInfo>();
  private readonly names = new Set<string>();
  private counter = 0;

  constructor(
    readonly name: string,
    /** The enclosing graph (for subgraphs): names must stay unique across scopes. */
    readonly parent?: OnnxGraph,
  ) {}

  private root(): OnnxGraph {
    return this.parent ? this.parent.root() : this;
  }

  /** A fresh value or node name based on `base`, unique across the whole model. */
  fresh(base: string): string {
    const root = this.root();
    let name = base;
    while (root.names.has(name)) name = `${base}__${++root.counter}`;
    root.names.add(name);
    return name;
  }

  /** Marks a name as used (graph inputs, values named after TF tensors). */
  claim(name: string): string {
    this.root().names.add(name);
    return name;
  }

  add(op: string, inputs: string[], outputs: string[] | number = 1, attrs: Record<string, OnnxAttr> = {}, base = op): string[] {
    for (const [k, a] of Object.entries(attrs)) checkAttr(op, k, a);
    const outs = typeof outputs === 'number' ? Array.from({ length: outputs }, (_, i) => this.fresh(`${base}:${i}`)) : outputs;
    this.nodes.push({ op, name: this.fresh(`${base}__node`), inputs, outputs: outs, attrs });
    return outs;
  }

  /** Adds an initializer (a constant) and returns its name. */
  constant(base: string, value: HostTensor): string {
    checkTensor(`initializer ${base}`, value);
    const name = this.fresh(base);
    this.initializers.set(name, value);
    return name;
  }

  initializerBytes(): number {
    let n = 0;
    for (const t of this.initializers.values()) n += t.dtype === 'DT_STRING' ? 0 : (t.data as NumericArray).byteLength;
    return n;
  }
}

// ---- checks ---------------------------------------------------------------------------------------------
// What the handlers compute from a model's attrs and shapes is checked as it enters the graph, so a value
// a damaged model smuggles through (an undefined kernel size, a negative dim) fails the conversion with the
// node named, instead of reaching the encoder or onnxruntime.

const isInt = (v: unknown): boolean => Number.isSafeInteger(v);
const isNum = (v: unknown): boolean => typeof v === 'number';
/** Shows NaN as itself and a missing value as "missing" (JSON would print null for both). */
const showOne = (v: unknown): string => (v === undefined ? 'missing' : String(v));
const show = (v: unknown): string => (Array.isArray(v) ? `[${v.map(showOne).join(', ')}]` : showOne(v));

function checkAttr(op: string, name: string, a: OnnxAttr): void {
  const bad = (want: string): never => {
    throw new Error(`${op} attribute ${name} must be ${want}, got ${a.kind === 'tensor' || a.kind === 'graph' ? a.kind : show(a.value)}`);
  };
  switch (a.kind) {
    case 'int':
      if (!isInt(a.value)) bad('an integer');
      break;
    case 'ints':
      if (!a.value.every(isInt)) bad('integers');
      break;
    case 'float':
      if (!isNum(a.value)) bad('a number');
      break;
    case 'floats':
      if (!a.value.every(isNum)) bad('numbers');
      break;
    case 'string':
      if (typeof a.value !== 'string') bad('a string');
      break;
    case 'strings':
      if (!a.value.every((s) => typeof s === 'string')) bad('strings');
      break;
    case 'tensor':
      checkTensor(`${op} attribute ${name}`, a.value);
      break;
    case 'graph':
      break;
  }
}

function checkTensor(what: string, t: HostTensor): void {
  if (onnxElemType(t.dtype) === undefined) throw new Error(`${what}: ONNX has no ${t.dtype} tensors`);
  if (!t.shape.every((d) => isInt(d) && d >= 0)) throw new Error(`${what}: invalid dims ${show(t.shape)}`);
  const n = t.shape.reduce((a, d) => a * d, 1);
  if (t.data.length !== n) throw new Error(`${what}: ${t.data.length} values for dims ${show(t.shape)}`);
}

// ---- serialization ---------------------------------------------------------------------------------------

export interface SerializeOptions {
  opset: number;
  irVersion: number;
  producerVersion: string;
  docString?: string;
  metadata?: Record<string, string>;
  /** Initializers bigger than this many bytes go to external data (for models beyond protobuf's 2 GB). */
  externalData?: { fileName: string; minBytes: number };
  /** Extra opset domains used (e.g. ai.onnx.ml). */
  domains?: Record<string, number>;
}

export interface SerializedModel {
  model: Uint8Array;
  /** External data file contents, when any initializer went there. */
  external?: Uint8Array;
}

function typeProto(v: OnnxValueInfo): onnx.ITypeProto {
  const tensor: onnx.TypeProto.ITensor = { elemType: onnxElemType(v.dtype) ?? 0 };
  if (v.shape) tensor.shape = { dim: v.shape.map((d) => (typeof d === 'number' && d >= 0 ? { dimValue: d } : typeof d === 'string' ? { dimParam: d } : {})) };
  return v.sequence ? { sequenceType: { elemType: { tensorType: tensor } } } : { tensorType: tensor };
}

function tensorProto(name: string, t: HostTensor, external?: { chunks: Uint8Array[]; offset: number; file: string; minBytes: number }): onnx.ITensorProto {
  const p: onnx.ITensorProto = { name, dims: [...t.shape], dataType: onnxElemType(t.dtype) ?? 0 };
  if (t.dtype === 'DT_STRING') {
    p.stringData = t.data as Uint8Array[];
    return p;
  }
  const bytes = bytesOf(t.data as NumericArray);
  if (external && bytes.byteLength >= external.minBytes) {
    // Keep each tensor 4 KiB-aligned, as onnx's own writer does, so it can be memory-mapped.
    const pad = (4096 - (external.offset % 4096)) % 4096;
    if (pad) external.chunks.push(new Uint8Array(pad));
    external.offset += pad;
    p.dataLocation = onnx.TensorProto.DataLocation.EXTERNAL;
    p.externalData = [
      { key: 'location', value: external.file },
      { key: 'offset', value: String(external.offset) },
      { key: 'length', value: String(bytes.byteLength) },
    ];
    external.chunks.push(bytes);
    external.offset += bytes.byteLength;
    return p;
  }
  p.rawData = bytes;
  return p;
}

function attrProto(name: string, a: OnnxAttr, ext: Parameters<typeof tensorProto>[2]): onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  switch (a.kind) {
    case 'int':
      return { name, type: T.INT, i: a.value };
    case 'float':
      return { name, type: T.FLOAT, f: a.value };
    case 'string':
      return { name, type: T.STRING, s: new TextEncoder().encode(a.value) };
    case 'ints':
      return { name, type: T.INTS, ints: a.value };
    case 'floats':
      return { name, type: T.FLOATS, floats: a.value };
    case 'strings':
      return { name, type: T.STRINGS, strings: a.value.map((s) => new TextEncoder().encode(s)) };
    case 'tensor':
      return { name, type: T.TENSOR, t: tensorProto('', a.value) };
    case 'graph':
      return { name, type: T.GRAPH, g: graphProto(a.value, ext) };
  }
}

function graphProto(g: OnnxGraph, ext: Parameters<typeof tensorProto>[2]): onnx.IGraphProto {
  return {
    name: g.name,
    node: g.nodes.map((n) => ({
      name: n.name,
      opType: n.op,
      domain: n.domain ?? '',
      input: n.inputs,
      output: n.outputs,
      attribute: Object.entries(n.attrs).map(([k, v]) => attrProto(k, v, ext)),
    })),
    initializer: [...g.initializers.entries()].map(([name, t]) => tensorProto(name, t, ext)),
    input: g.inputs.map((v) => ({ name: v.name, type: typeProto(v) })),
    output: g.outputs.map((v) => ({ name: v.name, type: typeProto(v) })),
    valueInfo: [...g.valueInfo.values()].map((v) => ({ name: v.name, type: typeProto(v) })),
  };
}

export function serializeModel(g: OnnxGraph, options: SerializeOptions): SerializedModel {
  const ext = options.externalData ? { chunks: [] as Uint8Array[], offset: 0, file: options.externalData.fileName, minBytes: options.externalData.minBytes } : undefined;
  const model = onnx.ModelProto.create({
    irVersion: options.irVersion,
    opsetImport: [{ domain: '', version: options.opset }, ...Object.entries(options.domains ?? {}).map(([domain, version]) => ({ domain, version }))],
    producerName: 'mdeploy',
    producerVersion: options.producerVersion,
    docString: options.docString ?? '',
    graph: graphProto(g, ext),
    metadataProps: Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value })),
  });
  const bytes = onnx.ModelProto.encode(model).finish();
  if (!ext || ext.chunks.length === 0) return { model: bytes };
  const external = new Uint8Array(ext.offset);
  let p = 0;
  for (const c of ext.chunks) {
    external.set(c, p);
    p += c.length;
  }
  return { model: bytes, external };
}

/** ONNX IR version for an opset, as the ONNX release that introduced the opset defines it. */
export function irVersionFor(opset: number): number {
  if (opset <= 14) return 7;
  if (opset <= 18) return 8;
  if (opset <= 20) return 9;
  return 10;
}
