/**
 * The image planner without Docker: the rendered Dockerfiles, configs and READMEs (snapshots), what goes
 * into the context per backend, and the helpers the build relies on.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_TARGETS } from '../../src/convert/targets.js';
import { appEntries, IMAGE_BACKENDS, packageClosure, reachablePackages } from '../../src/image/app-files.js';
import { imageBackendFlag, imageOptions } from '../../src/cli/image-flags.js';
import { parseLdd, rootfsEntries, splitTag } from '../../src/image/base-image.js';
import { baseImages, buildHint } from '../../src/image/build.js';
import { planImage, renderTemplate, type ImageInput } from '../../src/image/plan.js';
import { dockerignoreMatcher, imageName, requestExample, writeContext } from '../../src/image/scaffold.js';
import { readBatchingConfig, readModelConfigFile, readMonitoringConfig } from '../../src/server/config.js';
import { detectBackend } from '../../src/server/servable.js';
import { ROOT } from '../helpers/env.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-unit-image-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fixed input, so the rendered text is stable. */
function input(over: Partial<ImageInput> = {}): ImageInput {
  return {
    template: 'node',
    name: 'half_plus_two',
    version: 123,
    backend: 'onnx',
    baseImage: 'mdeploy/node-base:20.20.2',
    defaultBaseImage: 'mdeploy/node-base:20.20.2',
    tag: 'mdeploy/half_plus_two:123-onnx',
    mdeployVersion: '0.1.0',
    nodeVersion: '20.20.2',
    modelFiles: [{ path: 'half_plus_two.onnx', type: 'file', source: '/models/hpt.onnx' }],
    app: [{ path: 'bin/run.js', type: 'file', source: '/src/bin/run.js', mode: 0o755 }],
    appPackages: 84,
    batching: { maxBatchSize: 64, batchTimeoutMicros: 2000, maxEnqueuedBatches: 100, numBatchThreads: 2 },
    requestExample: '{"instances":[[0]]}',
    backendNote: 'Converted to onnx and validated against TensorFlow.',
    ...over,
  };
}

const text = (plan: ReturnType<typeof planImage>, path: string): string => plan.files.find((f) => f.path === path)!.content!;

