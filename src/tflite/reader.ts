/**
 * Reads a .tflite flatbuffer into plain objects, validating as it goes: every offset is bounds-checked
 * (src/tflite/flatbuffer.ts) and every index (operator codes, tensors, buffers, subgraphs) is checked
 * against the table it points into, so code that uses the result never indexes past an array. A file that
 * is truncated, corrupted or hostile gives an MdeployError, never a crash or a hang.
 */
import { readFileSync } from 'node:fs';
import { MdeployError } from '../errors.js';
import { FlatBufferError, FlatBufferReader, type FlatTable } from './flatbuffer.js';
import {
  BUILTIN_OPTIONS,
  BUILTIN_OPTIONS_2,
  BuiltinOperator,
  Field,
  TFLITE_FILE_IDENTIFIER,
  TFLITE_SCHEMA_VERSION,
  builtinOperatorName,
  resolveBuiltinCode,
  tensorTypeName,
} from './schema.js';

export interface TfliteQuantization {
  min: number[];
  max: number[];
  scale: number[];
  zeroPoint: number[];
  quantizedDimension: number;
}

export interface TfliteTensor {
  name: string;
  /** TensorType value and name (`FLOAT32`). */
  type: number;
  typeName: string;
  shape: number[];
  /** `shape` with -1 for dimensions that vary (a dynamic batch); null when the file has none. */
  shapeSignature: number[] | null;
  /** Index into Model.buffers; 0 (the empty sentinel) for tensors computed at run time. */
  buffer: number;
  quantization: TfliteQuantization | null;
  isVariable: boolean;
  hasRank: boolean;
  /** The tensor has SparsityParameters (not decoded here). */
  sparse: boolean;
}

export interface TfliteOperatorCode {
  deprecatedBuiltinCode: number;
  builtinCode: number;
  customCode: string | null;
  version: number;
  /** The code the operator means (resolveBuiltinCode). */
  code: number;
  /** The builtin's name (`CONV_2D`), or the custom code for CUSTOM operators. */
  name: string;
  custom: boolean;
}

export interface TfliteOperator {
  opcodeIndex: number;
  /** Tensor indexes; -1 marks an omitted optional input. */
  inputs: number[];
  outputs: number[];
  builtinOptionsType: number;
  builtinOptions2Type: number;
  /** The options table's position in the file (0 when absent), for a later decoder. */
  builtinOptionsAt: number;
  customOptions: Uint8Array | null;
}

export interface TfliteSubGraph {
  name: string;
  tensors: TfliteTensor[];
  inputs: number[];
  outputs: number[];
  operators: TfliteOperator[];
}

export interface TfliteBuffer {
  /** The bytes stored inside the flatbuffer (a view of the file), or null. */
  data: Uint8Array | null;
  /** For files over 2 GB: the data lives at [offset, offset+size) of the file, outside the flatbuffer. */
  offset: number;
  size: number;
}

/** The file name TF Serving's TFLite layout uses inside a version directory. */
export const TFLITE_MODEL_FILE = 'model.tflite';

export interface TfliteTensorMap {
  name: string;
  tensorIndex: number;
}

export interface TfliteSignatureDef {
  signatureKey: string;
  subgraphIndex: number;
  inputs: TfliteTensorMap[];
  outputs: TfliteTensorMap[];
}

export interface TfliteModel {
  version: number;
  operatorCodes: TfliteOperatorCode[];
  subgraphs: TfliteSubGraph[];
  description: string | null;
  buffers: TfliteBuffer[];
  metadataBuffer: number[];
  metadata: Array<{ name: string; buffer: number }>;
  signatureDefs: TfliteSignatureDef[];
  /** Size of the file that was read. */
  byteLength: number;
}

export interface ReadTfliteOptions {
  /** Named in error messages. */
  file?: string;
}

const HINT = 'The .tflite file is truncated or is not a TFLite flatbuffer; convert the model again or copy it again.';

function corrupt(message: string, file: string | undefined, cause?: unknown): MdeployError {
  return new MdeployError('E_PB_CORRUPT', `not a valid TFLite model: ${message}`, { file, suggestions: [HINT], cause });
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new FlatBufferError(message);
}

