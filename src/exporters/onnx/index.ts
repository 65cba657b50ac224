/**
 * The ONNX exporter: IR graph → ModelProto. Graph inputs and outputs are named by the signature's keys,
 * dynamic dimensions become symbolic dims, weights become initializers (external data past 2 GB).
 */
import { MdeployError } from '../../errors.js';
import type { Dim, Graph } from '../../graph/ir.js';
import { checkSupported } from '../op-registry.js';
import { provenance } from '../provenance.js';
import { cleanupGraph } from './cleanup.js';
import { OnnxContext, TO_NCHW } from './context.js';
import { lowerNodes } from './lower-nodes.js';
import { irVersionFor, OnnxGraph, serializeModel } from './onnx-graph.js';
import { dropIdentityTransposes, fuseGelu, fuseLayerNorm } from './patterns.js';
import { DEFAULT_OPSET, MAX_OPSET, MIN_OPSET, onnxOps } from './registry.js';
import './ops/index.js';

export { onnxOps, DEFAULT_OPSET, MIN_OPSET, MAX_OPSET };

/** protobuf's hard limit is 2 GiB; leave room for the graph itself. */
export const EXTERNAL_DATA_THRESHOLD = 2 ** 31 - 64 * 1024 * 1024;

export interface OnnxExportOptions {
  opset?: number;
  /** Take 4-D inputs as NCHW instead of the signature's NHWC. */
  inputsAsNchw?: boolean;
  convertedBy: string;
  /** The output file name, for the external data file next to it. */
  fileName?: string;
  /** Total initializer bytes beyond which weights go to external data (default: just under 2 GB). */
  externalDataThreshold?: number;
  metadata?: Record<string, string>;
}

export interface OnnxArtifacts {
  /** model.onnx, and model.onnx.data when weights are external. */
  files: Array<{ path: string; bytes: Uint8Array }>;
  details: { opset: number; irVersion: number; nodes: number; initializers: number; transposes: number; externalData: boolean; fused: { layerNorm: number; gelu: number } };
}

function symbolic(shape: Dim[] | null): Dim[] | null {
  return shape ? shape.map((d) => (typeof d === 'number' && d >= 0 ? d : typeof d === 'string' ? d : 'unk')) : null;
}

function countOps(g: OnnxGraph, op: string): number {
  let n = 0;
  for (const node of g.nodes) {
    if (node.op === op) n++;
    for (const a of Object.values(node.attrs)) if (a.kind === 'graph') n += countOps(a.value, op);
  }
  return n;
}

function checkedOpset(opset: number | undefined): number {
  const o = opset ?? DEFAULT_OPSET;
  if (!Number.isInteger(o) || o < MIN_OPSET || o > MAX_OPSET) {
    throw new MdeployError('E_USAGE', `--opset ${o} is outside the supported range ${MIN_OPSET}–${MAX_OPSET}`);
  }
  return o;
}

/**
 * ONNX's rewrites, on a graph the caller owns (a target's copy): transposes that do nothing dropped, then
 * LayerNorm (opset ≥ 17) and exact GELU (opset ≥ 20) subgraphs fused into the ONNX ops that express them.
 */
export function prepareOnnxGraph(graph: Graph, options: { opset?: number }): { layerNorm: number; gelu: number } {
  const opset = checkedOpset(options.opset);
  dropIdentityTransposes(graph);
  // Each fusion makes an op whose handler the registry has from some opset on (LayerNormalization 17, Gelu 20).
  return { layerNorm: onnxOps.has('_MdeployLayerNorm', opset) ? fuseLayerNorm(graph) : 0, gelu: onnxOps.has('_MdeployGelu', opset) ? fuseGelu(graph) : 0 };
}

/** The ModelProto of a graph prepared by prepareOnnxGraph. The graph is only read. */
export function planOnnxModel(graph: Readonly<Graph>, options: OnnxExportOptions & { fused?: { layerNorm: number; gelu: number } }): OnnxArtifacts {
  const opset = checkedOpset(options.opset);
  const fused = options.fused ?? { layerNorm: 0, gelu: 0 };
  checkSupported(graph, `onnx (opset ${opset})`, (op) => onnxOps.has(op, opset), graph.meta.source);

  const og = new OnnxGraph(graph.meta.signatureKey || 'main');
  const ctx = new OnnxContext(og, graph, opset, graph.functions);
  for (const input of graph.inputs) {
    const name = og.claim(input.key);
    const nchw = options.inputsAsNchw === true && input.type.shape?.length === 4;
    const shape = symbolic(input.type.shape);
    og.inputs.push({ name, dtype: input.type.dtype, shape: nchw && shape ? TO_NCHW.map((p) => shape[p]!) : shape });
    ctx.define(input.node, name, nchw ? 'NCHW' : 'native', input.type);
  }
  // Claim the output names first, so no intermediate value takes a signature key (TF1 node names often are).
  const outputNames = graph.outputs.map((o) => og.claim(og.inputs.some((i) => i.name === o.key) ? `${o.key}_out` : o.key));
  try {
    lowerNodes(ctx, graph.nodes);
  } catch (err) {
    if (err instanceof MdeployError) throw err;
    throw new MdeployError('E_UNSUPPORTED_MODEL', `ONNX export failed at node ${ctx.node?.name} (${ctx.node?.op}): ${(err as Error).message}`, { file: graph.meta.source, cause: err });
  }
  for (const [k, output] of graph.outputs.entries()) {
    const src = ctx.value(output.tensor, 'native');
    const name = outputNames[k]!;
    og.add('Identity', [src], [name]);
    // The inferred shape is what the graph produces; SignatureDef shapes can be wrong or unknown-rank.
    og.outputs.push({ name, dtype: output.type.dtype, shape: symbolic(ctx.typeOfRef(output.tensor)?.shape ?? output.type.shape) });
  }
  cleanupGraph(og);

  const fileName = options.fileName ?? 'model.onnx';
  const external = og.initializerBytes() > (options.externalDataThreshold ?? EXTERNAL_DATA_THRESHOLD);
  const irVersion = irVersionFor(opset);
  const usesMl = JSON.stringify([...og.nodes.map((n) => n.domain ?? '')]).includes('ai.onnx.ml');
  const serialized = serializeModel(og, {
    opset,
    irVersion,
    producerVersion: options.convertedBy.replace(/^mdeploy /, ''),
    docString: provenance(graph.meta, options.convertedBy),
    metadata: { signature: graph.meta.signatureKey, tags: graph.meta.tags.join(','), tensorflow_version: graph.meta.tensorflowVersion, ...options.metadata },
    externalData: external ? { fileName: `${fileName}.data`, minBytes: 1024 } : undefined,
    domains: usesMl ? { 'ai.onnx.ml': 3 } : undefined,
  });
  const files = [{ path: fileName, bytes: serialized.model }];
  if (serialized.external) files.push({ path: `${fileName}.data`, bytes: serialized.external });
  return {
    files,
    details: { opset, irVersion, nodes: og.nodes.length, initializers: og.initializers.size, transposes: countOps(og, 'Transpose'), externalData: external, fused },
  };
}
