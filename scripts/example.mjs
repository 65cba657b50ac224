#!/usr/bin/env node
// `npm run example`: the whole pipeline on the bundled example (TF Serving's half_plus_two, y = 0.5·x + 2), with
// no Docker and no Python: inspect it, convert it to ONNX (validated against TensorFlow when tfjs-node works),
// serve the SavedModel locally, call it the way a TF Serving client would, and benchmark it. Run after scripts/bootstrap.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'run.js');
const example = join(root, 'examples', 'half_plus_two');
const out = mkdtempSync(join(tmpdir(), 'mdeploy-example-'));
const title = (t) => process.stdout.write(`\n\x1b[1m$ ${t}\x1b[0m\n`);

// libtensorflow prints these two lines before its own log settings apply; they are not about the example.
const TF_NOISE = /^(WARNING: All log messages before absl::InitializeLog\(\) is called|I0000 \S+ +\d+ port\.cc:\d+\] oneDNN custom operations are on)/;

async function mdeploy(args) {
  title(`mdeploy ${args.join(' ')}`);
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
  let rest = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => {
    const lines = (rest + d).split('\n');
    rest = lines.pop();
    for (const l of lines) if (!TF_NOISE.test(l)) process.stderr.write(`${l}\n`);
  });
  const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c)));
  if (rest && !TF_NOISE.test(rest)) process.stderr.write(rest);
  if (code !== 0) process.exit(code ?? 1);
}

try {
  await mdeploy(['inspect', example]);
  await mdeploy(['convert', example, '--to', 'onnx', '-o', join(out, 'half_plus_two.onnx')]);

  title('mdeploy serve examples/half_plus_two   (in the background)');
  const server = spawn(process.execPath, [cli, 'serve', example, '--port', '0', '--grpc-port', '0', '--log-format', 'json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
  });
  const ready = await new Promise((resolve, reject) => {
    let buf = '';
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (d) => {
      buf += d;
      for (const line of buf.split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line);
        if (entry.msg === 'version available' || entry.msg === 'serving') process.stdout.write(`  ${entry.msg}${entry.rest ? ` ${entry.rest}` : ''}${entry.version ? ` (version ${entry.version}, ${entry.backend} backend, loaded in ${entry.loadMs} ms)` : ''}\n`);
        if (entry.msg === 'ready') resolve(entry);
      }
      buf = buf.slice(buf.lastIndexOf('\n') + 1);
    });
    server.once('exit', (code) => reject(new Error(`mdeploy serve exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${ready.restPort}`;
  const call = async (path, body) => {
    title(`curl ${body ? `-d '${JSON.stringify(body)}' ` : ''}${url}${path}`);
    const r = await fetch(url + path, body ? { method: 'POST', body: JSON.stringify(body) } : undefined);
    process.stdout.write(`${(await r.text()).slice(0, 600)}\n`);
  };
  await call('/v1/models/half_plus_two');
  await call('/v1/models/half_plus_two:predict', { instances: [1.0, 2.0, 5.0] });
  await call('/v1/models/half_plus_two:regress', { signature_name: 'regress_x_to_y', examples: [{ x: 10 }] });
  await call('/v2/models/half_plus_two/infer', { inputs: [{ name: 'x', datatype: 'FP32', shape: [2, 1], data: [3, 4] }] });
  await mdeploy(['bench', url, '--model', 'half_plus_two', '-c', '16', '-d', '3s', '--warmup', '1s']);
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  process.stdout.write(`\nServer stopped. Next: \`mdeploy serve --help\`, and docs in README.md.\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
