/**
 * The signatures of a .tflite model in the form mdeploy's sessions and inspect use (SessionSignature).
 */
import type { TensorSpec } from '../savedmodel/signature.js';
import { DEFAULT_SIGNATURE } from '../savedmodel/signature.js';
import type { SessionSignature } from '../runtime/session.js';
import type { TfliteModel, TfliteTensor } from './reader.js';
import { DTYPE_OF_TENSOR_TYPE, type TensorTypeName } from './schema.js';

/** One TFLite signature as mdeploy sees it: TensorSpecs by key, plus where each tensor lives. */
export interface TfliteSignatureInfo extends SessionSignature {
  subgraphIndex: number;
  /** Input / output key → tensor index in the subgraph. */
  inputTensors: Record<string, number>;
  outputTensors: Record<string, number>;
  /** The SignatureDef's key in the file; null for a model without SignatureDefs (its main subgraph). */
  signatureKey: string | null;
}

/** A tensor as a TensorSpec: TF's dtype name, and shape_signature (-1 = varies) when the file has one. */
export function tensorSpec(t: TfliteTensor): TensorSpec {
  return { name: t.name, dtype: DTYPE_OF_TENSOR_TYPE[t.typeName as TensorTypeName] ?? `DT_UNKNOWN_TFLITE_${t.type}`, shape: t.shapeSignature ?? t.shape };
}

/**
 * The signatures a .tflite model serves: its SignatureDefs, or, when it has none, its main subgraph as
 * `serving_default` with inputs and outputs keyed by tensor name (as tf.lite.Interpreter lists them).
 */
export function tfliteSignatures(model: TfliteModel): Record<string, TfliteSignatureInfo> {
  const out = Object.create(null) as Record<string, TfliteSignatureInfo>;
  const make = (key: string, signatureKey: string | null, subgraphIndex: number, inputs: Array<[string, number]>, outputs: Array<[string, number]>): void => {
    const sg = model.subgraphs[subgraphIndex]!;
    const specs = (m: Array<[string, number]>): Record<string, TensorSpec> => Object.fromEntries(m.map(([k, i]) => [k, tensorSpec(sg.tensors[i]!)]));
    out[key] = {
      key,
      methodName: 'tensorflow/serving/predict',
      inputs: specs(inputs),
      outputs: specs(outputs),
      subgraphIndex,
      inputTensors: Object.fromEntries(inputs),
      outputTensors: Object.fromEntries(outputs),
      signatureKey,
    };
  };
  if (model.signatureDefs.length === 0) {
    const sg = model.subgraphs[0]!;
    const named = (ids: number[]): Array<[string, number]> => ids.map((i) => [sg.tensors[i]!.name, i]);
    make(DEFAULT_SIGNATURE, null, 0, named(sg.inputs), named(sg.outputs));
  } else {
    for (const sd of model.signatureDefs) {
      make(sd.signatureKey, sd.signatureKey, sd.subgraphIndex, sd.inputs.map((m) => [m.name, m.tensorIndex]), sd.outputs.map((m) => [m.name, m.tensorIndex]));
    }
  }
  return out;
}
