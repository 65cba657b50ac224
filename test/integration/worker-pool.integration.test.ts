/**
 * The inference pool runs models in worker processes. A native crash (test/corpus/abort_on_negative calls
 * tf.raw_ops.Abort on a negative input) costs only the request running on that worker; a replacement starts,
 * with backoff when replacements keep dying; no worker process outlives the pool or the process that owns it;
 * failed runs carry TensorFlow's status code.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMdeployError } from '../../src/errors.js';
import { WorkerPool, WorkerRunError, type WorkerPoolOptions } from '../../src/runtime/pool.js';
import { parseTfFailure, RUN_ERROR_WITH_CODE } from '../../src/runtime/tf-status.js';
import type { WorkerInit } from '../../src/runtime/worker.js';
import { SavedModel } from '../../src/savedmodel/savedmodel.js';
import type { HostTensor } from '../../src/tensor/host.js';
import { goldenToHost, relError, type GoldenModel } from '../helpers/golden.js';
import { CORPUS_DIR, describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { running, workerPids } from '../helpers/proc.js';

const ABORT = join(CORPUS_DIR, 'abort_on_negative');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function initFor(dir: string): WorkerInit {
  const model = SavedModel.load(dir);
  try {
    const signatures = Object.fromEntries(model.metaGraph().signatures().map((s) => [s.key, s]));
    return { backend: 'tf', path: dir, tags: ['serve'], signatures };
  } finally {
    void model.close();
  }
}


async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** abort_on_negative's golden case from TensorFlow: x [3, 2] float32 → y [3, 2]. */
function golden(): { rows: HostTensor[]; want: HostTensor[] } {
  const g = JSON.parse(readFileSync(join(ABORT, 'golden.json'), 'utf8')) as GoldenModel;
  const x = goldenToHost(g.cases[0]!.inputs['x']!);
  const y = goldenToHost(g.cases[0]!.outputs!['y']!);
  const row = (t: HostTensor, i: number): HostTensor => ({ dtype: 'DT_FLOAT', shape: [1, 2], data: (t.data as Float32Array).slice(2 * i, 2 * i + 2) });
  return { rows: [0, 1, 2].map((i) => row(x, i)), want: [0, 1, 2].map((i) => row(y, i)) };
}

const NEGATIVE: HostTensor = { dtype: 'DT_FLOAT', shape: [1, 2], data: Float32Array.from([-1, 2]) };

/** True once a good request succeeds (for polling while a replacement starts). */
const answers = (pool: WorkerPool): Promise<boolean> => goodRun(pool, 0).then(
  () => true,
  () => false,
);

/** A good request for golden row i; resolves with the relative error against TensorFlow's output. */
async function goodRun(pool: WorkerPool, i: number): Promise<number> {
  const { rows, want } = golden();
  const out = await pool.run('serving_default', { x: rows[i % 3]! });
  return relError(out['y']!, want[i % 3]!);
}

async function withPool<T>(dir: string, size: number, options: WorkerPoolOptions, body: (pool: WorkerPool) => Promise<T>): Promise<T> {
  const pool = await WorkerPool.start(initFor(dir), size, options);
  try {
    return await body(pool);
  } finally {
    await pool.close();
  }
}

describe('TensorFlow status codes from tfjs-node errors', () => {
  it.each([
    ['Session fail to run with error (TF_Code 3): input x : Tensor had NaN values\n\t [[{{node CheckNumerics}}]]', 'INVALID_ARGUMENT', 'input x : Tensor had NaN values\n\t [[{{node CheckNumerics}}]]', true],
    ['Session fail to run with error (TF_Code 9): Could not find variable dense/kernel', 'FAILED_PRECONDITION', 'Could not find variable dense/kernel', true],
    ['Session fail to run with error (TF_Code 8): OOM when allocating tensor', 'RESOURCE_EXHAUSTED', 'OOM when allocating tensor', true],
    ['Session fail to run with error (TF_Code 11): End of sequence', 'OUT_OF_RANGE', 'End of sequence', true],
    ['Invalid TF_Status: 12\nMessage: Unimplemented: Cast string to float is not supported', 'UNIMPLEMENTED', 'Unimplemented: Cast string to float is not supported', true],
    // A binding tfjs-node downloaded itself: no code, so the message decides.
    ['Session fail to run with error: Incompatible shapes: [1,3] vs. [4]', 'INVALID_ARGUMENT', 'Incompatible shapes: [1,3] vs. [4]', false],
    ['Session fail to run with error: Expects arg[0] to be string but float is provided', 'INVALID_ARGUMENT', 'Expects arg[0] to be string but float is provided', false],
    ['Session fail to run with error: input x : Tensor had NaN values', 'INTERNAL', 'input x : Tensor had NaN values', false],
    ['Session fail to run with error (TF_Code 99): from the future', 'INTERNAL', 'Session fail to run with error (TF_Code 99): from the future', false],
  ] as const)('%j → %s', (thrown, code, message, exact) => {
    expect(parseTfFailure(thrown)).toEqual({ code, message, exact });
  });
});

