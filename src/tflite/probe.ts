/**
 * A shape probe: a copy of a .tflite model whose signature returns, instead of its outputs, the shape of each
 * output (one SHAPE operator per output, added at the end of the subgraph). A runtime that sizes output
 * buffers from the file (LiteRT.js does) can run the probe whatever the outputs' sizes, since a SHAPE result
 * always has the output's rank as its one dimension; the shapes it returns are the ones the runtime's own
 * operators computed, which is what the real model's outputs must then be declared as.
 *
 * The model is not re-serialised. Flatbuffer offsets only point forward, so new tables placed *before* the
 * old bytes can refer to any old table, vector or string: the probe is a short prefix (a new Model table, a
 * new SubGraph for the probed subgraph, the new tensors, operators and SignatureDef) followed by the original
 * file unchanged. The prefix is a multiple of 16 bytes long, so the buffers keep their alignment.
 */
import { FlatBufferReader, type FlatTable } from './flatbuffer.js';
import { BUILTIN_OPTIONS, BuiltinOperator, Field, TFLITE_FILE_IDENTIFIER, resolveBuiltinCode } from './schema.js';

const INT32 = 2;
const SHAPE_OPTIONS = BUILTIN_OPTIONS.indexOf('ShapeOptions');
const CAST_OPTIONS = BUILTIN_OPTIONS.indexOf('CastOptions');
/** SubGraph.debug_metadata_index (schema.fbs), kept when present. */
const SUBGRAPH_DEBUG_METADATA_INDEX = 5;

export interface ShapeProbeOptions {
  subgraphIndex: number;
  /** The SignatureDef the probe replaces (its index in signature_defs), or null to probe the main subgraph's outputs. */
  signatureDefIndex: number | null;
  /** The outputs to measure: the probe's output named `shapeOutputName(key)` is an int32 vector, the tensor's shape. */
  outputs: ReadonlyArray<{ key: string; tensor: number }>;
  /**
   * Keep the signature's own outputs too, before the shapes (for a model whose outputs are already declared
   * in the shapes the runtime will compute, to check that they were).
   */
  keepOutputs?: boolean;
}

/** The name (TensorMap key and tensor name) of the probe's output holding output `key`'s shape. */
export function shapeOutputName(key: string): string {
  return `mdeploy_shape_of/${key}`;
}

/** A reference to something in the new prefix, or to a position in the original bytes. */
type Ref = Node | { old: number };

type Field_ = { id: number; kind: 'u8' | 'u32' | 'i32'; value: number } | { id: number; kind: 'ref'; ref: Ref };

type Node =
  | { type: 'table'; fields: Field_[] }
  | { type: 'refs'; refs: Ref[] }
  | { type: 'ints'; values: number[] }
  | { type: 'string'; value: string };

const utf8 = new TextEncoder();

/** The bytes a node takes and, for a table, where the table starts within them (its vtable comes first). */
function measure(n: Node): { size: number; entry: number } {
  switch (n.type) {
    case 'table': {
      const maxId = Math.max(...n.fields.map((f) => f.id));
      const vtable = 4 + 2 * (maxId + 1);
      const entry = Math.ceil(vtable / 4) * 4;
      return { size: entry + 4 + 4 * n.fields.length, entry };
    }
    case 'refs':
      return { size: 4 + 4 * n.refs.length, entry: 0 };
    case 'ints':
      return { size: 4 + 4 * n.values.length, entry: 0 };
    case 'string':
      return { size: Math.ceil((4 + utf8.encode(n.value).length + 1) / 4) * 4, entry: 0 };
  }
}

function children(n: Node): Node[] {
  const refs = n.type === 'table' ? n.fields.flatMap((f) => (f.kind === 'ref' ? [f.ref] : [])) : n.type === 'refs' ? n.refs : [];
  return refs.filter((r): r is Node => !('old' in r));
}

/**
 * Lays the new nodes out front to back from the root, each after the node that refers to it (every new node
 * has one referrer), then the original bytes; returns the whole file.
 */
