/**
 * TF2 object graph → checkpoint keys. A TF2 SavedModel's functions capture variables as extra inputs; which
 * stored tensor each capture reads is found by walking the SavedObjectGraph (in saved_model.pb) and the
 * TrackableObjectGraph (in the bundle under _CHECKPOINTABLE_OBJECT_GRAPH) together from the root, matching
 * children by local name, as TensorFlow's own loader does.
 */
import { tf } from '../proto/index.js';
import { OBJECT_GRAPH_KEY, type TensorBundle } from './bundle/bundle.js';
import { decodeProto } from './decode.js';

export interface ObjectCheckpointMap {
  /** SavedObject node id → checkpoint key of its VARIABLE_VALUE (or only) attribute. */
  keyByNode: Map<number, string>;
  /** For reporting: SavedObject node id → its path from the root, e.g. "layer_with_weights-0/kernel". */
  pathByNode: Map<number, string>;
}

/** Reads and decodes the TrackableObjectGraph stored in the bundle. */
export async function readTrackableObjectGraph(bundle: TensorBundle): Promise<tf.TrackableObjectGraph | undefined> {
  if (!bundle.entries.has(OBJECT_GRAPH_KEY)) return undefined;
  const t = await bundle.read(OBJECT_GRAPH_KEY);
  const bytes = (t.data as Uint8Array[])[0];
  if (!bytes) return undefined;
  return decodeProto(tf.TrackableObjectGraph, bytes, { file: bundle.shardPath(bundle.get(OBJECT_GRAPH_KEY).shardId), what: OBJECT_GRAPH_KEY, code: 'E_BUNDLE_CORRUPT' });
}

/** Matches the two graphs breadth-first from node 0. */
export function mapObjectsToCheckpoint(saved: tf.ISavedObjectGraph, trackable: tf.ITrackableObjectGraph): ObjectCheckpointMap {
  const keyByNode = new Map<number, string>();
  const pathByNode = new Map<number, string>();
  const savedNodes = saved.nodes ?? [];
  const trackNodes = trackable.nodes ?? [];
  const seen = new Set<number>();
  const queue: Array<[number, number, string]> = [[0, 0, '']];
  while (queue.length > 0) {
    const [sid, tid, path] = queue.shift()!;
    if (seen.has(sid)) continue;
    seen.add(sid);
    const s = savedNodes[sid];
    const t = trackNodes[tid];
    if (!s || !t) continue;
    pathByNode.set(sid, path);
    const attrs = t.attributes ?? [];
    const value = attrs.find((a) => a.name === 'VARIABLE_VALUE') ?? (attrs.length === 1 ? attrs[0] : undefined);
    if (value?.checkpointKey) keyByNode.set(sid, value.checkpointKey);
    const tChildren = new Map((t.children ?? []).map((c) => [c.localName ?? '', c.nodeId ?? 0]));
    for (const c of s.children ?? []) {
      const match = tChildren.get(c.localName ?? '');
      if (match !== undefined) queue.push([c.nodeId ?? 0, match, path ? `${path}/${c.localName}` : (c.localName ?? '')]);
    }
  }
  return { keyByNode, pathByNode };
}

export interface CapturedInput {
  /** Position among the concrete function's inputs (captures come after the regular inputs). */
  nodeId: number;
  kind: string;
  checkpointKey?: string;
  path?: string;
}

/** The captures of a concrete function, in input order, with the checkpoint key each variable reads. */
export function capturedInputs(saved: tf.SavedObjectGraph, map: ObjectCheckpointMap, functionName: string): CapturedInput[] | undefined {
  const cf = saved.concreteFunctions[functionName];
  if (!cf) return undefined;
  return (cf.boundInputs ?? []).map((nodeId) => {
    const node = saved.nodes[nodeId] as tf.SavedObject | undefined;
    return { nodeId, kind: node ? (node.kind ?? 'other') : 'missing', checkpointKey: map.keyByNode.get(nodeId), path: map.pathByNode.get(nodeId) };
  });
}
