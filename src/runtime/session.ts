/**
 * Inference sessions: one interface over the backends that run a model. The TF backend runs the SavedModel
 * itself on real TensorFlow kernels (tfjs-node); the tfjs backend runs a converted TF.js graph model on the
 * same native kernels; the onnx backend runs a converted .onnx file with onnxruntime-node.
 */
import type { TensorSpec } from '../savedmodel/signature.js';
import type { HostTensor } from '../tensor/host.js';

export type BackendName = 'tf' | 'tfjs' | 'onnx' | 'litert';

export interface SessionSignature {
  key: string;
  methodName: string;
  inputs: Record<string, TensorSpec>;
  outputs: Record<string, TensorSpec>;
}

export interface ModelSession {
  readonly backend: BackendName;
  readonly signature: SessionSignature;
  /** Runs one request. Feeds and results are keyed by the signature's input / output keys. */
  run(feeds: Record<string, HostTensor>): Promise<Record<string, HostTensor>>;
  dispose(): Promise<void>;
}
