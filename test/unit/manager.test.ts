/**
 * ModelManager's policies with a fake loader (as TF Serving tests its AspiredVersionsManager): which versions
 * load, which serve, when old ones unload, what a failed load leaves behind, config reloads; and the file-system
 * source's rule that a version directory still being copied is not offered.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../src/server/config.js';
import type { LoadedServable, VersionLoader } from '../../src/server/loader.js';
import { ModelManager, type AspiredVersion } from '../../src/server/manager.js';
import { applyPolicy, FileSystemSource } from '../../src/server/source.js';

/** A servable that counts requests running on it, and whose unload waits for them, as the real one does. */
class FakeServable implements LoadedServable {
  busy = 0;
  unloaded = false;
  readonly backend = 'fake';
  readonly runtime = 'fake';
  private idle: (() => void) | undefined;
  constructor(readonly version: number) {}
  /** Holds a request open until the returned function is called. */
  begin(): () => void {
    this.busy++;
    return () => {
      if (--this.busy === 0) this.idle?.();
    };
  }
  async unload(): Promise<void> {
    if (this.busy > 0) await new Promise<void>((r) => (this.idle = r));
    this.unloaded = true;
  }
}

interface Gate {
  promise: Promise<void>;
  open(): void;
}
const gate = (): Gate => {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
};

/** Loads instantly unless told otherwise: `fail` (by dir@stamp) throws, `hold` (by version) waits on a gate. */
class FakeLoader implements VersionLoader<FakeServable> {
  readonly fail = new Set<string>();
  readonly hold = new Map<number, Gate>();
  readonly loads: string[] = [];
  readonly loaded: FakeServable[] = [];
  async load(_config: ModelConfig, v: AspiredVersion): Promise<{ servable: FakeServable; warmup: string }> {
    this.loads.push(`${v.version}@${v.stamp}`);
    await this.hold.get(v.version)?.promise;
    if (this.fail.has(`${v.version}@${v.stamp}`)) throw new Error(`version ${v.version} is broken`);
    const s = new FakeServable(v.version);
    this.loaded.push(s);
    return { servable: s, warmup: 'none' };
  }
}

const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const config = (name: string): ModelConfig => ({ name, basePath: `/models/${name}`, single: false, policy: { kind: 'latest', count: 1 }, labels: new Map([['stable', 1]]), backend: 'auto' });
const v = (version: number, stamp = 'a'): AspiredVersion => ({ version, dir: `/models/m/${version}`, stamp });
const states = (m: ModelManager<FakeServable>, name = 'm'): string[] => m.status(name).map((s) => `${s.version}:${s.state}`);

function setup(): { loader: FakeLoader; manager: ModelManager<FakeServable> } {
  const loader = new FakeLoader();
  const manager = new ModelManager<FakeServable>(loader, quiet);
  manager.setConfigs([config('m')]);
  return { loader, manager };
}

