/**
 * libtensorflow from a TensorFlow pip wheel, with no TensorFlow installed: pip only downloads the
 * `tensorflow-cpu` wheel (no venv, no install), and the C libraries and headers tfjs-node's binding needs are
 * unpacked from it (a wheel is a zip) into the user's cache, keyed by version, so every later clone reuses them.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execa } from 'execa';
import yauzl from 'yauzl';
import { MdeployError } from '../errors.js';
import { userCacheDir } from '../util/cache-dir.js';

/** The TensorFlow whose C API the binding is built against (the version this project tests with). */
export const DEFAULT_TENSORFLOW_VERSION = '2.21.0';
export const TENSORFLOW_WHEEL_PACKAGE = 'tensorflow-cpu';

/** Header directories the binding's sources include (found with `g++ -MM`); a few MB instead of ~300. */
export const HEADER_DIRS = ['tensorflow/c', 'tensorflow/core/platform', 'tsl/platform', 'xla/tsl/c'];
export const TENSORFLOW_LIBS = ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2'];

export interface WheelOptions {
  version?: string;
  /** The Python whose pip downloads the wheel (default python3). */
  python?: string;
  /** A wheel file already on disk: no download. */
  wheel?: string;
  /** Default: userCacheDir(). */
  cacheDir?: string;
  log?: (line: string) => void;
  /** pip's own output (its progress), line by line; default: dropped. */
  onOutput?: (chunk: string) => void;
}

export interface WheelTensorFlow {
  /** A directory laid out like site-packages/tensorflow: the two libraries and include/. */
  dir: string;
  version: string;
  wheel: string;
  /** True when the libraries were already unpacked in the cache. */
  cached: boolean;
}

/** Where one TensorFlow version's wheel and unpacked libraries live. */
export function wheelCacheDir(version = DEFAULT_TENSORFLOW_VERSION, cacheDir = userCacheDir()): string {
  return join(cacheDir, `${TENSORFLOW_WHEEL_PACKAGE}-${version}`);
}

/** The wheel pip put in `dir` for this version, if any (tensorflow_cpu-2.21.0-cp311-…-manylinux….whl). */
export function findWheel(dir: string, version: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const prefix = `${TENSORFLOW_WHEEL_PACKAGE.replace(/-/g, '_')}-${version}-`;
  const name = readdirSync(dir).find((n) => n.startsWith(prefix) && n.endsWith('.whl'));
  return name ? join(dir, name) : undefined;
}

/** Unpacked and complete (the marker is written last). */
function unpacked(dir: string): boolean {
  return existsSync(join(dir, '.complete')) && TENSORFLOW_LIBS.every((l) => existsSync(join(dir, l)));
}

export async function tensorflowFromWheel(options: WheelOptions = {}): Promise<WheelTensorFlow> {
  const log = options.log ?? (() => {});
  const version = options.version ?? DEFAULT_TENSORFLOW_VERSION;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new MdeployError('E_DEPENDENCY_MISSING', `the ${TENSORFLOW_WHEEL_PACKAGE} wheel route works on Linux x86_64 only (this is ${process.platform} ${process.arch})`, {
      suggestions: ['Install TensorFlow for this platform with pip and pass --tensorflow DIR (its site-packages/tensorflow directory).'],
    });
  }
  const root = wheelCacheDir(version, options.cacheDir);
  const dir = join(root, 'tensorflow');
  const wheelDir = join(root, 'wheel');
  if (unpacked(dir) && !options.wheel) {
    log(`using TensorFlow ${version} libraries cached in ${dir}`);
    return { dir, version, wheel: findWheel(wheelDir, version) ?? '', cached: true };
  }
  let wheel = options.wheel;
  if (wheel) {
    if (!existsSync(wheel) || !wheel.endsWith('.whl')) throw new MdeployError('E_PATH_NOT_FOUND', 'is not a wheel file (.whl)', { file: wheel });
  } else {
    wheel = findWheel(wheelDir, version) ?? (await downloadWheel(version, wheelDir, options));
  }
  log(`unpacking libtensorflow and its C headers from ${wheel} into ${dir}`);
  await unpackWheel(wheel, dir);
  return { dir, version, wheel, cached: false };
}

