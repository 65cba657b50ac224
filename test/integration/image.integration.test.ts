/**
 * Images on a real Docker engine: base image from the host, scaffold → build → run for TF Serving's
 * half_plus_two fixture and for converted corpus models (ONNX, TF.js, TFLite on LiteRT.js), predictions from the host compared with TensorFlow's,
 * what `docker inspect` shows, `serve --docker` detached and in the foreground, `stop`, build failures; then
 * what a `serve --docker` container may do (names refused before a build, memory/pids/CPU limits and
 * privileges as the kernel inside sees them, a failed start cleaning up its image). Every container, image
 * and network the suites create is gone afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Dockerode from 'dockerode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mdeploy } from '../helpers/cli.js';
import { CORPUS_DIR, describeWith, FIXTURES_DIR, ROOT } from '../helpers/env.js';
import { compareJson, goldenToJson, type GoldenModel } from '../helpers/golden.js';
import { http, postJson } from '../helpers/serve.js';

const PREFIX = `mdt${process.pid}`;
const FIXTURE = join(FIXTURES_DIR, 'saved_model_half_plus_two_cpu');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function fixtureGolden(): GoldenModel {
  const g = JSON.parse(readFileSync(join(CORPUS_DIR, '_fixtures', 'saved_model_half_plus_two_cpu.golden.json'), 'utf8')) as { versions: Record<string, GoldenModel> };
  return g.versions['00000123']!;
}

function corpusGolden(name: string): GoldenModel {
  return JSON.parse(readFileSync(join(CORPUS_DIR, name, 'golden.json'), 'utf8')) as GoldenModel;
}

/** Every serving_default case of a golden file, sent over REST (columnar) and compared with TF's outputs. */
async function expectGoldens(url: string, model: string, golden: GoldenModel, tolerance = 1e-4): Promise<number> {
  let n = 0;
  for (const c of golden.cases) {
    if (c.error || c.signature !== 'serving_default') continue;
    const r = await postJson(`${url}/v1/models/${model}:predict`, { inputs: Object.fromEntries(Object.entries(c.inputs).map(([k, t]) => [k, goldenToJson(t)])) });
    expect(r.status, r.text).toBe(200);
    const keys = Object.keys(c.outputs!);
    for (const k of keys) expect(compareJson(keys.length === 1 ? r.json.outputs : r.json.outputs[k], c.outputs![k]!, { tolerance }), `${model} ${k}`).toBeUndefined();
    n++;
  }
  return n;
}

/** Removes this run's containers and images; returns the containers that were still there. */
async function removeLeftovers(docker: import('dockerode')): Promise<Array<{ Names: string[] }>> {
  const leftover = await docker.listContainers({ all: true, filters: { name: [PREFIX] } });
  for (const c of leftover) await docker.getContainer(c.Id).remove({ force: true });
  const ours = (await docker.listImages()).filter((i) => (i.RepoTags ?? []).some((t) => t.includes(PREFIX)));
  for (const i of ours) await docker.getImage(i.Id).remove({ force: true }).catch(() => {});
  return leftover;
}

