/**
 * A native crash in an inference worker costs the server only the request that caused it. The real server
 * runs test/corpus/abort_on_negative (tf.raw_ops.Abort on a negative input: SIGABRT in libtensorflow) with two
 * worker processes and batching off, under a bounded load of good requests; the crashing request gets an
 * error, every good request gets TensorFlow's answer, the server lives on and replaces the worker.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compareJson, goldenRowJson, goldenToHost, goldenToJson, relError, type GoldenModel } from '../helpers/golden.js';
import { CORPUS_DIR, describeWith, ROOT } from '../helpers/env.js';
import { http, startServe, type HttpReply, type ServeProcess } from '../helpers/serve.js';
import { running, workerPids } from '../helpers/proc.js';

const MODEL = join(CORPUS_DIR, 'abort_on_negative');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));


async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const golden = (): GoldenModel => JSON.parse(readFileSync(join(MODEL, 'golden.json'), 'utf8')) as GoldenModel;

describeWith(['corpus', 'tfjs-node'], 'serve: an inference worker that crashes', () => {
  let s: ServeProcess;
  let predict: string;
  beforeAll(async () => {
    s = await startServe([MODEL, '--workers', '2', '--no-batching']);
    predict = `${s.url}/v1/models/abort_on_negative:predict`;
  });
  afterAll(async () => {
    await s?.stop('SIGKILL');
  });

  /** POST with a deadline, so a stuck server fails the test instead of hanging it. */
  async function post(body: unknown): Promise<HttpReply> {
    const res = await fetch(predict, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(20_000) });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  it('fails only the crashing request, under concurrent load, and replaces the worker', async () => {
    const x = golden().cases[0]!.inputs['x']!;
    const y = golden().cases[0]!.outputs!['y']!;
    const before = await waitFor('two workers', () => workerPids(s.proc.pid!).length === 2 && workerPids(s.proc.pid!));

    // 8 clients, 240 good requests in all, each checked against TensorFlow's output for its row.
    const TOTAL = 240;
    let sent = 0;
    let crashAnswered = false;
    let inFlightAtCrash = 0;
    const problems: string[] = [];
    let done = 0;
    let doneAfterCrash = 0;
    const client = async (): Promise<void> => {
      while (sent < TOTAL) {
        const row = sent++ % 3;
        const r = await post({ instances: [goldenRowJson(x, row)] }).catch((e: Error) => ({ status: 0, text: e.message, json: undefined }) as unknown as HttpReply);
        done++;
        if (crashAnswered) doneAfterCrash++;
        const bad = r.status !== 200 ? `${r.status} ${r.text.slice(0, 200)}` : compareJson((r.json as { predictions: unknown[] }).predictions[0], y, { row });
        if (bad) problems.push(`request for row ${row}: ${bad}`);
      }
    };
    const clients = Array.from({ length: 8 }, client);
    await waitFor('some good answers', () => done >= 40, 30_000);
    inFlightAtCrash = sent - done;
    const crash = await post({ instances: [[-1, 2]] });
    crashAnswered = true;
    await Promise.all(clients);

    // The crash is a server-side failure of that request (HTTP 500, JSON error), nothing more.
    expect(crash.status, crash.text).toBe(500);
    expect(typeof (crash.json as { error?: unknown })?.error).toBe('string');
    // Batching is off and each worker runs one request at a time, so the crashing request was alone on its
    // worker: every good request, on the other worker or later, got TensorFlow's answer.
    expect(inFlightAtCrash).toBeGreaterThan(0);
    expect(done).toBe(TOTAL);
    expect(problems).toEqual([]);
    expect(doneAfterCrash).toBeGreaterThan(0);

    expect(s.proc.exitCode).toBeNull();
    expect(s.proc.signalCode).toBeNull();
    const died = s.logs.find((l) => /an inference worker died \(pid \d+, SIGABRT/.test(String(l['msg'])));
    expect(died, JSON.stringify(s.logs.filter((l) => l['level'] !== 'debug'))).toBeDefined();
    const dead = Number(/pid (\d+)/.exec(String(died!['msg']))![1]);
    expect(before).toContain(dead);
    expect(running(dead)).toBe(false);
    // Replaced: two workers again, one of them new.
    const after = await waitFor('the replacement worker', () => {
      const now = workerPids(s.proc.pid!);
      return now.length === 2 && !now.includes(dead) && now;
    });
    expect(after.filter((p) => !before.includes(p))).toHaveLength(1);

    // Later requests (the whole golden batch) get TensorFlow's outputs from both workers.
    for (let i = 0; i < 4; i++) {
      const r = await post({ instances: goldenToJson(x) });
      expect(r.status, r.text).toBe(200);
      expect(compareJson((r.json as { predictions: unknown }).predictions, y)).toBeUndefined();
    }
    const status = await http(`${s.url}/v1/models/abort_on_negative`);
    expect(status.json.model_version_status[0].state).toBe('AVAILABLE');
  }, 180_000);

  it('leaves no worker process behind when it is stopped (SIGTERM)', async () => {
    const pids = workerPids(s.proc.pid!);
    expect(pids.length).toBeGreaterThan(0);
    expect(await s.stop('SIGTERM')).toBe(0);
    await waitFor('the workers to exit', () => pids.every((p) => !running(p)), 15_000);
  }, 60_000);
});

describeWith(['corpus', 'tfjs-node'], 'serve: killed outright', () => {
  it('its worker processes exit with it (SIGKILL leaves no orphans)', async () => {
    const s = await startServe([MODEL, '--workers', '2']);
    try {
      const pids = await waitFor('two workers', () => workerPids(s.proc.pid!).length === 2 && workerPids(s.proc.pid!));
      await s.stop('SIGKILL');
      await waitFor('the workers to exit', () => pids.every((p) => !running(p)), 15_000);
    } finally {
      await s.stop('SIGKILL');
    }
  }, 120_000);
});

describeWith(['corpus', 'tfjs-node', 'python-tf'], 'serve: a worker crash over gRPC', () => {
  it('answers UNAVAILABLE for the crashing Predict and serves the next one', async () => {
    const s = await startServe([MODEL, '--workers', '2']);
    try {
      const g = golden().cases[0]!;
      const tensor = (values: number[]): Record<string, unknown> => ({ dtype: 'DT_FLOAT', shape: [values.length / 2, 2], b64: Buffer.from(Float32Array.from(values).buffer).toString('base64') });
      const calls = [
        { rpc: 'Predict', model: 'abort_on_negative', inputs: { x: tensor([-1, 2]) }, encoding: 'content' },
        { rpc: 'Predict', model: 'abort_on_negative', inputs: { x: g.inputs['x'] }, encoding: 'content' },
      ];
      const r = spawnSync(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'test', 'python', 'grpc_client.py')], {
        input: JSON.stringify({ target: `127.0.0.1:${s.grpcPort}`, calls }),
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const [crash, good] = JSON.parse(r.stdout) as Array<Record<string, any>>;
      expect(crash).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
      expect(good!['ok'], JSON.stringify(good)).toBe(true);
      expect(relError(goldenToHost(good!['outputs']['y']), goldenToHost(g.outputs!['y']!))).toBeLessThan(1e-6);
      expect(s.proc.exitCode).toBeNull();
    } finally {
      await s.stop('SIGKILL');
    }
  }, 120_000);
});
