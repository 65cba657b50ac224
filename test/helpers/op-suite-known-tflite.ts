/**
 * TFLite target: cases of the per-op suite that do not match TensorFlow yet (see op-suite-known.ts).
 *
 * The `wrong` entries are limits of the runtime the suite validates on, LiteRT.js (src/runtime/litert.ts), not
 * of the written files: each of these files reproduces TensorFlow's golden outputs in Python's
 * tf.lite.Interpreter (checked when the list was written). They stay tests: once LiteRT.js or mdeploy's
 * session over it handles the case, the entry must go.
 */
import type { KnownProblem, KnownProblems } from './op-suite-known.js';

/** LiteRT.js's Tensor class moves float32, int32 and uint8 data only. */
const LITERT_DTYPES: KnownProblem = { kind: 'wrong', reason: 'LiteRT.js feeds and returns float32, int32 and uint8 tensors only; this case has a bool, int64, float64 or float16 input or output' };
/**
 * An output LiteRT.js does not copy into the buffer it hands back: one TFLite computes while the model is
 * prepared (SHAPE, SIZE and int32 arithmetic on shapes are persistent read-only tensors), or one resized while
 * the model runs. The shape is right (src/runtime/litert.ts measures it), the values are not.
 */
const LITERT_DYNAMIC: KnownProblem = { kind: 'wrong', reason: 'the output is computed while the model is prepared (a shape computation), and LiteRT.js does not copy such a tensor into the output buffer it returns' };
/** An output whose shape comes from input values, resized while the model runs: LiteRT.js returns its buffer unfilled. */
const LITERT_DATA_SHAPE: KnownProblem = { kind: 'wrong', reason: 'the output\'s shape depends on input values, so TFLite allocates it while the model runs, and LiteRT.js does not copy it into the output buffer it returns' };
const UNKNOWN_RANK: KnownProblem = { kind: 'refused', reason: 'an input of unknown rank has no TFLite shape_signature', error: /TFLite export needs inputs of known rank/ };

export const TFLITE_KNOWN: KnownProblems = {
  ArgMax_ax1: LITERT_DTYPES,
  ArgMax_int32_input: LITERT_DTYPES,
  ArgMin_ax1: LITERT_DTYPES,
  ArgMin_int32_input: LITERT_DTYPES,
  Cast_bool_to_float32: LITERT_DTYPES,
  Cast_float64_to_float32: LITERT_DTYPES,
  Cast_float_to_bool: LITERT_DTYPES,
  Cast_float_to_float16: LITERT_DTYPES,
  Cast_int32_to_int64: LITERT_DTYPES,
  Cast_int64_to_int32: LITERT_DTYPES,
  GatherV2_negative_axis_int64: LITERT_DTYPES,
  OneHot_int64_indices: LITERT_DTYPES,
  Shape_int64: LITERT_DTYPES,
  binary_AddV2_int64: LITERT_DTYPES,
  binary_Mul_float64: { kind: 'refused', reason: 'TFLite\'s MUL has no float64 kernel', error: /Mul on DT_DOUBLE/ },
  compare_Equal_bool: LITERT_DTYPES,
  compare_Equal_float: LITERT_DTYPES,
  compare_Equal_int32: LITERT_DTYPES,
  compare_GreaterEqual_float: LITERT_DTYPES,
  compare_GreaterEqual_int32: LITERT_DTYPES,
  compare_Greater_float: LITERT_DTYPES,
  compare_Greater_int32: LITERT_DTYPES,
  compare_LessEqual_float: LITERT_DTYPES,
  compare_LessEqual_int32: LITERT_DTYPES,
  compare_Less_float: LITERT_DTYPES,
  compare_Less_int32: LITERT_DTYPES,
  compare_NotEqual_float: LITERT_DTYPES,
  compare_NotEqual_int32: LITERT_DTYPES,
  logical_And: LITERT_DTYPES,
  logical_Not: LITERT_DTYPES,
  logical_Or: LITERT_DTYPES,
  reduce_All: LITERT_DTYPES,
  reduce_Any_keep: LITERT_DTYPES,
  select_SelectV2_bcast: LITERT_DTYPES,
  select_SelectV2_same: LITERT_DTYPES,
  select_Select_rows: LITERT_DTYPES,
  select_Select_same: LITERT_DTYPES,
  Shape_dynamic: LITERT_DYNAMIC,
  BroadcastArgs: LITERT_DYNAMIC,
  ShapeN: LITERT_DYNAMIC,
  Size_dynamic: LITERT_DYNAMIC,
  Fill_dynamic: LITERT_DATA_SHAPE,
  Range_dynamic_limit: LITERT_DATA_SHAPE,
  Range_float: LITERT_DATA_SHAPE,
  Range_start_delta: LITERT_DATA_SHAPE,
  StridedSlice_dynamic_end: LITERT_DATA_SHAPE,
  Tile_dynamic_multiples: LITERT_DATA_SHAPE,
  TopKV2_dynamic_k: LITERT_DATA_SHAPE,
  Unique: LITERT_DATA_SHAPE,
  Einsum_ellij_jk_to_ellik: { kind: 'refused', reason: 'Einsum with an ellipsis', error: /Einsum "\.\.\.ij,jk->\.\.\.ik"/ },
  Einsum_ij_to_ji: { kind: 'refused', reason: 'one-operand Einsum', error: /Einsum "ij->ji"/ },
  // The bool condition is a signature input; the IF file reproduces TensorFlow in tf.lite.Interpreter.
  If_stateful: LITERT_DTYPES,
  StatelessIf: LITERT_DTYPES,
  TensorList_reserve_set_stack: { kind: 'refused', reason: 'a TensorList whose length is computed at run time has no fixed-shape tensor', error: /TensorListReserve with a run-time number of elements/ },
  non_max_suppression_padded_tf2: { kind: 'refused', reason: 'the If branches compare tensors of unknown rank', error: /LessEqual on rank \?\/\? operands/ },
  Rank_unknown: UNKNOWN_RANK,
  unary_unknown_rank_Relu: UNKNOWN_RANK,
};
