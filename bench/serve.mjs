#!/usr/bin/env node
// bench/serve: the serving hot path of issue 14, in one run, beside references measured in the same run.
//
// Workload: an attention block over 16×64 float32 rows (bench/peers/attention64.py makes it, once, into
// bench/results/attention64/), one row per request, 64 connections; the request is TF Serving row JSON as
// Python's json.dumps writes random floats (~21 KB). mdeploy serve is measured on
//   REST JSON (wrk), KServe V2 JSON (wrk), KServe V2 binary extension (wrk and mdeploy bench), gRPC Predict
//   with tensor_content (mdeploy bench),
// each beside (a) a bare Node server that only JSON.parses the body into a Float32Array and writes a fixed answer
// (bench/peers/bare-json.mjs, wrk, the same body and connections) and (b) in-process TensorFlow rows/s on this
// model at batch 32 (the .venv python, a timed loop of the serving signature). Also the Flask + TensorFlow server
// the seed describes (bench/peers/flask_server.py, same body), and ResNet50 (test/corpus/resnet50): REST JSON
// (~1.9 MB body) against V2 binary at 4 connections, beside in-process TF at batch 4.
//
//   node bench/serve.mjs [--connections 64] [--duration 15] [--warmup 5] [--threads 1] [--tf-seconds 10]
//        [--parts attention,flask,resnet] [--resnet-connections 4] [--server-args "--max-batch-size 64"]
//        [--profile DIR]
//
// --profile DIR: only the mdeploy paths, each against a fresh server whose every process and thread (main, codec
// threads, inference worker processes) writes a CPU profile into DIR/<path>/ (bench/peers/cpu-profile-preload.mjs,
// the equivalent of node --cpu-prof); node bench/peers/cpuprofile-buckets.mjs DIR/<path> sums them into buckets.
//
// Every load phase is bounded in time (and each child in wall time); all traffic goes to 127.0.0.1.
// Needs: the TF venv with Flask (.venv), wrk (apt-get install wrk), a built dist/, the corpus for resnet50.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.lastIndexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
};
const connections = Number(arg('connections', '64'));
const duration = Number(arg('duration', '15'));
const warmup = Number(arg('warmup', '5'));
const threads = Number(arg('threads', '1'));
const tfSeconds = Number(arg('tf-seconds', '10'));
const resnetConnections = Number(arg('resnet-connections', '4'));
const parts = new Set(arg('parts', 'attention,flask,resnet').split(','));
const serverArgs = (arg('server-args', '') || '').split(' ').filter(Boolean);
const profileDir = arg('profile', undefined);
const python = join(root, '.venv', 'bin', 'python');
const results = join(root, 'bench', 'results');
const work = join(results, 'attention64');
const resnetBase = join(root, 'test', 'corpus', 'resnet50');

for (const [what, ok] of [
  ['wrk (apt-get install wrk)', spawnSync('wrk', ['--version']).error === undefined],
  ['the TF venv with Flask (.venv)', spawnSync(python, ['-c', 'import flask, tensorflow']).status === 0],
  ['a built dist/ (npm run build)', existsSync(join(root, 'dist', 'commands', 'serve', 'index.js')) || existsSync(join(root, 'dist', 'commands', 'serve.js'))],
  ['the corpus resnet50 (npm run fixtures)', !parts.has('resnet') || existsSync(join(resnetBase, 'golden.json'))],
]) {
  if (!ok) {
    console.error(`bench/serve: needs ${what}`);
    process.exit(1);
  }
}

