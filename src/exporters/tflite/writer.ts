/**
 * Writes a TFLite model (schema.fbs, file identifier "TFL3") with the `flatbuffers` package's Builder: one
 * hand-written builder per table mdeploy emits. The model is described as plain data (TfliteModelSpec) and
 * serialized in one call, so planning a model never touches bytes. Field ids come from src/tflite/schema.ts,
 * which src/tflite/reader.ts reads with; builtin options tables are described once in OPTION_TABLES.
 */
import { Builder, type ByteBuffer } from 'flatbuffers';
import { MdeployError } from '../../errors.js';
import { BUILTIN_OPTIONS, BuiltinOperator, Field, PLACEHOLDER_FOR_GREATER_OP_CODES, TFLITE_FILE_IDENTIFIER, TFLITE_SCHEMA_VERSION, type BuiltinOperatorName } from '../../tflite/schema.js';

/** A flatbuffer addresses at most 2 GiB (32-bit offsets); leave room for the tables themselves. */
export const MAX_FLATBUFFER_BYTES = 2 ** 31 - 16 * 1024 * 1024;

type FieldKind = 'i8' | 'i32' | 'bool' | 'f32' | 'i32[]' | 'deprecated';

/**
 * The builtin options tables mdeploy writes, field by field in slot order (schema.fbs). A field's default is
 * the schema's; fields equal to it are omitted, as flatc's builders do.
 */
export const OPTION_TABLES = {
  Conv2DOptions: [['padding', 'i8'], ['stride_w', 'i32'], ['stride_h', 'i32'], ['fused_activation_function', 'i8'], ['dilation_w_factor', 'i32', 1], ['dilation_h_factor', 'i32', 1]],
  DepthwiseConv2DOptions: [['padding', 'i8'], ['stride_w', 'i32'], ['stride_h', 'i32'], ['depth_multiplier', 'i32'], ['fused_activation_function', 'i8'], ['dilation_w_factor', 'i32', 1], ['dilation_h_factor', 'i32', 1]],
  Pool2DOptions: [['padding', 'i8'], ['stride_w', 'i32'], ['stride_h', 'i32'], ['filter_width', 'i32'], ['filter_height', 'i32'], ['fused_activation_function', 'i8']],
  FullyConnectedOptions: [['fused_activation_function', 'i8'], ['weights_format', 'i8'], ['keep_num_dims', 'bool'], ['asymmetric_quantize_inputs', 'bool']],
  SoftmaxOptions: [['beta', 'f32']],
  ConcatenationOptions: [['axis', 'i32'], ['fused_activation_function', 'i8']],
  AddOptions: [['fused_activation_function', 'i8'], ['pot_scale_int16', 'bool', 1]],
  SubOptions: [['fused_activation_function', 'i8'], ['pot_scale_int16', 'bool', 1]],
  MulOptions: [['fused_activation_function', 'i8']],
  DivOptions: [['fused_activation_function', 'i8']],
  GatherOptions: [['axis', 'i32'], ['batch_dims', 'i32']],
  ReducerOptions: [['keep_dims', 'bool']],
  SqueezeOptions: [['squeeze_dims', 'i32[]']],
  StridedSliceOptions: [['begin_mask', 'i32'], ['end_mask', 'i32'], ['ellipsis_mask', 'i32'], ['new_axis_mask', 'i32'], ['shrink_axis_mask', 'i32'], ['offset', 'bool']],
  CastOptions: [['in_data_type', 'i8'], ['out_data_type', 'i8']],
  ArgMaxOptions: [['output_type', 'i8']],
  ArgMinOptions: [['output_type', 'i8']],
  ShapeOptions: [['out_type', 'i8']],
  PackOptions: [['values_count', 'i32'], ['axis', 'i32']],
  UnpackOptions: [['num', 'i32'], ['axis', 'i32']],
  SplitOptions: [['num_splits', 'i32']],
  SplitVOptions: [['num_splits', 'i32']],
  LeakyReluOptions: [['alpha', 'f32']],
  MirrorPadOptions: [['mode', 'i8']],
  ResizeBilinearOptions: [['new_height', 'deprecated'], ['new_width', 'deprecated'], ['align_corners', 'bool'], ['half_pixel_centers', 'bool']],
  ResizeNearestNeighborOptions: [['align_corners', 'bool'], ['half_pixel_centers', 'bool']],
  BatchMatMulOptions: [['adj_x', 'bool'], ['adj_y', 'bool'], ['asymmetric_quantize_inputs', 'bool']],
  CumsumOptions: [['exclusive', 'bool'], ['reverse', 'bool']],
  GeluOptions: [['approximate', 'bool']],
  TopKV2Options: [],
  OneHotOptions: [['axis', 'i32']],
  SparseToDenseOptions: [['validate_indices', 'bool']],
  UniqueOptions: [['idx_out_type', 'i8', 2]],
  LocalResponseNormalizationOptions: [['radius', 'i32'], ['bias', 'f32'], ['alpha', 'f32'], ['beta', 'f32']],
  DepthToSpaceOptions: [['block_size', 'i32']],
  TransposeConvOptions: [['padding', 'i8'], ['stride_w', 'i32'], ['stride_h', 'i32'], ['fused_activation_function', 'i8']],
  UnidirectionalSequenceLSTMOptions: [['fused_activation_function', 'i8'], ['cell_clip', 'f32'], ['proj_clip', 'f32'], ['time_major', 'bool'], ['asymmetric_quantize_inputs', 'bool'], ['diagonal_recurrent_tensors', 'bool']],
  WhileOptions: [['cond_subgraph_index', 'i32'], ['body_subgraph_index', 'i32']],
  IfOptions: [['then_subgraph_index', 'i32'], ['else_subgraph_index', 'i32']],
} as const satisfies Record<string, ReadonlyArray<readonly [string, FieldKind, number?]>>;

