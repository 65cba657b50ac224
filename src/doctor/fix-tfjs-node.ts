/**
 * Builds @tensorflow/tfjs-node's native binding against libtensorflow from a TensorFlow pip wheel.
 *
 * tfjs-node's own install script downloads libtensorflow 2.9.1 from storage.googleapis.com, which fails
 * offline and behind strict proxies; it is the most common install failure users report. A TensorFlow pip
 * wheel carries `libtensorflow_cc.so.2`, which exports the same C API, plus the C headers. This fills
 * tfjs-node's `deps/` from it and runs the package's own build (node-pre-gyp → node-gyp), which finds the
 * library already present and compiles the binding locally. The wheel is an installed TensorFlow when
 * Python has one, else the tensorflow-cpu wheel fetched by pip into the user's cache (tf-wheel.ts).
 *
 * The binding is always compiled here (never node-pre-gyp's prebuilt download), from its sources patched so a
 * failed Session run reports TensorFlow's status code (see patchRunErrorCode), which serving maps to gRPC and
 * HTTP statuses.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { execa } from 'execa';
import { MdeployError } from '../errors.js';
import { RUN_ERROR_WITH_CODE } from '../runtime/tf-status.js';
import { findPythonTensorFlow } from './checks.js';
import { HEADER_DIRS, tensorflowFromWheel, type WheelOptions } from './tf-wheel.js';

const require = createRequire(import.meta.url);

/** tfjs-node 4.x looks for this exact libtensorflow version in deps/lib. */
const TFJS_LIBTENSORFLOW_VERSION = '2.9.1';

export interface FixTfjsNodeOptions {
  /** The installed `tensorflow` package directory; found through Python when omitted. */
  tensorflowDir?: string;
  /** Use the tensorflow-cpu wheel (downloaded by pip, or `wheel.wheel`) even when Python has TensorFlow. */
  download?: boolean;
  /** Where the wheel comes from when no TensorFlow is installed (version, a local file, pip's Python). */
  wheel?: Omit<WheelOptions, 'log'>;
  log?: (line: string) => void;
  /** The @tensorflow/tfjs-node package to build (default: the one mdeploy resolves). */
  packageDir?: string;
}

export interface FixTfjsNodeResult {
  tensorflowDir: string;
  /** How libtensorflow was found: an installed TensorFlow, or the wheel (downloaded now or cached). */
  source: 'installed' | 'wheel' | 'cached-wheel' | 'given';
  packageDir: string;
  binding: string;
  /** Whether failed runs carry TensorFlow's status code: patched now, patched before, or skipped (unknown source). */
  runErrorCode: RunErrorPatch;
  seconds: number;
}

export function tfjsNodePackageDir(): string {
  try {
    return dirname(require.resolve('@tensorflow/tfjs-node/package.json'));
  } catch {
    throw new MdeployError('E_DEPENDENCY_MISSING', '@tensorflow/tfjs-node is not installed', { suggestions: ['Install dependencies first: npm ci --ignore-scripts'] });
  }
}

export type RunErrorPatch = 'patched' | 'already-patched' | 'skipped';

// tfjs-node 4.x's runSavedModel throws TF_Message(status) alone, so a NaN caught by CheckNumerics and a kernel's
// internal failure look the same to JavaScript.
const RUN_ERROR = /NAPI_THROW_ERROR\(env, "Session fail to run with error: %s",(\s*)TF_Message\(tf_status\.status\)\);/;

/**
 * Makes the binding's message for a failed Session run carry TF_GetCode (RUN_ERROR_WITH_CODE, which
 * src/runtime/tf-status.ts parses). Idempotent; a source that does not match (another tfjs-node version) is
 * left alone with a note, and runs then fall back to guessing the code from the message.
 */
export function patchRunErrorCode(packageDir: string, log: (line: string) => void = () => {}): RunErrorPatch {
  const file = join(packageDir, 'binding', 'tfjs_backend.cc');
  const source = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (source?.includes(`"${RUN_ERROR_WITH_CODE}"`)) return 'already-patched';
  if (!source || !RUN_ERROR.test(source)) {
    log(`note: ${file} ${source === undefined ? 'is missing' : 'does not have the expected runSavedModel error'}; not patched, so failed runs will carry no TensorFlow status code`);
    return 'skipped';
  }
  try {
    writeFileSync(file, source.replace(RUN_ERROR, `NAPI_THROW_ERROR(env, "${RUN_ERROR_WITH_CODE}",$1static_cast<int>(TF_GetCode(tf_status.status)),$1TF_Message(tf_status.status));`));
  } catch (err) {
    log(`note: could not patch ${file} (${(err as Error).message}); failed runs will carry no TensorFlow status code`);
    return 'skipped';
  }
  log(`patched ${file}: failed runs report TensorFlow's status code`);
  return 'patched';
}

/** Where Node's own headers are, so node-gyp does not try to download them. */
function nodeHeadersDir(): string | undefined {
  const prefix = (process.config.variables as { node_prefix?: string }).node_prefix;
  for (const dir of [prefix, dirname(dirname(process.execPath)), '/usr', '/usr/local']) {
    if (dir && existsSync(join(dir, 'include', 'node', 'node_api.h'))) return dir;
  }
  return undefined;
}

