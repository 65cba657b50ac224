#!/usr/bin/env node
// Where a server's CPU time goes, from the .cpuprofile files `node --cpu-prof` wrote (bench/serve.mjs --profile):
// self time summed into the request path's buckets (HTTP, body read, parse, batching, inference hand-off,
// encode, write, ...) and the top functions by self time, per profile file.
//
//   node bench/peers/cpuprofile-buckets.mjs DIR [--top 15] [--json]
//
// A sample is put in the bucket of the innermost frame that a rule recognizes, walking from the sampled
// function out to its callers: native code (JSON.parse, writev, memcpy) has no script URL and is attributed to
// whoever called it. The rules are matched on the frame's script URL and function name, in order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const dir = process.argv[2];
const topN = Number(process.argv.includes('--top') ? process.argv[process.argv.indexOf('--top') + 1] : 15);
const asJson = process.argv.includes('--json');

/** [bucket, test(url, functionName)] — first match, innermost frame first; a null bucket defers to the caller. */
const RULES = [
  ['idle', (u, f) => f === '(idle)'],
  ['GC', (u, f) => f === '(garbage collector)'],
  // Buffer helpers (toString, slice, from) are charged to whoever called them.
  [null, (u) => /^node:(internal\/)?buffer$/.test(u)],
  ['startup (module loading, model load, warm-up)', (u, f) => f === 'dlopen' || /loadSavedModel|warmUp|warmup/i.test(f) || /node:internal\/modules|server\/warmup\.js/.test(u)],
  ['parse (JSON → tensor)', (u) => /tensor\/json(-scan|-parse)?\.js|server\/input-checks\.js/.test(u)],
  ['parse (JSON → tensor)', (u, f) => /server\/json-tensors\.js/.test(u) && /parse|decode|request|feed/i.test(f)],
  ['encode (tensor → JSON)', (u) => /server\/json-tensors\.js/.test(u)],
  ['gRPC: protobuf decode/encode', (u) => /protobufjs|tensor\/proto\.js|proto\/serving[^/]*\.js|node_modules\/long\//.test(u)],
  ['gRPC: grpc-js transport', (u) => /@grpc\/grpc-js/.test(u)],
  ['gRPC: mdeploy handlers', (u) => /server\/grpc[^/]*\.js/.test(u)],
  ['HTTP/2 (node core)', (u) => /node:internal\/http2|node:http2/.test(u)],
  ['batching', (u) => /server\/batcher\.js/.test(u)],
  ['inference hand-off (pool, channel)', (u) => /runtime\/(pool|channel)\.js/.test(u)],
  ['codec threads hand-off', (u) => /server\/codec(-worker)?\.js/.test(u)],
  ['inference (worker side: session, TF call)', (u) => /runtime\/(worker|session|feed|tf-status|tf-tensors|tfjs-node|tfjs-kernels|onnx|litert)\.js|@tensorflow/.test(u)],
  ['tensor helpers (host, layout, math)', (u) => /tensor\/(host|layout|math|dtypes|limits)\.js/.test(u)],
  ['request handling (rest/v2 routes, servable, metrics)', (u) => /server\/(rest-tfserving|rest-v2|servable|manager|contract|metrics|errors|log|completeness|converted)\.js/.test(u)],
  ['body read / HTTP router (server/http.js)', (u) => /server\/http\.js/.test(u)],
  ['write (http outgoing, net, streams)', (u) => /node:_http_outgoing|node:net|node:internal\/stream_base_commons|node:internal\/net/.test(u)],
  ['HTTP parse / server (node core)', (u) => /node:_http_server|node:_http_common|node:_http_incoming|node:http/.test(u)],
  ['streams / events / timers (node core)', (u) => /node:(internal\/)?(streams?|events|timers|process\/task_queues|async_hooks|buffer)/.test(u)],
  ['other node core', (u) => /^node:/.test(u)],
  ['other mdeploy', (u) => /\/dist\//.test(u)],
  ['other dependencies', (u) => /node_modules/.test(u)],
  ['(program: native, not attributed)', (u, f) => f === '(program)'],
];

function analyze(file) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bucketOf = new Map();
  const bucket = (id) => {
    if (bucketOf.has(id)) return bucketOf.get(id);
    const n = byId.get(id);
    const { url, functionName } = n.callFrame;
    const rule = RULES.find(([, t]) => t(url, functionName));
    const b = rule?.[0] ? rule[0] : parent.has(id) ? bucket(parent.get(id)) : 'unattributed';
    bucketOf.set(id, b);
    return b;
  };
  // Socket writes (writev, writeBuffer, ...): the syscall's time, split by who writes (an answer to a client or a
  // tensor frame to an inference worker), which the write bucket alone does not say.
  const writer = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { url, functionName } = byId.get(at).callFrame;
      if (/runtime\/(channel|pool)\.js|runtime\/worker\.js/.test(url)) return 'tensor channel (main ⇄ inference worker)';
      if (/node:_http_outgoing|server\/http\.js/.test(url)) return 'HTTP/1.1 answer to the client';
      if (/http2|grpc-js/.test(url)) return 'HTTP/2 (gRPC) frames to the client';
      if (/codec/.test(url) || functionName === 'postMessage') return 'codec thread messages';
    }
    return 'other';
  };
  const writes = new Map();
  const self = new Map();
  const buckets = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i + 1] ?? 0; // a sample's time runs until the next one
    const id = p.samples[i];
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
    const b = bucket(id);
    buckets.set(b, (buckets.get(b) ?? 0) + dt);
    if (/^(writev|writeBuffer|writeUtf8String|writeLatin1String|writeAsciiString)$/.test(byId.get(id).callFrame.functionName)) {
      const w = writer(id);
      writes.set(w, (writes.get(w) ?? 0) + dt);
    }
  }
  const fns = new Map();
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
    const e = fns.get(key) ?? { t: 0, bucket: bucket(id) };
    e.t += t;
    fns.set(key, e);
  }
  const idle = buckets.get('idle') ?? 0;
  return {
    file: basename(file),
    wallMs: total / 1000,
    busyMs: (total - idle) / 1000,
    buckets: [...buckets].sort((a, b) => b[1] - a[1]).map(([name, t]) => ({ name, ms: t / 1000, ofBusy: name === 'idle' ? null : t / (total - idle) })),
    writes: [...writes].sort((a, b) => b[1] - a[1]).map(([name, t]) => ({ name, ms: t / 1000, ofBusy: t / (total - idle) })),
    top: [...fns].sort((a, b) => b[1].t - a[1].t).filter(([k]) => k !== '(idle)').slice(0, topN).map(([name, e]) => ({ name, bucket: e.bucket, ms: e.t / 1000, ofBusy: e.t / (total - idle) })),
  };
}