describeWith(['corpus', 'tfjs-node'], 'worker pool: crashes', () => {
  it('a native abort fails only the request running on that worker; the rest and later requests succeed', async () => {
    await withPool(join(ABORT, '1'), 2, {}, async (pool) => {
      const lost: string[] = [];
      const replaced: string[] = [];
      pool.onWorkerLost = (r) => lost.push(r);
      pool.onWorkerReplaced = (m) => replaced.push(m);
      const before = pool.pids();
      expect(before).toHaveLength(2);
      // Good requests wait in the pool around the crashing one; each worker runs one at a time.
      const first = Array.from({ length: 30 }, (_, i) => goodRun(pool, i));
      const crash = pool.run('serving_default', { x: NEGATIVE }).then(
        () => undefined,
        (e: unknown) => e,
      );
      const second = Array.from({ length: 30 }, (_, i) => goodRun(pool, i));
      const err = await crash;
      expect(err).toBeInstanceOf(WorkerRunError);
      expect(err).toMatchObject({ code: 'UNAVAILABLE', crashed: true, message: 'the inference worker crashed (SIGABRT) while running this request; it is being replaced' });
      const settled = await Promise.allSettled([...first, ...second]);
      expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
      for (const s of settled) expect((s as PromiseFulfilledResult<number>).value).toBeLessThan(1e-6);

      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatch(/^pid \d+, SIGABRT/);
      const dead = Number(/^pid (\d+)/.exec(lost[0]!)![1]);
      expect(before).toContain(dead);
      expect(running(dead)).toBe(false);
      await waitFor('the replacement', () => replaced.length === 1 && pool.pids().length === 2);
      expect(pool.restarts).toBe(1);
      expect(pool.pids()).not.toContain(dead);
      for (const e of await Promise.all([0, 1, 2, 3].map((i) => goodRun(pool, i)))) expect(e).toBeLessThan(1e-6);
    });
  }, 120_000);

  it('with no worker left, queued and new requests fail at once with UNAVAILABLE until the replacement is ready', async () => {
    await withPool(join(ABORT, '1'), 1, { restart: { initialDelayMs: 1_000, stableAfterMs: 60_000 } }, async (pool) => {
      const crash = pool.run('serving_default', { x: NEGATIVE }).catch((e: unknown) => e);
      const queued = [0, 1, 2].map((i) => goodRun(pool, i).catch((e: unknown) => e));
      expect(await crash).toMatchObject({ code: 'UNAVAILABLE', crashed: true });
      for (const q of await Promise.all(queued)) {
        expect(q).toBeInstanceOf(WorkerRunError);
        expect(q).toMatchObject({ code: 'UNAVAILABLE', crashed: false });
        expect((q as Error).message).toMatch(/^no inference worker is running .*retry shortly$/);
      }
      const t0 = Date.now();
      await expect(goodRun(pool, 0)).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/no inference worker is running/) });
      expect(Date.now() - t0).toBeLessThan(100);
      await waitFor('the replacement', () => pool.pids().length === 1 && answers(pool));
    });
  }, 120_000);

  it('restarts after quick deaths back off (doubling, capped), so a request that kills every worker causes no restart storm', async () => {
    const restart = { initialDelayMs: 200, maxDelayMs: 800, stableAfterMs: 60_000 };
    await withPool(join(ABORT, '1'), 1, { restart }, async (pool) => {
      const lost: Array<{ reason: string; at: number }> = [];
      const replaced: number[] = [];
      pool.onWorkerLost = (reason) => lost.push({ reason, at: Date.now() });
      pool.onWorkerReplaced = () => replaced.push(Date.now());
      for (let i = 0; i < 4; i++) {
        await waitFor(`worker ${i}`, () => replaced.length === i && pool.pids().length === 1 && answers(pool));
        await expect(pool.run('serving_default', { x: NEGATIVE })).rejects.toMatchObject({ crashed: true });
      }
      await waitFor('the last replacement', () => replaced.length === 4);
      const announced = lost.map((l) => Number(/restarting in ([\d.]+) s/.exec(l.reason)?.[1]) * 1000);
      expect(announced).toEqual([200, 400, 800, 800]);
      // A replacement is ready no sooner than its delay (plus loading TensorFlow).
      for (let i = 0; i < 4; i++) expect(replaced[i]! - lost[i]!.at).toBeGreaterThanOrEqual(announced[i]! - 5);
      expect(pool.restarts).toBe(4);
    });
  }, 120_000);

  it('a replacement that fails to load is retried with backoff until the model is back', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-pool-'));
    const dir = join(tmp, '1');
    cpSync(join(ABORT, '1'), dir, { recursive: true });
    try {
      await withPool(dir, 1, { restart: { initialDelayMs: 100, maxDelayMs: 400, stableAfterMs: 60_000 } }, async (pool) => {
        const failed: string[] = [];
        pool.onRestartFailed = (m) => failed.push(m);
        renameSync(dir, `${dir}.away`);
        await expect(pool.run('serving_default', { x: NEGATIVE })).rejects.toMatchObject({ crashed: true });
        await waitFor('two failed restarts', () => failed.length >= 2);
        expect(failed[0]).toMatch(/^a replacement inference worker failed to load \(.*\); trying again in 0\.\d+ s$/);
        renameSync(`${dir}.away`, dir);
        await waitFor('the replacement', () => pool.pids().length === 1 && answers(pool));
        expect(pool.restarts).toBe(1);
      });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);

  it('a worker killed from outside is replaced too', async () => {
    await withPool(join(ABORT, '1'), 1, {}, async (pool) => {
      const lost: string[] = [];
      pool.onWorkerLost = (r) => lost.push(r);
      const [pid] = pool.pids();
      process.kill(pid!, 'SIGKILL');
      await waitFor('the loss', () => lost.length === 1);
      expect(lost[0]).toMatch(new RegExp(`^pid ${pid}, SIGKILL`));
      await waitFor('the replacement', () => pool.pids().length === 1 && answers(pool));
    });
  }, 120_000);
});

