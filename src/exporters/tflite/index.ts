/**
 * The TFLite exporter: IR graph → one .tflite flatbuffer with builtin operators only. The signature travels
 * as a TFLite SignatureDef (key, input and output keys), so tf.lite.Interpreter's get_signature_runner() and
 * LiteRT's named runs use the SavedModel's own names; a dynamic batch is -1 in shape_signature (1 in shape).
 */
import { MdeployError } from '../../errors.js';
import type { Graph, Node } from '../../graph/ir.js';
import { checkSupported } from '../op-registry.js';
import { provenance } from '../provenance.js';
import { TfliteContext, UnsupportedVariant } from './context.js';
import { fuseOperators } from './fuse.js';
import { lowerNode, TFLITE_FUSED_ACTIVATIONS } from './lower-node.js';
import { fuseActivations } from '../../graph/passes/activation.js';
import { fuseKerasLstms } from './lstm.js';
import { fuseGelu } from '../../graph/gelu.js';
import { removeNoOps } from '../../graph/passes/no-ops.js';
import { tfliteOps } from './registry.js';
import { quantizeTfliteSpec, type TfliteQuantizeOptions, type TfliteQuantizeReport } from './quantize.js';
import { writeTfliteModel, type SubgraphSpec, type TfliteModelSpec } from './writer.js';
import { calibrateTfliteSpec } from './calibrate.js';
import { quantizeInt8Spec, type Int8QuantizeReport, type QuantizeIo } from './int8.js';
import type { HostTensor } from '../../tensor/host.js';
import './ops/index.js';

export { tfliteOps };

const CONTROL_FLOW = new Set(['While', 'StatelessWhile', 'If', 'StatelessIf', 'TensorListFromTensor', 'TensorListReserve']);

export interface TfliteExportOptions {
  convertedBy: string;
  /** Post-training weight quantization (quantize.ts); none by default. */
  quantize?: TfliteQuantizeOptions;
}

export interface TfliteArtifacts {
  files: Array<{ path: string; bytes: Uint8Array }>;
  details: { operators: number; tensors: number; buffers: number; opCounts: Record<string, number>; fused: { bias: number; activation: number }; quantization?: TfliteQuantizeReport | (Int8QuantizeReport & { calibration: { samples: number; source: string } }) };
}

/** Full-integer quantization's inputs: the representative dataset (feeds by signature input key) and the I/O type. */
export interface TfliteInt8Options {
  samples: ReadonlyArray<Record<string, HostTensor>>;
  source: string;
  io: QuantizeIo;
}

/**
 * TFLite's rewrites on the graph the caller owns (a target's copy). GELU in either form (exact, or tanh as
 * Keras' approximate=True) becomes one `_MdeployGelu` node, written as TFLite GELU with its `approximate` flag
 * (TFLite has no ERF/ERFC builtin, so this is the only form of Erfc the exporter can write). Then the no-op
 * nodes go (src/graph/passes/no-ops.ts: zero biases, unit scales, identity transposes), as TFLiteConverter
 * drops them: on TFLite each is a kernel of its own and a buffer in the file. Other targets keep them where
 * their own fusions want the whole pattern (ONNX's LayerNormalization, TF.js' fused bias + activation). Then
 * activations join the node before them as the neutral attribute TF.js reads too. The bias fusion, and the
 * activations lowering leaves next to an operator that takes them, happen later on the operator list (fuse.ts).
 */
export function prepareTfliteGraph(graph: Graph, options: { fuseLstm?: boolean } = {}): Record<string, number> {
  const gelu = fuseGelu(graph, { tanh: true });
  // Keras LSTM loops → UNIDIRECTIONAL_SEQUENCE_LSTM (lstm.ts), on request: LiteRT.js cannot load the variable
  // tensors that op keeps its state in, so by default every loop stays WHILE subgraphs.
  const lstm = options.fuseLstm ? fuseKerasLstms(graph) : 0;
  removeNoOps(graph);
  // Relu / Relu6 after an op whose lowering can hold them become its neutral activation attribute
  // (src/graph/passes/activation.ts); lowerNode writes it as fused_activation_function.
  fuseActivations(graph, TFLITE_ACTIVATIONS);
  return options.fuseLstm ? { gelu, lstm } : { gelu };
}

/** TF ops whose last TFLite operator usually takes a fused activation (lowerNode checks that it does). */
const TFLITE_ACTIVATIONS = {
  activations: new Set(Object.keys(TFLITE_FUSED_ACTIVATIONS)),
  accepts: (producer: Node) => ACTIVATION_PRODUCERS.has(producer.op) && producer.outputs?.[0]?.dtype === 'DT_FLOAT',
};
const ACTIVATION_PRODUCERS = new Set(['BiasAdd', 'Add', 'AddV2', 'Sub', 'Mul', 'RealDiv', 'Conv2D', 'DepthwiseConv2dNative', 'MatMul']);

