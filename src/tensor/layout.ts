/**
 * The layout changes targets make to TensorFlow's tensors, named once. TensorFlow keeps convolution filters
 * HWIO ([height, width, in, out]) and depthwise filters HW(C·M); ONNX wants OIHW, TFLite OHWI for CONV_2D and
 * 1HWO ([1, height, width, C·M]) for DEPTHWISE_CONV_2D; activations are NHWC in TF and TFLite, NCHW in ONNX.
 */
import type { HostTensor } from './host.js';
import { transposeTensor } from './math.js';

export const NHWC_TO_NCHW = [0, 3, 1, 2] as const;
export const NCHW_TO_NHWC = [0, 2, 3, 1] as const;
export const HWIO_TO_OIHW = [3, 2, 0, 1] as const;
export const HWIO_TO_OHWI = [3, 0, 1, 2] as const;

/** A conv filter HWIO → OIHW (ONNX Conv). */
export const hwioToOihw = (f: HostTensor): HostTensor => transposeTensor(f, HWIO_TO_OIHW);

/** A conv filter HWIO → OHWI (TFLite CONV_2D). */
export const hwioToOhwi = (f: HostTensor): HostTensor => transposeTensor(f, HWIO_TO_OHWI);

/**
 * A depthwise filter [kh, kw, C, M] → ONNX's grouped-conv OIHW [C·M, 1, kh, kw]: output channel c·M + m reads
 * input channel c, which is the order TF flattens C and M in.
 */
export function depthwiseToOihw(f: HostTensor): HostTensor {
  const [kh, kw, c, m] = f.shape as [number, number, number, number];
  return transposeTensor({ ...f, shape: [kh, kw, c * m, 1] }, [2, 3, 0, 1]);
}

/** A depthwise filter [kh, kw, C, M] → TFLite's [1, kh, kw, C·M] (the same bytes: only the shape changes). */
export function depthwiseTo1hwo(f: HostTensor): HostTensor {
  const [kh, kw, c, m] = f.shape as [number, number, number, number];
  return { ...f, shape: [1, kh, kw, c * m] };
}