export type OptionTableName = keyof typeof OPTION_TABLES;
type FieldNames<T extends OptionTableName> = (typeof OPTION_TABLES)[T][number][0];

/** One operator's builtin options: the table and the values of the fields that differ from the default. */
export type BuiltinOptions = { [T in OptionTableName]: { table: T; values: Partial<Record<FieldNames<T>, number | boolean | number[]>> } }[OptionTableName];

/**
 * The operator version mdeploy writes: 1, except where TFLite's op resolver starts higher (BROADCAST_TO's
 * kernels are registered from version 2). Kernels read their options whatever the version.
 */
const MIN_VERSION: Partial<Record<BuiltinOperatorName, number>> = { BROADCAST_TO: 2 };

/** ActivationFunctionType values. */
export const Activation = { NONE: 0, RELU: 1, RELU_N1_TO_1: 2, RELU6: 3, TANH: 4 } as const;
/** Padding values. */
export const Padding = { SAME: 0, VALID: 1 } as const;

export interface TensorSpec {
  name: string;
  /** TensorType value. */
  type: number;
  /** Null: unknown rank (has_rank false). */
  shape: number[] | null;
  /** -1 for dimensions that vary; omitted when every dimension is fixed. */
  shapeSignature?: number[];
  buffer: number;
  /** Quantization parameters (schema.fbs QuantizationParameters); omitted for float tensors. */
  quantization?: TensorQuantization;
  /** A variable tensor (is_variable): state an operator keeps across its steps (UNIDIRECTIONAL_SEQUENCE_LSTM). */
  isVariable?: boolean;
}

/** Affine quantization: real = scale · (q − zero_point), per tensor or per slice along quantizedDimension. */
export interface TensorQuantization {
  scale: number[];
  zeroPoint: number[];
  /** The axis scale and zero_point run along when they have more than one entry (default 0). */
  quantizedDimension?: number;
}

