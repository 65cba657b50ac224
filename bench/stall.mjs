#!/usr/bin/env node
// bench/stall: how long one large request stalls everyone else. A loop of small requests (4 clients) runs
// against `mdeploy serve`; meanwhile one client sends large valid bodies (REST JSON and V2 JSON, ~31 MB each,
// for TF Serving's half_plus_two). Prints the small requests' p50/p99/max latency without and with the large
// requests in flight, the large requests' own time, and the server's own longest event-loop delay in each phase
// (its mdeploy_process_nodejs_eventloop_lag_max_seconds, reset at each scrape). A last phase without large
// requests lasts as long as the longest phase with them, as a baseline for the longest stall. The large bodies are built and
// sent from a worker thread, so the client's own work on them does not delay the small requests it times.
//
//   node bench/stall.mjs [--mb 31] [--rounds 3] [--server-args "--workers 2"]
//
// Needs a built dist/ and a working tfjs-node (or MDEPLOY_NO_TFJS_NODE=1 for the onnxruntime path).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
};
const mb = Number(arg('mb', '31'));
const rounds = Number(arg('rounds', '3'));
const serverArgs = (arg('server-args', '') || '').split(' ').filter(Boolean);
// --profile DIR: the server's main thread writes a CPU profile there (node --cpu-prof) when it stops.
const profile = arg('profile', '');
// --node-args "--trace-gc": extra Node flags for the server; its stdout (where --trace-gc writes) goes to ours.
const nodeArgs = (arg('node-args', '') || '').split(' ').filter(Boolean);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = spawn(process.execPath, [...nodeArgs, ...(profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : []), join(root, 'bin', 'run.js'), 'serve', join(root, 'examples', 'half_plus_two'), '--port', '0', '--grpc-port', '-1', '--log-format', 'json', '--max-body-size', '128MiB', '--request-timeout', '120s', ...serverArgs], {
  stdio: ['ignore', nodeArgs.length ? 'inherit' : 'ignore', 'pipe'],
  env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
});
const port = await new Promise((resolve, reject) => {
  let buf = '';
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (d) => {
    buf += d;
    for (const line of buf.split('\n')) if (line.includes('"msg":"ready"')) resolve(JSON.parse(line).restPort);
  });
  server.once('exit', (c) => reject(new Error(`serve exited ${c}`)));
});
const url = `http://127.0.0.1:${port}`;

// ~mb MB of "[1.2345678]," rows (Python's json.dumps of random float32s writes about this many digits),
// built and sent by a worker thread with its own event loop.
const bigSender = new Worker(
  `
  const { parentPort, workerData } = require('node:worker_threads');
  const { url, mb } = workerData;
  const rows = Math.floor((mb * 1e6) / 12);
  const values = Array.from({ length: rows }, (_, i) => (Math.sin(i) * 100).toPrecision(8));
  const bodies = {
    rest: Buffer.from('{"instances": [' + values.map((v) => '[' + v + ']').join(', ') + ']}'),
    v2: Buffer.from('{"inputs": [{"name": "x", "datatype": "FP32", "shape": [' + rows + ', 1], "data": [' + values.join(', ') + ']}]}'),
  };
  parentPort.postMessage({ sizes: { rest: bodies.rest.length, v2: bodies.v2.length } });
  parentPort.on('message', async ({ kind, path, rounds }) => {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      const r = await fetch(url + path, { method: 'POST', body: bodies[kind] });
      const text = await r.text();
      if (r.status !== 200) return parentPort.postMessage({ error: kind + ': ' + r.status + ' ' + text.slice(0, 200) });
      times.push(performance.now() - t0);
    }
    parentPort.postMessage({ times });
  });
  `,
  { eval: true, workerData: { url, mb } },
);
const next = () => new Promise((resolve) => bigSender.once('message', resolve));
const { sizes } = await next();
/**
 * The server's event-loop delay since the last scrape (prom-client resets it on every scrape), ms: its max and
 * p99. prom-client samples every 10 ms, and a sample is the whole interval, so a loop that never blocks reads
 * ~10 ms; the stall is what lies beyond that.
 */
async function serverLag() {
  const text = await (await fetch(`${url}/monitoring/prometheus/metrics`)).text();
  const read = (name) => {
    const m = new RegExp(`^mdeploy_process_nodejs_eventloop_lag_${name}_seconds (\\S+)$`, 'm').exec(text);
    return m ? Number(m[1]) * 1000 : NaN;
  };
  return { max: read('max'), p99: read('p99') };
}
const lagText = ({ max, p99 }) => `server event-loop delay max ${max.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (longest stall ≈ ${(max - 10).toFixed(1)} ms past the 10 ms sampling)`;

const small = JSON.stringify({ instances: [[1.0], [2.0], [5.0]] });
async function smallLoop(stop) {
  const lat = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!stop.done) {
        const t0 = performance.now();
        const r = await fetch(`${url}/v1/models/half_plus_two:predict`, { method: 'POST', body: small });
        await r.text();
        lat.push(performance.now() - t0);
      }
    }),
  );
  return lat.sort((a, b) => a - b);
}
const pct = (a, p) => a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))] ?? NaN;
const fmt = (a) => `p50 ${pct(a, 50).toFixed(1)} ms  p99 ${pct(a, 99).toFixed(1)} ms  max ${a[a.length - 1]?.toFixed(1)} ms  (${a.length} requests)`;

// Warm up, then a quiet baseline.
for (let i = 0; i < 200; i++) await (await fetch(`${url}/v1/models/half_plus_two:predict`, { method: 'POST', body: small })).text();
async function alone(ms, label) {
  await serverLag();
  const stop = { done: false };
  const p = smallLoop(stop);
  await sleep(ms);
  stop.done = true;
  const lat = await p;
  console.log(`small requests alone${label}: ${fmt(lat)}; ${lagText(await serverLag())}`);
}
await alone(3000, ' (3 s)');
let longest = 0;
for (const [name, kind, path] of [
  ['REST :predict', 'rest', '/v1/models/half_plus_two:predict'],
  ['V2 /infer JSON', 'v2', '/v2/models/half_plus_two/infer'],
]) {
  await serverLag();
  const stop = { done: false };
  const p = smallLoop(stop);
  await sleep(300);
  bigSender.postMessage({ kind, path, rounds });
  const reply = await next();
  if (reply.error) throw new Error(reply.error);
  await sleep(300);
  stop.done = true;
  const lat = await p;
  const lag = await serverLag();
  longest = Math.max(longest, reply.times.reduce((a, b) => a + b, 0) + 600);
  console.log(`small requests during ${name} (${(sizes[kind] / 1e6).toFixed(1)} MB × ${rounds}): ${fmt(lat)}; ${lagText(lag)}; large request ${reply.times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}`);
}
// The longest stall grows with the time a phase lasts: the same again with no large requests, for as long as the
// longest phase above took, is the fair comparison for its max.
await alone(Math.min(longest, 30000), ` (${(Math.min(longest, 30000) / 1000).toFixed(1)} s, as long as the longest phase)`);
await bigSender.terminate();
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