describeWith(['docker', 'corpus', 'tfjs-node'], 'images: scaffold, build, run', () => {
  let docker: Dockerode;
  let work: string;
  let networksBefore: number;
  let danglingBefore: number;

  beforeAll(async () => {
    const { default: Docker } = await import('dockerode');
    docker = new Docker();
    networksBefore = (await docker.listNetworks()).length;
    danglingBefore = (await docker.listImages({ filters: { dangling: ['true'] } })).length;
    work = mkdtempSync(join(tmpdir(), 'mdeploy-image-'));
    const base = mdeploy(['base-image', '--from-host', '--json']);
    expect(base.status, base.stderr).toBe(0);
    expect(JSON.parse(base.stdout).tag).toBe(`mdeploy/node-base:${process.versions.node}`);
  }, 120_000);

  afterAll(async () => {
    // Nothing may be left behind: containers of this run, its images, networks, untagged stage images.
    const leftover = await removeLeftovers(docker);
    rmSync(work, { recursive: true, force: true });
    expect(leftover.map((c) => c.Names[0])).toEqual([]);
    expect((await docker.listNetworks()).length).toBe(networksBefore);
    expect((await docker.listImages({ filters: { dangling: ['true'] } })).length).toBe(danglingBefore);
  }, 120_000);

  it('runs scaffold → build → run for TF Serving\'s half_plus_two, answering as TensorFlow does', async () => {
    const ctx = join(work, 'hpt');
    const tag = `${PREFIX}/hpt:1`;
    // --backend onnx: half_plus_two has several signatures, so by default its image would carry TensorFlow.
    const s = mdeploy(['scaffold', FIXTURE, '-o', ctx, '--name', 'half_plus_two', '--backend', 'onnx', '--json'], { timeout: 180_000 });
    expect(s.status, s.stderr).toBe(0);
    const scaffold = JSON.parse(s.stdout);
    expect(scaffold).toMatchObject({ model: 'half_plus_two', version: 123, template: 'node', backend: 'onnx' });
    expect(scaffold.notes.join(' ')).toMatch(/Not served \(they need TensorFlow; build with --backend tf to keep them\): classify_x_to_y \(E_UNSUPPORTED_OPS/);
    for (const f of ['Dockerfile', '.dockerignore', 'README.md', 'models/models.config', 'models/half_plus_two/123/half_plus_two.onnx', 'app/bin/run.js', 'app/dist/commands/serve.js']) expect(existsSync(join(ctx, f)), f).toBe(true);
    expect(existsSync(join(ctx, 'app', 'node_modules', '@tensorflow'))).toBe(false);

    const b = mdeploy(['build', ctx, '-t', tag, '--label', 'team=test', '--json'], { timeout: 300_000 });
    expect(b.status, b.stderr + b.stdout).toBe(0);
    const events = b.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.filter((e) => e.type === 'step').length).toBeGreaterThan(5);
    const result = events.at(-1);
    expect(result).toMatchObject({ type: 'result', tag });
    expect(result.size).toBeGreaterThan(50e6);

    // What docker inspect shows: a non-root user, a healthcheck, OCI and mdeploy labels.
    const info = await docker.getImage(tag).inspect();
    expect(info.Config.User).toBe('10001:10001');
    expect(info.Config.Healthcheck?.Test?.join(' ')).toMatch(/healthcheck\.js/);
    expect(info.Config.ExposedPorts).toMatchObject({ '8501/tcp': {}, '8500/tcp': {} });
    expect(info.Config.Labels).toMatchObject({
      'org.opencontainers.image.title': 'half_plus_two',
      'org.opencontainers.image.version': '123',
      'mdeploy.model': 'half_plus_two',
      'mdeploy.version': '123',
      'mdeploy.backend': 'onnx',
      team: 'test',
    });
    expect(info.Config.Labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT/);

    const port = await freePort();
    const name = `${PREFIX}-hpt`;
    const run = mdeploy(['serve', '--docker', '--image', tag, '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1'], { timeout: 180_000 });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/is AVAILABLE/);
    const url = `http://127.0.0.1:${port}`;
    expect(await expectGoldens(url, 'half_plus_two', fixtureGolden())).toBeGreaterThan(0);
    // The container runs read-only as uid 10001 and turns healthy.
    const container = docker.getContainer(name);
    const cinfo = await container.inspect();
    expect(cinfo.HostConfig.ReadonlyRootfs).toBe(true);
    expect(cinfo.Config.User).toBe('10001:10001');
    expect(cinfo.NetworkSettings.Ports['8501/tcp']?.[0]?.HostIp).toBe('127.0.0.1');
    for (let i = 0; i < 60 && (await container.inspect()).State.Health?.Status !== 'healthy'; i++) await new Promise((r) => setTimeout(r, 500));
    expect((await container.inspect()).State.Health?.Status).toBe('healthy');
    const ps = JSON.parse(mdeploy(['ps', '--json']).stdout) as Array<{ name: string; model: string }>;
    expect(ps.find((c) => c.name === name)).toMatchObject({ model: 'half_plus_two' });
    const logs = mdeploy(['logs', name, '--tail', '5']);
    expect(logs.stdout).toMatch(/"msg":"ready"/);
    const stop = mdeploy(['stop', name]);
    expect(stop.status, stop.stderr).toBe(0);
    expect(await docker.listContainers({ all: true, filters: { name: [name] } })).toEqual([]);
  }, 240_000);

  it('builds converted corpus models (ONNX, and TF.js without libtensorflow) straight from the model and serves TF\'s outputs', async () => {
    for (const [model, backend] of [['mlp', 'auto'], ['multi_output', 'tfjs']] as const) {
      const tag = `${PREFIX}/${model}:1`;
      const b = mdeploy(['build', join(CORPUS_DIR, model), '-t', tag, '--backend', backend], { timeout: 300_000 });
      expect(b.status, b.stderr).toBe(0);
      expect(b.stdout).toMatch(/Built .* MiB/);
      const info = await docker.getImage(tag).inspect();
      expect(info.Config.Labels['mdeploy.backend']).toBe(backend === 'auto' ? 'onnx' : 'tfjs');
      // An image that does not run the SavedModel carries no libtensorflow.
      const probe = await docker.createContainer({ Image: tag, name: `${PREFIX}-probe-${model}` });
      await expect(probe.getArchive({ path: '/opt/mdeploy/node_modules/@tensorflow/tfjs-node' })).rejects.toMatchObject({ statusCode: 404 });
      await probe.remove();
      const port = await freePort();
      const name = `${PREFIX}-${model}`;
      const run = mdeploy(['serve', '--docker', '--image', tag, '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1'], { timeout: 180_000 });
      expect(run.status, run.stderr + run.stdout).toBe(0);
      expect(await expectGoldens(`http://127.0.0.1:${port}`, model, corpusGolden(model))).toBeGreaterThan(0);
      // The ONNX image serves every signature the SavedModel has (Keras exports two), one file each.
      const sigs = Object.keys((await http(`http://127.0.0.1:${port}/v1/models/${model}/metadata`)).json.metadata.signature_def.signature_def).sort();
      expect(sigs).toEqual(backend === 'auto' ? Object.keys(corpusGolden(model).meta_graphs[0]!.signatures).filter((k) => !k.startsWith('__')).sort() : ['serving_default']);
      expect(mdeploy(['stop', name]).status).toBe(0);
    }
  }, 240_000);

  it('builds TFLite images on LiteRT.js (no libtensorflow, no onnxruntime): a SavedModel converted with --backend tflite, TF Serving\'s own .tflite, and `serve --docker --backend litert`, answering as TensorFlow does', async () => {
    const cases = [
      // The SavedModel, converted to .tflite on the host (validated there against TensorFlow), then checked in
      // the container against the golden outputs TensorFlow (Python) wrote.
      { model: join(CORPUS_DIR, 'mlp'), name: 'mlp', args: ['--backend', 'tflite'] },
      // TF Serving's TFLite layout (a version directory holding model.tflite), taken as it is.
      { model: join(FIXTURES_DIR, 'saved_model_half_plus_two_tflite_with_sigdef'), name: 'hpt_lite', args: ['--name', 'hpt_lite'] },
    ];
    for (const c of cases) {
      const tag = `${PREFIX}/${c.name}:tflite`;
      const b = mdeploy(['build', c.model, '-t', tag, ...c.args], { timeout: 300_000 });
      expect(b.status, b.stderr).toBe(0);
      expect(b.stdout).toMatch(/\(node, tflite\)/);
      const info = await docker.getImage(tag).inspect();
      expect(info.Config.Labels['mdeploy.backend']).toBe('tflite');
      // LiteRT.js and its WebAssembly are in the image; TensorFlow and onnxruntime are not.
      const probe = await docker.createContainer({ Image: tag, name: `${PREFIX}-probe-${c.name}` });
      await expect(probe.getArchive({ path: '/opt/mdeploy/node_modules/@tensorflow/tfjs-node' })).rejects.toMatchObject({ statusCode: 404 });
      await expect(probe.getArchive({ path: '/opt/mdeploy/node_modules/onnxruntime-node' })).rejects.toMatchObject({ statusCode: 404 });
      const wasm = await probe.getArchive({ path: '/opt/mdeploy/node_modules/@litertjs/core/wasm' });
      (wasm as unknown as NodeJS.ReadableStream).resume();
      const file = await probe.getArchive({ path: `/models/${c.name}/${c.name === 'mlp' ? 1 : 123}/model.tflite` });
      (file as unknown as NodeJS.ReadableStream).resume();
      await probe.remove();
      const port = await freePort();
      const name = `${PREFIX}-${c.name}-lite`;
      const run = mdeploy(['serve', '--docker', '--image', tag, '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1'], { timeout: 180_000 });
      expect(run.status, run.stderr + run.stdout).toBe(0);
      const url = `http://127.0.0.1:${port}`;
      if (c.name === 'mlp') {
        expect(await expectGoldens(url, 'mlp', corpusGolden('mlp'))).toBeGreaterThan(0);
        // One .tflite holds the default signature.
        expect(Object.keys((await http(`${url}/v1/models/mlp/metadata`)).json.metadata.signature_def.signature_def)).toEqual(['serving_default']);
      } else {
        // half_plus_two: y = 0.5 x + 2, TF Serving's answer for its TFLite fixture.
        expect((await postJson(`${url}/v1/models/hpt_lite:predict`, { instances: [[2.0]] })).text).toBe('{"predictions":[[3.0]]}');
      }
      expect(mdeploy(['stop', name]).status).toBe(0);
    }
    // `serve --docker`: serve's --backend names runtimes, and litert builds the tflite image.
    const port = await freePort();
    const name = `${PREFIX}-litert`;
    const up = mdeploy(['serve', join(ROOT, 'examples', 'half_plus_two'), '--docker', '--backend', 'litert', '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1'], { timeout: 300_000 });
    expect(up.status, up.stderr + up.stdout).toBe(0);
    expect(up.stdout).toMatch(/-tflite/);
    expect((await postJson(`http://127.0.0.1:${port}/v1/models/${name}:predict`, { instances: [[1.0], [3.0]] })).json).toEqual({ predictions: [[2.5], [3.5]] });
    expect(mdeploy(['stop', name]).status).toBe(0);
  }, 600_000);

  it('serves every signature the local server serves: a SavedModel with several signatures gets libtensorflow by default', async () => {
    const tag = `${PREFIX}/hpt:tf`;
    const b = mdeploy(['build', FIXTURE, '-t', tag, '--name', 'half_plus_two'], { timeout: 600_000 });
    expect(b.status, b.stderr).toBe(0);
    expect((await docker.getImage(tag).inspect()).Config.Labels['mdeploy.backend']).toBe('tf');
    const probe = await docker.createContainer({ Image: tag, name: `${PREFIX}-probe-tf` });
    const archive = await probe.getArchive({ path: '/opt/mdeploy/node_modules/@tensorflow/tfjs-node/deps/lib/libtensorflow_cc.so.2' });
    (archive as unknown as NodeJS.ReadableStream).resume();
    await probe.remove();
    const port = await freePort();
    const name = `${PREFIX}-tf`;
    expect(mdeploy(['serve', '--docker', '--image', tag, '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1'], { timeout: 180_000 }).status).toBe(0);
    const url = `http://127.0.0.1:${port}`;
    expect(await expectGoldens(url, 'half_plus_two', fixtureGolden())).toBeGreaterThan(0);
    // TF Serving's own example and the classify signature, which only the SavedModel has.
    expect((await postJson(`${url}/v1/models/half_plus_two:predict`, { instances: [1.0, 2.0, 5.0] })).text).toBe('{"predictions":[2.5,3.0,4.5]}');
    expect((await postJson(`${url}/v1/models/half_plus_two:classify`, { signature_name: 'classify_x_to_y', examples: [{ x: 3.0 }] })).json).toEqual({ results: [[['', 3.5]]] });
    expect(mdeploy(['stop', name]).status).toBe(0);
  }, 240_000);

  it('runs `mdeploy serve <model> --docker --detach --name N --port P`, then `mdeploy stop N`', async () => {
    const port = await freePort();
    const name = `${PREFIX}-detach`;
    const up = mdeploy(['serve', join(ROOT, 'examples', 'half_plus_two'), '--docker', '--backend', 'onnx', '--detach', '--name', name, '--port', String(port)], { timeout: 300_000 });
    expect(up.status, up.stderr + up.stdout).toBe(0);
    expect(up.stdout).toContain(`http://127.0.0.1:${port}`);
    expect(up.stdout).toContain(`mdeploy stop ${name}`);
    const r = await postJson(`http://127.0.0.1:${port}/v1/models/${name}:predict`, { instances: [[1.0], [3.0]] });
    expect(r.json).toEqual({ predictions: [[2.5], [3.5]] });
    // A second start with the same name is refused, and says what to do.
    const again = mdeploy(['serve', join(ROOT, 'examples', 'half_plus_two'), '--docker', '--backend', 'onnx', '--detach', '--name', name, '--port', String(await freePort())], { timeout: 300_000 });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`already exists[\\s\\S]*mdeploy stop ${name}`));
    const down = mdeploy(['stop', name]);
    expect(down.status, down.stderr).toBe(0);
    expect(down.stdout).toMatch(/Stopped .* removed/);
    await expect(fetch(`http://127.0.0.1:${port}/v2/health/live`)).rejects.toThrow();
    const gone = mdeploy(['stop', name]);
    expect(gone.status).toBe(6);
    expect(gone.stderr).toMatch(/E_UNKNOWN_CONTAINER/);
  }, 240_000);

  it('stops and removes the container on Ctrl-C in the foreground', async () => {
    const port = await freePort();
    const name = `${PREFIX}-fg`;
    const proc = spawn(process.execPath, [join(ROOT, 'bin', 'run.js'), 'serve', join(ROOT, 'examples', 'half_plus_two'), '--docker', '--backend', 'onnx', '--name', name, '--port', String(port), '--grpc-port', '-1'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    for (let i = 0; i < 600 && !out.includes('Ctrl-C stops'); i++) await new Promise((r) => setTimeout(r, 200));
    expect(out).toMatch(/is AVAILABLE/);
    expect((await http(`http://127.0.0.1:${port}/v2/health/ready`)).status).toBe(200);
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toMatch(/Stopped and removed/);
    expect(await docker.listContainers({ all: true, filters: { name: [name] } })).toEqual([]);
  }, 240_000);

  it('explains a failed build: the base image is missing and no registry can be reached', () => {
    const missing = mdeploy(['build', join(ROOT, 'examples', 'half_plus_two'), '-t', `${PREFIX}/nobase:1`, '--base-image', 'mdeploy/node-base:0.0.0-missing'], { timeout: 300_000 });
    expect(missing.status).toBe(5);
    expect(missing.stderr).toMatch(/E_DOCKER_BUILD/);
    expect(missing.stderr).toMatch(/hint: .*mdeploy base-image --from-host/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    // The tf-serving template renders here but cannot be built without pulling tensorflow/serving.
    const ctx = join(work, 'tfs');
    expect(mdeploy(['scaffold', FIXTURE, '--template', 'tf-serving', '-o', ctx]).status).toBe(0);
    expect(readFileSync(join(ctx, 'Dockerfile'), 'utf8')).toMatch(/^ARG TF_SERVING_IMAGE=tensorflow\/serving:\d+\.\d+\.\d+$/m);
    expect(existsSync(join(ctx, 'models', 'saved_model_half_plus_two_cpu', '123', 'saved_model.pb'))).toBe(true);
    // An image that exists nowhere fails the same way whether or not a registry is reachable.
    const tfs = mdeploy(['build', ctx, '-t', `${PREFIX}/tfs:1`, '--build-arg', `TF_SERVING_IMAGE=${PREFIX}-nowhere/serving:1`], { timeout: 300_000 });
    expect(tfs.status).toBe(5);
    expect(tfs.stderr).toMatch(new RegExp(`hint: The base image ${PREFIX}-nowhere/serving:1 is not on this machine`));
    // Two builds, each bounded by its own 300 s limit above: the test allows them both.
  }, 600_000);
});

const EXAMPLE = join(ROOT, 'examples', 'half_plus_two');
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** What the container's own processes see: cgroup limits, capabilities, privileges, writable paths. */
function inside(container: string): { pids: string; memory: string; cpu: string; capEff: string; noNewPrivs: string; uid: number; rootWritable: boolean; tmpWritable: boolean; tmpExec: boolean } {
  // Node is the only program in the image (no shell); cgroup v1 and v2 paths both.
  const script = `const fs = require('fs');
const r = (p) => { try { return fs.readFileSync(p, 'utf8').trim(); } catch { return null; } };
const w = (p) => { try { fs.writeFileSync(p, '#!/usr/local/bin/node\\n', { mode: 0o755 }); return true; } catch { return false; } };
const st = r('/proc/self/status');
let tmpExec = false;
if (w('/tmp/x')) { try { require('child_process').execFileSync('/tmp/x'); tmpExec = true; } catch {} }
console.log(JSON.stringify({
  pids: r('/sys/fs/cgroup/pids.max') ?? r('/sys/fs/cgroup/pids/pids.max'),
  memory: r('/sys/fs/cgroup/memory.max') ?? r('/sys/fs/cgroup/memory/memory.limit_in_bytes'),
  cpu: r('/sys/fs/cgroup/cpu.max') ?? [r('/sys/fs/cgroup/cpu/cpu.cfs_quota_us'), r('/sys/fs/cgroup/cpu/cpu.cfs_period_us')].join(' '),
  capEff: /CapEff:\\s*(\\w+)/.exec(st)[1],
  noNewPrivs: /NoNewPrivs:\\s*(\\d)/.exec(st)[1],
  uid: process.getuid(),
  rootWritable: w('/x'),
  tmpWritable: w('/tmp/y'),
  tmpExec,
}));`;
  const r = spawnSync('docker', ['exec', container, '/usr/local/bin/node', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** CPUs of a cgroup CPU quota ("150000 100000" in v2, "quota period" in v1; "max"/-1 for none). */
function quotaCpus(cpu: string): number | undefined {
  const [quota, period] = cpu.split(' ');
  return quota === 'max' || quota === '-1' ? undefined : Number(quota) / Number(period);
}

describeWith(['docker'], 'serve --docker: names, limits and privileges', () => {
  let docker: Dockerode;
  let hostCpus: number;
  let danglingBefore: number;
  const images = async (repository: string): Promise<string[]> => (await docker.listImages({ filters: { reference: [repository] } })).flatMap((i) => i.RepoTags ?? [i.Id]);
  const containers = async (name: string): Promise<string[]> => (await docker.listContainers({ all: true, filters: { name: [`^/${name}$`] } })).map((c) => c.Names[0]!);
  const noStack = (stderr: string): void => expect(stderr).not.toMatch(/\n\s+at |internal error/);

  beforeAll(async () => {
    const { default: Docker } = await import('dockerode');
    docker = new Docker();
    hostCpus = (await docker.info()).NCPU;
    danglingBefore = (await docker.listImages({ filters: { dangling: ['true'] } })).length;
    const base = mdeploy(['base-image', '--from-host', '--json']);
    expect(base.status, base.stderr).toBe(0);
  }, 120_000);

  afterAll(async () => {
    const leftover = await removeLeftovers(docker);
    expect(leftover.map((c) => c.Names[0])).toEqual([]);
    expect((await docker.listImages({ filters: { dangling: ['true'] } })).length).toBe(danglingBefore);
  }, 120_000);

  it('refuses a one-character --name before building anything: exit 2, what names may hold, a name to use', async () => {
    const imagesBefore = await images('mdeploy/m');
    const r = mdeploy(['serve', EXAMPLE, '--docker', '--detach', '--name', 'm', '--grpc-port', '-1'], { timeout: 120_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/error E_USAGE: --name: container name "m" is too short: Docker container names are at least 2 characters/);
    expect(r.stderr).toMatch(/hint: Try --name mdeploy-m\./);
    expect(r.stderr).not.toMatch(/converting|image mdeploy\//);
    noStack(r.stderr);
    expect(await images('mdeploy/m')).toEqual(imagesBefore);
    expect(await containers('m')).toEqual([]);
    // The same with --image: --name only names the container there, and is checked as early.
    const withImage = mdeploy(['serve', '--docker', '--image', 'mdeploy/node-base:0.0.0-none', '--name=-x']);
    expect(withImage.status).toBe(2);
    expect(withImage.stderr).toMatch(/must start with a letter or digit[\s\S]*hint: Try --name mdeploy-x\./);
  });

  it('refuses bad --memory, --cpus and --pids-limit values as usage errors, all at once, before building', async () => {
    const name = `${PREFIX}-bad`;
    for (const [args, message] of [
      [['--memory', 'lots'], /--memory: "lots" is not a size/],
      [['--memory', '1MiB'], /--memory 1MiB is below the 64MiB/],
      [['--cpus', 'half'], /--cpus half is not a number of CPUs/],
      [['--cpus', String(hostCpus + 1)], new RegExp(`--cpus ${hostCpus + 1} is more than the ${hostCpus} CPUs of the Docker host`)],
      [['--pids-limit', '3'], /--pids-limit 3 is too low/],
      [['--memory', 'lots', '--cpus', '0', '--pids-limit', '3'], /3 problems with the options:\n {2}- --memory[\s\S]* {2}- --cpus[\s\S]* {2}- --pids-limit/],
    ] as const) {
      const r = mdeploy(['serve', EXAMPLE, '--docker', '--detach', '--name', name, ...args]);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/error E_USAGE/);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/hint: /);
      noStack(r.stderr);
    }
    // The limits only mean something for a container (oclif's dependsOn; the reason it gives is not asserted:
    // BaseCommand keeps only the first line of oclif's message).
    const local = mdeploy(['serve', EXAMPLE, '--memory', '1GiB']);
    expect(local.status).toBe(2);
    expect(local.stderr).toMatch(/error E_USAGE/);
    noStack(local.stderr);
    expect(await images(`mdeploy/${name}`)).toEqual([]);
    expect(await containers(name)).toEqual([]);
  });

  it('runs the container with memory (no swap) and pids limits, no capabilities or new privileges, read-only, on 127.0.0.1; the flags change the limits', async () => {
    const name = `${PREFIX}-limits`;
    const pids = Math.max(512, 16 * hostCpus);
    let port = await freePort();
    const up = mdeploy(['serve', EXAMPLE, '--docker', '--backend', 'onnx', '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1'], { timeout: 300_000 });
    expect(up.status, up.stderr + up.stdout).toBe(0);
    expect(up.stdout).toContain(`limit memory 2 GiB, pids ${pids}, CPUs no limit; read-only root, no capabilities`);
    let info = await docker.getContainer(name).inspect();
    expect(info.HostConfig).toMatchObject({ Memory: 2 * GiB, MemorySwap: 2 * GiB, PidsLimit: pids, NanoCpus: 0, ReadonlyRootfs: true, CapDrop: ['ALL'], SecurityOpt: ['no-new-privileges'] });
    expect(info.HostConfig.Tmpfs?.['/tmp']).toMatch(/(^|,)noexec(,|$)/);
    expect(info.HostConfig.PortBindings['8501/tcp']).toEqual([{ HostIp: '127.0.0.1', HostPort: String(port) }]);
    expect(info.NetworkSettings.Ports['8501/tcp']).toEqual([{ HostIp: '127.0.0.1', HostPort: String(port) }]);
    expect(info.NetworkSettings.Ports['8500/tcp'] ?? null).toBeNull();
    // What the kernel applies, seen from inside.
    const k = inside(name);
    expect(k).toMatchObject({ pids: String(pids), memory: String(2 * GiB), capEff: '0000000000000000', noNewPrivs: '1', uid: 10001, rootWritable: false, tmpWritable: true, tmpExec: false });
    expect(quotaCpus(k.cpu)).toBeUndefined();
    expect((await postJson(`http://127.0.0.1:${port}/v1/models/${name}:predict`, { instances: [[1.0]] })).json).toEqual({ predictions: [[2.5]] });
    expect(mdeploy(['stop', name]).status).toBe(0);

    // The same image (up to date) under other limits.
    const cpus = hostCpus >= 2 ? 1.5 : 0.5;
    port = await freePort();
    const again = mdeploy(['serve', EXAMPLE, '--docker', '--backend', 'onnx', '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1', '--memory', '768MiB', '--cpus', String(cpus), '--pids-limit', '200'], { timeout: 300_000 });
    expect(again.status, again.stderr + again.stdout).toBe(0);
    expect(again.stdout).toMatch(/up to date/);
    expect(again.stdout).toContain(`limit memory 768 MiB, pids 200, CPUs ${cpus}`);
    info = await docker.getContainer(name).inspect();
    expect(info.HostConfig).toMatchObject({ Memory: 768 * MiB, MemorySwap: 768 * MiB, PidsLimit: 200, NanoCpus: cpus * 1e9 });
    const k2 = inside(name);
    expect(k2).toMatchObject({ pids: '200', memory: String(768 * MiB) });
    expect(quotaCpus(k2.cpu)).toBeCloseTo(cpus, 5);
    expect((await postJson(`http://127.0.0.1:${port}/v1/models/${name}:predict`, { instances: [[3.0]] })).json).toEqual({ predictions: [[3.5]] });
    expect(mdeploy(['stop', name]).status).toBe(0);
    expect(await containers(name)).toEqual([]);
  }, 300_000);

  it('removes the image it has just built when the container then cannot start (its port is taken), and says so', async () => {
    const name = `${PREFIX}-busy`;
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    try {
      expect(await images(`mdeploy/${name}`)).toEqual([]);
      const r = mdeploy(['serve', EXAMPLE, '--docker', '--backend', 'onnx', '--detach', '--name', name, '--port', String(port), '--grpc-port', '-1'], { timeout: 300_000 });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`E_USAGE: container ${name} failed to start: port ${port} on 127\\.0\\.0\\.1 is already in use`));
      expect(r.stderr).toMatch(/hint: Pick another --port/);
      expect(r.stderr).toMatch(new RegExp(`hint: The image mdeploy/${name}:\\d+-onnx this command built was removed again`));
      noStack(r.stderr);
    } finally {
      busy.close();
    }
    expect(await images(`mdeploy/${name}`)).toEqual([]);
    expect(await containers(name)).toEqual([]);
  }, 300_000);
});