/**
 * Drops tensors and buffers nothing references any more (after fusion) and renumbers the rest: tensors per
 * subgraph, buffers across the model (subgraphs share them).
 */
function compact(spec: TfliteModelSpec): TfliteModelSpec {
  const bufferMap = new Map<number, number>([[0, 0]]);
  const buffers = [spec.buffers[0]!];
  const compactSubgraph = (sg: SubgraphSpec): { sg: SubgraphSpec; m: (i: number) => number } => {
    const used = new Set<number>([...sg.inputs, ...sg.outputs]);
    for (const op of sg.operators) for (const t of [...op.inputs, ...op.outputs]) if (t >= 0) used.add(t);
    const tensorMap = new Map<number, number>();
    const tensors = sg.tensors.flatMap((t, i) => {
      if (!used.has(i)) return [];
      tensorMap.set(i, tensorMap.size);
      if (!bufferMap.has(t.buffer)) bufferMap.set(t.buffer, buffers.push(spec.buffers[t.buffer]!) - 1);
      return [{ ...t, buffer: bufferMap.get(t.buffer)! }];
    });
    const m = (i: number): number => (i < 0 ? i : tensorMap.get(i)!);
    const operators = sg.operators.map((op) => ({ ...op, inputs: op.inputs.map(m), outputs: op.outputs.map(m) }));
    return { sg: { name: sg.name, tensors, inputs: sg.inputs.map(m), outputs: sg.outputs.map(m), operators }, m };
  };
  const { sg: main, m } = compactSubgraph({ name: 'main', tensors: spec.tensors, inputs: spec.inputs, outputs: spec.outputs, operators: spec.operators });
  const subgraphs = (spec.subgraphs ?? []).map((sg) => compactSubgraph(sg).sg);
  return {
    ...spec,
    tensors: main.tensors,
    buffers,
    inputs: main.inputs,
    outputs: main.outputs,
    operators: main.operators,
    ...(subgraphs.length ? { subgraphs } : {}),
    signature: {
      key: spec.signature.key,
      inputs: spec.signature.inputs.map((x) => ({ ...x, tensor: m(x.tensor) })),
      outputs: spec.signature.outputs.map((x) => ({ ...x, tensor: m(x.tensor) })),
    },
  };
}

/** The model a graph lowers to, as data (no bytes yet). */
export function lowerToTflite(graph: Readonly<Graph>, options: TfliteExportOptions): { spec: TfliteModelSpec; fused: { bias: number; activation: number } } {
  checkSupported(graph as Graph, 'tflite', (op) => tfliteOps.has(op), graph.meta.source);

  const unranked = graph.inputs.filter((i) => i.type.shape === null);
  if (unranked.length) throw new MdeployError('E_UNSUPPORTED_MODEL', `TFLite export needs inputs of known rank (shape_signature cannot say "any rank"); ${unranked.map((i) => `"${i.key}"`).join(', ')} ${unranked.length === 1 ? 'has' : 'have'} none`, { file: graph.meta.source, suggestions: ['Re-export the SavedModel with a TensorSpec that gives the input a rank.'] });

  const ctx = new TfliteContext(graph as Graph);
  const inputs: number[] = [];
  try {
    for (const input of graph.inputs) {
      const t = ctx.tensor(input.key, input.type);
      ctx.define(input.node, t);
      inputs.push(t);
    }
    // Type inference cannot see through TensorLists and loops: their graphs take sharper types as they lower.
    const refine = graph.nodes.some((n) => CONTROL_FLOW.has(n.op));
    for (const node of graph.nodes) {
      ctx.node = node;
      if (node.op === 'Placeholder' || node.op === 'Const') continue;
      if (refine) ctx.node = ctx.refine(node);
      lowerNode(ctx, ctx.node);
    }
    ctx.node = { name: 'outputs', op: 'Identity', inputs: [], attrs: {} };
  } catch (err) {
    if (err instanceof MdeployError) throw err;
    const what = err instanceof UnsupportedVariant ? 'cannot be expressed with TFLite builtin ops' : 'could not be exported';
    throw new MdeployError('E_UNSUPPORTED_MODEL', `TFLite export: node ${ctx.node?.name} (${ctx.node?.op}) ${what}: ${(err as Error).message}`, { file: graph.meta.source, cause: err });
  }

  // A subgraph output must be computed by an operator, and once: an input, a constant or a repeated tensor
  // passed through gets a copy (RESHAPE to its own shape).
  const outputs: number[] = [];
  for (const o of graph.outputs) {
    let t = ctx.value(o.tensor);
    // Runtimes that size output buffers from the file (LiteRT.js) need every dimension either side knows.
    ctx.refineShape(t, ctx.typeOf(o.tensor)?.shape ?? null, o.type.shape);
    if (inputs.includes(t) || outputs.includes(t) || ctx.isConstant(t)) {
      const type = ctx.typeOf(o.tensor) ?? o.type;
      const shape = ctx.tensor(`${o.key}/shape`, { dtype: 'DT_INT32', shape: [type.shape?.length ?? -1] });
      ctx.add('SHAPE', [t], [shape], { table: 'ShapeOptions', values: { out_type: 2 } });
      const copy = ctx.tensor(o.key, type);
      ctx.add('RESHAPE', [t, shape], [copy]);
      t = copy;
    }
    outputs.push(t);
  }
  const fused = fuseOperators(ctx, new Set(outputs));
  const spec = compact({
    description: provenance(graph.meta, options.convertedBy),
    tensors: ctx.tensors,
    inputs,
    outputs,
    operators: ctx.operators,
    buffers: ctx.buffers,
    subgraphs: ctx.subgraphs,
    signature: {
      key: graph.meta.signatureKey,
      inputs: graph.inputs.map((i, k) => ({ name: i.key, tensor: inputs[k]! })),
      outputs: graph.outputs.map((o, k) => ({ name: o.key, tensor: outputs[k]! })),
    },
    metadata: { min_runtime_version: padded('2.10.0') },
  });
  return { spec, fused };
}