/** `python3 -m pip download --no-deps tensorflow-cpu==V -d DIR`, with failures that say what was tried. */
async function downloadWheel(version: string, wheelDir: string, options: WheelOptions): Promise<string> {
  const log = options.log ?? (() => {});
  const python = options.python ?? 'python3';
  const args = ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '--disable-pip-version-check', `${TENSORFLOW_WHEEL_PACKAGE}==${version}`, '-d', wheelDir];
  const tried = `${python} ${args.join(' ')}`;
  try {
    await execa(python, ['-m', 'pip', '--version'], { timeout: 60_000 });
  } catch (err) {
    throw new MdeployError('E_DEPENDENCY_MISSING', `${python} has no working pip (${firstLine(err)}), so the TensorFlow wheel cannot be fetched`, {
      suggestions: [
        'Install pip for python3 (Debian/Ubuntu: apt-get install python3-pip; or python3 -m ensurepip), then run this again.',
        'Or pass --wheel FILE (a tensorflow-cpu wheel fetched elsewhere), or --tensorflow DIR (an installed TensorFlow).',
      ],
    });
  }
  mkdirSync(wheelDir, { recursive: true });
  log(`downloading the ${TENSORFLOW_WHEEL_PACKAGE} ${version} wheel (about 270 MB, once per machine): ${tried}`);
  const started = Date.now();
  const sub = execa(python, args, { all: true, timeout: 30 * 60_000, reject: false });
  sub.all?.on('data', (d: Buffer) => options.onOutput?.(d.toString()));
  const r = await sub;
  const wheel = findWheel(wheelDir, version);
  if (r.exitCode !== 0 || !wheel) {
    const tail = String(r.all ?? '')
      .split('\n')
      .filter((l) => /^ERROR:/.test(l))
      .slice(-4)
      .join('\n  ');
    throw new MdeployError('E_DEPENDENCY_MISSING', `pip could not download ${TENSORFLOW_WHEEL_PACKAGE}==${version} (exit ${r.exitCode ?? r.signal})${tail ? `:\n  ${tail}` : ''}\n  tried: ${tried}`, {
      suggestions: [
        'pip must reach a TensorFlow wheel: PyPI online, or a local index set in pip.conf or PIP_INDEX_URL / PIP_FIND_LINKS.',
        'Or pass --wheel FILE (a tensorflow-cpu wheel fetched elsewhere), or --tensorflow DIR (an installed TensorFlow).',
      ],
    });
  }
  log(`downloaded ${wheel} (${(statSync(wheel).size / 2 ** 20).toFixed(0)} MiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return wheel;
}

/** The wheel entries tfjs-node's build needs, relative to the wheel's tensorflow/ directory. */
export function neededEntry(name: string): string | undefined {
  if (!name.startsWith('tensorflow/') || name.endsWith('/')) return undefined;
  const rel = name.slice('tensorflow/'.length);
  if (TENSORFLOW_LIBS.includes(rel)) return rel;
  if (rel.startsWith('include/') && HEADER_DIRS.some((d) => rel.startsWith(`include/${d}/`))) return rel;
  return undefined;
}

/** Unpacks into a private sibling and renames it into place, so a crash or a second process never sees half. */
async function unpackWheel(wheel: string, dir: string): Promise<void> {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const written: string[] = [];
  try {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(wheel, { lazyEntries: true, autoClose: true }, (err, z) => (err ? reject(err) : resolve(z))));
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const rel = neededEntry(entry.fileName);
        if (!rel || rel.split('/').includes('..')) {
          zip.readEntry();
          return;
        }
        const target = join(partial, rel);
        mkdirSync(dirname(target), { recursive: true });
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          pipeline(stream, createWriteStream(target, { mode: rel.endsWith('.so.2') ? 0o755 : 0o644 })).then(() => {
            written.push(rel);
            zip.readEntry();
          }, reject);
        });
      });
      zip.readEntry();
    });
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw new MdeployError('E_DEPENDENCY_MISSING', `cannot read the wheel (${firstLine(err)})`, { file: wheel, suggestions: ['The download may be damaged: delete it and run this again.'] });
  }
  const missing = TENSORFLOW_LIBS.filter((l) => !written.includes(l));
  if (missing.length || !written.includes('include/tensorflow/c/c_api.h')) {
    rmSync(partial, { recursive: true, force: true });
    throw new MdeployError('E_DEPENDENCY_MISSING', `has no tensorflow/${missing[0] ?? 'include/tensorflow/c/c_api.h'}: it is not a Linux ${TENSORFLOW_WHEEL_PACKAGE} or tensorflow wheel`, { file: wheel });
  }
  writeFileSync(join(partial, '.complete'), `${JSON.stringify({ wheel, files: written.length })}\n`);
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(partial, dir);
  } catch (err) {
    // Another process finished the same unpacking first: keep its copy.
    rmSync(partial, { recursive: true, force: true });
    if (!unpacked(dir)) throw err;
  }
}

function firstLine(err: unknown): string {
  const e = err as { shortMessage?: string; message?: string };
  return (e.shortMessage ?? e.message ?? String(err)).split('\n')[0]!;
}
