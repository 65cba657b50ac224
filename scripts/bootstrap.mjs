#!/usr/bin/env node
// Makes a fresh clone runnable, idempotently, and in about a second when there is nothing to do:
//   1. installs dependencies (npm ci --ignore-scripts: tfjs-node's own install script downloads
//      libtensorflow, which fails offline; step 3 handles it instead);
//   2. builds dist/ when src/ is newer;
//   3. makes @tensorflow/tfjs-node's native binding work: its normal install when the internet is reachable,
//      else `mdeploy doctor --fix-tfjs-node`, which builds it from an installed TensorFlow or from the
//      tensorflow-cpu wheel that pip downloads into the user cache (once per machine);
//   4. with --test: the Python venv the golden tests need (.venv, from the same wheel source) and the
//      corpus and the per-op suite that real TensorFlow writes (test/corpus, test/op-suite).
// `npm run example` runs steps 1-3, `npm test` (pretest) all four. Flags: --quiet, --no-tfjs, --test.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusIsCurrent } from './corpus-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const forTests = process.argv.includes('--test');
const say = (m) => quiet || process.stderr.write(`bootstrap: ${m}\n`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', process.stderr, 'inherit'], ...opts });
  return r.status === 0;
}
function mustRun(what, cmd, args, opts) {
  if (run(cmd, args, opts)) return;
  process.stderr.write(`bootstrap: ${what} failed: ${cmd} ${args.join(' ')}\n`);
  process.exit(1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(full) : st.mtimeMs);
  }
  return newest;
}
const sha = (...files) => createHash('sha256').update(files.map((f) => readFileSync(f)).join('\0')).digest('hex').slice(0, 16);
const stampSays = (file, value) => existsSync(file) && readFileSync(file, 'utf8').trim() === value;

// 1. dependencies
const installedLock = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installedLock) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(installedLock).mtimeMs) {
  say('installing dependencies (npm ci --ignore-scripts)');
  mustRun('installing dependencies', npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund']);
}

// 2. build
const buildStamp = join(root, 'dist', '.buildstamp');
const sourceTime = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
if (!existsSync(buildStamp) || statSync(buildStamp).mtimeMs < sourceTime) {
  say('building (tsc)');
  mustRun('the build', npm, ['run', '--silent', 'build']);
  writeFileSync(buildStamp, new Date().toISOString());
}

// 3. tfjs-node's native binding
let tfjsNode = true;
if (!process.argv.includes('--no-tfjs')) {
  const works = () =>
    spawnSync(process.execPath, ['-e', "require('@tensorflow/tfjs-node')"], { cwd: root, stdio: 'ignore', env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } }).status === 0;
  if (!works()) {
    const pkg = join(root, 'node_modules', '@tensorflow', 'tfjs-node');
    say('tfjs-node has no working native binding; trying its own install (downloads libtensorflow from storage.googleapis.com)');
    const online = spawnSync(process.execPath, ['scripts/install.js'], { cwd: pkg, stdio: 'ignore', timeout: 300_000 }).status === 0 && works();
    if (!online) {
      say('that download failed (offline?); building the binding from a TensorFlow wheel: mdeploy doctor --fix-tfjs-node');
      run(process.execPath, [join(root, 'bin', 'run.js'), 'doctor', '--fix-tfjs-node'], { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', process.stderr, 'inherit'] });
      tfjsNode = works();
      if (!tfjsNode) {
        say('tfjs-node is unavailable: convert cannot validate against TensorFlow, and serve runs SavedModels on onnxruntime. `mdeploy doctor` says why.');
        if (forTests) process.exit(1);
      } else say(`tfjs-node binding ready (${elapsed()})`);
    }
  }
}

// 4. the test venv and the corpus
if (forTests) {
  const venvPython = join(root, '.venv', 'bin', 'python');
  const requirements = join(root, 'test', 'python', 'requirements.txt');
  const venvStamp = join(root, '.venv', '.mdeploy-requirements');
  if (!existsSync(venvPython) || !stampSays(venvStamp, sha(requirements))) {
    // The same wheel source as tfjs-node's binding: pip's own configuration, plus the wheel already in the cache.
    const { wheelCacheDir } = await import(join(root, 'dist', 'doctor', 'tf-wheel.js'));
    const cachedWheels = join(wheelCacheDir(), 'wheel');
    say(`creating the test venv (.venv) with ${readFileSync(requirements, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).join(' ')}; a few minutes the first time`);
    if (!existsSync(venvPython)) mustRun('creating .venv (Debian/Ubuntu need the python3-venv package)', 'python3', ['-m', 'venv', join(root, '.venv')]);
    mustRun('installing the test venv', venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', '-r', requirements, ...(existsSync(cachedWheels) ? ['--find-links', cachedWheels] : [])]);
    writeFileSync(venvStamp, `${sha(requirements)}\n`);
    say(`test venv ready (${elapsed()})`);
  }
  if (!corpusIsCurrent()) {
    say('writing the test corpus with real TensorFlow (npm run fixtures); about a minute');
    mustRun('writing the corpus', process.execPath, [join(root, 'scripts', 'fixtures.mjs')], { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', process.stderr, process.stderr] });
    say(`corpus ready (${elapsed()})`);
  }
  // The per-op suite (test/op-suite): its generator keeps unchanged cases, so a changed script reruns in seconds.
  const opSuite = [join(root, 'scripts', 'generate_op_suite.py'), join(root, 'scripts', 'generate_corpus.py'), requirements];
  const opSuiteStamp = join(root, 'test', 'op-suite', '.stamp');
  if (!stampSays(opSuiteStamp, sha(...opSuite))) {
    say('writing the per-op suite with real TensorFlow (scripts/generate_op_suite.py)');
    mustRun('writing the per-op suite', venvPython, [opSuite[0], '--out', join(root, 'test', 'op-suite')], { env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', PYTHONWARNINGS: 'ignore' } });
    writeFileSync(opSuiteStamp, `${sha(...opSuite)}\n`);
    say(`per-op suite ready (${elapsed()})`);
  }
}