describeWith(['corpus', 'tfjs-node'], 'worker pool: no orphan processes', () => {
  it('close() ends every worker, also a replacement that is loading and a restart that is scheduled', async () => {
    expect(workerPids(process.pid)).toEqual([]);
    const pool = await WorkerPool.start(initFor(join(ABORT, '1')), 2, { restart: { stableAfterMs: 0 } });
    const seen = new Set(pool.pids());
    // stableAfterMs 0: no backoff, so the replacement starts loading at once; close() catches it mid-load.
    await expect(pool.run('serving_default', { x: NEGATIVE })).rejects.toMatchObject({ crashed: true });
    await waitFor('the replacement to start', () => pool.pids().length === 2);
    for (const p of pool.pids()) seen.add(p);
    expect(seen.size).toBe(3);
    await pool.close();
    for (const p of seen) expect(running(p), `pid ${p}`).toBe(false);
    expect(workerPids(process.pid)).toEqual([]);

    const slow = await WorkerPool.start(initFor(join(ABORT, '1')), 1, { restart: { initialDelayMs: 1_000, stableAfterMs: 60_000 } });
    await expect(slow.run('serving_default', { x: NEGATIVE })).rejects.toMatchObject({ crashed: true });
    await slow.close();
    await sleep(1_500);
    expect(workerPids(process.pid)).toEqual([]);
    await expect(slow.run('serving_default', { x: NEGATIVE })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  }, 120_000);

  it('workers exit when the process that owns the pool is killed without closing it', async () => {
    // dist/ is what runs the workers anyway (see workerScript() in pool.ts).
    const script = `import { WorkerPool } from ${JSON.stringify(join(ROOT, 'dist', 'runtime', 'pool.js'))};
      const pool = await WorkerPool.start(JSON.parse(process.argv[1]), 2);
      process.stdout.write(JSON.stringify(pool.pids()) + '\\n');
      setInterval(() => {}, 1000);`;
    const owner = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(initFor(join(ABORT, '1')))], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    owner.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const pids = await waitFor('the pool in the owner process', () => out.includes('\n') && (JSON.parse(out) as number[]));
    expect(pids).toHaveLength(2);
    for (const p of pids) expect(running(p)).toBe(true);
    owner.kill('SIGKILL');
    await waitFor('the workers to exit', () => pids.every((p) => !running(p)), 15_000);
  }, 120_000);
});

