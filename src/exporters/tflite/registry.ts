/**
 * The TF ops the TFLite exporter handles: one handler per op, registered from ops/*.ts (one file per
 * category). A handler emits TFLite builtin operators only: mdeploy never writes Flex or custom ops, so a
 * model either runs on a stock TFLite / LiteRT runtime or is refused with every missing op listed.
 */
import type { Node } from '../../graph/ir.js';
import { OpHandlerRegistry } from '../op-registry.js';
import type { TfliteContext } from './context.js';
import type { OperatorSpec, TensorSpec } from './writer.js';

export type TfliteHandler = (ctx: TfliteContext, node: Node) => void;

/** One operator being written, as TFLite's op_version.cc reads it to choose the operator's version. */
export interface TfliteOperatorSubject {
  op: OperatorSpec;
  /** The subgraph's tensor at an index (the operator's inputs and outputs). */
  tensor: (index: number) => TensorSpec | undefined;
  /** Whether its quantized operand has one scale per channel (DEQUANTIZE, the hybrid kernels). */
  perChannel?: boolean;
}

/**
 * The handlers, and the versions of the builtins they write (operatorVersion(builtin, kernel, subject)). The
 * kernels: "float" (float32), "string", "float16" and "int8" (DEQUANTIZE's input), "hybrid" (float32
 * activations with int8 weights: dynamic-range quantization), "int8" (full-integer quantization). The int8
 * and hybrid versions are declared next to the passes that write those kernels (int8.ts, quantize.ts).
 */
export const tfliteOps = new OpHandlerRegistry<TfliteHandler, TfliteOperatorSubject>('tflite');

// Float kernels whose versions start above 1 (op_version.cc). The writer's MIN_VERSION and the EQUAL /
// NOT_EQUAL handlers (ops/math.ts) hold the same numbers; test/unit/ops-doc.test.ts checks they agree.
tfliteOps.operatorVersions('BROADCAST_TO', { float: 2 });
tfliteOps.operatorVersions('EQUAL', { string: 3 });
tfliteOps.operatorVersions('NOT_EQUAL', { string: 3 });