function readTensor(t: FlatTable, what: string): TfliteTensor {
  const F = Field.Tensor;
  const shape = t.int32Vector(F.shape, `${what}.shape`) ?? [];
  const shapeSignature = t.int32Vector(F.shapeSignature, `${what}.shape_signature`);
  for (const d of shape) check(d >= -1, `${what}.shape has dimension ${d}`);
  if (shapeSignature) {
    check(shapeSignature.length === shape.length, `${what}.shape_signature has rank ${shapeSignature.length} but shape has rank ${shape.length}`);
    for (const d of shapeSignature) check(d >= -1, `${what}.shape_signature has dimension ${d}`);
  }
  const q = t.table(F.quantization, `${what}.quantization`);
  const type = t.int8(F.type);
  return {
    name: t.string(F.name, `${what}.name`) ?? '',
    type,
    typeName: tensorTypeName(type),
    shape,
    shapeSignature,
    buffer: t.uint32(F.buffer),
    quantization: q
      ? {
          min: q.float32Vector(Field.QuantizationParameters.min, `${what}.quantization.min`) ?? [],
          max: q.float32Vector(Field.QuantizationParameters.max, `${what}.quantization.max`) ?? [],
          scale: q.float32Vector(Field.QuantizationParameters.scale, `${what}.quantization.scale`) ?? [],
          zeroPoint: q.int64Vector(Field.QuantizationParameters.zeroPoint, `${what}.quantization.zero_point`) ?? [],
          quantizedDimension: q.int32(Field.QuantizationParameters.quantizedDimension),
        }
      : null,
    isVariable: t.bool(F.isVariable),
    hasRank: t.bool(F.hasRank),
    sparse: t.has(F.sparsity),
  };
}

function readOperator(t: FlatTable, what: string): TfliteOperator {
  const F = Field.Operator;
  const optionsAt = t.table(F.builtinOptions, `${what}.builtin_options`);
  return {
    opcodeIndex: t.uint32(F.opcodeIndex),
    inputs: t.int32Vector(F.inputs, `${what}.inputs`) ?? [],
    outputs: t.int32Vector(F.outputs, `${what}.outputs`) ?? [],
    builtinOptionsType: t.uint8(F.builtinOptionsType),
    builtinOptions2Type: t.uint8(F.builtinOptions2Type),
    builtinOptionsAt: optionsAt?.pos ?? 0,
    customOptions: t.bytesVector(F.customOptions, `${what}.custom_options`),
  };
}

function readSubGraph(t: FlatTable, what: string): TfliteSubGraph {
  const F = Field.SubGraph;
  return {
    name: t.string(F.name, `${what}.name`) ?? '',
    tensors: t.tableVector(F.tensors, `${what}.tensors`).map((x, i) => readTensor(x, `${what}.tensors[${i}]`)),
    inputs: t.int32Vector(F.inputs, `${what}.inputs`) ?? [],
    outputs: t.int32Vector(F.outputs, `${what}.outputs`) ?? [],
    operators: t.tableVector(F.operators, `${what}.operators`).map((x, i) => readOperator(x, `${what}.operators[${i}]`)),
  };
}

function readOperatorCode(t: FlatTable, what: string): TfliteOperatorCode {
  const F = Field.OperatorCode;
  const deprecatedBuiltinCode = t.int8(F.deprecatedBuiltinCode);
  const builtinCode = t.int32(F.builtinCode);
  const customCode = t.string(F.customCode, `${what}.custom_code`);
  check(deprecatedBuiltinCode >= 0 && builtinCode >= 0, `${what} has a negative builtin code`);
  const code = resolveBuiltinCode(deprecatedBuiltinCode, builtinCode);
  const custom = code === BuiltinOperator.CUSTOM;
  return { deprecatedBuiltinCode, builtinCode, customCode, version: t.int32(F.version, 1), code, name: custom ? (customCode ?? 'CUSTOM') : builtinOperatorName(code), custom };
}

function readSignatureDef(t: FlatTable, what: string): TfliteSignatureDef {
  const F = Field.SignatureDef;
  const maps = (id: number, part: string): TfliteTensorMap[] =>
    t.tableVector(id, `${what}.${part}`).map((m, i) => ({ name: m.string(Field.TensorMap.name, `${what}.${part}[${i}].name`) ?? '', tensorIndex: m.uint32(Field.TensorMap.tensorIndex) }));
  return { signatureKey: t.string(F.signatureKey, `${what}.signature_key`) ?? '', subgraphIndex: t.uint32(F.subgraphIndex), inputs: maps(F.inputs, 'inputs'), outputs: maps(F.outputs, 'outputs') };
}

