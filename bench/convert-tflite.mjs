#!/usr/bin/env node
// bench/convert-tflite: `mdeploy convert --to tflite` against TensorFlow's TFLiteConverter, per corpus model,
// in one run: conversion wall time (a fresh process each run, start-up and imports included, median), file
// size, and the latency of each .tflite in tf.lite.Interpreter with 1 thread (median of --iters at batch 1,
// same inputs). The two tools' conversion runs alternate, so both see the same machine. A model mdeploy
// refuses (an op with no builtin lowering) is listed with the reason.
// Usage: node bench/convert-tflite.mjs [--models mlp,cnn] [--runs 3] [--iters 200]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, summarize } from './lib.mjs';

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

/** Wall ms of one run of a command, or an Error with its last stderr line. */
function once(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return r.status === 0 ? ms : new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

/**
 * Conversion times of both tools, their runs interleaved (mdeploy, TFLiteConverter, mdeploy, …) after one
 * warm-up run each, so that a busy spell of the machine falls on both rather than on one tool's runs.
 */
function timeBoth(ours, theirs) {
  const samples = { ours: [], theirs: [] };
  let peerError;
  for (let i = 0; i <= Number(values.runs); i++) {
    if (ours) {
      const ms = once(...ours);
      if (ms instanceof Error) throw ms;
      if (i > 0) samples.ours.push(ms);
    }
    if (!peerError) {
      const ms = once(...theirs);
      if (ms instanceof Error) peerError = ms;
      else if (i > 0) samples.theirs.push(ms);
    }
  }
  return { ours: ours ? summarize(samples.ours) : undefined, theirs: peerError ? undefined : summarize(samples.theirs), peerError };
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
  }
  const times = timeBoth(row.refused ? undefined : [process.execPath, ['bin/run.js', 'convert', model, '--to', 'tflite', '-o', ours, '--no-validate', '--overwrite']], [python, [peer, 'convert', model, theirs]]);
  if (!row.refused) {
    row.convert = times.ours;
    row.size = statSync(ours).size;
    row.latency = latency(ours);
  }
  if (times.theirs) {
    row.peerConvert = times.theirs;
    row.peerSize = statSync(theirs).size;
    row.peerLatency = latency(theirs);
  } else row.peerError = String(times.peerError.message).split('\n').filter(Boolean).at(-1)?.slice(0, 160);
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