const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size);
const all = files.map(analyze);
if (asJson) {
  console.log(JSON.stringify(all, null, 2));
} else {
  const pct = (v) => `${(v * 100).toFixed(1)}%`;
  for (const r of all) {
    console.log(`\n### ${r.file}: ${(r.wallMs / 1000).toFixed(1)} s profiled, busy ${(r.busyMs / 1000).toFixed(1)} s (${pct(r.busyMs / r.wallMs)})\n`);
    console.log('| bucket (self time) | ms | % of busy |');
    console.log('| --- | ---: | ---: |');
    for (const b of r.buckets) console.log(`| ${b.name} | ${b.ms.toFixed(0)} | ${b.ofBusy === null ? '–' : pct(b.ofBusy)} |`);
    if (r.writes.length) {
      console.log('\n| socket write syscalls, by writer | ms | % of busy |');
      console.log('| --- | ---: | ---: |');
      for (const w of r.writes) console.log(`| ${w.name} | ${w.ms.toFixed(0)} | ${pct(w.ofBusy)} |`);
    }
    console.log('\n| top functions (self time) | bucket | ms | % of busy |');
    console.log('| --- | --- | ---: | ---: |');
    for (const f of r.top) console.log(`| \`${f.name}\` | ${f.bucket} | ${f.ms.toFixed(0)} | ${pct(f.ofBusy)} |`);
  }
}
