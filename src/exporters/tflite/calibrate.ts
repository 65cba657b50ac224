/**
 * Calibration for full-integer quantization: the float .tflite model is run over the representative dataset
 * and the min / max of every float32 activation tensor recorded.
 *
 * It runs the float model itself in LiteRT.js rather than mdeploy's graph evaluator: the ranges are then
 * those of exactly the tensors int8.ts quantizes (after lowering, bias / activation fusion and
 * decompositions, which have no IR ref to map back to), computed by the kernels the float file runs on.
 *
 * The intermediate tensors are not exposed as outputs themselves. LiteRT.js sizes an output's buffer from its
 * declared shape, and a tensor whose -1 is not the batch (a RESHAPE to a computed shape: attention's
 * [batch · 16, 64]) overruns it; outputs aliased by RESHAPE / SQUEEZE / EXPAND_DIMS come back as garbage. So
 * the calibration copy of the model reduces each tensor to two scalars, REDUCE_MIN and REDUCE_MAX over all
 * axes, and returns those: static shapes, computed by operators, and 8 bytes per tensor per run.
 */
import { MdeployError } from '../../errors.js';
import { openLiteRtModel } from '../../runtime/litert.js';
import type { HostTensor } from '../../tensor/host.js';
import { toNumbers } from '../../tensor/math.js';
import { writeTfliteModel, type OperatorSpec, type TensorSpec, type TfliteModelSpec } from './writer.js';

const FLOAT32 = 0;
const INT32 = 2;

export interface TensorRange {
  min: number;
  max: number;
}

function widen(ranges: Map<number, TensorRange>, t: number, values: Float64Array): void {
  let { min, max } = ranges.get(t) ?? { min: Infinity, max: -Infinity };
  for (const x of values) {
    // NaN and ±Inf say nothing about the range int8 should cover.
    if (!Number.isFinite(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  ranges.set(t, { min, max });
}

/**
 * The model with a min and a max output per observed tensor (keys `mdeploy_calibration_<t>_min|max`). The
 * original operators and signature outputs are kept, so the copy computes what the model does.
 */
function observingCopy(spec: TfliteModelSpec, observed: readonly number[]): TfliteModelSpec {
  const tensors: TensorSpec[] = [...spec.tensors];
  const buffers = [...spec.buffers];
  const operators: OperatorSpec[] = [...spec.operators];
  const outputs = [...spec.outputs];
  const sigOutputs = [...spec.signature.outputs];
  const axesByRank = new Map<number, number>();
  for (const t of observed) {
    const rank = spec.tensors[t]!.shape!.length;
    let axes = axesByRank.get(rank);
    if (axes === undefined) {
      const data = Int32Array.from({ length: rank }, (_, i) => i);
      axes = tensors.push({ name: `mdeploy_calibration/axes_${rank}`, type: INT32, shape: [rank], buffer: buffers.push(new Uint8Array(data.buffer)) - 1 }) - 1;
      axesByRank.set(rank, axes);
    }
    for (const which of ['min', 'max'] as const) {
      const out = tensors.push({ name: `mdeploy_calibration/${t}_${which}`, type: FLOAT32, shape: [], buffer: 0 }) - 1;
      operators.push({ op: which === 'min' ? 'REDUCE_MIN' : 'REDUCE_MAX', inputs: [t, axes], outputs: [out], options: { table: 'ReducerOptions', values: {} } });
      outputs.push(out);
      sigOutputs.push({ name: `mdeploy_calibration_${t}_${which}`, tensor: out });
    }
  }
  return { ...spec, tensors, buffers, operators, outputs, signature: { ...spec.signature, outputs: sigOutputs } };
}

/**
 * Runs the main subgraph of a float model on each sample (feeds keyed by signature input) and returns the
 * range of every float32 activation tensor, by tensor index. Inputs' ranges come from the samples.
 */
export async function calibrateTfliteSpec(spec: TfliteModelSpec, samples: ReadonlyArray<Record<string, HostTensor>>): Promise<Map<number, TensorRange>> {
  const isActivation = (t: number): boolean => spec.tensors[t]?.type === FLOAT32 && !(spec.buffers[spec.tensors[t]!.buffer]?.length ?? 0);
  const observed = [...new Set(spec.operators.flatMap((op) => op.outputs))].filter((t) => isActivation(t) && spec.tensors[t]!.shape !== null);

  const ranges = new Map<number, TensorRange>();
  const session = await openLiteRtModel(writeTfliteModel(observingCopy(spec, observed)), { signature: spec.signature.key });
  try {
    for (const [i, sample] of samples.entries()) {
      for (const { name, tensor } of spec.signature.inputs) if (isActivation(tensor)) widen(ranges, tensor, toNumbers(sample[name]!));
      let got: Record<string, HostTensor>;
      try {
        got = await session.run(sample);
      } catch (err) {
        throw new MdeployError('E_UNSUPPORTED_MODEL', `calibration: the float model does not run on sample ${i + 1} (${(err as Error).message.split('\n')[0]})`, { cause: err });
      }
      for (const t of observed) {
        for (const which of ['min', 'max']) {
          const r = got[`mdeploy_calibration_${t}_${which}`];
          // An empty tensor reduces to ±Inf (or nothing), which widen() skips.
          if (r) widen(ranges, t, toNumbers(r));
        }
      }
    }
  } finally {
    await session.dispose();
  }
  // A tensor no sample reached stays without a range (its operators stay float).
  for (const [t, r] of ranges) if (!(r.min <= r.max)) ranges.delete(t);
  return ranges;
}
