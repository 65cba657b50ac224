/**
 * The SavedModel as mdeploy sees it: a location, the decoded saved_model.pb, its MetaGraphs and (lazily)
 * its TensorBundle.
 */
import { MdeployError } from '../errors.js';
import { tf } from '../proto/index.js';
import { scanGraphDef, type ScannedGraph, type ScannedNode } from './graphscan.js';
import { TensorBundle, variablesPrefix } from './bundle/bundle.js';
import { decodeProto } from './decode.js';
import { partsOfGraphDef, splitGraphDef, type GraphParts } from './library.js';
import { resolveModelLocation, type ModelLocation } from './location.js';
import { mapObjectsToCheckpoint, readTrackableObjectGraph, capturedInputs, type CapturedInput, type ObjectCheckpointMap } from './objectgraph.js';
import { readSavedModelFile, type SavedModelFile } from './read.js';
import { DEFAULT_SIGNATURE, INIT_OP_SIGNATURE, parseTensorName, signatureFromProto, type SignatureInfo } from './signature.js';

export interface LoadOptions {
  /** Picks a version under a base path; the highest by default. */
  version?: number;
}

export class SavedModel {
  private bundleCache: TensorBundle | null | undefined;

  private constructor(
    readonly location: ModelLocation,
    readonly file: SavedModelFile,
  ) {}

  /** Reads saved_model.pb / .pbtxt. Variables are not touched until `bundle()` is called. */
  static load(path: string, options: LoadOptions = {}): SavedModel {
    const location = resolveModelLocation(path, options.version);
    return new SavedModel(location, readSavedModelFile(location.modelDir));
  }

  get dir(): string {
    return this.location.modelDir;
  }

  /** Every tag-set, in file order. */
  tagSets(): string[][] {
    return this.file.proto.metaGraphs.map((mg) => [...(mg.metaInfoDef?.tags ?? [])]);
  }

  /**
   * The MetaGraph for a tag-set (order-insensitive). Without tags: the only MetaGraph, else the one tagged
   * exactly "serve", as TF Serving does.
   */
  metaGraph(tags?: string[]): MetaGraph {
    const graphs = this.file.proto.metaGraphs;
    const sets = this.tagSets();
    const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((t) => b.includes(t));
    let index: number;
    if (tags && tags.length > 0) {
      index = sets.findIndex((s) => same(s, tags));
    } else if (graphs.length === 1) {
      index = 0;
    } else {
      index = sets.findIndex((s) => same(s, ['serve']));
    }
    if (index < 0) {
      const listed = sets.map((s) => `[${s.join(',')}]`).join(' ');
      const asked = tags && tags.length > 0 ? `no MetaGraph has tags [${tags.join(',')}]` : 'several MetaGraphs and none is tagged just "serve"; pick one with --tags';
      throw new MdeployError('E_UNKNOWN_TAGS', `${asked}; tag-sets: ${listed}`, { file: this.file.file });
    }
    return new MetaGraph(this, graphs[index] as tf.MetaGraphDefLazy);
  }

  /** The TensorBundle under variables/, or undefined when the model has no variables. */
  bundle(): TensorBundle | undefined {
    if (this.bundleCache === undefined) {
      const prefix = variablesPrefix(this.dir);
      this.bundleCache = TensorBundle.exists(prefix) ? TensorBundle.open(prefix) : null;
    }
    return this.bundleCache ?? undefined;
  }

  async close(): Promise<void> {
    await this.bundleCache?.close();
  }
}

export class MetaGraph {
  private decodedGraph: tf.GraphDef | undefined;
  private graphPartsCache: GraphParts | undefined;
  private decodedObjectGraph: tf.SavedObjectGraph | undefined;
  private decodedOpList: tf.OpList | undefined;
  private scannedGraph: ScannedGraph | undefined;
  private functionMap: Map<string, tf.FunctionDef> | undefined;
  private checkpointMap: Promise<ObjectCheckpointMap | undefined> | undefined;

  constructor(
    readonly model: SavedModel,
    readonly proto: tf.MetaGraphDefLazy,
  ) {}

  get tags(): string[] {
    return [...(this.proto.metaInfoDef?.tags ?? [])];
  }

  get tensorflowVersion(): string {
    return this.proto.metaInfoDef?.tensorflowVersion ?? '';
  }

  /** TF2 models carry an object graph; TF1 graphs keep variables as graph nodes restored by a Saver. */
  get kind(): 'tf1' | 'tf2' {
    return (this.proto.objectGraphDef?.length ?? 0) > 0 ? 'tf2' : 'tf1';
  }

  /** TF2: the SavedObjectGraph, decoded on first use. */
  get objectGraph(): tf.SavedObjectGraph | undefined {
    if (this.kind !== 'tf2') return undefined;
    this.decodedObjectGraph ??= decodeProto(tf.SavedObjectGraph, this.proto.objectGraphDef!, { file: this.model.file.file, what: 'the object graph' });
    return this.decodedObjectGraph;
  }

  /** The full GraphDef, decoded on first use (tens of ms on large models). */
  get graphDef(): tf.GraphDef {
    this.decodedGraph ??= decodeProto(tf.GraphDef, this.proto.graphDef ?? new Uint8Array(0), { file: this.model.file.file, what: 'the GraphDef' });
    return this.decodedGraph;
  }

