#!/usr/bin/env node
// `npm run fixtures`: writes the test corpus (SavedModels + TensorFlow's reference outputs) with the Python
// TensorFlow found by `mdeploy doctor` ($MDEPLOY_PYTHON, ./.venv, then python3). Extra args go to the script.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markCorpusCurrent } from './corpus-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [process.env.MDEPLOY_PYTHON, join(root, '.venv', 'bin', 'python'), 'python3'].filter(Boolean);
const python = candidates.find((p) => p === 'python3' || existsSync(p));
const probe = spawnSync(python, ['-c', 'import tensorflow, keras'], { stdio: 'ignore', env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
if (probe.status !== 0) {
  console.error(`fixtures: ${python} cannot import tensorflow and keras.`);
  console.error('  python3 -m venv .venv && .venv/bin/pip install tensorflow-cpu==2.21.0 keras onnx onnxruntime');
  process.exit(9);
}
const r = spawnSync(python, [join(root, 'scripts', 'generate_corpus.py'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', PYTHONWARNINGS: 'ignore' },
});
// A full run (not --only) that succeeded makes the corpus current for scripts/bootstrap.mjs.
if (r.status === 0 && process.argv.length === 2) markCorpusCurrent();
process.exit(r.status ?? 1);
