/**
 * A worker thread that holds one model on tfjs-node and runs requests for the pool in pool.ts. tfjs-node's
 * kernels run synchronously, so running them here keeps the server's event loop free.
 *
 * The tf backend keeps one TensorFlow session for the SavedModel and runs any signature in it by tensor
 * names, so every signature shares the weights (and a stateful model shares its state).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { HostTensor } from '../tensor/host.js';
import type { ModelSession, SessionSignature } from './session.js';
import { loadTfjsForGraphModels, openTfjsGraphModel, openTfSession } from './tfjs-node.js';

export interface WorkerInit {
  backend: 'tf' | 'tfjs';
  path: string;
  tags: string[];
  /** Every servable signature, by key (tf backend). */
  signatures: Record<string, SessionSignature>;
}

export type WorkerRequest = { type: 'run'; id: number; signature: string; feeds: Record<string, HostTensor>; outputs?: string[] } | { type: 'dispose' };

export type WorkerReply =
  | { type: 'ready'; runtime: string }
  | { type: 'result'; id: number; outputs: Record<string, HostTensor> }
  | { type: 'error'; id: number; message: string; invalid: boolean }
  | { type: 'fatal'; message: string; code?: string };

type Runner = (signature: string, feeds: Record<string, HostTensor>, outputs?: string[]) => Promise<Record<string, HostTensor>>;

async function openTf(init: WorkerInit): Promise<Runner> {
  const session = openTfSession(init.path, init.tags);
  return async (key, feeds, wanted) => {
    const sig = init.signatures[key];
    if (!sig) throw Object.assign(new Error(`no signature "${key}"`), { invalid: true });
    return session.run(sig, feeds, wanted);
  };
}

async function openTfjs(init: WorkerInit): Promise<Runner> {
  const session: ModelSession = await openTfjsGraphModel(init.path);
  return async (_key, feeds) => session.run(feeds);
}

async function main(): Promise<void> {
  const init = workerData as WorkerInit;
  let run: Runner;
  try {
    run = init.backend === 'tf' ? await openTf(init) : await openTfjs(init);
  } catch (err) {
    parentPort!.postMessage({ type: 'fatal', message: (err as Error).message, code: (err as { code?: unknown }).code === 'E_DEPENDENCY_MISSING' ? 'E_DEPENDENCY_MISSING' : undefined } satisfies WorkerReply);
    return;
  }
  const runtime = init.backend === 'tf' ? 'libtensorflow' : (await loadTfjsForGraphModels()).kind;
  parentPort!.postMessage({ type: 'ready', runtime } satisfies WorkerReply);
  parentPort!.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'dispose') {
      process.exit(0);
    }
    run(msg.signature, msg.feeds, msg.outputs).then(
      (outputs) => {
        const transfer = Object.values(outputs).flatMap((t) => (t.dtype === 'DT_STRING' ? [] : [(t.data as Float32Array).buffer as ArrayBuffer]));
        parentPort!.postMessage({ type: 'result', id: msg.id, outputs } satisfies WorkerReply, transfer);
      },
      (err: Error & { invalid?: boolean }) => {
        // TensorFlow rejects bad shapes/dtypes with an error: the caller's fault, not the server's.
        const invalid = err.invalid === true || /shape|Incompatible|dimension|expected|must be|Invalid|dtype/i.test(err.message);
        parentPort!.postMessage({ type: 'error', id: msg.id, message: err.message.split('\n')[0] ?? '', invalid } satisfies WorkerReply);
      },
    );
  });
}

void main();