/** min_runtime_version is a 16-byte, zero-padded string (TFLite's converter writes it so). */
function padded(version: string): Uint8Array {
  const out = new Uint8Array(16);
  out.set(new TextEncoder().encode(version));
  return out;
}

/** The .tflite file for a graph. The graph is only read. */
export function planTfliteModel(graph: Readonly<Graph>, options: TfliteExportOptions & { fileName?: string }): TfliteArtifacts {
  const lowered = lowerToTflite(graph, options);
  const { fused } = lowered;
  let spec = lowered.spec;
  let quantization: TfliteQuantizeReport | undefined;
  if (options.quantize) {
    const q = quantizeTfliteSpec(spec, options.quantize);
    // Compact again: the float32 buffers the quantized copies replace are no longer referenced.
    spec = compact(q.spec);
    quantization = q.report;
  }
  return artifacts(spec, fused, options.fileName, quantization);
}

function artifacts(spec: TfliteModelSpec, fused: { bias: number; activation: number }, fileName: string | undefined, quantization: TfliteArtifacts['details']['quantization']): TfliteArtifacts {
  const bytes = writeTfliteModel(spec);
  const opCounts: Record<string, number> = {};
  for (const op of [...spec.operators, ...(spec.subgraphs ?? []).flatMap((sg) => sg.operators)]) opCounts[op.op] = (opCounts[op.op] ?? 0) + 1;
  return {
    files: [{ path: fileName ?? 'model.tflite', bytes }],
    details: { operators: spec.operators.length, tensors: spec.tensors.length, buffers: spec.buffers.length, opCounts, fused, ...(quantization ? { quantization } : {}) },
  };
}

/**
 * The full-integer int8 .tflite file for a graph: the float model is lowered, run in LiteRT.js over the
 * calibration samples to record every activation's range (calibrate.ts), then quantized (int8.ts).
 * `validationBytes` is set for int8 I/O: the same model with float32 I/O (QUANTIZE / DEQUANTIZE at the
 * signature, identical operators and parameters inside), since LiteRT.js moves no int8 tensors in or out.
 */
export async function planTfliteInt8Model(graph: Readonly<Graph>, options: TfliteExportOptions & { fileName?: string; int8: TfliteInt8Options }): Promise<TfliteArtifacts & { validationBytes?: Uint8Array }> {
  const { spec, fused } = lowerToTflite(graph, options);
  const ranges = await calibrateTfliteSpec(spec, options.int8.samples);
  const quantized = (io: QuantizeIo): { spec: TfliteModelSpec; report: Int8QuantizeReport } => {
    const q = quantizeInt8Spec(spec, { ranges, io });
    return { spec: compact(q.spec), report: q.report };
  };
  const main = quantized(options.int8.io);
  const out = artifacts(main.spec, fused, options.fileName, { ...main.report, calibration: { samples: options.int8.samples.length, source: options.int8.source } });
  return options.int8.io === 'int8' ? { ...out, validationBytes: writeTfliteModel(quantized('float').spec) } : out;
}