  /**
   * The GraphDef's outer graph, decoded, and its library, whose functions decode one by one when asked for
   * (library.ts): what freezing one signature reads, without decoding functions it never calls.
   */
  get graphParts(): GraphParts {
    const file = this.model.file.file;
    this.graphPartsCache ??= this.decodedGraph
      ? partsOfGraphDef(this.decodedGraph, file)
      : decodeProto({ decode: (b) => splitGraphDef(b, file) }, this.proto.graphDef ?? new Uint8Array(0), { file, what: 'the GraphDef' });
    return this.graphPartsCache;
  }

  /** The OpDefs of the ops the graph uses (meta_info_def.stripped_op_list), decoded on first use. */
  get strippedOps(): tf.IOpDef[] {
    this.decodedOpList ??= decodeProto(tf.OpList, this.proto.metaInfoDef?.strippedOpList ?? new Uint8Array(0), { file: this.model.file.file, what: 'the stripped op list' });
    return this.decodedOpList.op;
  }

  /** Node names, ops, inputs and calls only: what inspect needs, several times faster than graphDef. */
  get scanned(): ScannedGraph {
    this.scannedGraph ??= decodeProto({ decode: scanGraphDef }, this.proto.graphDef ?? new Uint8Array(0), { file: this.model.file.file, what: 'the GraphDef' });
    return this.scannedGraph;
  }

  /** Library functions by name. */
  get functions(): Map<string, tf.FunctionDef> {
    this.functionMap ??= new Map((this.graphDef.library?.function ?? []).map((f) => [f.signature?.name ?? '', f as tf.FunctionDef]));
    return this.functionMap;
  }

  /** Servable signatures sorted by key (the init-op pseudo-signature is left out). */
  signatures(): SignatureInfo[] {
    const defs = this.proto.signatureDef ?? {};
    return Object.keys(defs)
      .filter((k) => k !== INIT_OP_SIGNATURE)
      .sort()
      .map((k) => signatureFromProto(k, defs[k]!));
  }

  /** A signature by key; without a key, serving_default or else the only one. */
  signature(key?: string): SignatureInfo {
    const all = this.signatures();
    const pick = key ?? (all.some((s) => s.key === DEFAULT_SIGNATURE) ? DEFAULT_SIGNATURE : all.length === 1 ? all[0]!.key : undefined);
    const found = all.find((s) => s.key === pick);
    if (!found) {
      const keys = all.map((s) => s.key).join(', ') || '(none)';
      const why = pick === undefined ? `has no ${DEFAULT_SIGNATURE} signature and several others; pick one with --signature` : `has no signature "${pick}"`;
      throw new MdeployError('E_UNKNOWN_SIGNATURE', `${why}; signatures: ${keys}`, { file: this.model.file.file });
    }
    return found;
  }

  /**
   * Counts the ops reachable from the given signatures' outputs: the outer graph walked backwards through
   * data inputs, plus every library function a reachable node calls (each function counted once).
   */
  reachableOps(signatureKeys: string[]): Map<string, number> {
    const graph = this.scanned;
    const counts = new Map<string, number>();
    const visitedFns = new Set<string>();
    const fnQueue: string[] = [];
    const visit = (node: ScannedNode): void => {
      if (node.op) counts.set(node.op, (counts.get(node.op) ?? 0) + 1);
      // A node whose op is a library function's name is a direct call, too.
      for (const name of node.op && graph.functions.has(node.op) ? [...node.calls, node.op] : node.calls) {
        if (!visitedFns.has(name) && graph.functions.has(name)) {
          visitedFns.add(name);
          fnQueue.push(name);
        }
      }
    };
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    const seen = new Set<string>();
    const stack: string[] = [];
    for (const key of signatureKeys) {
      for (const info of Object.values(this.proto.signatureDef?.[key]?.outputs ?? {})) {
        const t = parseTensorName(info.name ?? '');
        if (t) stack.push(t.node);
      }
    }
    while (stack.length > 0) {
      const name = stack.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const node = byName.get(name);
      if (!node) continue;
      visit(node);
      for (const input of node.inputs) {
        const t = parseTensorName(input);
        if (t) stack.push(t.node);
      }
    }
    while (fnQueue.length > 0) for (const node of graph.functions.get(fnQueue.shift()!)!) visit(node);
    return counts;
  }

  /** TF2: the checkpoint key each object-graph node reads, from the bundle's TrackableObjectGraph. */
  objectCheckpointMap(): Promise<ObjectCheckpointMap | undefined> {
    this.checkpointMap ??= (async () => {
      const saved = this.objectGraph;
      const bundle = this.model.bundle();
      if (!saved || !bundle) return undefined;
      const trackable = await readTrackableObjectGraph(bundle);
      return trackable ? mapObjectsToCheckpoint(saved, trackable) : undefined;
    })();
    return this.checkpointMap;
  }

  /** TF2: the variables (and other captures) a concrete function reads, in its capture order. */
  async captures(functionName: string): Promise<CapturedInput[] | undefined> {
    const saved = this.objectGraph;
    const map = await this.objectCheckpointMap();
    if (!saved || !map) return undefined;
    return capturedInputs(saved, map, functionName);
  }

  /** TF2: the outer-graph call node and the function a signature's outputs come from. */
  signatureFunction(key: string): { nodeName: string; functionName: string } | undefined {
    const first = Object.values(this.proto.signatureDef?.[key]?.outputs ?? {})[0];
    const t = first ? parseTensorName(first.name ?? '') : null;
    const node = t ? this.scanned.nodes.find((n) => n.name === t.node) : undefined;
    const fn = node?.calls[0];
    return node && fn ? { nodeName: node.name, functionName: fn } : undefined;
  }
}