describe('ModelManager', () => {
  it('serves the newest AVAILABLE version, a pinned version or a label', async () => {
    const { manager } = setup();
    await manager.aspire('m', [v(1), v(2)]);
    expect(states(manager)).toEqual(['2:AVAILABLE', '1:AVAILABLE']);
    expect(manager.get('m').version).toBe(2);
    expect(manager.get('m', { version: 1 }).version).toBe(1);
    expect(manager.get('m', { label: 'stable' }).version).toBe(1);
    expect(() => manager.get('m', { version: 3 })).toThrow(/Specific\(m, 3\)/);
    expect(() => manager.get('m', { label: 'canary' })).toThrow(/Unrecognized servable version label/);
    expect(() => manager.get('other')).toThrow(/Latest\(other\)/);
    expect(manager.ready()).toBe(true);
  });

  it('swaps versions without a gap: the new one loads first, the old one unloads after its requests finish', async () => {
    const { loader, manager } = setup();
    await manager.aspire('m', [v(1)]);
    const one = manager.get('m');
    const done = one.begin();
    loader.hold.set(2, gate());
    const swap = manager.aspire('m', [v(2)]);
    await Promise.resolve();
    // While 2 loads, 1 keeps serving.
    expect(states(manager)).toEqual(['2:LOADING', '1:AVAILABLE']);
    expect(manager.get('m').version).toBe(1);
    loader.hold.get(2)!.open();
    await new Promise((r) => setTimeout(r, 10));
    // 2 is up; 1 waits for its request in flight and new requests go to 2.
    expect(manager.get('m').version).toBe(2);
    expect(states(manager)).toEqual(['2:AVAILABLE', '1:UNLOADING']);
    expect(one.unloaded).toBe(false);
    done();
    await swap;
    expect(one.unloaded).toBe(true);
    expect(states(manager)).toEqual(['2:AVAILABLE']);
  });

  it('keeps the serving version when a new one fails, and retries the new one only when its files change', async () => {
    const { loader, manager } = setup();
    await manager.aspire('m', [v(1)]);
    loader.fail.add('2@half');
    await manager.aspire('m', [v(2, 'half')]);
    expect(manager.status('m').map((s) => [s.version, s.state, s.error_message])).toEqual([
      [2, 'END', 'version 2 is broken'],
      [1, 'AVAILABLE', ''],
    ]);
    expect(manager.get('m').version).toBe(1);
    expect(loader.loaded[0]!.unloaded).toBe(false);
    // Same files: no retry.
    await manager.aspire('m', [v(2, 'half')]);
    expect(loader.loads).toEqual(['1@a', '2@half']);
    // The copy completed: retried, and now the swap happens.
    await manager.aspire('m', [v(2, 'whole')]);
    expect(loader.loads).toEqual(['1@a', '2@half', '2@whole']);
    expect(states(manager)).toEqual(['2:AVAILABLE']);
    expect(loader.loaded[0]!.unloaded).toBe(true);
  });

  it('a model whose only version fails is not ready, and reports why', async () => {
    const { loader, manager } = setup();
    loader.fail.add('1@a');
    await manager.aspire('m', [v(1)]);
    expect(manager.ready()).toBe(false);
    expect(manager.status('m')).toEqual([{ version: 1, state: 'END', error_code: 'UNKNOWN', error_message: 'version 1 is broken' }]);
    expect(() => manager.get('m')).toThrow(/Latest\(m\)/);
  });

  it('unloads everything when a model leaves the config, and forgets it', async () => {
    const { loader, manager } = setup();
    await manager.aspire('m', [v(1)]);
    manager.setConfigs([config('n')]);
    expect(manager.names()).toEqual(['n']);
    // Gone for new requests at once.
    expect(() => manager.get('m')).toThrow(/Latest\(m\)/);
    await new Promise((r) => setTimeout(r, 10));
    expect(loader.loaded[0]!.unloaded).toBe(true);
    expect(() => manager.status('m')).toThrow(/Could not find any versions of model m/);
  });

  it('a model removed and added back before its unload finished stays configured (the setConfigs race)', async () => {
    const { loader, manager } = setup();
    await manager.aspire('m', [v(1)]);
    const done = manager.get('m').begin(); // keeps the unload waiting
    manager.setConfigs([]);
    manager.setConfigs([config('m')]);
    done();
    await new Promise((r) => setTimeout(r, 10));
    expect(manager.names()).toEqual(['m']);
    await manager.aspire('m', [v(1)]);
    expect(states(manager)).toEqual(['1:AVAILABLE']);
    expect(loader.loads).toEqual(['1@a', '1@a']);
    expect(manager.get('m').version).toBe(1);
  });
});

describe('version policies', () => {
  const all = [v(1), v(2), v(3)];
  it('latest N, all, specific', () => {
    expect(applyPolicy(all, { kind: 'latest', count: 1 }).map((x) => x.version)).toEqual([3]);
    expect(applyPolicy(all, { kind: 'latest', count: 2 }).map((x) => x.version)).toEqual([2, 3]);
    expect(applyPolicy(all, { kind: 'all' }).map((x) => x.version)).toEqual([1, 2, 3]);
    expect(applyPolicy(all, { kind: 'specific', versions: [1, 3, 7] }).map((x) => x.version)).toEqual([1, 3]);
  });
});

describe('FileSystemSource', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'mdeploy-unit-source-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('offers a version directory only once it has stopped changing for one poll', async () => {
    const base = join(tmp, 'model');
    const write = (rel: string, content: string): void => {
      mkdirSync(join(base, rel, '..'), { recursive: true });
      writeFileSync(join(base, rel), content);
    };
    write('1/saved_model.pb', 'one');
    const offered: number[][] = [];
    const target = { aspire: async (_name: string, versions: AspiredVersion[]) => void offered.push(versions.map((x) => x.version)) };
    const cfg: ModelConfig = { ...config('m'), basePath: base };
    const source = new FileSystemSource(target, () => [cfg], 0);
    await source.poll(); // start-up: what is there is served
    expect(offered).toEqual([[1]]);
    write('2/saved_model.pb', 'two'); // a copy starts: saved_model.pb first
    await source.poll();
    expect(offered).toEqual([[1]]); // version 2 is invisible (and latest:1 keeps 1)
    write('2/variables/variables.index', 'index'); // still copying
    await source.poll();
    expect(offered).toEqual([[1]]);
    await source.poll(); // unchanged for a whole poll: offered
    expect(offered).toEqual([[1], [2]]);
    await source.poll();
    expect(offered).toEqual([[1], [2]]); // nothing new, nothing sent
  });
});