export interface OperatorSpec {
  op: BuiltinOperatorName;
  inputs: number[];
  outputs: number[];
  options?: BuiltinOptions;
  /**
   * The version this operator needs (op_version.cc: int8 kernels are 2 and up); the OperatorCode gets the
   * highest any operator of its builtin asks for, as TFLite's UpdateOpVersion writes it. Default: MIN_VERSION.
   */
  version?: number;
}

export interface SignatureSpec {
  key: string;
  inputs: Array<{ name: string; tensor: number }>;
  outputs: Array<{ name: string; tensor: number }>;
}

/** A subgraph after the main one: a WHILE's cond / body, an IF's branches. */
export interface SubgraphSpec {
  name: string;
  tensors: TensorSpec[];
  inputs: number[];
  outputs: number[];
  operators: OperatorSpec[];
}

/** The model: the main subgraph's parts inline (subgraph 0, the one the SignatureDef names), then `subgraphs`. */
export interface TfliteModelSpec {
  description: string;
  tensors: TensorSpec[];
  inputs: number[];
  outputs: number[];
  operators: OperatorSpec[];
  /** Buffer contents; index 0 must be the empty sentinel. */
  buffers: Uint8Array[];
  signature: SignatureSpec;
  metadata?: Record<string, Uint8Array>;
  /** Subgraphs 1, 2, … (control-flow bodies); their tensors index their own list, buffers the model's. */
  subgraphs?: SubgraphSpec[];
}

/** A byte vector whose data starts on a 16-byte boundary (Buffer.data is force_align: 16). */
function alignedBytes(b: Builder, data: Uint8Array): number {
  b.startVector(1, data.length, 16);
  // Builder writes back to front; `space` is where the next byte goes. createByteVector does the same copy,
  // but only with 1-byte alignment.
  const inner = b as unknown as { space: number; bb: ByteBuffer };
  inner.space -= data.length;
  inner.bb.bytes().set(data, inner.space);
  return b.endVector();
}

function int32Vector(b: Builder, values: readonly number[]): number {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i]!);
  return b.endVector();
}

function tableVector(b: Builder, offsets: readonly number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]!);
  return b.endVector();
}

function writeOptions(b: Builder, o: BuiltinOptions): number {
  const fields = OPTION_TABLES[o.table] as ReadonlyArray<readonly [string, FieldKind, number?]>;
  const values = o.values as Record<string, number | boolean | number[] | undefined>;
  // Vectors are written before the table that points at them.
  const vectors = new Map<number, number>();
  fields.forEach(([name, kind], slot) => {
    const v = values[name];
    if (kind === 'i32[]' && Array.isArray(v)) vectors.set(slot, int32Vector(b, v));
  });
  b.startObject(fields.length);
  fields.forEach(([name, kind, dflt = 0], slot) => {
    const v = values[name];
    if (v === undefined || kind === 'deprecated') return;
    if (kind === 'i32[]') b.addFieldOffset(slot, vectors.get(slot)!, 0);
    else if (kind === 'f32') b.addFieldFloat32(slot, Number(v), dflt);
    else if (kind === 'i32') b.addFieldInt32(slot, Number(v), dflt);
    else b.addFieldInt8(slot, Number(v), dflt);
  });
  return b.endObject();
}

function writeQuantization(b: Builder, q: TensorQuantization): number {
  b.startVector(4, q.scale.length, 4);
  for (let i = q.scale.length - 1; i >= 0; i--) b.addFloat32(q.scale[i]!);
  const scale = b.endVector();
  b.startVector(8, q.zeroPoint.length, 8);
  for (let i = q.zeroPoint.length - 1; i >= 0; i--) b.addInt64(BigInt(q.zeroPoint[i]!));
  const zeroPoint = b.endVector();
  b.startObject(7);
  b.addFieldOffset(Field.QuantizationParameters.scale, scale, 0);
  b.addFieldOffset(Field.QuantizationParameters.zeroPoint, zeroPoint, 0);
  b.addFieldInt32(Field.QuantizationParameters.quantizedDimension, q.quantizedDimension ?? 0, 0);
  return b.endObject();
}

