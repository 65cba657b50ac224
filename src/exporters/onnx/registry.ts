/**
 * The TF ops the ONNX exporter handles: one handler per op, registered by the opset it first applies to.
 * When a lower opset needs a different lowering, another handler is stacked under it, as tf2onnx does with
 * its version_N methods; the exporter picks the highest one at or below the requested opset.
 */
import type { Node } from '../../graph/ir.js';
import { OpHandlerRegistry } from '../op-registry.js';
import type { OnnxContext } from './context.js';

export type OnnxHandler = (ctx: OnnxContext, node: Node) => void;

export const MIN_OPSET = 13;
export const MAX_OPSET = 21;
export const DEFAULT_OPSET = 17;

/** Handlers registered without `{ since }` apply from MIN_OPSET. */
export const onnxOps = new OpHandlerRegistry<OnnxHandler>('onnx', { minVersion: MIN_OPSET });