describe('planImage', () => {
  it('renders the node template (snapshot) with a two-stage, non-root, health-checked, labelled Dockerfile', async () => {
    const plan = planImage(input());
    const dockerfile = text(plan, 'Dockerfile');
    await expect(dockerfile).toMatchFileSnapshot('__snapshots__/node.Dockerfile');
    await expect(text(plan, 'README.md')).toMatchFileSnapshot('__snapshots__/node.README.md');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER 10001:10001$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*CMD \[.*healthcheck\.js"\]$/m);
    expect(dockerfile).toMatch(/^EXPOSE 8501 8500$/m);
    for (const label of ['org.opencontainers.image.title="half_plus_two"', 'org.opencontainers.image.version="123"', 'mdeploy.model="half_plus_two"', 'mdeploy.version="123"']) expect(dockerfile).toContain(label);
    expect(plan.files.map((f) => f.path)).toEqual([
      'Dockerfile',
      '.dockerignore',
      'README.md',
      'models/models.config',
      'models/batching.config',
      'models/monitoring.config',
      'models/half_plus_two/123/half_plus_two.onnx',
      'app/bin/run.js',
    ]);
    expect(plan.labels).toMatchObject({ 'mdeploy.model': 'half_plus_two', 'mdeploy.version': '123', 'mdeploy.backend': 'onnx' });
  });

  it('renders the tf-serving template (snapshot): FROM tensorflow/serving:<tag>, TF Serving layout and configs', async () => {
    const plan = planImage(input({ template: 'tf-serving', backend: 'tf', tag: 'mdeploy/half_plus_two:123-tf-serving', baseImage: 'tensorflow/serving:2.18.0', modelFiles: [{ path: 'saved_model.pb', type: 'file', source: '/m/saved_model.pb' }, { path: 'variables/variables.index', type: 'file', source: '/m/variables/variables.index' }], app: [] }));
    const dockerfile = text(plan, 'Dockerfile');
    await expect(dockerfile).toMatchFileSnapshot('__snapshots__/tf-serving.Dockerfile');
    expect(baseImages(dockerfile)).toEqual(['tensorflow/serving:2.18.0']);
    expect(baseImages(dockerfile, { TF_SERVING_IMAGE: 'tensorflow/serving:2.17.0-gpu' })).toEqual(['tensorflow/serving:2.17.0-gpu']);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tensorflow_model_server"\]$/m);
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(cmd).toEqual(expect.arrayContaining(['--port=8500', '--rest_api_port=8501', '--model_config_file=/models/models.config', '--batching_parameters_file=/models/batching.config', '--monitoring_config_file=/models/monitoring.config']));
    // Every file the CMD names is in the context, under /models.
    for (const flag of cmd.filter((c) => c.includes('/models/'))) expect(plan.files.map((f) => `/${f.path}`)).toContain(flag.split('=')[1]);
    const healthcheck = JSON.parse(/CMD (\["\/bin\/bash".*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(healthcheck[2]).toContain('GET /v1/models/half_plus_two HTTP/1.0\\r\\n\\r\\n');
    expect(plan.files.map((f) => f.path)).toContain('models/half_plus_two/123/saved_model.pb');
    expect(plan.files.some((f) => f.path.startsWith('app/'))).toBe(false);
  });

  it('writes configs that TF Serving\'s own parsers (and mdeploy\'s) read back', () => {
    const plan = planImage(input({ template: 'tf-serving', backend: 'tf', baseImage: 'tensorflow/serving:2.18.0', modelFiles: [], app: [] }));
    const dir = join(tmp, 'ctx');
    writeContext(plan, dir);
    const [model] = readModelConfigFile(join(dir, 'models', 'models.config'));
    expect(model).toMatchObject({ name: 'half_plus_two', basePath: '/models/half_plus_two', policy: { kind: 'latest', count: 1 } });
    expect(readBatchingConfig(join(dir, 'models', 'batching.config'))).toEqual({ maxBatchSize: 64, batchTimeoutMicros: 2000, maxEnqueuedBatches: 100, numBatchThreads: 2 });
    expect(readMonitoringConfig(join(dir, 'models', 'monitoring.config'))).toEqual({ enabled: true, path: '/monitoring/prometheus/metrics' });
    expect(() => writeContext(plan, dir)).toThrow(/already exists/);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(text(plan, 'Dockerfile'));
  });

  it('plans a TFLite image in TF Serving\'s TFLite layout (model.tflite, platform "tensorflow"), which the server reads as a LiteRT model', () => {
    const lite = join(ROOT, 'test', 'fixtures', 'tfserving', 'saved_model_half_plus_two_tflite_with_sigdef', '00000123', 'model.tflite');
    const plan = planImage(input({ backend: 'tflite', tag: 'mdeploy/half_plus_two:123-tflite', modelFiles: [{ path: 'model.tflite', type: 'file', source: lite }], app: [] }));
    expect(plan.files.map((f) => f.path)).toContain('models/half_plus_two/123/model.tflite');
    expect(plan.labels).toMatchObject({ 'mdeploy.backend': 'tflite' });
    expect(text(plan, 'Dockerfile')).toContain('mdeploy.backend="tflite"');
    const dir = join(tmp, 'ctx-tflite');
    writeContext(plan, dir);
    expect(readModelConfigFile(join(dir, 'models', 'models.config'))[0]).toMatchObject({ name: 'half_plus_two', basePath: '/models/half_plus_two', backend: 'auto' });
    expect(text(plan, 'models/models.config')).toContain('model_platform: "tensorflow"');
    expect(detectBackend(join(dir, 'models', 'half_plus_two', '123'))).toBe('litert');
  });

  it('refuses a non-SavedModel backend for tf-serving, and unknown template variables', () => {
    expect(() => planImage(input({ template: 'tf-serving', backend: 'onnx' }))).toThrow(/SavedModels only/);
    expect(() => renderTemplate('{{name}} {{nope}}', { name: 'x' })).toThrow(/"nope" has no value/);
    expect(renderTemplate('a {{b}} c', { b: 1 })).toBe('a 1 c');
  });
});

describe('image backends come from the target registry', () => {
  it('are "tf" and every target whose record says how images serve it, in --backend\'s options', () => {
    expect(IMAGE_BACKENDS).toEqual(['tf', ...EXPORT_TARGETS.filter((t) => t.image).map((t) => t.name)]);
    expect(IMAGE_BACKENDS).toEqual(['tf', 'tfjs', 'onnx', 'tflite']);
    expect(imageBackendFlag.options).toEqual(['auto', ...IMAGE_BACKENDS]);
    // serve's own --backend names runtimes: its litert (LiteRT.js) is the tflite image.
    expect(imageOptions('m', { template: 'node', backend: 'litert' }).backend).toBe('tflite');
    expect(imageOptions('m', { template: 'node' }).backend).toBe('auto');
  });
});

describe('what goes into a node image', () => {
  it('follows dist/\'s static imports to its packages', () => {
    const { packages } = reachablePackages(ROOT);
    expect([...packages].sort()).toEqual(['@grpc/grpc-js', '@oclif/core', 'flatbuffers', 'prom-client', 'protobufjs', 'snappyjs']);
  });

  it('carries libtensorflow only for the tf backend, and only this platform\'s onnxruntime binaries', () => {
    // A stand-in install tree, so this needs neither a build nor tfjs-node's native binding.
    const root = standInRoot();
    const onnx = appEntries('onnx', root);
    const tf = appEntries('tf', root);
    const tfjs = appEntries('tfjs', root);
    const tflite = appEntries('tflite', root);
    const paths = (e: typeof onnx) => e.entries.map((x) => x.path);
    // The TFLite image carries LiteRT.js (and its WebAssembly) and neither libtensorflow nor onnxruntime.
    expect(paths(tflite)).toEqual(expect.arrayContaining(['node_modules/@litertjs/core/wasm/litert_wasm_internal.wasm', 'node_modules/@litertjs/wasm-utils/index.js']));
    expect(paths(tflite).some((p) => p.includes('libtensorflow') || p.includes('onnxruntime'))).toBe(false);
    expect(paths(onnx).some((p) => p.includes('@litertjs'))).toBe(false);
    expect(paths(onnx).some((p) => p.includes('libtensorflow'))).toBe(false);
    expect(paths(tfjs).some((p) => p.includes('libtensorflow'))).toBe(false);
    expect(paths(tf).some((p) => p.endsWith('deps/lib/libtensorflow_cc.so.2'))).toBe(true);
    // libtensorflow.so is a link to libtensorflow_cc.so.2, not a third copy.
    expect(tf.entries.find((e) => e.path.endsWith('deps/lib/libtensorflow.so'))).toMatchObject({ type: 'symlink', linkname: 'libtensorflow_cc.so.2' });
    // A link out of the package (what `doctor --fix-tfjs-node` makes) becomes the file it points to.
    expect(tf.entries.find((e) => e.path.endsWith('deps/lib/libtensorflow_framework.so.2'))).toMatchObject({ type: 'file', source: join(root, 'wheel', 'libtensorflow_framework.so.2') });
    expect(paths(tf).some((p) => /tfjs-node\/(deps\/include|binding)\//.test(p))).toBe(false);
    const ort = paths(onnx).filter((p) => p.includes('onnxruntime-node/bin/'));
    expect(ort).toEqual([`node_modules/onnxruntime-node/bin/napi-v6/linux/${process.arch === 'arm64' ? 'arm64' : 'x64'}/onnxruntime_binding.node`]);
    expect(paths(onnx)).toContain('dist/image/healthcheck.js');
    expect(paths(onnx)).toContain('node_modules/tdigest/index.js');
    expect(paths(onnx).some((p) => p.endsWith('.d.ts') || p.endsWith('.map'))).toBe(false);
    expect(packageClosure(['prom-client'], ROOT).map((d) => d.split('node_modules/').pop())).toEqual(['@opentelemetry/api', 'bintrees', 'prom-client', 'tdigest']);
  });
});

/** The layout appEntries reads: bin/, dist/ entry points that import a package, and the backends' packages. */
function standInRoot(): string {
  const root = join(tmp, 'stand-in');
  const file = (rel: string, content = ''): void => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  };
  const pkg = (name: string, deps: Record<string, string> = {}): void => file(`node_modules/${name}/package.json`, JSON.stringify({ name, dependencies: deps }));
  file('package.json', '{"name":"mdeploy"}');
  file('oclif.manifest.json', '{}');
  file('bin/run.js', "import '../dist/commands/serve.js';\n");
  file('dist/commands/serve.js', "import { Counter } from 'prom-client';\nimport '../server/index.js';\n");
  file('dist/commands/serve.d.ts', 'export {};');
  file('dist/server/index.js', 'export {};');
  file('dist/runtime/worker.js', 'export {};');
  file('dist/image/healthcheck.js', 'export {};');
  pkg('prom-client', { tdigest: '1' });
  file('node_modules/prom-client/index.js');
  pkg('tdigest');
  file('node_modules/tdigest/index.js');
  pkg('onnxruntime-node');
  for (const p of ['linux/x64', 'linux/arm64', 'darwin/arm64', 'win32/x64']) file(`node_modules/onnxruntime-node/bin/napi-v6/${p}/onnxruntime_binding.node`);
  pkg('@tensorflow/tfjs-node');
  file('node_modules/@tensorflow/tfjs-node/deps/lib/libtensorflow_cc.so.2', 'ELF');
  symlinkSync('libtensorflow_cc.so.2', join(root, 'node_modules/@tensorflow/tfjs-node/deps/lib/libtensorflow.so'));
  file('wheel/libtensorflow_framework.so.2', 'ELF');
  symlinkSync(join(root, 'wheel', 'libtensorflow_framework.so.2'), join(root, 'node_modules/@tensorflow/tfjs-node/deps/lib/libtensorflow_framework.so.2'));
  file('node_modules/@tensorflow/tfjs-node/deps/include/tensorflow/c/c_api.h');
  file('node_modules/@tensorflow/tfjs-node/binding/tfjs_backend.cc');
  for (const name of ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-converter']) pkg(name);
  pkg('@litertjs/core', { '@litertjs/wasm-utils': '2' });
  file('node_modules/@litertjs/core/wasm/litert_wasm_internal.wasm', 'WASM');
  pkg('@litertjs/wasm-utils');
  file('node_modules/@litertjs/wasm-utils/index.js');
  return root;
}

describe('helpers', () => {
  it('parses ldd output', () => {
    const out = '\tlinux-vdso.so.1 (0x00007ffd)\n\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f48)\n\t/lib64/ld-linux-x86-64.so.2 (0x00007f48)\n\tlibfoo.so => not found\n';
    expect(parseLdd(out)).toEqual(['/lib/x86_64-linux-gnu/libstdc++.so.6', '/lib64/ld-linux-x86-64.so.2']);
  });

  it('lays out a root filesystem with a non-root user and a sticky /tmp', () => {
    const entries = rootfsEntries({ nodeBinary: '/usr/bin/node', libraries: new Map([['/lib/x86_64-linux-gnu/libc.so.6', '/usr/lib/x86_64-linux-gnu/libc.so.6']]) });
    expect(entries.find((e) => e.name === 'tmp')).toMatchObject({ type: 'directory', mode: 0o1777 });
    expect(entries.find((e) => e.name === 'etc/passwd')!.content).toMatch(/^mdeploy:x:10001:10001:/m);
    expect(entries.find((e) => e.name === 'usr/local/bin/node')).toMatchObject({ mode: 0o755, source: '/usr/bin/node' });
    expect(entries.map((e) => e.name)).toContain('lib/x86_64-linux-gnu');
    expect(entries.find((e) => e.name === 'lib/x86_64-linux-gnu/libc.so.6')!.source).toBe('/usr/lib/x86_64-linux-gnu/libc.so.6');
  });

  it('says which base image to build or load when the daemon cannot pull', () => {
    expect(buildHint('pull access denied for mdeploy/node-base, repository does not exist', ['mdeploy/node-base:20.20.2'])[0]).toMatch(/mdeploy base-image --from-host/);
    expect(buildHint('Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host', ['tensorflow/serving:2.18.0'])[0]).toMatch(/tensorflow\/serving:2\.18\.0 .*docker load/);
    expect(buildHint('COPY failed: file not found in build context', [])[0]).toMatch(/scaffold/);
  });

  it('reads .dockerignore patterns', () => {
    const ignored = dockerignoreMatcher('# comment\nREADME.md\n*.log\napp/**/test\n!keep.log\n');
    expect(['README.md', 'x.log', 'app/a/b/test', 'app/a/b/test/x.js'].map(ignored)).toEqual([true, true, true, true]);
    expect(['keep.log', 'models/README.md', 'app/x.js'].map(ignored)).toEqual([false, false, false]);
  });

  it('names images and tags the way Docker accepts', () => {
    expect(imageName('Half_Plus.Two')).toBe('half_plus.two');
    expect(imageName('my model/v2')).toBe('my-model-v2');
    expect(splitTag('localhost:5000/a/b:1.2')).toEqual(['localhost:5000/a/b', '1.2']);
    expect(splitTag('localhost:5000/a/b')).toEqual(['localhost:5000/a/b', 'latest']);
  });

  it('writes a request example that fits the signature', () => {
    expect(requestExample({ x: { name: 'x:0', dtype: 'DT_FLOAT', shape: [-1, 1] } })).toBe('{"instances":[[0]]}');
    expect(requestExample({ image: { name: 'i', dtype: 'DT_FLOAT', shape: [-1, 224, 224, 3] } })).toBe('{"instances":[<224x224x3 float>]}');
    expect(requestExample({ a: { name: 'a', dtype: 'DT_INT64', shape: [-1, 2] }, b: { name: 'b', dtype: 'DT_STRING', shape: [-1] } })).toBe('{"instances":[{"a":[0,0],"b":""}]}');
  });
});
