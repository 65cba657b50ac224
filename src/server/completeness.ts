/**
 * Is a version directory whole? A SavedModel copied file by file (saved_model.pb first, variables/ later)
 * loads in TensorFlow without its variables and then fails every request, so before loading, the files the
 * graph needs are checked: the variables index when the graph has variables, and every data shard as long as
 * the index says. A version that fails this is a failed load, retried when its files change.
 */
import { statSync } from 'node:fs';
import { MdeployError } from '../errors.js';
import { TensorBundle, variablesPrefix } from '../savedmodel/bundle/bundle.js';
import type { SavedModel } from '../savedmodel/savedmodel.js';

const VARIABLE_OPS = new Set(['VarHandleOp', 'VariableV2', 'Variable']);

export function checkVariablesComplete(model: SavedModel, tags?: string[]): void {
  const prefix = variablesPrefix(model.dir);
  const usesVariables = model.metaGraph(tags).scanned.nodes.some((n) => VARIABLE_OPS.has(n.op));
  if (!TensorBundle.exists(prefix)) {
    if (!usesVariables) return;
    throw new MdeployError('E_BUNDLE_CORRUPT', 'the graph has variables but variables/variables.index is missing (is the copy still running?)', { file: model.dir });
  }
  const bundle = TensorBundle.open(prefix);
  const needed = new Map<number, number>();
  for (const e of bundle.entries.values()) needed.set(e.shardId, Math.max(needed.get(e.shardId) ?? 0, e.offset + e.size));
  for (const [shard, bytes] of needed) {
    const file = bundle.shardPath(shard);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new MdeployError('E_BUNDLE_CORRUPT', `variables data shard ${shard + 1} of ${bundle.header.numShards} is missing (is the copy still running?)`, { file });
    }
    if (size < bytes) throw new MdeployError('E_BUNDLE_CORRUPT', `is ${size} bytes, but the variables index needs ${bytes} (is the copy still running?)`, { file });
  }
}