// The workload, made once (bench/results/ is git-ignored and private to the benchmark).
if (!existsSync(join(work, '1', 'saved_model.pb'))) {
  process.stderr.write(`bench/serve: writing the 16×64 attention model and its request to ${work}\n`);
  const r = spawnSync(python, [join(root, 'bench', 'peers', 'attention64.py'), work], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
  if (r.status !== 0) throw new Error('bench/peers/attention64.py failed');
}
const restFile = join(work, 'rest.json');
const v2JsonFile = join(work, 'v2.json');
const restBody = readFileSync(restFile);
const row = new Float32Array(JSON.parse(restBody.toString()).instances[0].flat());

/** A KServe V2 binary-extension body: the JSON header, then the raw little-endian tensor bytes. */
function v2Binary(name, shape, values, file) {
  const data = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  const header = JSON.stringify({ inputs: [{ name, shape, datatype: 'FP32', parameters: { binary_data_size: data.length } }] });
  writeFileSync(file, Buffer.concat([Buffer.from(header), data]));
  return { file, headerLength: String(Buffer.byteLength(header)), bytes: data.length + Buffer.byteLength(header) };
}
const v2Bin = v2Binary('tokens', [1, 16, 64], row, join(work, 'v2-binary.bin'));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitUp(url, proc, what) {
  for (let i = 0; i < 900; i++) {
    if (proc.exitCode !== null) throw new Error(`${what} exited with ${proc.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  throw new Error(`${what} did not come up`);
}
async function stop(proc) {
  if (proc.exitCode !== null) return;
  proc.kill('SIGTERM');
  const killer = setTimeout(() => proc.kill('SIGKILL'), 60_000);
  await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
  clearTimeout(killer);
}

/** wrk, closed loop, `seconds` long; parsed from bench/peers/post-body.lua's RESULT line. */
function wrk(url, seconds, body, { conns = connections, type = 'application/json', headerLength = '' } = {}) {
  const r = spawnSync('wrk', ['-t', String(threads), '-c', String(conns), '-d', `${seconds}s`, '--timeout', '10s', '-s', join(root, 'bench', 'peers', 'post-body.lua'), url], {
    env: { ...process.env, WRK_BODY_FILE: body, WRK_CONTENT_TYPE: type, WRK_HEADER_LENGTH: headerLength },
    encoding: 'utf8',
    timeout: (seconds + 60) * 1000,
  });
  const m = /RESULT requests=(\d+) duration_us=(\d+) non2xx=(\d+) socket_errors=(\d+) p50_us=(\d+) p90_us=(\d+) p99_us=(\d+) max_us=(\d+)/.exec(r.stdout ?? '');
  if (!m) throw new Error(`wrk failed: ${r.stdout}${r.stderr}`);
  const [requests, us, non2xx, sock, p50, p90, p99, max] = m.slice(1).map(Number);
  return { generator: `wrk -t${threads}`, rps: requests / (us / 1e6), requests, errors: non2xx + sock, p50: p50 / 1000, p90: p90 / 1000, p99: p99 / 1000, max: max / 1000 };
}

/** mdeploy bench (this checkout's load generator), closed loop; parsed from its --json result. */
function mdeployBench(target, seconds, extra) {
  const args = [join(root, 'bin', 'run.js'), 'bench', target, '-c', String(connections), '-d', `${seconds}s`, '--warmup', `${warmup}s`, '--input', restFile, '--workers', '1', '--json', ...extra];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: (seconds + warmup + 60) * 1000, maxBuffer: 64 << 20 });
  let j;
  try {
    j = JSON.parse(r.stdout);
  } catch {
    throw new Error(`mdeploy bench failed: ${r.stdout}${r.stderr}`);
  }
  if (j.error) throw new Error(`mdeploy bench: ${JSON.stringify(j.error)}`);
  const l = j.latencyMs;
  return {
    generator: `mdeploy bench (1 thread, ${j.generator.cpuPercent}% CPU)`,
    rps: j.throughput.okRps,
    requests: j.requests.total,
    errors: j.requests.errors,
    p50: l.p50,
    p90: l.p90,
    p99: l.p99,
    max: l.max,
    meanBatch: j.server?.meanBatchSize ?? null,
  };
}

/** In-process TensorFlow on a SavedModel: rows/s of the serving signature at `batch` rows per call. */
function tfRows(modelDir, batch, inputFile) {
  const r = spawnSync(python, [join(root, 'bench', 'peers', 'attention64.py'), '--time', modelDir, String(batch), String(tfSeconds), ...(inputFile ? [inputFile] : [])], {
    encoding: 'utf8',
    timeout: (tfSeconds + 180) * 1000,
  });
  const m = /ROWS_PER_S ([\d.]+) BATCHES (\d+)/.exec(r.stdout ?? '');
  if (!m) throw new Error(`in-process TF failed: ${r.stdout}${r.stderr}`);
  return { rowsPerSecond: Number(m[1]), batches: Number(m[2]), batch };
}

let nextPort = 18000 + Math.floor(Math.random() * 500) * 4;
function mdeployServer(base, name, tag) {
  const port = nextPort++;
  const grpcPort = nextPort++;
  const env = { ...process.env };
  if (profileDir) {
    const dir = join(profileDir, tag);
    mkdirSync(dir, { recursive: true });
    // Node refuses --cpu-prof in NODE_OPTIONS, and the inference worker processes are forked with execArgv []
    // (src/runtime/pool.ts) but inherit the environment: a preload starts the profiler in every process and thread.
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(join(root, 'bench', 'peers', 'cpu-profile-preload.mjs')).href}`.trim();
    env.MDEPLOY_BENCH_PROFILE_DIR = dir;
  }
  const proc = spawn(process.execPath, [join(root, 'bin', 'run.js'), 'serve', base, '--name', name, '--port', String(port), '--grpc-port', String(grpcPort), '--log-level', 'warn', ...serverArgs], { stdio: 'ignore', env });
  return { proc, port, grpcPort, rest: `http://127.0.0.1:${port}`, ready: `http://127.0.0.1:${port}/v2/health/ready` };
}

async function post(url, file, headers) {
  const r = await fetch(url, { method: 'POST', body: readFileSync(file), headers });
  const buf = Buffer.from(await r.arrayBuffer());
  if (!r.ok) throw new Error(`${url} answered ${r.status}: ${buf.toString().slice(0, 500)}`);
  return buf;
}

const out = { when: new Date().toISOString(), connections, duration, warmup, serverArgs, attention: {}, resnet: {} };
const say = (s) => process.stderr.write(`bench/serve: ${s}\n`);
mkdirSync(results, { recursive: true });
const saved = join(results, `serve-${out.when.replace(/[:.]/g, '-')}${profileDir ? '-profiled' : ''}.json`);
// Written after every phase, so a run that fails later keeps what it measured.
const keep = () => writeFileSync(saved, JSON.stringify(out, null, 2));

// --- the attention workload -------------------------------------------------------------------------------
const PATHS = [
  { key: 'rest', label: 'REST JSON', run: (s) => wrk(`${s.rest}/v1/models/attention64:predict`, duration, restFile) },
  { key: 'v2json', label: 'KServe V2 JSON', run: (s) => wrk(`${s.rest}/v2/models/attention64/infer`, duration, v2JsonFile) },
  { key: 'v2bin', label: 'KServe V2 binary', run: (s) => wrk(`${s.rest}/v2/models/attention64/infer`, duration, v2Bin.file, { type: 'application/octet-stream', headerLength: v2Bin.headerLength }) },
  { key: 'v2binBench', label: 'KServe V2 binary', run: (s) => mdeployBench(`${s.rest}/v2/models/attention64/infer`, duration, ['--binary']) },
  { key: 'grpc', label: 'gRPC Predict (tensor_content)', run: (s) => mdeployBench(`grpc://127.0.0.1:${s.grpcPort}`, duration, ['--model', 'attention64']) },
];
const warm = (s, p) => {
  // wrk paths get a warm-up of their own; mdeploy bench warms up itself.
  if (p.key === 'rest') wrk(`${s.rest}/v1/models/attention64:predict`, warmup, restFile);
  if (p.key === 'v2json') wrk(`${s.rest}/v2/models/attention64/infer`, warmup, v2JsonFile);
  if (p.key === 'v2bin') wrk(`${s.rest}/v2/models/attention64/infer`, warmup, v2Bin.file, { type: 'application/octet-stream', headerLength: v2Bin.headerLength });
};

async function checkedServer(base, name, tag) {
  const s = mdeployServer(base, name, tag);
  await waitUp(s.ready, s.proc, `mdeploy serve ${name}`);
  return s;
}

if (parts.has('attention')) {
  if (!profileDir) {
    say(`in-process TF, batch 32 and 1, ${tfSeconds}s each`);
    out.attention.tf32 = tfRows(join(work, '1'), 32, restFile); keep();
    out.attention.tf1 = tfRows(join(work, '1'), 1, restFile); keep();

    say(`bare JSON.parse server: warm-up ${warmup}s, then ${duration}s with ${connections} connections`);
    const port = nextPort++;
    const bare = spawn(process.execPath, [join(root, 'bench', 'peers', 'bare-json.mjs'), String(port)], { stdio: 'ignore' });
    try {
      await waitUp(`http://127.0.0.1:${port}/health`, bare, 'bare-json');
      await post(`http://127.0.0.1:${port}/v1/models/x:predict`, restFile, { 'content-type': 'application/json' });
      wrk(`http://127.0.0.1:${port}/v1/models/x:predict`, warmup, restFile);
      out.attention.bare = wrk(`http://127.0.0.1:${port}/v1/models/x:predict`, duration, restFile); keep();
    } finally {
      await stop(bare);
    }
  }
  let shared = null;
  try {
    for (const p of PATHS) {
      const s = profileDir ? await checkedServer(join(work), 'attention64', p.key) : (shared ??= await checkedServer(work, 'attention64', 'all'));
      try {
        if (p.key === 'rest') out.attention.answer = JSON.parse((await post(`${s.rest}/v1/models/attention64:predict`, restFile, { 'content-type': 'application/json' })).toString());
        say(`mdeploy ${p.label}: ${p.key === 'v2binBench' || p.key === 'grpc' ? 'mdeploy bench' : 'wrk'}, warm-up ${warmup}s, then ${duration}s with ${connections} connections`);
        warm(s, p);
        out.attention[p.key] = p.run(s); keep();
      } finally {
        if (profileDir) await stop(s.proc);
      }
    }
  } finally {
    if (shared) await stop(shared.proc);
  }
}

if (parts.has('flask') && !profileDir) {
  const port = nextPort++;
  say(`Flask + TF: warm-up ${warmup}s, then ${duration}s with ${connections} connections`);
  const flask = spawn(python, [join(root, 'bench', 'peers', 'flask_server.py'), join(work, '1'), String(port)], { stdio: 'ignore' });
  try {
    await waitUp(`http://127.0.0.1:${port}/health`, flask, 'flask');
    out.attention.flaskAnswer = JSON.parse((await post(`http://127.0.0.1:${port}/v1/models/attention64:predict`, restFile, { 'content-type': 'application/json' })).toString());
    wrk(`http://127.0.0.1:${port}/v1/models/attention64:predict`, warmup, restFile);
    out.attention.flask = wrk(`http://127.0.0.1:${port}/v1/models/attention64:predict`, duration, restFile); keep();
  } finally {
    await stop(flask);
  }
}

// --- ResNet50: a large body, few connections ---------------------------------------------------------------
if (parts.has('resnet')) {
  const golden = JSON.parse(readFileSync(join(resnetBase, 'golden.json'), 'utf8'));
  const input = Object.values(golden.cases[0].inputs)[0];
  const pixels = new Float32Array(Buffer.from(input.b64, 'base64').buffer.slice(0));
  const image = pixels.subarray(0, 224 * 224 * 3);
  // Float32 values as a client writes them from float32 data (9 significant digits at most).
  const text = Array.from(image, (v) => String(Number(v.toPrecision(9))));
  const rows = [];
  for (let y = 0; y < 224; y++) rows.push(`[${Array.from({ length: 224 }, (_, x) => `[${text.slice((y * 224 + x) * 3, (y * 224 + x) * 3 + 3).join(', ')}]`).join(', ')}]`);
  const resnetRest = join(results, 'resnet50-rest.json');
  writeFileSync(resnetRest, `{"instances": [[${rows.join(', ')}]]}`);
  const resnetBin = v2Binary('image', [1, 224, 224, 3], image, join(results, 'resnet50-v2-binary.bin'));
  out.resnet.restBytes = readFileSync(resnetRest).length;
  out.resnet.binBytes = resnetBin.bytes;
  if (!profileDir) {
    say(`ResNet50 in-process TF, batch ${resnetConnections}, ${tfSeconds}s`);
    out.resnet.tf = tfRows(join(resnetBase, '1'), resnetConnections); keep();
  }
  const variants = [
    ['rest', (s, sec) => wrk(`${s.rest}/v1/models/resnet50:predict`, sec, resnetRest, { conns: resnetConnections })],
    ['v2bin', (s, sec) => wrk(`${s.rest}/v2/models/resnet50/infer`, sec, resnetBin.file, { conns: resnetConnections, type: 'application/octet-stream', headerLength: resnetBin.headerLength })],
  ];
  let shared = null;
  try {
    for (const [key, run] of variants) {
      const s = profileDir ? await checkedServer(resnetBase, 'resnet50', `resnet-${key}`) : (shared ??= await checkedServer(resnetBase, 'resnet50', 'resnet'));
      try {
        say(`mdeploy ResNet50 ${key}: wrk, warm-up ${warmup}s, then ${duration}s with ${resnetConnections} connections`);
        run(s, warmup);
        out.resnet[key] = run(s, duration); keep();
      } finally {
        if (profileDir) await stop(s.proc);
      }
    }
  } finally {
    if (shared) await stop(shared.proc);
  }
}

// --- report -----------------------------------------------------------------------------------------------
keep();
const a = out.attention;
const x = (v, ref) => (ref ? `${(v / ref).toFixed(2)}×` : '–');
const line = (label, r, tfRef, bareRef) =>
  `| ${label} | ${r.generator} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${x(r.rps, bareRef)} | ${x(r.rps, tfRef)} |`;
if (Object.keys(a).length) {
  console.log(`\nbench/serve: attention 16×64 float32, one row per request (REST body ${restBody.length} B as Python's json.dumps writes it; V2 binary ${v2Bin.bytes} B), ${connections} connections, ${duration} s after ${warmup} s warm-up${serverArgs.length ? `, server ${serverArgs.join(' ')}` : ''}${profileDir ? ', PROFILED (numbers not comparable)' : ''}\n`);
  if (a.tf32) console.log(`in-process TensorFlow: ${a.tf32.rowsPerSecond.toFixed(0)} rows/s at batch 32, ${a.tf1.rowsPerSecond.toFixed(0)} rows/s at batch 1\n`);
  console.log('| server, path | load generator | req/s | p50 ms | p90 ms | p99 ms | errors | × bare JSON.parse server | × in-process TF rows/s (batch 32) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const bare = a.bare?.rps;
  const tf = a.tf32?.rowsPerSecond;
  if (a.bare) console.log(line('bare Node: JSON.parse → Float32Array, fixed answer', a.bare, tf, bare));
  for (const p of PATHS) if (a[p.key]) console.log(line(`mdeploy serve, ${p.label}`, a[p.key], tf, bare));
  if (a.flask) console.log(line('Flask + TF (one model, one lock), REST JSON', a.flask, tf, bare));
  if (a.answer && a.flaskAnswer) {
    const flat = (v) => (Array.isArray(v) ? v.flatMap(flat) : [v]);
    const f = flat(a.flaskAnswer.predictions);
    const m = flat(a.answer.predictions);
    const maxRef = Math.max(...f.map(Math.abs));
    const diff = Math.max(...f.map((v, i) => Math.abs(v - m[i])));
    if (f.length !== m.length || diff / maxRef > 1e-4) throw new Error(`mdeploy and Flask + TF disagree (max relative difference ${diff / maxRef})`);
    console.log(`\nmdeploy and Flask + TF agree: max relative difference ${(diff / maxRef).toExponential(1)}; mdeploy / Flask: ${x(a.rest.rps, a.flask.rps)}`);
  }
  const target = (name, ok) => `${name}: ${ok ? 'met' : 'NOT met'}`;
  if (a.rest && !profileDir) {
    console.log('\nissue 14 targets:');
    console.log(`- ${target(`REST JSON ≥ 4,000 req/s with p99 ≤ 25 ms and ≥ 1.3× bare (${a.rest.rps.toFixed(0)} req/s, p99 ${a.rest.p99.toFixed(1)} ms, ${x(a.rest.rps, bare)})`, a.rest.rps >= 4000 && a.rest.p99 <= 25 && (!bare || a.rest.rps >= 1.3 * bare))}`);
    if (a.v2binBench) console.log(`- ${target(`V2 binary ≥ 8,000 req/s (mdeploy bench ${a.v2binBench.rps.toFixed(0)}, wrk ${a.v2bin?.rps.toFixed(0)})`, a.v2binBench.rps >= 8000)}`);
    if (a.grpc) console.log(`- ${target(`gRPC ≥ 6,000 req/s (${a.grpc.rps.toFixed(0)})`, a.grpc.rps >= 6000)}`);
  }
}
const r = out.resnet;
if (r.rest) {
  console.log(`\nbench/serve: ResNet50, one 224×224×3 image per request (REST JSON ${(r.restBytes / 1e6).toFixed(2)} MB, V2 binary ${(r.binBytes / 1e6).toFixed(2)} MB), ${resnetConnections} connections\n`);
  if (r.tf) console.log(`in-process TensorFlow: ${r.tf.rowsPerSecond.toFixed(1)} rows/s at batch ${r.tf.batch}\n`);
  console.log('| path | load generator | req/s | p50 ms | p90 ms | p99 ms | errors | × V2 binary | × in-process TF rows/s |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(line('mdeploy serve, REST JSON', r.rest, r.tf?.rowsPerSecond, r.v2bin?.rps));
  if (r.v2bin) console.log(line('mdeploy serve, KServe V2 binary', r.v2bin, r.tf?.rowsPerSecond, r.v2bin.rps));
  if (r.v2bin && !profileDir) console.log(`\n- ${`ResNet50 REST JSON ≥ 0.9× V2 binary (${x(r.rest.rps, r.v2bin.rps)})`}: ${r.rest.rps >= 0.9 * r.v2bin.rps ? 'met' : 'NOT met'}`);
}
console.log(`\nresults: ${saved}`);
