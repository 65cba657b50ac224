/** Loads every exporter registry so targetSupport() knows all of them. */
import './targets.js';
import './tfjs/ops/index.js';
import './onnx/ops/index.js';
import './tflite/ops/index.js';
export { targetSupport, TARGETS, type TargetName, type TargetOpSupport } from './targets.js';
