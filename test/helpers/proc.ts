/** Processes seen from /proc, for tests that check nothing is left running. */
import { readdirSync, readFileSync } from 'node:fs';

/** True while the process exists and is not a zombie (an exited child nobody reaped yet). */
export function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Inference worker processes (runtime/worker.js) whose parent is `ppid` and that are still running. */
export function workerPids(ppid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === ppid && running(Number(d)) && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('runtime/worker.js') ? [Number(d)] : [];
      } catch {
        return [];
      }
    });
}