function assemble(root: Node, old: Uint8Array): Uint8Array {
  const order: Node[] = [];
  for (let queue = [root]; queue.length; ) {
    const n = queue.shift()!;
    order.push(n);
    queue.push(...children(n));
  }
  const at = new Map<Node, number>();
  let end = 8;
  for (const n of order) {
    const m = measure(n);
    at.set(n, end + m.entry);
    end += m.size;
  }
  const shift = Math.ceil(end / 16) * 16;
  const out = new Uint8Array(shift + old.length);
  out.set(old, shift);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const target = (r: Ref): number => ('old' in r ? shift + r.old : at.get(r)!);
  const uoffset = (pos: number, r: Ref): void => {
    const t = target(r);
    if (t <= pos) throw new RangeError('a flatbuffer offset would point backwards');
    view.setUint32(pos, t - pos, true);
  };
  view.setUint32(0, at.get(root)!, true);
  out.set(utf8.encode(TFLITE_FILE_IDENTIFIER), 4);
  for (const n of order) {
    const pos = at.get(n)!;
    switch (n.type) {
      case 'table': {
        const m = measure(n);
        const vt = pos - m.entry;
        const maxId = Math.max(...n.fields.map((f) => f.id));
        view.setUint16(vt, 4 + 2 * (maxId + 1), true);
        view.setUint16(vt + 2, 4 + 4 * n.fields.length, true);
        view.setInt32(pos, pos - vt, true);
        n.fields.forEach((f, k) => {
          const slot = pos + 4 + 4 * k;
          view.setUint16(vt + 4 + 2 * f.id, 4 + 4 * k, true);
          if (f.kind === 'ref') uoffset(slot, f.ref);
          else if (f.kind === 'u8') view.setUint8(slot, f.value);
          else if (f.kind === 'u32') view.setUint32(slot, f.value, true);
          else view.setInt32(slot, f.value, true);
        });
        break;
      }
      case 'refs':
        view.setUint32(pos, n.refs.length, true);
        n.refs.forEach((r, i) => uoffset(pos + 4 + 4 * i, r));
        break;
      case 'ints':
        view.setUint32(pos, n.values.length, true);
        n.values.forEach((v, i) => view.setInt32(pos + 4 + 4 * i, v, true));
        break;
      case 'string': {
        const b = utf8.encode(n.value);
        view.setUint32(pos, b.length, true);
        out.set(b, pos + 4);
        break;
      }
    }
  }
  return out;
}

/** The old table's offset field `id` as a field of a new table, when the old table has it. */
function keep(t: FlatTable, id: number, what: string): Field_[] {
  const pos = t.target(id, what);
  return pos ? [{ id, kind: 'ref', ref: { old: pos } }] : [];
}

/**
 * The probe of `bytes` (see the module comment). The caller has checked the model with readTfliteModel; the
 * ranks of the probed tensors come from their `shape` vectors.
 */