/** Serializes a model. Throws E_UNSUPPORTED_MODEL when it cannot fit one flatbuffer (2 GB). */
export function writeTfliteModel(spec: TfliteModelSpec): Uint8Array {
  const weightBytes = spec.buffers.reduce((n, d) => n + d.length + 16, 0);
  if (weightBytes > MAX_FLATBUFFER_BYTES) {
    throw new MdeployError('E_UNSUPPORTED_MODEL', `the model's weights take ${(weightBytes / 2 ** 30).toFixed(2)} GiB; mdeploy writes TFLite files up to 2 GB (one flatbuffer)`, {
      suggestions: ['Convert to onnx (external data) or tfjs (sharded weights), or quantize the model first.'],
    });
  }
  const b = new Builder(Math.min(MAX_FLATBUFFER_BYTES, Math.max(1024, weightBytes + 1024 * 1024)));

  // Buffers: the data vectors first (largest part of the file), then their tables.
  const bufferTables = spec.buffers.map((data) => {
    const v = data.length ? alignedBytes(b, data) : 0;
    b.startObject(3);
    if (v) b.addFieldOffset(Field.Buffer.data, v, 0);
    return b.endObject();
  });

  // Operator codes, in first-use order.
  const codes: BuiltinOperatorName[] = [];
  const codeIndex = new Map<BuiltinOperatorName, number>();
  const allSubgraphs: SubgraphSpec[] = [{ name: 'main', tensors: spec.tensors, inputs: spec.inputs, outputs: spec.outputs, operators: spec.operators }, ...(spec.subgraphs ?? [])];
  const versions = new Map<BuiltinOperatorName, number>();
  for (const sg of allSubgraphs) {
    for (const op of sg.operators) {
      if (!codeIndex.has(op.op)) codeIndex.set(op.op, codes.push(op.op) - 1);
      versions.set(op.op, Math.max(versions.get(op.op) ?? 1, op.version ?? 1, MIN_VERSION[op.op] ?? 1));
    }
  }
  const codeTables = codes.map((name) => {
    const code = BuiltinOperator[name];
    b.startObject(4);
    b.addFieldInt8(Field.OperatorCode.deprecatedBuiltinCode, Math.min(code, PLACEHOLDER_FOR_GREATER_OP_CODES), 0);
    b.addFieldInt32(Field.OperatorCode.version, versions.get(name)!, 0);
    b.addFieldInt32(Field.OperatorCode.builtinCode, code, 0);
    return b.endObject();
  });

  const writeSubgraph = (sg: SubgraphSpec): number => {
    const tensorTables = sg.tensors.map((t) => {
      const name = b.createString(t.name);
      const shape = int32Vector(b, t.shape ?? []);
      const sig = t.shapeSignature ? int32Vector(b, t.shapeSignature) : 0;
      const quantization = t.quantization ? writeQuantization(b, t.quantization) : 0;
      b.startObject(10);
      b.addFieldOffset(Field.Tensor.shape, shape, 0);
      b.addFieldInt8(Field.Tensor.type, t.type, 0);
      b.addFieldInt32(Field.Tensor.buffer, t.buffer, 0);
      b.addFieldOffset(Field.Tensor.name, name, 0);
      if (sig) b.addFieldOffset(Field.Tensor.shapeSignature, sig, 0);
      if (quantization) b.addFieldOffset(Field.Tensor.quantization, quantization, 0);
      if (t.isVariable) b.addFieldInt8(Field.Tensor.isVariable, 1, 0);
      b.addFieldInt8(Field.Tensor.hasRank, t.shape ? 1 : 0, 0);
      return b.endObject();
    });

    const operatorTables = sg.operators.map((op) => {
      const inputs = int32Vector(b, op.inputs);
      const outputs = int32Vector(b, op.outputs);
      const options = op.options ? writeOptions(b, op.options) : 0;
      b.startObject(13);
      b.addFieldInt32(Field.Operator.opcodeIndex, codeIndex.get(op.op)!, 0);
      b.addFieldOffset(Field.Operator.inputs, inputs, 0);
      b.addFieldOffset(Field.Operator.outputs, outputs, 0);
      if (op.options) {
        b.addFieldInt8(Field.Operator.builtinOptionsType, BUILTIN_OPTIONS.indexOf(op.options.table), 0);
        b.addFieldOffset(Field.Operator.builtinOptions, options, 0);
      }
      return b.endObject();
    });

    const subgraphName = b.createString(sg.name);
    const tensors = tableVector(b, tensorTables);
    const sgInputs = int32Vector(b, sg.inputs);
    const sgOutputs = int32Vector(b, sg.outputs);
    const operators = tableVector(b, operatorTables);
    b.startObject(5);
    b.addFieldOffset(Field.SubGraph.tensors, tensors, 0);
    b.addFieldOffset(Field.SubGraph.inputs, sgInputs, 0);
    b.addFieldOffset(Field.SubGraph.outputs, sgOutputs, 0);
    b.addFieldOffset(Field.SubGraph.operators, operators, 0);
    b.addFieldOffset(Field.SubGraph.name, subgraphName, 0);
    return b.endObject();
  };
  const subgraphTables = allSubgraphs.map(writeSubgraph);

  const tensorMaps = (maps: SignatureSpec['inputs']): number =>
    tableVector(
      b,
      maps.map((m) => {
        const name = b.createString(m.name);
        b.startObject(2);
        b.addFieldOffset(Field.TensorMap.name, name, 0);
        b.addFieldInt32(Field.TensorMap.tensorIndex, m.tensor, -1);
        return b.endObject();
      }),
    );
  const sigInputs = tensorMaps(spec.signature.inputs);
  const sigOutputs = tensorMaps(spec.signature.outputs);
  const sigKey = b.createString(spec.signature.key);
  b.startObject(5);
  b.addFieldOffset(Field.SignatureDef.inputs, sigInputs, 0);
  b.addFieldOffset(Field.SignatureDef.outputs, sigOutputs, 0);
  b.addFieldOffset(Field.SignatureDef.signatureKey, sigKey, 0);
  b.addFieldInt32(Field.SignatureDef.subgraphIndex, 0, -1);
  const signatureDef = b.endObject();

  // Metadata entries point at buffers appended after the tensors' ones.
  const metadataTables: number[] = [];
  const extraBuffers: number[] = [];
  for (const [name, data] of Object.entries(spec.metadata ?? {})) {
    const v = alignedBytes(b, data);
    b.startObject(3);
    b.addFieldOffset(Field.Buffer.data, v, 0);
    extraBuffers.push(b.endObject());
    const n = b.createString(name);
    b.startObject(2);
    b.addFieldOffset(Field.Metadata.name, n, 0);
    b.addFieldInt32(Field.Metadata.buffer, bufferTables.length + extraBuffers.length - 1, -1);
    metadataTables.push(b.endObject());
  }

  const description = b.createString(spec.description);
  const opcodes = tableVector(b, codeTables);
  const subgraphs = tableVector(b, subgraphTables);
  const buffers = tableVector(b, [...bufferTables, ...extraBuffers]);
  const metadata = metadataTables.length ? tableVector(b, metadataTables) : 0;
  const signatureDefs = tableVector(b, [signatureDef]);
  b.startObject(8);
  b.addFieldInt32(Field.Model.version, TFLITE_SCHEMA_VERSION, -1);
  b.addFieldOffset(Field.Model.operatorCodes, opcodes, 0);
  b.addFieldOffset(Field.Model.subgraphs, subgraphs, 0);
  b.addFieldOffset(Field.Model.description, description, 0);
  b.addFieldOffset(Field.Model.buffers, buffers, 0);
  if (metadata) b.addFieldOffset(Field.Model.metadata, metadata, 0);
  b.addFieldOffset(Field.Model.signatureDefs, signatureDefs, 0);
  b.finish(b.endObject(), TFLITE_FILE_IDENTIFIER);
  return b.asUint8Array();
}
