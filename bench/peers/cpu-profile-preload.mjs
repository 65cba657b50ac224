// Preloaded with NODE_OPTIONS="--import …/cpu-profile-preload.mjs" by bench/serve.mjs --profile: a CPU profile of
// every Node process and thread of a server, written into $MDEPLOY_BENCH_PROFILE_DIR when it exits.
// `node --cpu-prof` does the same for one process, but Node refuses it in NODE_OPTIONS, and mdeploy forks its
// inference workers with execArgv [] (src/runtime/pool.ts), so the flag would not reach them; the environment does.
import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';

const dir = process.env.MDEPLOY_BENCH_PROFILE_DIR;
if (dir) {
  const role = !isMainThread ? `thread${threadId}` : process.send ? 'worker-process' : 'main';
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  // A same-thread inspector session answers synchronously, so this works inside 'exit'.
  process.on('exit', () => {
    session.post('Profiler.stop', (err, res) => {
      if (err) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `CPU.${role}.${process.pid}.cpuprofile`), JSON.stringify(res.profile));
    });
  });
}
