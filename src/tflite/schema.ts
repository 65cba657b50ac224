/**
 * The part of TFLite's flatbuffer schema (tensorflow/compiler/mlir/lite/schema/schema.fbs, file identifier
 * "TFL3", schema version 3) that mdeploy reads and writes: the tables' field ids and the enums' names.
 * test/unit/tflite-reader.test.ts checks the enums against TensorFlow's own schema code.
 */
import type { DTypeName } from '../tensor/dtypes.js';

/** The file identifier at bytes 4..8 of every .tflite file. */
export const TFLITE_FILE_IDENTIFIER = 'TFL3';
/** The schema version TFLite writes today (Model.version). */
export const TFLITE_SCHEMA_VERSION = 3;

/**
 * Field ids (the slot in the table's vtable). A union takes two slots: `<name>_type` then the value.
 * Deprecated fields keep their slot.
 */
export const Field = {
  Model: { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadataBuffer: 5, metadata: 6, signatureDefs: 7 },
  OperatorCode: { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 },
  SubGraph: { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 },
  Tensor: { shape: 0, type: 1, buffer: 2, name: 3, quantization: 4, isVariable: 5, sparsity: 6, shapeSignature: 7, hasRank: 8, variantTensors: 9 },
  QuantizationParameters: { min: 0, max: 1, scale: 2, zeroPoint: 3, detailsType: 4, details: 5, quantizedDimension: 6 },
  Operator: {
    opcodeIndex: 0,
    inputs: 1,
    outputs: 2,
    builtinOptionsType: 3,
    builtinOptions: 4,
    customOptions: 5,
    customOptionsFormat: 6,
    mutatingVariableInputs: 7,
    intermediates: 8,
    largeCustomOptionsOffset: 9,
    largeCustomOptionsSize: 10,
    builtinOptions2Type: 11,
    builtinOptions2: 12,
  },
  Buffer: { data: 0, offset: 1, size: 2 },
  Metadata: { name: 0, buffer: 1 },
  TensorMap: { name: 0, tensorIndex: 1 },
  SignatureDef: { inputs: 0, outputs: 1, signatureKey: 2, deprecatedTag: 3, subgraphIndex: 4 },
} as const;

/** TensorType names by value. */
export const TENSOR_TYPES = [
  'FLOAT32', 'FLOAT16', 'INT32', 'UINT8', 'INT64', 'STRING', 'BOOL', 'INT16', 'COMPLEX64', 'INT8', 'FLOAT64',
  'COMPLEX128', 'UINT64', 'RESOURCE', 'VARIANT', 'UINT32', 'UINT16', 'INT4', 'BFLOAT16', 'INT2', 'UINT4',
] as const;
export type TensorTypeName = (typeof TENSOR_TYPES)[number];

/**
 * TensorFlow's dtype name for each TFLite tensor type. DT_INT4, DT_UINT4 and DT_INT2 are TensorFlow's names
 * too, but mdeploy's DTypeName list (the dtypes it can hold in a HostTensor) does not include them.
 */
export const DTYPE_OF_TENSOR_TYPE: Record<TensorTypeName, DTypeName | 'DT_INT4' | 'DT_UINT4' | 'DT_INT2'> = {
  FLOAT32: 'DT_FLOAT',
  FLOAT16: 'DT_HALF',
  INT32: 'DT_INT32',
  UINT8: 'DT_UINT8',
  INT64: 'DT_INT64',
  STRING: 'DT_STRING',
  BOOL: 'DT_BOOL',
  INT16: 'DT_INT16',
  COMPLEX64: 'DT_COMPLEX64',
  INT8: 'DT_INT8',
  FLOAT64: 'DT_DOUBLE',
  COMPLEX128: 'DT_COMPLEX128',
  UINT64: 'DT_UINT64',
  RESOURCE: 'DT_RESOURCE',
  VARIANT: 'DT_VARIANT',
  UINT32: 'DT_UINT32',
  UINT16: 'DT_UINT16',
  INT4: 'DT_INT4',
  BFLOAT16: 'DT_BFLOAT16',
  INT2: 'DT_INT2',
  UINT4: 'DT_UINT4',
};

/**
 * BuiltinOperator names by code (0..209, TF 2.21). Codes from 127 on live in OperatorCode.builtin_code
 * only; deprecated_builtin_code then holds PLACEHOLDER_FOR_GREATER_OP_CODES (127).
 */
