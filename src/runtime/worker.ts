/**
 * An inference worker process: holds one model on tfjs-node and runs requests for the pool in pool.ts.
 * It is a separate process, not a thread, because libtensorflow aborts the whole process on some failures
 * (tf.raw_ops.Abort, a kernel's CHECK): that must cost this worker, not the server.
 *
 * The tf backend keeps one TensorFlow session for the SavedModel and runs any signature in it by tensor
 * names, so every signature shares the weights (and a stateful model shares its state).
 *
 * Protocol (IPC with serialization 'advanced', so typed arrays cross as bytes): the pool sends `init`, the
 * worker answers `ready` or `fatal`; then `run` → `result` | `error`. The worker exits when the channel
 * closes, which is how the pool stops it and how it follows a server that died.
 */
import type { HostTensor } from '../tensor/host.js';
import { invalidArgument } from './feed.js';
import type { ModelSession, SessionSignature } from './session.js';
import { isTfCodeName, parseTfFailure, type TfCodeName } from './tf-status.js';
import { loadTfjsForGraphModels, openTfjsGraphModel, openTfSession } from './tfjs-node.js';

export interface WorkerInit {
  backend: 'tf' | 'tfjs';
  path: string;
  tags: string[];
  /** Every servable signature, by key (tf backend). */
  signatures: Record<string, SessionSignature>;
}

export type WorkerRequest = { type: 'init'; init: WorkerInit } | { type: 'run'; id: number; signature: string; feeds: Record<string, HostTensor>; outputs?: string[] };

export type WorkerReply =
  | { type: 'ready'; runtime: string }
  | { type: 'result'; id: number; outputs: Record<string, HostTensor> }
  /** `code`: TensorFlow's status code for the failed run (INVALID_ARGUMENT for requests the worker rejects). */
  | { type: 'error'; id: number; message: string; code: TfCodeName }
  | { type: 'fatal'; message: string; code?: string };

type Runner = (signature: string, feeds: Record<string, HostTensor>, outputs?: string[]) => Promise<Record<string, HostTensor>>;

async function openTf(init: WorkerInit): Promise<Runner> {
  const session = openTfSession(init.path, init.tags);
  return async (key, feeds, wanted) => {
    const sig = init.signatures[key];
    if (!sig) throw invalidArgument(`no signature "${key}"`);
    return session.run(sig, feeds, wanted);
  };
}

async function openTfjs(init: WorkerInit): Promise<Runner> {
  const session: ModelSession = await openTfjsGraphModel(init.path);
  return async (_key, feeds) => session.run(feeds);
}

function send(reply: WorkerReply, then?: () => void): void {
  if (process.connected) process.send!(reply, undefined, {}, then);
  else then?.();
}

/** What the pool gets back for a failed run: TensorFlow's code and message. */
function failure(id: number, err: unknown): WorkerReply {
  const e = err as Error & { code?: unknown };
  if (isTfCodeName(e.code)) return { type: 'error', id, code: e.code, message: e.message };
  const { code, message } = parseTfFailure(e instanceof Error ? e.message : String(err));
  return { type: 'error', id, code, message };
}

async function load(init: WorkerInit): Promise<void> {
  let run: Runner;
  try {
    run = init.backend === 'tf' ? await openTf(init) : await openTfjs(init);
  } catch (err) {
    const code = (err as { code?: unknown }).code === 'E_DEPENDENCY_MISSING' ? 'E_DEPENDENCY_MISSING' : undefined;
    send({ type: 'fatal', message: (err as Error).message, code }, () => process.exit(1));
    return;
  }
  const runtime = init.backend === 'tf' ? 'libtensorflow' : (await loadTfjsForGraphModels()).kind;
  process.on('message', (msg: WorkerRequest) => {
    if (msg.type !== 'run') return;
    run(msg.signature, msg.feeds, msg.outputs).then(
      (outputs) => send({ type: 'result', id: msg.id, outputs }),
      (err: unknown) => send(failure(msg.id, err)),
    );
  });
  send({ type: 'ready', runtime });
}

if (!process.send) {
  process.stderr.write('mdeploy: src/runtime/worker.js is started by the inference pool (child_process.fork), not by hand\n');
  process.exit(2);
}
// The pool closing the channel, or the server dying (even by SIGKILL), ends the worker.
process.on('disconnect', () => process.exit(0));
// Ctrl-C and `kill -TERM <group>` reach every process in the group, but the server drains requests in flight
// first (serve.ts) and then closes its pool: a worker stays until then, or 30 s at most.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => setTimeout(() => process.exit(0), 30_000).unref());
process.once('message', (msg: WorkerRequest) => {
  if (msg.type === 'init') void load(msg.init);
});