export async function fixTfjsNode(options: FixTfjsNodeOptions = {}): Promise<FixTfjsNodeResult> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  let tfDir = options.tensorflowDir;
  let source: FixTfjsNodeResult['source'] = 'given';
  if (!tfDir) {
    const found = options.download || options.wheel?.wheel ? undefined : await findPythonTensorFlow();
    if (found) {
      tfDir = found.dir;
      source = 'installed';
      log(`using TensorFlow ${found.version} from ${tfDir}`);
    } else {
      if (!options.download && !options.wheel?.wheel) log('no Python with TensorFlow was found; taking libtensorflow from the tensorflow-cpu wheel instead');
      const w = await tensorflowFromWheel({ ...options.wheel, log });
      tfDir = w.dir;
      source = w.cached ? 'cached-wheel' : 'wheel';
    }
  }
  const cc = join(tfDir, 'libtensorflow_cc.so.2');
  const fw = join(tfDir, 'libtensorflow_framework.so.2');
  const header = join(tfDir, 'include', 'tensorflow', 'c', 'c_api.h');
  for (const f of [cc, fw, header]) {
    if (!existsSync(f)) {
      throw new MdeployError('E_DEPENDENCY_MISSING', `not a TensorFlow package directory: ${f} is missing`, {
        file: tfDir,
        suggestions: ['Point --tensorflow at .../site-packages/tensorflow of an installed tensorflow or tensorflow-cpu wheel (Linux x86_64).'],
      });
    }
  }

  const pkg = options.packageDir ?? tfjsNodePackageDir();
  const runErrorCode = patchRunErrorCode(pkg, log);
  const deps = join(pkg, 'deps');
  const lib = join(deps, 'lib');
  log(`filling ${deps}`);
  // A binding left from an earlier build (or another TensorFlow) would be kept by node-pre-gyp; start clean.
  for (const stale of [deps, join(pkg, 'lib'), join(pkg, 'build')]) rmSync(stale, { recursive: true, force: true });
  mkdirSync(lib, { recursive: true });
  for (const sub of HEADER_DIRS) {
    const from = join(tfDir, 'include', sub);
    if (existsSync(from)) cpSync(from, join(deps, 'include', sub), { recursive: true, dereference: true });
  }
  const links: Array<[string, string]> = [
    ['libtensorflow_cc.so.2', cc],
    ['libtensorflow_framework.so.2', fw],
    ['libtensorflow.so', 'libtensorflow_cc.so.2'],
    [`libtensorflow.so.${TFJS_LIBTENSORFLOW_VERSION}`, 'libtensorflow_cc.so.2'],
    ['libtensorflow_framework.so', 'libtensorflow_framework.so.2'],
    [`libtensorflow_framework.so.${TFJS_LIBTENSORFLOW_VERSION}`, 'libtensorflow_framework.so.2'],
  ];
  for (const [name, target] of links) symlinkSync(target, join(lib, name));

  const headers = nodeHeadersDir();
  const binPaths = [join(pkg, 'node_modules', '.bin'), ...ancestorsBin(pkg)];
  const env: Record<string, string> = {
    PATH: [...binPaths, process.env['PATH'] ?? ''].join(delimiter),
    // Compile the (patched) sources even where node-pre-gyp could download tfjs-node's prebuilt binding.
    npm_config_build_from_source: 'true',
    ...(headers ? { npm_config_nodedir: headers } : {}),
  };
  log(`building the binding (node-gyp${headers ? `, Node headers from ${headers}` : ''})`);
  try {
    await execa(process.execPath, ['scripts/install.js'], { cwd: pkg, env, timeout: 600_000, all: true });
  } catch (err) {
    const out = ((err as { all?: string }).all ?? (err as Error).message).split('\n').slice(-12).join('\n');
    throw new MdeployError('E_DEPENDENCY_MISSING', `building the tfjs-node binding failed:\n${out}`, {
      suggestions: ['It needs python3, make and g++ (node-gyp), plus Node headers (npm_config_nodedir).'],
    });
  }
  // node-pre-gyp picks the highest N-API version both sides support: lib/napi-v<N>/tfjs_binding.node.
  const built = (existsSync(join(pkg, 'lib')) ? readdirSync(join(pkg, 'lib')) : [])
    .map((d) => join(pkg, 'lib', d, 'tfjs_binding.node'))
    .find((f) => existsSync(f));
  if (!built) throw new MdeployError('E_DEPENDENCY_MISSING', `the build finished but no ${join(pkg, 'lib', 'napi-v*', 'tfjs_binding.node')} exists`);
  return { tensorflowDir: tfDir, source, packageDir: pkg, binding: built, runErrorCode, seconds: (Date.now() - started) / 1000 };
}

/** node_modules/.bin directories above the package (node-pre-gyp is usually hoisted there). */
function ancestorsBin(dir: string): string[] {
  const out: string[] = [];
  let d = dir;
  for (;;) {
    const parent = dirname(d);
    if (parent === d) return out;
    if (d.endsWith('node_modules')) out.push(join(d, '.bin'));
    d = parent;
  }
}