export const BUILTIN_OPERATORS = [
  'ADD', 'AVERAGE_POOL_2D', 'CONCATENATION', 'CONV_2D', 'DEPTHWISE_CONV_2D', 'DEPTH_TO_SPACE', 'DEQUANTIZE',
  'EMBEDDING_LOOKUP', 'FLOOR', 'FULLY_CONNECTED', 'HASHTABLE_LOOKUP', 'L2_NORMALIZATION', 'L2_POOL_2D',
  'LOCAL_RESPONSE_NORMALIZATION', 'LOGISTIC', 'LSH_PROJECTION', 'LSTM', 'MAX_POOL_2D', 'MUL', 'RELU',
  'RELU_N1_TO_1', 'RELU6', 'RESHAPE', 'RESIZE_BILINEAR', 'RNN', 'SOFTMAX', 'SPACE_TO_DEPTH', 'SVDF', 'TANH',
  'CONCAT_EMBEDDINGS', 'SKIP_GRAM', 'CALL', 'CUSTOM', 'EMBEDDING_LOOKUP_SPARSE', 'PAD',
  'UNIDIRECTIONAL_SEQUENCE_RNN', 'GATHER', 'BATCH_TO_SPACE_ND', 'SPACE_TO_BATCH_ND', 'TRANSPOSE', 'MEAN', 'SUB',
  'DIV', 'SQUEEZE', 'UNIDIRECTIONAL_SEQUENCE_LSTM', 'STRIDED_SLICE', 'BIDIRECTIONAL_SEQUENCE_RNN', 'EXP',
  'TOPK_V2', 'SPLIT', 'LOG_SOFTMAX', 'DELEGATE', 'BIDIRECTIONAL_SEQUENCE_LSTM', 'CAST', 'PRELU', 'MAXIMUM',
  'ARG_MAX', 'MINIMUM', 'LESS', 'NEG', 'PADV2', 'GREATER', 'GREATER_EQUAL', 'LESS_EQUAL', 'SELECT', 'SLICE',
  'SIN', 'TRANSPOSE_CONV', 'SPARSE_TO_DENSE', 'TILE', 'EXPAND_DIMS', 'EQUAL', 'NOT_EQUAL', 'LOG', 'SUM', 'SQRT',
  'RSQRT', 'SHAPE', 'POW', 'ARG_MIN', 'FAKE_QUANT', 'REDUCE_PROD', 'REDUCE_MAX', 'PACK', 'LOGICAL_OR',
  'ONE_HOT', 'LOGICAL_AND', 'LOGICAL_NOT', 'UNPACK', 'REDUCE_MIN', 'FLOOR_DIV', 'REDUCE_ANY', 'SQUARE',
  'ZEROS_LIKE', 'FILL', 'FLOOR_MOD', 'RANGE', 'RESIZE_NEAREST_NEIGHBOR', 'LEAKY_RELU', 'SQUARED_DIFFERENCE',
  'MIRROR_PAD', 'ABS', 'SPLIT_V', 'UNIQUE', 'CEIL', 'REVERSE_V2', 'ADD_N', 'GATHER_ND', 'COS', 'WHERE', 'RANK',
  'ELU', 'REVERSE_SEQUENCE', 'MATRIX_DIAG', 'QUANTIZE', 'MATRIX_SET_DIAG', 'ROUND', 'HARD_SWISH', 'IF', 'WHILE',
  'NON_MAX_SUPPRESSION_V4', 'NON_MAX_SUPPRESSION_V5', 'SCATTER_ND', 'SELECT_V2', 'DENSIFY', 'SEGMENT_SUM',
  'BATCH_MATMUL', 'PLACEHOLDER_FOR_GREATER_OP_CODES', 'CUMSUM', 'CALL_ONCE', 'BROADCAST_TO', 'RFFT2D', 'CONV_3D',
  'IMAG', 'REAL', 'COMPLEX_ABS', 'HASHTABLE', 'HASHTABLE_FIND', 'HASHTABLE_IMPORT', 'HASHTABLE_SIZE',
  'REDUCE_ALL', 'CONV_3D_TRANSPOSE', 'VAR_HANDLE', 'READ_VARIABLE', 'ASSIGN_VARIABLE', 'BROADCAST_ARGS',
  'RANDOM_STANDARD_NORMAL', 'BUCKETIZE', 'RANDOM_UNIFORM', 'MULTINOMIAL', 'GELU', 'DYNAMIC_UPDATE_SLICE',
  'RELU_0_TO_1', 'UNSORTED_SEGMENT_PROD', 'UNSORTED_SEGMENT_MAX', 'UNSORTED_SEGMENT_SUM', 'ATAN2',
  'UNSORTED_SEGMENT_MIN', 'SIGN', 'BITCAST', 'BITWISE_XOR', 'RIGHT_SHIFT', 'STABLEHLO_LOGISTIC', 'STABLEHLO_ADD',
  'STABLEHLO_DIVIDE', 'STABLEHLO_MULTIPLY', 'STABLEHLO_MAXIMUM', 'STABLEHLO_RESHAPE', 'STABLEHLO_CLAMP',
  'STABLEHLO_CONCATENATE', 'STABLEHLO_BROADCAST_IN_DIM', 'STABLEHLO_CONVOLUTION', 'STABLEHLO_SLICE',
  'STABLEHLO_CUSTOM_CALL', 'STABLEHLO_REDUCE', 'STABLEHLO_ABS', 'STABLEHLO_AND', 'STABLEHLO_COSINE',
  'STABLEHLO_EXPONENTIAL', 'STABLEHLO_FLOOR', 'STABLEHLO_LOG', 'STABLEHLO_MINIMUM', 'STABLEHLO_NEGATE',
  'STABLEHLO_OR', 'STABLEHLO_POWER', 'STABLEHLO_REMAINDER', 'STABLEHLO_RSQRT', 'STABLEHLO_SELECT',
  'STABLEHLO_SUBTRACT', 'STABLEHLO_TANH', 'STABLEHLO_SCATTER', 'STABLEHLO_COMPARE', 'STABLEHLO_CONVERT',
  'STABLEHLO_DYNAMIC_SLICE', 'STABLEHLO_DYNAMIC_UPDATE_SLICE', 'STABLEHLO_PAD', 'STABLEHLO_IOTA',
  'STABLEHLO_DOT_GENERAL', 'STABLEHLO_REDUCE_WINDOW', 'STABLEHLO_SORT', 'STABLEHLO_WHILE', 'STABLEHLO_GATHER',
  'STABLEHLO_TRANSPOSE', 'DILATE', 'STABLEHLO_RNG_BIT_GENERATOR', 'REDUCE_WINDOW', 'STABLEHLO_COMPOSITE',
  'STABLEHLO_SHIFT_LEFT', 'STABLEHLO_CBRT', 'STABLEHLO_CASE',
] as const;
export type BuiltinOperatorName = (typeof BUILTIN_OPERATORS)[number];

