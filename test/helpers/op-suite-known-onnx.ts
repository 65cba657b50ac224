/** ONNX target: cases of the per-op suite that do not match TensorFlow yet (see op-suite-known.ts). */
import type { KnownProblems } from './op-suite-known.js';

export const ONNX_KNOWN: KnownProblems = {
  BiasAdd_NCHW: { kind: 'wrong', reason: 'the bias is added along the last axis: onnxruntime refuses the model (incompatible dimensions)' },
  BroadcastTo_dynamic_shape: { kind: 'wrong', reason: 'the export does not return (BroadcastTo to a shape computed at run time)' },
  Fill_like_shape: { kind: 'wrong', reason: 'the export does not return (Fill with a shape computed at run time)' },
  Conv2D_NHWC_dilated: { kind: 'wrong', reason: 'SAME padding with dilations is written as auto_pad, which onnxruntime refuses at run time' },
  OneHot: { kind: 'wrong', reason: 'OneHot is written with an indices/values type combination onnxruntime has no kernel for' },
  OneHot_axis0_values: { kind: 'wrong', reason: 'OneHot is written with an indices/values type combination onnxruntime has no kernel for' },
  OneHot_int64_indices: { kind: 'wrong', reason: 'OneHot is written with an indices/values type combination onnxruntime has no kernel for' },
  binary_Mod_int32: { kind: 'wrong', reason: "TF's Mod truncates (C semantics); the export floors" },
  binary_Mod_same: { kind: 'wrong', reason: "TF's Mod truncates (C semantics); the export floors" },
  GatherV2_batch_dims: { kind: 'refused', reason: 'GatherV2 with batch_dims has no lowering yet', error: /GatherV2 with batch_dims is not supported/ },
  non_max_suppression_padded_tf2: { kind: 'refused', reason: 'uses GatherV2 with batch_dims', error: /GatherV2 with batch_dims is not supported/ },
  MirrorPad_SYMMETRIC: { kind: 'refused', reason: 'ONNX Pad has reflect but not symmetric mode', error: /MirrorPad SYMMETRIC has no ONNX equivalent/ },
  SplitV_minus1: { kind: 'refused', reason: 'a -1 size is only resolved from constant sizes', error: /SplitV needs constant sizes/ },
  StridedSlice_dynamic_end: { kind: 'refused', reason: 'StridedSlice with run-time bounds and masks', error: /StridedSlice with dynamic bounds and masks is not supported/ },
  TensorList_reserve_set_stack: { kind: 'refused', reason: 'the loop body slices with run-time bounds and masks', error: /StridedSlice with dynamic bounds and masks is not supported/ },
};
