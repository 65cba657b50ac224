/**
 * The file-system source, after TF Serving's FileSystemStoragePathSource: it polls each model's base path
 * (every second by default), applies the model's version policy to the numeric version directories it finds
 * (other entries are ignored), and tells the manager which versions should be served.
 *
 * A version directory that is still changing is not offered until it has looked the same for one whole poll
 * (a copy in progress); until then a new version is invisible, and a known one is offered as it was.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listVersions } from '../savedmodel/location.js';
import type { ModelConfig, VersionPolicy } from './config.js';
import type { AspiredVersion } from './manager.js';

/**
 * A cheap fingerprint of a version directory (names, sizes and times of its files, one level into
 * subdirectories). A version that failed to load is retried when this changes, so a directory that was
 * still being copied when first seen loads once the copy completes.
 */
export function versionStamp(dir: string): string {
  try {
    const st = statSync(dir);
    if (st.isFile()) return `${st.size}:${Math.round(st.mtimeMs)}`;
  } catch {
    return 'missing';
  }
  const parts: string[] = [];
  const add = (d: string, depth: number): void => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      parts.push(`${d}:missing`);
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      try {
        const st = statSync(p);
        if (st.isDirectory()) {
          if (depth > 0) add(p, depth - 1);
        } else parts.push(`${e}:${st.size}:${Math.round(st.mtimeMs)}`);
      } catch {
        parts.push(`${e}:gone`);
      }
    }
  };
  add(dir, 1);
  return parts.join('|');
}

/** Every version directory of a model (or the model itself, as version 1), with its stamp, oldest first. */
export function foundVersions(config: ModelConfig): AspiredVersion[] {
  if (config.single) return [{ version: 1, dir: config.basePath, stamp: versionStamp(config.basePath) }];
  const found = [...listVersions(config.basePath).entries()].sort((a, b) => a[0] - b[0]);
  return found.map(([version, dir]) => ({ version, dir, stamp: versionStamp(dir) }));
}


export function applyPolicy(versions: AspiredVersion[], policy: VersionPolicy): AspiredVersion[] {
  switch (policy.kind) {
    case 'all':
      return versions;
    case 'specific':
      return versions.filter((v) => policy.versions.includes(v.version));
    case 'latest':
      return versions.slice(-policy.count);
  }
}

/** Where the source sends its decisions (the ModelManager). */
export interface AspiredVersionsTarget {
  aspire(name: string, versions: AspiredVersion[]): Promise<void>;
}

export class FileSystemSource {
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private readonly last = new Map<string, string>();
  /** Directory → the stamp it was offered with. */
  private readonly settled = new Map<string, string>();
  /** Directory → the stamp seen on the last poll, not yet settled. */
  private readonly changing = new Map<string, string>();
  /** Models polled before: a model's first poll takes what is there as it is (like a server's start). */
  private readonly known = new Set<string>();

  constructor(
    private readonly manager: AspiredVersionsTarget,
    private readonly configs: () => ModelConfig[],
    private readonly pollMs: number,
  ) {}

  /**
   * A version as it may be offered now: settled if its files look as they did on the last poll (or on the
   * model's first poll, when what is there was put there before the model was configured), else as
   * previously offered.
   */
  private stable(v: AspiredVersion, firstLook: boolean): AspiredVersion | undefined {
    const settled = this.settled.get(v.dir);
    if (settled === v.stamp) return v;
    if (firstLook || this.changing.get(v.dir) === v.stamp) {
      this.settled.set(v.dir, v.stamp!);
      this.changing.delete(v.dir);
      return v;
    }
    this.changing.set(v.dir, v.stamp!);
    return settled !== undefined ? { ...v, stamp: settled } : undefined;
  }

  /** One pass over every model; resolves when the resulting loads/unloads are done. */
  poll(): Promise<void> {
    this.polling ??= (async () => {
      try {
        const work: Array<Promise<void>> = [];
        for (const c of this.configs()) {
          const firstLook = !this.known.has(c.name);
          this.known.add(c.name);
          const visible = foundVersions(c).flatMap((v) => this.stable(v, firstLook) ?? []);
          const aspired = applyPolicy(visible, c.policy);
          const key = JSON.stringify(aspired);
          if (this.last.get(c.name) === key) continue;
          this.last.set(c.name, key);
          work.push(this.manager.aspire(c.name, aspired));
        }
        await Promise.all(work);
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  /** Forgets what was seen, so the next poll re-sends every model (after a config reload). */
  reset(): void {
    this.last.clear();
  }

  start(): void {
    if (this.pollMs <= 0) return;
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