/** Checks every cross-reference, so later code can index without checking. */
function validate(m: TfliteModel): void {
  check(m.subgraphs.length > 0, 'the model has no subgraphs');
  const inRange = (i: number, n: number): boolean => Number.isInteger(i) && i >= 0 && i < n;
  for (const [s, sg] of m.subgraphs.entries()) {
    const n = sg.tensors.length;
    const where = `subgraphs[${s}]`;
    for (const [i, t] of sg.tensors.entries()) check(inRange(t.buffer, m.buffers.length), `${where}.tensors[${i}] "${t.name}" uses buffer ${t.buffer} of ${m.buffers.length}`);
    for (const i of sg.inputs) check(inRange(i, n), `${where}.inputs names tensor ${i} of ${n}`);
    for (const i of sg.outputs) check(inRange(i, n), `${where}.outputs names tensor ${i} of ${n}`);
    for (const [k, op] of sg.operators.entries()) {
      check(inRange(op.opcodeIndex, m.operatorCodes.length), `${where}.operators[${k}] uses operator code ${op.opcodeIndex} of ${m.operatorCodes.length}`);
      for (const i of [...op.inputs, ...op.outputs]) check(i === -1 || inRange(i, n), `${where}.operators[${k}] names tensor ${i} of ${n}`);
    }
  }
  for (const [i, b] of m.buffers.entries()) {
    // offset/size are only meaningful when offset > 1 (schema.fbs); then they must lie inside the file.
    if (b.offset > 1) check(b.offset + b.size <= m.byteLength, `buffers[${i}] points at bytes ${b.offset}..${b.offset + b.size} of a ${m.byteLength}-byte file`);
  }
  for (const [i, md] of m.metadata.entries()) check(inRange(md.buffer, m.buffers.length), `metadata[${i}] "${md.name}" uses buffer ${md.buffer} of ${m.buffers.length}`);
  for (const b of m.metadataBuffer) check(inRange(b, m.buffers.length), `metadata_buffer names buffer ${b} of ${m.buffers.length}`);
  for (const [i, sd] of m.signatureDefs.entries()) {
    check(inRange(sd.subgraphIndex, m.subgraphs.length), `signature_defs[${i}] "${sd.signatureKey}" uses subgraph ${sd.subgraphIndex} of ${m.subgraphs.length}`);
    const n = m.subgraphs[sd.subgraphIndex]!.tensors.length;
    for (const tm of [...sd.inputs, ...sd.outputs]) check(inRange(tm.tensorIndex, n), `signature_defs[${i}] "${sd.signatureKey}" maps "${tm.name}" to tensor ${tm.tensorIndex} of ${n}`);
  }
}

/** Parses and validates a .tflite file held in memory. Views of `bytes` (buffer data) stay valid as long as it does. */
export function readTfliteModel(bytes: Uint8Array, options: ReadTfliteOptions = {}): TfliteModel {
  let model: TfliteModel;
  try {
    const root = new FlatBufferReader(bytes).root(TFLITE_FILE_IDENTIFIER);
    const F = Field.Model;
    model = {
      version: root.uint32(F.version),
      operatorCodes: root.tableVector(F.operatorCodes, 'operator_codes').map((t, i) => readOperatorCode(t, `operator_codes[${i}]`)),
      subgraphs: root.tableVector(F.subgraphs, 'subgraphs').map((t, i) => readSubGraph(t, `subgraphs[${i}]`)),
      description: root.string(F.description, 'description'),
      buffers: root.tableVector(F.buffers, 'buffers').map((t, i) => ({
        data: t.bytesVector(Field.Buffer.data, `buffers[${i}].data`),
        offset: t.uint64(Field.Buffer.offset),
        size: t.uint64(Field.Buffer.size),
      })),
      metadataBuffer: root.int32Vector(F.metadataBuffer, 'metadata_buffer') ?? [],
      metadata: root.tableVector(F.metadata, 'metadata').map((t, i) => ({ name: t.string(Field.Metadata.name, `metadata[${i}].name`) ?? '', buffer: t.uint32(Field.Metadata.buffer) })),
      signatureDefs: root.tableVector(F.signatureDefs, 'signature_defs').map((t, i) => readSignatureDef(t, `signature_defs[${i}]`)),
      byteLength: bytes.byteLength,
    };
    validate(model);
  } catch (err) {
    if (err instanceof FlatBufferError) throw corrupt(err.message, options.file, err);
    if (err instanceof RangeError) throw corrupt(err.message, options.file, err);
    throw err;
  }
  if (model.version !== TFLITE_SCHEMA_VERSION) {
    throw new MdeployError('E_UNSUPPORTED_MODEL', `TFLite schema version ${model.version}; only version ${TFLITE_SCHEMA_VERSION} files are read`, { file: options.file });
  }
  return model;
}

/** Reads a .tflite file from disk. */
export function readTfliteFile(path: string): { model: TfliteModel; bytes: Uint8Array } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MdeployError('E_PATH_NOT_FOUND', 'no such file', { file: path, cause: err });
    throw new MdeployError('E_IO', `cannot read the file (${(err as Error).message})`, { file: path, cause: err });
  }
  return { model: readTfliteModel(bytes, { file: path }), bytes };
}

/** The bytes of a buffer: inside the flatbuffer, or the out-of-line range of a >2 GB file. */
export function bufferBytes(model: TfliteModel, fileBytes: Uint8Array, index: number): Uint8Array {
  const b = model.buffers[index];
  if (!b) return new Uint8Array(0);
  if (b.offset > 1) return fileBytes.subarray(b.offset, b.offset + b.size);
  return b.data ?? new Uint8Array(0);
}

/** The name of a BuiltinOptions union member (`Conv2DOptions`), or null for NONE / unknown ids. */
export function builtinOptionsName(op: TfliteOperator): string | null {
  if (op.builtinOptionsType) return BUILTIN_OPTIONS[op.builtinOptionsType] ?? null;
  if (op.builtinOptions2Type) return BUILTIN_OPTIONS_2[op.builtinOptions2Type] ?? null;
  return null;
}