export const BuiltinOperator = Object.fromEntries(BUILTIN_OPERATORS.map((n, i) => [n, i])) as { readonly [K in BuiltinOperatorName]: number };

/** deprecated_builtin_code's value for every code it cannot hold (a signed byte). */
export const PLACEHOLDER_FOR_GREATER_OP_CODES = 127;

/** The BuiltinOptions union's member names by type id (0 is NONE). */
export const BUILTIN_OPTIONS = [
  'NONE', 'Conv2DOptions', 'DepthwiseConv2DOptions', 'ConcatEmbeddingsOptions', 'LSHProjectionOptions',
  'Pool2DOptions', 'SVDFOptions', 'RNNOptions', 'FullyConnectedOptions', 'SoftmaxOptions', 'ConcatenationOptions',
  'AddOptions', 'L2NormOptions', 'LocalResponseNormalizationOptions', 'LSTMOptions', 'ResizeBilinearOptions',
  'CallOptions', 'ReshapeOptions', 'SkipGramOptions', 'SpaceToDepthOptions', 'EmbeddingLookupSparseOptions',
  'MulOptions', 'PadOptions', 'GatherOptions', 'BatchToSpaceNDOptions', 'SpaceToBatchNDOptions',
  'TransposeOptions', 'ReducerOptions', 'SubOptions', 'DivOptions', 'SqueezeOptions', 'SequenceRNNOptions',
  'StridedSliceOptions', 'ExpOptions', 'TopKV2Options', 'SplitOptions', 'LogSoftmaxOptions', 'CastOptions',
  'DequantizeOptions', 'MaximumMinimumOptions', 'ArgMaxOptions', 'LessOptions', 'NegOptions', 'PadV2Options',
  'GreaterOptions', 'GreaterEqualOptions', 'LessEqualOptions', 'SelectOptions', 'SliceOptions',
  'TransposeConvOptions', 'SparseToDenseOptions', 'TileOptions', 'ExpandDimsOptions', 'EqualOptions',
  'NotEqualOptions', 'ShapeOptions', 'PowOptions', 'ArgMinOptions', 'FakeQuantOptions', 'PackOptions',
  'LogicalOrOptions', 'OneHotOptions', 'LogicalAndOptions', 'LogicalNotOptions', 'UnpackOptions',
  'FloorDivOptions', 'SquareOptions', 'ZerosLikeOptions', 'FillOptions', 'BidirectionalSequenceLSTMOptions',
  'BidirectionalSequenceRNNOptions', 'UnidirectionalSequenceLSTMOptions', 'FloorModOptions', 'RangeOptions',
  'ResizeNearestNeighborOptions', 'LeakyReluOptions', 'SquaredDifferenceOptions', 'MirrorPadOptions',
  'AbsOptions', 'SplitVOptions', 'UniqueOptions', 'ReverseV2Options', 'AddNOptions', 'GatherNdOptions',
  'CosOptions', 'WhereOptions', 'RankOptions', 'ReverseSequenceOptions', 'MatrixDiagOptions', 'QuantizeOptions',
  'MatrixSetDiagOptions', 'HardSwishOptions', 'IfOptions', 'WhileOptions', 'DepthToSpaceOptions',
  'NonMaxSuppressionV4Options', 'NonMaxSuppressionV5Options', 'ScatterNdOptions', 'SelectV2Options',
  'DensifyOptions', 'SegmentSumOptions', 'BatchMatMulOptions', 'CumsumOptions', 'CallOnceOptions',
  'BroadcastToOptions', 'Rfft2dOptions', 'Conv3DOptions', 'HashtableOptions', 'HashtableFindOptions',
  'HashtableImportOptions', 'HashtableSizeOptions', 'VarHandleOptions', 'ReadVariableOptions',
  'AssignVariableOptions', 'RandomOptions', 'BucketizeOptions', 'GeluOptions', 'DynamicUpdateSliceOptions',
  'UnsortedSegmentProdOptions', 'UnsortedSegmentMaxOptions', 'UnsortedSegmentMinOptions',
  'UnsortedSegmentSumOptions', 'ATan2Options', 'SignOptions', 'BitcastOptions', 'BitwiseXorOptions',
  'RightShiftOptions',
] as const;

