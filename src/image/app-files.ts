/**
 * The files of mdeploy's own server inside an image: bin/, dist/ and only the node_modules packages the
 * `serve` command reaches, plus the runtime of the chosen backend. Reachability is computed, not listed: the
 * static imports of dist/ are followed from the entry points, then each package's dependencies. Lazily loaded
 * runtimes are added per backend, as the target registry (src/convert/targets.ts) names them: an ONNX image
 * carries onnxruntime-node and no libtensorflow, a TFLite image LiteRT.js.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EXPORT_TARGETS, exportTarget, type ImageServing, type TargetName } from '../convert/targets.js';
import { MdeployError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';

/** How an image runs its model: the SavedModel itself on TensorFlow ("tf"), or converted to a target. */
export type ImageBackend = 'tf' | TargetName;

/** The SavedModel on libtensorflow, which tfjs-node loads on demand. */
const TF_PACKAGES = ['@tensorflow/tfjs-node'];

/** Every backend an image can have: "tf", then each target whose record says how images serve it. */
export const IMAGE_BACKENDS: readonly ImageBackend[] = ['tf', ...EXPORT_TARGETS.filter((t) => t.image).map((t) => t.name)];

/** How images serve a target's files (its registry record's `image`). */
export function imageServing(backend: TargetName): ImageServing {
  const serving = exportTarget(backend).image;
  if (!serving) throw new MdeployError('E_USAGE', `images cannot serve --to ${backend} files; --backend takes ${IMAGE_BACKENDS.join(', ')}`);
  return serving;
}

/** Runtimes loaded on demand (createRequire, import()), per backend. */
function backendPackages(backend: ImageBackend): string[] {
  return backend === 'tf' ? TF_PACKAGES : imageServing(backend).runtimePackages;
}

/** What the container runs: the CLI, the serve command, the inference worker and the health check. */
const ENTRIES = ['bin/run.js', 'dist/commands/serve.js', 'dist/runtime/worker.js', 'dist/image/healthcheck.js'];

export interface AppEntry {
  /** Path under app/ in the build context. */
  path: string;
  type: 'file' | 'symlink';
  source?: string;
  linkname?: string;
  mode?: number;
}

const BUILTINS = new Set(builtinModules);
const STATIC_IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g;

/** The bare package names imported statically by the entry files and the dist/ files they reach. */
export function reachablePackages(root = PACKAGE_ROOT, entries = ENTRIES): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const queue = entries.map((e) => resolve(root, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:') && !BUILTINS.has(spec)) packages.add(packageName(spec));
    }
  }
  return { packages, files };
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Finds a package the way Node does: node_modules of `from` and each parent directory. */
function locatePackage(name: string, from: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Package directories needed at run time: the roots and everything their dependencies pull in. */
export function packageClosure(roots: string[], root = PACKAGE_ROOT): string[] {
  const seen = new Set<string>();
  const queue: Array<[string, string]> = roots.map((n) => [n, root]);
  while (queue.length > 0) {
    const [name, from] = queue.pop()!;
    const dir = locatePackage(name, from);
    if (!dir) {
      if (from === root) throw new MdeployError('E_DEPENDENCY_MISSING', `the package ${name} is not installed, so it cannot go into the image`, { suggestions: ['Run `npm ci --ignore-scripts` in mdeploy\'s directory.'] });
      continue; // an optional dependency that is not installed
    }
    if (seen.has(dir)) continue;
    seen.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) queue.push([dep, dir]);
  }
  return [...seen].sort();
}

/** Files in packages that a server never reads. */
const SKIP_NAMES = /\.(d\.ts|d\.mts|d\.cts|map|md|markdown|ts\.map|tsbuildinfo)$|^(\.github|\.vscode|docs?|tests?|__tests__|examples?|benchmarks?|\.eslintrc.*|\.prettierrc.*|tsconfig.*\.json|CHANGELOG.*)$/i;

/** Per-package pruning: native binaries for other platforms, headers and build trees. */
function prune(pkgName: string, rel: string): boolean {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  if (pkgName === 'onnxruntime-node') {
    const m = /^bin\/napi-v\d+\/([^/]+)(?:\/([^/]+))?/.exec(rel);
    if (m && (m[1] !== 'linux' || (m[2] !== undefined && m[2] !== arch))) return true;
  }
  if (pkgName === '@tensorflow/tfjs-node' && /^(deps\/include|binding|src|scripts|build|python)(\/|$)/.test(rel)) return true;
  return false;
}

/**
 * Every file of the server for a backend, with its destination under app/. Symlinks inside a package stay
 * symlinks (libtensorflow.so → libtensorflow_cc.so.2 would otherwise be copied three times); links that point
 * outside (tfjs-node's libraries made by `doctor --fix-tfjs-node`) are replaced by the files they point to.
 */
export function appEntries(backend: ImageBackend, root = PACKAGE_ROOT): { entries: AppEntry[]; packages: string[] } {
  if (!existsSync(join(root, 'dist', 'commands', 'serve.js'))) {
    throw new MdeployError('E_DEPENDENCY_MISSING', 'mdeploy is not built (dist/ is missing)', { suggestions: ['Run `npm run build` in mdeploy\'s directory.'] });
  }
  const { packages } = reachablePackages(root);
  const dirs = packageClosure([...packages, ...backendPackages(backend)], root);
  const entries: AppEntry[] = [];
  // mdeploy itself: the CLI entry, the manifest, package.json (oclif reads its "oclif" section) and dist/.
  for (const f of ['package.json', 'oclif.manifest.json', 'bin/run.js']) entries.push({ path: f, type: 'file', source: join(root, f), mode: f.startsWith('bin/') ? 0o755 : 0o644 });
  const distFiles = walk(join(root, 'dist')).filter((f) => !/\.(d\.ts|map)$/.test(f));
  for (const f of distFiles) entries.push({ path: `dist/${f}`, type: 'file', source: join(root, 'dist', f) });
  for (const dir of dirs) {
    const rel = relative(root, dir).split(sep).join('/');
    const name = rel.slice(rel.lastIndexOf('node_modules/') + 'node_modules/'.length);
    for (const f of walk(dir, (r) => prune(name, r))) {
      const full = join(dir, f);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) {
        const target = readlinkSync(full);
        const resolved = resolve(dirname(full), target);
        if (!target.startsWith('/') && resolved.startsWith(dir + sep)) entries.push({ path: `${rel}/${f}`, type: 'symlink', linkname: target });
        else if (existsSync(resolved)) entries.push({ path: `${rel}/${f}`, type: 'file', source: realpathSync(resolved), mode: st.mode & 0o777 });
        continue;
      }
      entries.push({ path: `${rel}/${f}`, type: 'file', source: full, mode: st.mode & 0o111 ? 0o755 : 0o644 });
    }
  }
  return { entries, packages: dirs.map((d) => relative(root, d).split(sep).join('/')) };
}

/** Relative paths of the files (and symlinks) under `dir`, skipping nested node_modules and pruned paths. */
function walk(dir: string, skip: (rel: string) => boolean = () => false, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules') continue;
    const rel = prefix ? `${prefix}/${name}` : name;
    if (skip(rel)) continue;
    const full = join(dir, name);
    const st = lstatSync(full);
    if (st.isDirectory()) {
      if (SKIP_NAMES.test(name)) continue;
      out.push(...walk(full, skip, rel));
    } else if (!SKIP_NAMES.test(name) || /^LICEN[CS]E/i.test(name)) out.push(rel);
  }
  return out;
}