describeWith(['corpus', 'tfjs-node'], 'worker pool: TensorFlow error codes', () => {
  const binding = (): string | undefined => {
    const pkg = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-node/package.json'));
    const lib = join(pkg, 'lib');
    return existsSync(lib) ? readdirSync(lib).map((d) => join(lib, d, 'tfjs_binding.node')).find((f) => existsSync(f)) : undefined;
  };

  it('failed runs reject with TensorFlow code and message; the worker keeps serving', async () => {
    const file = binding();
    const patched = file !== undefined && readFileSync(file).includes(RUN_ERROR_WITH_CODE);
    if (!patched) process.stdout.write('NOTE: the tfjs-node binding does not report TF_Code (run `mdeploy doctor --fix-tfjs-node`); codes are guessed from messages\n');
    const dir = join(CORPUS_DIR, 'check_numerics', '1');
    await withPool(dir, 1, {}, async (pool) => {
      const [pid] = pool.pids();
      const x = (values: number[]): HostTensor => ({ dtype: 'DT_FLOAT', shape: [1, values.length], data: Float32Array.from(values) });
      const nan = await pool.run('serving_default', { x: x([1, NaN, 3, 4]) }).catch((e: unknown) => e);
      expect(nan).toBeInstanceOf(WorkerRunError);
      expect(nan).toMatchObject({ code: patched ? 'INVALID_ARGUMENT' : 'INTERNAL', crashed: false });
      expect((nan as Error).message).toMatch(/^input x : Tensor had NaN values/);
      await expect(pool.run('serving_default', { x: x([1, 2, 3]) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^Incompatible shapes/) });
      // What the worker itself refuses.
      await expect(pool.run('serving_default', { y: x([1, 2, 3, 4]) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'missing input "x"' });
      await expect(pool.run('nope', { x: x([1, 2, 3, 4]) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'no signature "nope"' });
      const g = JSON.parse(readFileSync(join(CORPUS_DIR, 'check_numerics', 'golden.json'), 'utf8')) as GoldenModel;
      const out = await pool.run('serving_default', { x: goldenToHost(g.cases[0]!.inputs['x']!) });
      expect(relError(out['y']!, goldenToHost(g.cases[0]!.outputs!['y']!))).toBeLessThan(1e-6);
      expect(pool.pids()).toEqual([pid]);
    });
  }, 120_000);
});

describeWith(['corpus', 'tfjs-node'], 'worker pool: TensorFlow thread pools', () => {
  it("sizes each worker process's TensorFlow thread pools from tfThreads", async () => {
    await withPool(join(ABORT, '1'), 1, { tfThreads: { intraOp: 1, interOp: 2 } }, async (pool) => {
      const env = readFileSync(`/proc/${pool.pids()[0]}/environ`, 'utf8').split('\0');
      expect(env).toContain('TF_NUM_INTRAOP_THREADS=1');
      expect(env).toContain('TF_NUM_INTEROP_THREADS=2');
      expect(await goodRun(pool, 1)).toBeLessThan(1e-6);
    });
  }, 60_000);
});

describe('worker pool: loading', () => {
  const dir = join(FIXTURES_DIR, 'saved_model_half_plus_three', '00000123');

  it('start() rejects with E_DEPENDENCY_MISSING when tfjs-node does not load, and leaves no worker behind', async () => {
    const saved = process.env['MDEPLOY_NO_TFJS_NODE'];
    process.env['MDEPLOY_NO_TFJS_NODE'] = '1';
    try {
      const err = await WorkerPool.start(initFor(dir), 2).catch((e: unknown) => e);
      expect(isMdeployError(err), String(err)).toBe(true);
      expect(err).toMatchObject({ code: 'E_DEPENDENCY_MISSING', message: expect.stringMatching(/MDEPLOY_NO_TFJS_NODE=1/) });
    } finally {
      if (saved === undefined) delete process.env['MDEPLOY_NO_TFJS_NODE'];
      else process.env['MDEPLOY_NO_TFJS_NODE'] = saved;
    }
    expect(workerPids(process.pid)).toEqual([]);
  }, 60_000);

  describeWith(['tfjs-node'], 'with tfjs-node', () => {
    it('start() rejects when TensorFlow cannot load the model, and leaves no worker behind', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'mdeploy-pool-empty-'));
      try {
        const err = await WorkerPool.start({ ...initFor(dir), path: empty }, 2).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(Error);
        expect((err as Error).message).toMatch(/TensorFlow could not load the SavedModel/);
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
      expect(workerPids(process.pid)).toEqual([]);
    }, 60_000);
  });
});
