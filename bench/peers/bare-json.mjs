#!/usr/bin/env node
// The reference of issue 14: a bare Node HTTP server that only JSON.parses a TF Serving row body into a
// Float32Array and writes a fixed answer. No model, no validation beyond what the copy needs: the floor of
// "JSON.parse + copy" on this machine, for bench/serve.mjs to put mdeploy serve beside.
//
//   node bench/peers/bare-json.mjs <port>        POST any path: {"instances": [...]} → {"predictions": [[…]]}
//                                                 GET /health → ok
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const answer = Buffer.from(JSON.stringify({ predictions: [[0.125, -0.25, 0.5, -1]] }));

/** Nested arrays of numbers → one Float32Array (row-major), as a server must before it can run a model. */
function toFloat32(nested) {
  let n = 0;
  const count = (v) => (Array.isArray(v) ? v.forEach(count) : n++);
  count(nested);
  const out = new Float32Array(n);
  let i = 0;
  const fill = (v) => {
    if (Array.isArray(v)) for (const x of v) fill(x);
    else out[i++] = v;
  };
  fill(nested);
  return out;
}

let sink = 0;
createServer((req, res) => {
  if (req.method !== 'POST') {
    res.end('ok');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const values = toFloat32(JSON.parse(Buffer.concat(chunks).toString('utf8')).instances);
    sink += values[0]; // keep the copy observable
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length });
    res.end(answer);
  });
}).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(Number.isNaN(sink) ? 1 : 0));
