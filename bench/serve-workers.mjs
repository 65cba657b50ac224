#!/usr/bin/env node
// bench/serve-workers: one model served by two (or more) mdeploy builds in turn on the same machine in the same
// run, e.g. inference in worker threads against worker processes. For each build, request size (rows per
// request) and protocol (TF Serving REST JSON, KServe V2 binary tensors), wrk drives the server with N
// connections; repetitions alternate the builds' order. Prints req/s and p50/p99 per repetition and their medians.
//
//   node bench/serve-workers.mjs --build threads=/tmp/mdeploy-threads --build processes=. [--model attention]
//        [--rows 1,32] [--protocols rest,v2] [--reps 3] [--duration 10] [--warmup 3] [--connections 16]
//        [--server-args "--no-batching"] [--build-env processes=TF_NUM_INTRAOP_THREADS=1,TF_NUM_INTEROP_THREADS=1]
//
// A build is a directory with bin/run.js and a built dist/ (default: this checkout, alone).
// Needs: the corpus (npm run fixtures), wrk (apt-get install wrk).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, def) => {
  const i = argv.lastIndexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const builds = argv.flatMap((a, i) => (a === '--build' ? [argv[i + 1]] : [])).map((b) => {
  const [name, dir] = b.includes('=') ? b.split('=') : [b, b];
  return { name, dir: resolve(dir) };
});
if (builds.length === 0) builds.push({ name: 'this checkout', dir: root });
// Extra environment for one build's server: --build-env name=KEY=VALUE,KEY=VALUE
for (const spec of argv.flatMap((a, i) => (a === '--build-env' ? [argv[i + 1]] : []))) {
  const [name, ...rest] = spec.split('=');
  const b = builds.find((x) => x.name === name);
  if (!b) throw new Error(`--build-env: no build named ${name}`);
  b.env = Object.fromEntries(rest.join('=').split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
}
const model = arg('model', 'attention');
const rowsList = arg('rows', '1,32').split(',').map(Number);
const protocols = arg('protocols', 'rest,v2').split(',');
const reps = Number(arg('reps', '3'));
const duration = Number(arg('duration', '10'));
const warmup = Number(arg('warmup', '3'));
const connections = Number(arg('connections', '16'));
const serverArgs = (arg('server-args', '') || '').split(' ').filter(Boolean);
const base = join(root, 'test', 'corpus', model);

if (spawnSync('wrk', ['--version']).error) {
  console.error('bench/serve-workers: needs wrk (apt-get install wrk)');
  process.exit(1);
}

// Requests from the golden input's first row, repeated to `rows` rows (real data, real shapes).
const golden = JSON.parse(readFileSync(join(base, 'golden.json'), 'utf8'));
const [inputName, input] = Object.entries(golden.cases[0].inputs)[0];
if (input.dtype !== 'DT_FLOAT') throw new Error(`bench/serve-workers: ${model}'s input is ${input.dtype}; only float32 inputs are supported`);
const all = new Float32Array(Buffer.from(input.b64, 'base64').buffer.slice(0));
const rowShape = input.shape.slice(1);
const rowSize = rowShape.reduce((a, b) => a * b, 1);
const row = all.slice(0, rowSize);
const nest = (dims, off) => (dims.length === 0 ? row[off] : Array.from({ length: dims[0] }, (_, i) => nest(dims.slice(1), off + i * dims.slice(1).reduce((a, b) => a * b, 1))));

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-bench-workers-'));
const bodies = {};
for (const rows of rowsList) {
  const restFile = join(tmp, `rest-${rows}.json`);
  writeFileSync(restFile, JSON.stringify({ instances: Array.from({ length: rows }, () => nest(rowShape, 0)) }));
  const data = Buffer.alloc(rows * rowSize * 4);
  for (let r = 0; r < rows; r++) Buffer.from(row.buffer).copy(data, r * rowSize * 4);
  const header = JSON.stringify({
    inputs: [{ name: inputName, shape: [rows, ...rowShape], datatype: 'FP32', parameters: { binary_data_size: data.length } }],
    parameters: { binary_data_output: true },
  });
  const v2File = join(tmp, `v2-${rows}.bin`);
  writeFileSync(v2File, Buffer.concat([Buffer.from(header), data]));
  bodies[`rest-${rows}`] = { file: restFile, path: `/v1/models/${model}:predict`, type: 'application/json', bytes: readFileSync(restFile).length };
  bodies[`v2-${rows}`] = { file: v2File, path: `/v2/models/${model}/infer`, type: 'application/octet-stream', headerLength: String(Buffer.byteLength(header)), bytes: data.length + header.length };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function wrk(url, body, seconds) {
  const r = spawnSync('wrk', ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', join(root, 'bench', 'peers', 'post-body.lua'), url], {
    env: { ...process.env, WRK_BODY_FILE: body.file, WRK_CONTENT_TYPE: body.type, WRK_HEADER_LENGTH: body.headerLength ?? '' },
    encoding: 'utf8',
  });
  const m = /RESULT requests=(\d+) duration_us=(\d+) non2xx=(\d+) socket_errors=(\d+) p50_us=(\d+) p90_us=(\d+) p99_us=(\d+) max_us=(\d+)/.exec(r.stdout);
  if (!m) throw new Error(`wrk failed: ${r.stdout}${r.stderr}`);
  const [requests, us, non2xx, sock, p50, , p99] = m.slice(1).map(Number);
  return { rps: requests / (us / 1e6), errors: non2xx + sock, p50: p50 / 1000, p99: p99 / 1000 };
}

async function startServer(build, port) {
  const proc = spawn(process.execPath, [join(build.dir, 'bin', 'run.js'), 'serve', base, '--name', model, '--port', String(port), '--grpc-port', '-1', '--log-level', 'warn', ...serverArgs], {
    stdio: 'ignore',
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', ...build.env },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`${build.name}: the server exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`${url}/v2/models/${model}/ready`)).ok) return { proc, url };
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  throw new Error(`${build.name}: the server did not come up`);
}

/** One request; its output values as numbers (REST: predictions; V2 binary: the raw float32 outputs). */
async function check(url, body) {
  const data = readFileSync(body.file);
  const headers = { 'content-type': body.type, ...(body.headerLength ? { 'inference-header-content-length': body.headerLength } : {}) };
  const r = await fetch(url + body.path, { method: 'POST', body: data, headers });
  const bytes = Buffer.from(await r.arrayBuffer());
  if (!r.ok) throw new Error(`${url}${body.path} answered ${r.status}: ${bytes.toString().slice(0, 300)}`);
  const flat = (v) => (Array.isArray(v) ? v.flatMap(flat) : [v]);
  if (!body.headerLength) return flat(JSON.parse(bytes.toString()).predictions);
  const at = Number(r.headers.get('inference-header-content-length'));
  const raw = bytes.subarray(at);
  return Array.from(new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length)));
}

// results[build][combo] = [{rps, p50, p99}, ...] per repetition
const results = Object.fromEntries(builds.map((b) => [b.name, {}]));
const answers = {};
const combos = rowsList.flatMap((rows) => protocols.map((p) => `${p}-${rows}`));
let port = 18900 + Math.floor(Math.random() * 80);
for (let rep = 0; rep < reps; rep++) {
  const order = rep % 2 === 0 ? builds : [...builds].reverse();
  for (const build of order) {
    const server = await startServer(build, port++);
    try {
      for (const combo of combos) {
        const body = bodies[combo];
        const answer = await check(server.url, body);
        // The builds must compute the same thing (thread counts may change the summation order, not more).
        if (answers[combo] === undefined) answers[combo] = answer;
        else {
          const want = answers[combo];
          const maxRef = Math.max(...want.map(Math.abs));
          const diff = Math.max(...want.map((x, i) => Math.abs(x - answer[i])));
          if (answer.length !== want.length || !(diff <= 1e-4 * maxRef)) throw new Error(`${build.name} answered ${combo} differently from ${builds[0].name} (max difference ${diff})`);
        }
        process.stderr.write(`rep ${rep + 1}/${reps} ${build.name} ${combo}: ${warmup}s warm-up, ${duration}s with ${connections} connections\n`);
        wrk(server.url + body.path, body, warmup);
        ((results[build.name][combo] ??= [])).push(wrk(server.url + body.path, body, duration));
      }
    } finally {
      server.proc.kill('SIGTERM');
      await new Promise((r) => (server.proc.exitCode !== null ? r() : server.proc.once('exit', r)));
    }
  }
}
rmSync(tmp, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nbench/serve-workers: ${model} (${rowShape.join('×')} float32 per row), ${connections} connections, ${duration} s per run after ${warmup} s warm-up, ${reps} repetitions, wrk -t1${serverArgs.length ? `, server ${serverArgs.join(' ')}` : ''}\n`);
console.log('| request | build | req/s (median) | p50 ms | p99 ms | req/s per repetition | errors |');
console.log('| --- | --- | ---: | ---: | ---: | --- | ---: |');
for (const combo of combos) {
  const [protocol, rows] = combo.split('-');
  const what = `${protocol === 'rest' ? 'REST JSON' : 'V2 binary'}, ${rows} row${rows === '1' ? '' : 's'} (${bodies[combo].bytes} B)`;
  for (const b of builds) {
    const rs = results[b.name][combo];
    console.log(`| ${what} | ${b.name}${b.env ? ` (${Object.entries(b.env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''} | ${median(rs.map((r) => r.rps)).toFixed(0)} | ${median(rs.map((r) => r.p50)).toFixed(2)} | ${median(rs.map((r) => r.p99)).toFixed(2)} | ${rs.map((r) => r.rps.toFixed(0)).join(', ')} | ${rs.reduce((a, r) => a + r.errors, 0)} |`);
  }
}
if (builds.length === 2) {
  console.log(`\n${builds[1].name} / ${builds[0].name} (median req/s):`);
  for (const combo of combos) {
    const ratio = median(results[builds[1].name][combo].map((r) => r.rps)) / median(results[builds[0].name][combo].map((r) => r.rps));
    console.log(`  ${combo}: ${ratio.toFixed(3)} (${((ratio - 1) * 100).toFixed(1)}%)`);
  }
}
