/**
 * An inference worker process: holds one model on tfjs-node and runs requests for the pool in pool.ts.
 * It is a separate process, not a thread, because libtensorflow aborts the whole process on some failures
 * (tf.raw_ops.Abort, a kernel's CHECK): that must cost this worker, not the server.
 *
 * The tf backend keeps one TensorFlow session for the SavedModel and runs any signature in it by tensor
 * names, so every signature shares the weights (and a stateful model shares its state).
 *
 * Protocol: on Node's IPC channel the pool sends `init` and the worker answers `ready` or `fatal`; then, on
 * the tensor channel (fd 4, channel.ts: tensors as raw bytes, never serialized on the server's event loop),
 * `run` → `result` | `error`. The worker exits when the IPC channel closes, which is how the pool stops it and
 * how it follows a server that died.
 */
import { Socket } from 'node:net';
import type { HostTensor } from '../tensor/host.js';
import { MessageReader, TENSOR_CHANNEL_FD, writeMessage } from './channel.js';
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

/** On the IPC channel. */
export type WorkerControl = { type: 'init'; init: WorkerInit };
export type WorkerStatus = { type: 'ready'; runtime: string } | { type: 'fatal'; message: string; code?: string };

/** On the tensor channel: the head of a `run`, whose tensors are the feeds. */
export interface RunHead {
  type: 'run';
  id: number;
  signature: string;
  outputs?: string[];
}
/** On the tensor channel: a result's tensors are the outputs; `code` of an error is TensorFlow's status code
 * for the failed run (INVALID_ARGUMENT for requests the worker rejects). */
export type ReplyHead = { type: 'result'; id: number } | { type: 'error'; id: number; message: string; code: TfCodeName };

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

function send(status: WorkerStatus, then?: () => void): void {
  if (process.connected) process.send!(status, undefined, {}, then);
  else then?.();
}

/** What the pool gets back for a failed run: TensorFlow's code and message. */
function failure(id: number, err: unknown): ReplyHead {
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
  const channel = new Socket({ fd: TENSOR_CHANNEL_FD, readable: true, writable: true });
  const reader = new MessageReader<RunHead>(
    ({ head, tensors }) => {
      if (head.type !== 'run') return;
      run(head.signature, tensors, head.outputs).then(
        (outputs) => writeMessage(channel, { type: 'result', id: head.id }, outputs),
        (err: unknown) => writeMessage(channel, failure(head.id, err)),
      );
    },
    (err) => {
      process.stderr.write(`mdeploy inference worker: ${err.message}; exiting\n`);
      process.exit(1);
    },
  );
  channel.on('data', (chunk: Buffer) => reader.push(chunk));
  // The server closed it (or died): nothing more will come.
  channel.on('end', () => process.exit(0));
  channel.on('error', () => process.exit(0));
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
process.once('message', (msg: WorkerControl) => {
  if (msg.type === 'init') void load(msg.init);
});
