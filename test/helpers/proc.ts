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

/** The nice value of each thread of `pid` (field 19 of /proc/<pid>/task/<tid>/stat), by thread id. */
export function threadNices(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name: state is field 3, nice is field 19.
      out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}
