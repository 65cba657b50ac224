#!/usr/bin/env node
// bench/convert-tflite: `mdeploy convert --to tflite` against TensorFlow's TFLiteConverter, per corpus model,
// in one run: conversion wall time (a fresh process each run, start-up and imports included, median), file
// size, and the latency of each .tflite in tf.lite.Interpreter with 1 thread (median of --iters at batch 1,
// same inputs). A model mdeploy refuses (an op with no builtin lowering) is listed with the reason.
// Usage: node bench/convert-tflite.mjs [--models mlp,cnn] [--runs 3] [--iters 200]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, timeCommand } from './lib.mjs';

const DEFAULT_MODELS = 'mlp,cnn,depthwise,dynamic,multi_output,mixed_dtypes,text_gru,text_bilstm,attention,mobilenetv2,resnet50,tf1_graph';
const { values } = parseArgs({ options: { models: { type: 'string', default: DEFAULT_MODELS }, runs: { type: 'string', default: '3' }, iters: { type: 'string', default: '200' } } });
const python = '.venv/bin/python';
const peer = 'bench/peers/tflite_peer.py';
const env = { TF_CPP_MIN_LOG_LEVEL: '3' };
const tmp = mkdtempSync(join(tmpdir(), 'bench-tflite-'));

function latency(file) {
  const r = spawnSync(python, [peer, 'latency', file, values.iters], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) return { error: (r.stderr.trim().split('\n').at(-1) ?? '').slice(0, 160) };
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

const rows = [];
for (const name of values.models.split(',')) {
  const model = `test/corpus/${name}/1`;
  const ours = join(tmp, `${name}.mdeploy.tflite`);
  const theirs = join(tmp, `${name}.tfliteconverter.tflite`);
  const row = { name };
  const probe = spawnSync(process.execPath, ['bin/run.js', 'convert', model, '--to', 'tflite', '-o', ours, '--no-validate', '--overwrite', '--json'], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (probe.status !== 0) {
    // The op types only: drop the model path and the node lists.
    const message = (probe.stdout + probe.stderr).match(/"message":\s*"([^"]+)"/)?.[1] ?? `exit ${probe.status}`;
    row.refused = message.replace(/^[^:]*: /, '').replace(/ \((?:\d+ nodes: )?[^()]*\)/g, '').replace(/\\n.*$/, '').slice(0, 140);
  } else {
    row.convert = timeCommand(process.execPath, ['bin/run.js', 'convert', model, '--to', 'tflite', '-o', ours, '--no-validate', '--overwrite'], { runs: Number(values.runs), env });
    row.size = statSync(ours).size;
    row.latency = latency(ours);
  }
  try {
    row.peerConvert = timeCommand(python, [peer, 'convert', model, theirs], { runs: Number(values.runs), env });
    row.peerSize = statSync(theirs).size;
    row.peerLatency = latency(theirs);
  } catch (err) {
    row.peerError = String(err.message).split('\n').filter(Boolean).at(-1)?.slice(0, 160);
  }
  rows.push(row);
  console.error(`${name}: ${row.refused ? `refused (${row.refused})` : `${fmt(row.convert.median)}, ${row.size} B`} | TFLiteConverter ${row.peerConvert ? `${fmt(row.peerConvert.median)}, ${row.peerSize} B` : row.peerError}`);
}
rmSync(tmp, { recursive: true, force: true });

const ratio = (a, b) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '–');
const ms = (l) => (l?.median_ms !== undefined ? `${l.median_ms.toFixed(3)} ms` : (l?.error ? 'fails' : '–'));
console.log('| model | mdeploy convert | TFLiteConverter | speed-up | mdeploy size | TFLiteConverter size | size ratio | mdeploy p50 | TFLiteConverter p50 | latency ratio |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  if (r.refused) {
    console.log(`| ${r.name} | refused: ${r.refused.replace(/\|/g, '/')} | ${r.peerConvert ? fmt(r.peerConvert.median) : 'fails'} | – | – | ${r.peerSize ?? '–'} | – | – | ${ms(r.peerLatency)} | – |`);
    continue;
  }
  const speedup = r.peerConvert ? `${(r.peerConvert.median / r.convert.median).toFixed(1)}×` : '–';
  console.log(`| ${r.name} | ${fmt(r.convert.median)} | ${r.peerConvert ? fmt(r.peerConvert.median) : 'fails'} | ${speedup} | ${r.size} | ${r.peerSize ?? '–'} | ${ratio(r.size, r.peerSize)} | ${ms(r.latency)} | ${ms(r.peerLatency)} | ${ratio(r.latency?.median_ms, r.peerLatency?.median_ms)} |`);
}
