/**
 * Weights that one graph alone holds, so a pass may rewrite their data in place instead of copying it. The
 * freezer marks the variables it read for the graph it returns (each read into bytes no other tensor
 * shares); the first batch-norm folding on that graph scales them in place, then releases the marks. Copies
 * of the graph (src/graph/clone.ts) share tensor data, and are made after the shared passes: by then the
 * marks are gone, and "no pass writes into a tensor's data" holds for every graph anyone can copy. A mark is
 * per graph object, so a copy made earlier is never written through either.
 */
import type { HostTensor } from '../../tensor/host.js';
import type { Graph } from '../ir.js';

const exclusive = new WeakMap<Graph, WeakSet<HostTensor>>();

/** Records that `tensor`'s data belongs to `graph` alone. */
export function markExclusive(graph: Graph, tensor: HostTensor): void {
  let set = exclusive.get(graph);
  if (!set) exclusive.set(graph, (set = new WeakSet()));
  set.add(tensor);
}

/** Whether a pass on `graph` may write into `tensor`'s data. */
export function isExclusive(graph: Graph, tensor: HostTensor): boolean {
  return exclusive.get(graph)?.has(tensor) ?? false;
}

/** Ends in-place rewrites on `graph`: from here on its tensors are treated as shared. */
export function releaseExclusive(graph: Graph): void {
  exclusive.delete(graph);
}
