/**
 * One client, or one bad copy, must not hurt the others:
 * - a version directory copied in pieces (saved_model.pb first, variables/ seconds later) never serves, while a
 *   client loop runs against the version before it with no failed request, and serves once it is complete;
 * - with batching on, one client sending NaN into a model with CheckNumerics fails only its own requests;
 * - a client that never finishes its body does not hold the in-flight count or shutdown; a server with nothing
 *   to serve says so and exits.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { CORPUS_DIR, describeWith, FIXTURES_DIR } from '../helpers/env.js';
import { compareJson, goldenEntries, goldenToJson } from '../helpers/golden.js';
import { mdeploy } from '../helpers/cli.js';
import { http, postJson, startServe, type ServeProcess } from '../helpers/serve.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let work: string;
const servers: ServeProcess[] = [];
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mdeploy-isolation-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `clients` loops sending `send()` until `stop()`; bounded by `maxEach` requests per client and by time. */
function loadLoop(clients: number, send: () => Promise<{ ok: boolean; detail: string }>, maxEach = 20_000, maxMs = 90_000): { stop: () => Promise<{ ok: number; failed: string[] }> } {
  let running = true;
  const deadline = Date.now() + maxMs;
  let ok = 0;
  const failed: string[] = [];
  const loops = Array.from({ length: clients }, async () => {
    for (let i = 0; i < maxEach && running && Date.now() < deadline; i++) {
      const r = await send().catch((err: Error) => ({ ok: false, detail: err.message }));
      if (r.ok) ok++;
      else failed.push(r.detail);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return { ok, failed };
    },
  };
}

const versions = async (s: ServeProcess, model: string): Promise<string[]> => {
  const r = await http(`${s.url}/v1/models/${model}`);
  return r.status === 200 ? r.json.model_version_status.map((v: { version: string; state: string }) => `${v.version}:${v.state}`) : [];
};

describeWith(['tfjs-node'], 'serve: a half-copied version never serves', () => {
  it('keeps serving the old version with 0 failed requests while the new one is copied in pieces, then swaps', async () => {
    const source = join(FIXTURES_DIR, 'saved_model_half_plus_two_2_versions', '00000123');
    const base = join(work, 'hpt');
    mkdirSync(base, { recursive: true });
    cpSync(source, join(base, '1'), { recursive: true });
    const s = await startServe([base, '--name', 'hpt', '--poll', '200ms']);
    servers.push(s);
    const load = loadLoop(8, async () => {
      const r = await postJson(`${s.url}/v1/models/hpt:predict`, { instances: [[1.0], [2.0], [5.0]] });
      return { ok: r.status === 200 && r.text === '{"predictions":[[2.5],[3.0],[4.5]]}', detail: `${r.status} ${r.text.slice(0, 200)}` };
    });
    await sleep(500);
    // saved_model.pb arrives first, and then nothing for 3 s (15 polls): long enough to be tried.
    mkdirSync(join(base, '2'));
    cpSync(join(source, 'saved_model.pb'), join(base, '2', 'saved_model.pb'));
    await sleep(3000);
    const during = await versions(s, 'hpt');
    // The incomplete version was refused, and version 1 still serves.
    expect(during).toContain('1:AVAILABLE');
    expect(during.find((v) => v.startsWith('2:'))).toBe('2:END');
    const status = await http(`${s.url}/v1/models/hpt/versions/2`);
    expect(status.json.model_version_status[0].status.error_message).toMatch(/variables\/variables\.index is missing/);
    // The copy completes: version 2 is retried and replaces version 1.
    cpSync(join(source, 'variables'), join(base, '2', 'variables'), { recursive: true });
    cpSync(join(source, 'assets'), join(base, '2', 'assets'), { recursive: true });
    const deadline = Date.now() + 60_000;
    while (!(await versions(s, 'hpt')).includes('2:AVAILABLE') && Date.now() < deadline) await sleep(100);
    await sleep(500);
    const { ok, failed } = await load.stop();
    expect(failed.slice(0, 5)).toEqual([]);
    expect(ok).toBeGreaterThan(100);
    expect(await versions(s, 'hpt')).toEqual(['2:AVAILABLE']);
    const meta = await http(`${s.url}/v1/models/hpt/metadata`);
    expect(meta.json.model_spec.version).toBe('2');
  }, 180_000);
});

describeWith(['corpus', 'tfjs-node'], 'serve: one client\'s bad input does not fail the requests batched with it', () => {
  it('only the requests with NaN fail; every other client\'s request in the same batches succeeds with TF\'s answer', async () => {
    const golden = goldenEntries().find((e) => e.id === 'corpus/check_numerics')!;
    const c = golden.golden.cases[0]!;
    const x = Array.from({ length: c.inputs['x']!.shape[0]! }, (_, i) => i);
    // Batching on (the default), one worker so requests queue and merge, and a timeout that makes them wait.
    const s = await startServe([join(CORPUS_DIR, 'check_numerics'), '--workers', '1', '--batch-timeout', '2ms', '--max-batch-size', '16']);
    servers.push(s);
    const rows = goldenToJson(c.inputs['x']!) as number[][];
    let bad = 0;
    const load = loadLoop(12, async () => {
      const poison = Math.random() < 1 / 6;
      if (poison) {
        bad++;
        const r = await postJson(`${s.url}/v1/models/check_numerics:predict`, { instances: [[1, 'NaN', 3, 4]] });
        return { ok: r.status === 400 && /NaN/.test(r.json?.error ?? ''), detail: `poison: ${r.status} ${r.text.slice(0, 200)}` };
      }
      const i = x[Math.floor(Math.random() * x.length)]!;
      const r = await postJson(`${s.url}/v1/models/check_numerics:predict`, { instances: [rows[i]] });
      const problem = r.status === 200 ? compareJson(r.json.predictions[0], c.outputs!['y']!, { row: i }) : `${r.status} ${r.text.slice(0, 200)}`;
      return { ok: problem === undefined, detail: problem ?? '' };
    }, 150);
    await sleep(4000);
    const { ok, failed } = await load.stop();
    expect(failed.slice(0, 5)).toEqual([]);
    expect(bad).toBeGreaterThan(20);
    expect(ok).toBeGreaterThan(200);
    // The requests really shared batches.
    const metrics = (await http(`${s.url}/monitoring/prometheus/metrics`)).text;
    const count = Number(/^mdeploy_batch_size_count\{model="check_numerics",signature="serving_default"\} (\d+)$/m.exec(metrics)?.[1]);
    const sum = Number(/^mdeploy_batch_size_sum\{model="check_numerics",signature="serving_default"\} (\d+)$/m.exec(metrics)?.[1]);
    expect(sum / count).toBeGreaterThan(1.5);
  }, 120_000);
});

describeWith(['tfjs-node'], 'serve: lifecycle under faults', () => {
  it('a request whose body never finishes gets 504, leaves the in-flight gauge, and does not hold up SIGTERM', async () => {
    const s = await startServe([join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu'), '--name', 'hpt', '--request-timeout', '1s']);
    servers.push(s);
    const socket = connect(s.restPort, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write('POST /v1/models/hpt:predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"instances": [');
    const deadline = Date.now() + 10_000;
    while (!answer.includes('\r\n\r\n') && Date.now() < deadline) await sleep(50);
    expect(answer).toMatch(/^HTTP\/1\.1 504 /);
    const metrics = (await http(`${s.url}/monitoring/prometheus/metrics`)).text;
    // Only the scrape itself is in flight.
    expect(metrics).toMatch(/^mdeploy_requests_in_flight 1$/m);
    const t0 = Date.now();
    expect(await s.stop('SIGTERM')).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
    socket.destroy();
  }, 60_000);

  it('exits non-zero when nothing can be served, unless --keep-running', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const r = mdeploy(['serve', empty, '--port', '0', '--grpc-port', '-1']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/E_NOTHING_SERVED: no model could be loaded \(.*no versions found under/);
    expect(r.stderr).not.toMatch(/"msg":"ready"|^\s+at /m);
    const kept = await startServe([empty, '--keep-running']);
    servers.push(kept);
    expect((await http(`${kept.url}/v2/health/ready`)).status).toBe(503);
    // A version that appears later is picked up.
    cpSync(join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu', '00000123'), join(empty, '7'), { recursive: true });
    const deadline = Date.now() + 60_000;
    while ((await http(`${kept.url}/v2/health/ready`)).status !== 200 && Date.now() < deadline) await sleep(200);
    expect((await http(`${kept.url}/v2/health/ready`)).status).toBe(200);
  }, 120_000);
});
