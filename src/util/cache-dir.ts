/** mdeploy's per-user cache: $XDG_CACHE_HOME/mdeploy, else ~/.cache/mdeploy (MDEPLOY_CACHE_DIR overrides). */
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const own = env['MDEPLOY_CACHE_DIR'];
  if (own) return own;
  // The XDG spec says to ignore relative values.
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg && isAbsolute(xdg)) return join(xdg, 'mdeploy');
  const home = env['HOME'] || homedir();
  return home ? join(home, '.cache', 'mdeploy') : join(tmpdir(), 'mdeploy-cache');
}
