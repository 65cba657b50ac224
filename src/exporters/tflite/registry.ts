/**
 * The TF ops the TFLite exporter handles: one handler per op, registered from ops/*.ts (one file per
 * category). A handler emits TFLite builtin operators only: mdeploy never writes Flex or custom ops, so a
 * model either runs on a stock TFLite / LiteRT runtime or is refused with every missing op listed.
 */
import type { Node } from '../../graph/ir.js';
import { OpHandlerRegistry } from '../op-registry.js';
import { registerTargetSupport } from '../targets.js';
import type { TfliteContext } from './context.js';

export type TfliteHandler = (ctx: TfliteContext, node: Node) => void;

export const tfliteOps = new OpHandlerRegistry<TfliteHandler>('tflite');

registerTargetSupport('tflite', () => tfliteOps.ops());
