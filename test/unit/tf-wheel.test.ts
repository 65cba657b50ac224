/**
 * libtensorflow from a wheel: what is taken out of it, where it is cached, and that a second run reuses the
 * cache. The wheel here is a stand-in zip with a real wheel's layout; the real download and build run in
 * scripts/fresh-check.sh (CI).
 */
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TENSORFLOW_VERSION, neededEntry, tensorflowFromWheel, wheelCacheDir } from '../../src/doctor/tf-wheel.js';
import { isMdeployError } from '../../src/errors.js';
import { userCacheDir } from '../../src/util/cache-dir.js';
import { ROOT } from '../helpers/env.js';

const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-unit-wheel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function zip(file: string, entries: Record<string, string>): Promise<string> {
  const z = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) z.addBuffer(Buffer.from(content), name);
  z.end();
  await new Promise<void>((resolve, reject) => z.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject));
  return file;
}

const WHEEL_ENTRIES = {
  'tensorflow/libtensorflow_cc.so.2': 'cc',
  'tensorflow/libtensorflow_framework.so.2': 'fw',
  'tensorflow/include/tensorflow/c/c_api.h': '/* c api */',
  'tensorflow/include/tensorflow/c/eager/c_api.h': '/* eager */',
  'tensorflow/include/tsl/platform/status.h': '/* tsl */',
  'tensorflow/include/tensorflow/core/framework/tensor.h': '/* not needed by the binding */',
  'tensorflow/python/_pywrap_tensorflow_internal.so': 'not needed',
  'tensorflow_cpu-2.21.0.dist-info/METADATA': 'Name: tensorflow-cpu',
};

describe('tensorflow from a wheel', () => {
  it('takes only the two libraries and the headers the binding includes', () => {
    expect(neededEntry('tensorflow/libtensorflow_cc.so.2')).toBe('libtensorflow_cc.so.2');
    expect(neededEntry('tensorflow/include/tensorflow/c/c_api.h')).toBe('include/tensorflow/c/c_api.h');
    expect(neededEntry('tensorflow/include/xla/tsl/c/tsl_status.h')).toBe('include/xla/tsl/c/tsl_status.h');
    expect(neededEntry('tensorflow/include/tensorflow/core/framework/tensor.h')).toBeUndefined();
    expect(neededEntry('tensorflow/python/_pywrap_tensorflow_internal.so')).toBeUndefined();
    expect(neededEntry('tensorflow/include/tensorflow/c/')).toBeUndefined();
  });

  it('unpacks into the cache keyed by version, and reuses it on the next run', async () => {
    const wheel = await zip(join(tmp, 'tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl'), WHEEL_ENTRIES);
    const cacheDir = join(tmp, 'cache');
    const first = await tensorflowFromWheel({ wheel, cacheDir, version: '2.21.0' });
    expect(first.cached).toBe(false);
    expect(first.dir).toBe(join(wheelCacheDir('2.21.0', cacheDir), 'tensorflow'));
    expect(readFileSync(join(first.dir, 'libtensorflow_cc.so.2'), 'utf8')).toBe('cc');
    expect(readFileSync(join(first.dir, 'include', 'tensorflow', 'c', 'eager', 'c_api.h'), 'utf8')).toBe('/* eager */');
    expect(existsSync(join(first.dir, 'include', 'tensorflow', 'core', 'framework'))).toBe(false);
    expect(existsSync(join(first.dir, 'python'))).toBe(false);
    // Nothing half-done is left beside it.
    expect(readdirSync(wheelCacheDir('2.21.0', cacheDir))).toEqual(['tensorflow']);

    const logs: string[] = [];
    const second = await tensorflowFromWheel({ cacheDir, version: '2.21.0', log: (l) => logs.push(l) });
    expect(second).toMatchObject({ dir: first.dir, cached: true });
    expect(logs.join('\n')).toMatch(/cached/);
  });

  it('refuses a wheel that holds no libtensorflow, and leaves no partial copy', async () => {
    const { 'tensorflow/libtensorflow_cc.so.2': _cc, ...rest } = WHEEL_ENTRIES;
    void _cc;
    const wheel = await zip(join(tmp, 'tensorflow_cpu-9.9.9-py3-none-any.whl'), rest);
    const cacheDir = join(tmp, 'cache-bad');
    const err = await tensorflowFromWheel({ wheel, cacheDir, version: '9.9.9' }).catch((e: unknown) => e);
    expect(isMdeployError(err) && err.code).toBe('E_DEPENDENCY_MISSING');
    expect((err as Error).message).toMatch(/no tensorflow\/libtensorflow_cc\.so\.2: it is not a Linux tensorflow-cpu or tensorflow wheel/);
    expect(existsSync(wheelCacheDir('9.9.9', cacheDir)) ? readdirSync(wheelCacheDir('9.9.9', cacheDir)) : []).toEqual([]);
  });

  it('a damaged wheel is a typed error that says to fetch it again', async () => {
    const file = join(tmp, 'tensorflow_cpu-8.0.0-cp311-cp311-manylinux_2_27_x86_64.whl');
    await zip(file, WHEEL_ENTRIES);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 30));
    const err = await tensorflowFromWheel({ wheel: file, cacheDir: join(tmp, 'cache-damaged'), version: '8.0.0' }).catch((e: unknown) => e);
    expect(isMdeployError(err) && err.code).toBe('E_DEPENDENCY_MISSING');
    expect((err as Error & { suggestions?: string[] }).suggestions?.join(' ')).toMatch(/damaged/);
  });

  it('caches under XDG_CACHE_HOME or ~/.cache, keyed by version', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache/mdeploy');
    expect(userCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.cache/mdeploy');
    expect(userCacheDir({ HOME: '/home/u' })).toBe('/home/u/.cache/mdeploy');
    expect(userCacheDir({ MDEPLOY_CACHE_DIR: '/c', HOME: '/home/u' })).toBe('/c');
    expect(wheelCacheDir('2.21.0', '/c')).toBe('/c/tensorflow-cpu-2.21.0');
  });

  it('the test venv installs the same TensorFlow the binding is built against', () => {
    const req = readFileSync(join(ROOT, 'test', 'python', 'requirements.txt'), 'utf8');
    expect(req).toMatch(new RegExp(`^tensorflow-cpu==${DEFAULT_TENSORFLOW_VERSION.replace(/\./g, '\\.')}$`, 'm'));
  });
});
