/**
 * The model manager, after TF Serving's AspiredVersionsManager: a source says which versions of each model
 * should be served; the manager loads new versions first and unloads old ones only once a newer version is
 * AVAILABLE (availability-preserving), lets requests already running on an old version finish, and keeps
 * the last good version when a new one fails to load (status reports the failure). Loading itself is the
 * loader's job (loader.ts), so the policies here are tested with a fake one.
 */
import type { ModelConfig } from './config.js';
import { ServingError } from './errors.js';
import type { LoadedServable, VersionLoader } from './loader.js';
import type { Logger } from './log.js';
import type { ServerMetrics } from './metrics.js';
import type { Servable } from './servable.js';

export type VersionState = 'START' | 'LOADING' | 'AVAILABLE' | 'UNLOADING' | 'END';

export interface VersionEntry<S> {
  version: number;
  dir: string;
  state: VersionState;
  /** TF Serving's status for the version: OK, or the load error. */
  error?: { code: string; message: string };
  servable?: S;
  stamp?: string;
}

export interface AspiredVersion {
  version: number;
  dir: string;
  /** Fingerprint of the version's files: a failed version is retried when it changes. */
  stamp?: string;
}

interface ModelEntry<S> {
  config: ModelConfig;
  versions: Map<number, VersionEntry<S>>;
  /** Serializes loads/unloads per model. */
  chain: Promise<void>;
  /** Taken out of the config and being unloaded; a later config may bring it back before that finishes. */
  removed: boolean;
}

export interface VersionStatus {
  version: number;
  state: VersionState;
  error_code: string;
  error_message: string;
}

export class ModelManager<S extends LoadedServable = Servable> {
  private readonly models = new Map<string, ModelEntry<S>>();

  constructor(
    private readonly loader: VersionLoader<S>,
    private readonly log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>,
    private readonly metrics?: Pick<ServerMetrics, 'setState' | 'loaded'>,
  ) {}

  /** The configured models (not those being removed). */
  names(): string[] {
    return [...this.models].filter(([, e]) => !e.removed).map(([n]) => n).sort();
  }

  config(name: string): ModelConfig | undefined {
    const e = this.models.get(name);
    return e && !e.removed ? e.config : undefined;
  }

  /** Replaces the set of models (a config reload): new ones are added, missing ones are unloaded. */
  setConfigs(configs: ModelConfig[]): void {
    const wanted = new Set(configs.map((c) => c.name));
    for (const c of configs) {
      const e = this.models.get(c.name);
      if (e) {
        e.config = c;
        e.removed = false;
      } else this.models.set(c.name, { config: c, versions: new Map(), chain: Promise.resolve(), removed: false });
    }
    for (const [name, e] of this.models) {
      if (wanted.has(name) || e.removed) continue;
      e.removed = true;
      this.log.info('model removed from the config; unloading', { model: name });
      // Forget it once unloaded, unless a later config brought it back meanwhile (then it stays, and loads again).
      void this.aspire(name, []).then(() => {
        if (this.models.get(name) === e && e.removed) this.models.delete(name);
      });
    }
  }

  private setState(name: string, v: VersionEntry<S>, state: VersionState): void {
    v.state = state;
    this.metrics?.setState(name, v.version, state);
  }

  /** Makes `versions` the served set of a model (loads first, unloads after). Resolves when done. */
  aspire(name: string, versions: AspiredVersion[]): Promise<void> {
    const model = this.models.get(name);
    if (!model) return Promise.resolve();
    model.chain = model.chain.then(() => this.apply(name, model, versions)).catch((err: unknown) => this.log.error('version transition failed', { model: name, error: String(err) }));
    return model.chain;
  }