export function withShapeProbe(bytes: Uint8Array, options: ShapeProbeOptions): Uint8Array {
  const r = new FlatBufferReader(bytes);
  const root = r.root(TFLITE_FILE_IDENTIFIER);
  const M = Field.Model;
  const subgraphs = root.tableVector(M.subgraphs, 'subgraphs');
  const sg = subgraphs[options.subgraphIndex];
  if (!sg) throw new RangeError(`no subgraph ${options.subgraphIndex}`);
  for (const b of root.tableVector(M.buffers, 'buffers')) {
    // Data outside the flatbuffer is addressed from the start of the file, which the prefix moves.
    if (b.uint64(Field.Buffer.offset) > 1) throw new RangeError('the model keeps buffers outside its flatbuffer (a file over 2 GB)');
  }
  const firstBuffer = root.tableVector(M.buffers, 'buffers')[0];
  if (!firstBuffer || (firstBuffer.bytesVector(Field.Buffer.data, 'buffers[0]')?.length ?? 0) > 0) throw new RangeError('the model has no empty buffer 0 for computed tensors');

  // SHAPE's and CAST's operator codes: the file's own, or more.
  const codes = root.tableVector(M.operatorCodes, 'operator_codes');
  const extraCodes: Node[] = [];
  const codeOf = (op: number): number => {
    const found = codes.findIndex((c) => resolveBuiltinCode(c.int8(Field.OperatorCode.deprecatedBuiltinCode), c.int32(Field.OperatorCode.builtinCode)) === op);
    if (found !== -1) return found;
    extraCodes.push({
      type: 'table',
      fields: [
        { id: Field.OperatorCode.deprecatedBuiltinCode, kind: 'u8', value: op },
        { id: Field.OperatorCode.version, kind: 'i32', value: 1 },
        { id: Field.OperatorCode.builtinCode, kind: 'i32', value: op },
      ],
    });
    return codes.length + extraCodes.length - 1;
  };
  const shapeCode = codeOf(BuiltinOperator.SHAPE);
  const castCode = codeOf(BuiltinOperator.CAST);
  const codeFields: Field_[] = extraCodes.length
    ? [{ id: M.operatorCodes, kind: 'ref', ref: { type: 'refs', refs: [...codes.map((c) => ({ old: c.pos })), ...extraCodes] } }]
    : keep(root, M.operatorCodes, 'operator_codes');

  const S = Field.SubGraph;
  const tensors = sg.tableVector(S.tensors, 'tensors');
  const operators = sg.tableVector(S.operators, 'operators');
  const newTensors: Node[] = [];
  const newOperators: Node[] = [];
  const probeOutputs: number[] = [];
  const newTensor = (rank: number, name: string): number => {
    newTensors.push({
      type: 'table',
      fields: [
        { id: Field.Tensor.shape, kind: 'ref', ref: { type: 'ints', values: [rank] } },
        { id: Field.Tensor.type, kind: 'u8', value: INT32 },
        { id: Field.Tensor.buffer, kind: 'u32', value: 0 },
        { id: Field.Tensor.name, kind: 'ref', ref: { type: 'string', value: name } },
      ],
    });
    return tensors.length + newTensors.length - 1;
  };
  const newOperator = (code: number, input: number, output: number, optionsType: number, options: Field_[]): void => {
    newOperators.push({
      type: 'table',
      fields: [
        { id: Field.Operator.opcodeIndex, kind: 'u32', value: code },
        { id: Field.Operator.inputs, kind: 'ref', ref: { type: 'ints', values: [input] } },
        { id: Field.Operator.outputs, kind: 'ref', ref: { type: 'ints', values: [output] } },
        { id: Field.Operator.builtinOptionsType, kind: 'u8', value: optionsType },
        { id: Field.Operator.builtinOptions, kind: 'ref', ref: { type: 'table', fields: options } },
      ],
    });
  };
  for (const o of options.outputs) {
    const t = tensors[o.tensor];
    if (!t) throw new RangeError(`no tensor ${o.tensor} in subgraph ${options.subgraphIndex}`);
    const rank = t.vector(Field.Tensor.shape, 4, 'shape')?.length ?? 0;
    // SHAPE writes its result while the model is prepared, into memory of its own (a persistent read-only
    // tensor), so a runtime that hands out its own output buffers never sees it: an int32→int32 CAST
    // copies it at run time into the output.
    const shape = newTensor(rank, `${shapeOutputName(o.key)}/shape`);
    const copy = newTensor(rank, shapeOutputName(o.key));
    newOperator(shapeCode, o.tensor, shape, SHAPE_OPTIONS, [{ id: 0, kind: 'u8', value: INT32 }]);
    newOperator(castCode, shape, copy, CAST_OPTIONS, [
      { id: 0, kind: 'u8', value: INT32 },
      { id: 1, kind: 'u8', value: INT32 },
    ]);
    probeOutputs.push(copy);
  }
  const debugIndex = sg.has(SUBGRAPH_DEBUG_METADATA_INDEX) ? [{ id: SUBGRAPH_DEBUG_METADATA_INDEX, kind: 'i32' as const, value: sg.int32(SUBGRAPH_DEBUG_METADATA_INDEX) }] : [];
  const subgraph: Node = {
    type: 'table',
    fields: [
      { id: S.tensors, kind: 'ref', ref: { type: 'refs', refs: [...tensors.map((t) => ({ old: t.pos })), ...newTensors] } },
      ...keep(sg, S.inputs, 'inputs'),
      { id: S.outputs, kind: 'ref', ref: { type: 'ints', values: [...(options.keepOutputs ? (sg.int32Vector(S.outputs, 'outputs') ?? []) : []), ...probeOutputs] } },
      { id: S.operators, kind: 'ref', ref: { type: 'refs', refs: [...operators.map((t) => ({ old: t.pos })), ...newOperators] } },
      ...keep(sg, S.name, 'name'),
      ...debugIndex,
    ],
  };

  // The probed signature only: its inputs as they were, its outputs the shapes (after its own, if kept).
  const sigFields: Field_[] = [];
  if (options.signatureDefIndex !== null) {
    const sd = root.tableVector(M.signatureDefs, 'signature_defs')[options.signatureDefIndex];
    if (!sd) throw new RangeError(`no signature_defs[${options.signatureDefIndex}]`);
    const D = Field.SignatureDef;
    const maps: Node[] = options.outputs.map((o, j) => ({
      type: 'table',
      fields: [
        { id: Field.TensorMap.name, kind: 'ref', ref: { type: 'string', value: shapeOutputName(o.key) } },
        { id: Field.TensorMap.tensorIndex, kind: 'u32', value: probeOutputs[j]! },
      ],
    }));
    const def: Node = {
      type: 'table',
      fields: [...keep(sd, D.inputs, 'inputs'), { id: D.outputs, kind: 'ref', ref: { type: 'refs', refs: [...(options.keepOutputs ? sd.tableVector(D.outputs, 'outputs').map((m) => ({ old: m.pos })) : []), ...maps] } }, ...keep(sd, D.signatureKey, 'signature_key'), { id: D.subgraphIndex, kind: 'u32', value: sd.uint32(D.subgraphIndex) }],
    };
    sigFields.push({ id: M.signatureDefs, kind: 'ref', ref: { type: 'refs', refs: [def] } });
  }

  const model: Node = {
    type: 'table',
    fields: [
      { id: M.version, kind: 'u32', value: root.uint32(M.version) },
      ...codeFields,
      { id: M.subgraphs, kind: 'ref', ref: { type: 'refs', refs: subgraphs.map((s, i) => (i === options.subgraphIndex ? subgraph : { old: s.pos })) } },
      ...keep(root, M.description, 'description'),
      ...keep(root, M.buffers, 'buffers'),
      ...keep(root, M.metadataBuffer, 'metadata_buffer'),
      ...keep(root, M.metadata, 'metadata'),
      ...sigFields,
    ],
  };
  return assemble(model, bytes);
}
