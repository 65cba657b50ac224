/**
 * The signatures of a .tflite model in the form mdeploy's sessions and inspect use (SessionSignature).
 */
import type { TensorSpec } from '../savedmodel/signature.js';
import { DEFAULT_SIGNATURE } from '../savedmodel/signature.js';
import type { SessionSignature } from '../runtime/session.js';
import { MdeployError } from '../errors.js';
import { tf } from '../proto/index.js';
import { FlexBufferError, readFlexStringMap } from './flexbuffer.js';
import type { TfliteModel, TfliteTensor } from './reader.js';
import { DTYPE_OF_TENSOR_TYPE, type TensorTypeName } from './schema.js';

/** One TFLite signature as mdeploy sees it: TensorSpecs by key, plus where each tensor lives. */
export interface TfliteSignatureInfo extends SessionSignature {
  subgraphIndex: number;
  /** Input / output key → tensor index in the subgraph. */
  inputTensors: Record<string, number>;
  outputTensors: Record<string, number>;
  /**
   * The SignatureDef's key in the file, which LiteRT runs by; null when the signature is not one of the
   * file's SignatureDefs (metadata or the main subgraph): then the main subgraph runs.
   */
  signatureKey: string | null;
  /** Where the signature came from: the file's SignatureDefs, its `signature_defs_metadata`, or its main subgraph. */
  source: SignatureSource;
}

export type SignatureSource = 'signature_defs' | 'metadata' | 'main_subgraph';

/** The metadata entry TF Serving reads SignatureDefs from (tensorflow/lite/tools/signature/signature_def_util.h). */
export const SIGNATURE_DEFS_METADATA = 'signature_defs_metadata';

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
  const make = (key: string, source: SignatureSource, signatureKey: string | null, subgraphIndex: number, inputs: Array<[string, number]>, outputs: Array<[string, number]>, methodName = 'tensorflow/serving/predict'): void => {
    const sg = model.subgraphs[subgraphIndex]!;
    const specs = (m: Array<[string, number]>): Record<string, TensorSpec> => Object.fromEntries(m.map(([k, i]) => [k, tensorSpec(sg.tensors[i]!)]));
    out[key] = {
      key,
      methodName,
      inputs: specs(inputs),
      outputs: specs(outputs),
      subgraphIndex,
      inputTensors: Object.fromEntries(inputs),
      outputTensors: Object.fromEntries(outputs),
      signatureKey,
      source,
    };
  };
  if (model.signatureDefs.length > 0) {
    for (const sd of model.signatureDefs) {
      make(sd.signatureKey, 'signature_defs', sd.signatureKey, sd.subgraphIndex, sd.inputs.map((m) => [m.name, m.tensorIndex]), sd.outputs.map((m) => [m.name, m.tensorIndex]));
    }
    return out;
  }
  const sg = model.subgraphs[0]!;
  const fromMetadata = metadataSignatureDefs(model);
  if (fromMetadata) {
    // TF Serving's TFLite session: a SignatureDef's tensor names ("x:0") name tensors of the main subgraph.
    const byName = new Map(sg.tensors.map((t, i) => [t.name, i]));
    const tensorOf = (key: string, side: string, info: tf.ITensorInfo): number => {
      const name = (info.name ?? '').replace(/:0$/, '');
      const i = byName.get(name);
      const ok = i !== undefined && (side === 'input' ? sg.inputs : sg.outputs).includes(i);
      if (!ok) throw new MdeployError('E_UNSUPPORTED_MODEL', `${SIGNATURE_DEFS_METADATA}: signature "${key}" names ${side} tensor "${info.name}", which is not a ${side} of the main subgraph`);
      return i;
    };
    for (const [key, def] of fromMetadata) {
      const side = (m: Record<string, tf.ITensorInfo> | null | undefined, which: string): Array<[string, number]> => Object.entries(m ?? {}).map(([alias, info]) => [alias, tensorOf(key, which, info)]);
      make(key, 'metadata', null, 0, side(def.inputs, 'input'), side(def.outputs, 'output'), def.methodName || undefined);
      // Metadata answers with the SignatureDef's own tensor names ("x:0"), as TF Serving does.
      for (const [m, specs] of [[def.inputs, out[key]!.inputs], [def.outputs, out[key]!.outputs]] as const) for (const [alias, info] of Object.entries(m ?? {})) specs[alias] = { ...specs[alias]!, name: info.name ?? specs[alias]!.name };
    }
    return out;
  }
  const named = (ids: number[]): Array<[string, number]> => ids.map((i) => [sg.tensors[i]!.name, i]);
  make(DEFAULT_SIGNATURE, 'main_subgraph', null, 0, named(sg.inputs), named(sg.outputs));
  return out;
}

/** The SignatureDefs in `signature_defs_metadata`, or undefined when the file has none. */
export function metadataSignatureDefs(model: TfliteModel): Map<string, tf.SignatureDef> | undefined {
  const entry = model.metadata.find((m) => m.name === SIGNATURE_DEFS_METADATA);
  const data = entry ? model.buffers[entry.buffer]?.data : undefined;
  if (!entry || !data || data.length === 0) return undefined;
  try {
    const out = new Map<string, tf.SignatureDef>();
    for (const [key, bytes] of readFlexStringMap(data)) out.set(key, tf.SignatureDef.decode(bytes));
    return out;
  } catch (err) {
    const why = err instanceof FlexBufferError ? err.message : `a SignatureDef does not parse (${(err as Error).message})`;
    throw new MdeployError('E_PB_CORRUPT', `${SIGNATURE_DEFS_METADATA} is malformed: ${why}`, { cause: err });
  }
}