/** The BuiltinOptions2 union's member names by type id (0 is NONE). */
export const BUILTIN_OPTIONS_2 = [
  'NONE', 'StablehloConcatenateOptions', 'StablehloBroadcastInDimOptions', 'StablehloSliceOptions',
  'StablehloConvolutionOptions', 'StablehloCustomCallOptions', 'StablehloReduceOptions', 'StablehloScatterOptions',
  'StablehloCompareOptions', 'StablehloDynamicSliceOptions', 'StablehloPadOptions', 'StablehloIotaOptions',
  'StablehloDotGeneralOptions', 'StablehloReduceWindowOptions', 'StablehloSortOptions', 'StablehloWhileOptions',
  'StablehloGatherOptions', 'StablehloTransposeOptions', 'DilateOptions', 'StablehloRngBitGeneratorOptions',
  'ReduceWindowOptions', 'StableHLOCompositeOptions', 'StablehloShiftLeftOptions', 'StablehloCaseOptions',
] as const;

/** A tensor type's name, or `UNKNOWN_<n>` for a value newer than this list. */
export function tensorTypeName(code: number): string {
  return TENSOR_TYPES[code] ?? `UNKNOWN_${code}`;
}

/** A builtin operator's name, or `UNKNOWN_<n>` for a code newer than this list. */
export function builtinOperatorName(code: number): string {
  return BUILTIN_OPERATORS[code] ?? `UNKNOWN_${code}`;
}

/**
 * The operator code an OperatorCode means. Files written before builtin_code existed only set the
 * deprecated byte (builtin_code then reads as 0 = ADD); newer ones set 127 in the byte for codes that do not
 * fit. TFLite's own rule covers both: the larger of the two.
 */
export function resolveBuiltinCode(deprecatedBuiltinCode: number, builtinCode: number): number {
  return Math.max(deprecatedBuiltinCode, builtinCode);
}
