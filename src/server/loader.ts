/**
 * Loading one version of one model, behind a small interface (as TF Serving's Loader): the manager decides
 * which versions to load and unload and in what order; a loader only turns a directory into something that
 * serves, or fails. Tests give the manager a fake loader; the server gives it servableLoader.
 */
import type { ModelConfig } from './config.js';
import type { AspiredVersion } from './manager.js';
import type { ServerMetrics } from './metrics.js';
import { loadServable, type Servable, type ServableOptions } from './servable.js';
import { warmUp } from './warmup.js';

/** What the manager needs of a loaded version. */
export interface LoadedServable {
  /** Requests running on it now. */
  readonly busy: number;
  readonly backend: string;
  readonly runtime: string;
  /** Waits for requests in flight, then releases what it holds. */
  unload(): Promise<void>;
}

export interface LoadLog {
  warn(message: string): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

export interface Loaded<S> {
  servable: S;
  /** How it was warmed up, for the log ("3 file", "2 synthetic", "none"). */
  warmup: string;
}

export interface VersionLoader<S extends LoadedServable> {
  /** Loads and warms up one version; throws to fail the load (nothing may stay loaded then). */
  load(config: ModelConfig, version: AspiredVersion, log: LoadLog): Promise<Loaded<S>>;
}

/** The real loader: the version's files on the chosen backend, warmed up before anyone may call it. */
export function servableLoader(options: ServableOptions, metrics?: ServerMetrics): VersionLoader<Servable> {
  return {
    async load(config, version, log) {
      const servable = await loadServable(config.name, version.version, version.dir, {
        ...options,
        backend: config.backend,
        onWarning: (m) => log.warn(m),
        onBatch: (signature, rows) => metrics?.batchSize.observe({ model: config.name, signature }, rows),
      });
      try {
        const warm = await warmUp(servable, version.dir);
        if (warm.skipped.length) log.warn(`synthetic warm-up: the model rejected zeros for ${warm.skipped.join('; ')} (it ran, so the version loads)`);
        return { servable, warmup: warm.source === 'none' ? 'none' : `${warm.requests} ${warm.source}` };
      } catch (err) {
        await servable.unload();
        throw err;
      }
    },
  };
}