  private async apply(name: string, model: ModelEntry<S>, aspired: AspiredVersion[]): Promise<void> {
    const want = new Map(aspired.map((a) => [a.version, a]));
    // Load what is new. A version that failed is retried when its files change (e.g. a copy finished).
    for (const a of [...aspired].sort((x, y) => x.version - y.version)) {
      const known = model.versions.get(a.version);
      if (known && !(known.state === 'END' && known.error && a.stamp !== undefined && known.stamp !== a.stamp)) continue;
      if (known) this.log.info('version changed on disk since it failed to load; retrying', { model: name, version: a.version });
      const entry: VersionEntry<S> = { version: a.version, dir: a.dir, state: 'START', stamp: a.stamp };
      model.versions.set(a.version, entry);
      this.setState(name, entry, 'LOADING');
      const t0 = performance.now();
      try {
        const fields = { model: name, version: a.version };
        const loaded = await this.loader.load(model.config, a, { warn: (m) => this.log.warn(m, fields), debug: (m, f) => this.log.debug(m, { ...fields, ...f }) });
        entry.servable = loaded.servable;
        this.metrics?.loaded(a.dir, true, (performance.now() - t0) / 1000);
        this.setState(name, entry, 'AVAILABLE');
        this.log.info('version available', { ...fields, backend: loaded.servable.backend, runtime: loaded.servable.runtime, loadMs: Math.round(performance.now() - t0), warmup: loaded.warmup });
      } catch (err) {
        entry.error = { code: 'UNKNOWN', message: (err as Error).message };
        this.metrics?.loaded(a.dir, false, (performance.now() - t0) / 1000);
        this.setState(name, entry, 'END');
        this.log.error('version failed to load; earlier versions keep serving', { model: name, version: a.version, error: (err as Error).message });
      }
    }
    // Unload what is no longer aspired, once something newer is serving (or the model is gone entirely).
    const available = [...model.versions.values()].filter((v) => v.state === 'AVAILABLE' && want.has(v.version));
    const newest = Math.max(-1, ...available.map((v) => v.version));
    for (const v of [...model.versions.values()]) {
      if (want.has(v.version)) continue;
      if (v.state === 'END') {
        model.versions.delete(v.version);
        continue;
      }
      if (v.state !== 'AVAILABLE') continue;
      if (aspired.length > 0 && newest < 0) continue; // nothing newer is serving yet: keep this one
      this.setState(name, v, 'UNLOADING');
      this.log.info('unloading version (waiting for requests in flight)', { model: name, version: v.version, inflight: v.servable?.busy ?? 0 });
      await v.servable?.unload();
      v.servable = undefined;
      this.setState(name, v, 'END');
      model.versions.delete(v.version);
      this.log.info('version unloaded', { model: name, version: v.version });
    }
  }

  /** The servable for a request: a version, a label, or the newest AVAILABLE version. */
  get(name: string, selector: { version?: number; label?: string } = {}): S {
    const model = this.models.get(name);
    if (!model || model.removed) throw new ServingError('NOT_FOUND', `Servable not found for request: Latest(${name})`);
    let version = selector.version;
    if (selector.label !== undefined) {
      version = model.config.labels.get(selector.label);
      if (version === undefined) throw new ServingError('INVALID_ARGUMENT', `Unrecognized servable version label: ${selector.label}`);
    }
    if (version !== undefined) {
      const v = model.versions.get(version);
      if (!v || v.state !== 'AVAILABLE' || !v.servable) throw new ServingError('NOT_FOUND', `Servable not found for request: Specific(${name}, ${version})`);
      return v.servable;
    }
    let best: VersionEntry<S> | undefined;
    for (const v of model.versions.values()) if (v.state === 'AVAILABLE' && v.servable && (!best || v.version > best.version)) best = v;
    if (!best) throw new ServingError('NOT_FOUND', `Servable not found for request: Latest(${name})`);
    return best.servable!;
  }

  status(name: string, selector: { version?: number; label?: string } = {}): VersionStatus[] {
    const model = this.models.get(name);
    if (!model || model.removed) throw new ServingError('NOT_FOUND', `Could not find any versions of model ${name}`);
    let versions = [...model.versions.values()];
    let wanted = selector.version;
    if (selector.label !== undefined) {
      wanted = model.config.labels.get(selector.label);
      if (wanted === undefined) throw new ServingError('INVALID_ARGUMENT', `Unrecognized servable version label: ${selector.label}`);
    }
    if (wanted !== undefined) {
      versions = versions.filter((v) => v.version === wanted);
      if (versions.length === 0) throw new ServingError('NOT_FOUND', `Could not find version ${wanted} of model ${name}`);
    }
    return versions
      .sort((a, b) => b.version - a.version)
      .map((v) => ({ version: v.version, state: v.state, error_code: v.error?.code ?? 'OK', error_message: v.error?.message ?? '' }));
  }

  /** Every AVAILABLE servable (for readiness and metrics). */
  servables(): S[] {
    const out: S[] = [];
    for (const m of this.models.values()) for (const v of m.versions.values()) if (v.state === 'AVAILABLE' && v.servable) out.push(v.servable);
    return out;
  }

  /** True when every configured model has at least one AVAILABLE version. */
  ready(): boolean {
    return [...this.models.values()].filter((m) => !m.removed).every((m) => [...m.versions.values()].some((v) => v.state === 'AVAILABLE'));
  }

  async close(): Promise<void> {
    await Promise.all(this.names().map((n) => this.aspire(n, [])));
  }
}
