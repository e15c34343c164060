// CPU time of the calling thread, from /proc/thread-self/stat (Linux). Wall-clock time on a shared machine counts
// whatever else runs; this thread's own user + system time does not, so it gives a steadier words/s. The kernel
// counts it in ticks of 1/100 s (USER_HZ), so only sums over many short intervals are meaningful.
import { readFileSync } from 'node:fs';

const USER_HZ = 100;

/** Milliseconds of CPU this thread has used, or null where /proc/thread-self is not available. */
export function threadCpuMs(): number | null {
  let stat: string;
  try {
    stat = readFileSync('/proc/thread-self/stat', 'latin1');
  } catch {
    return null;
  }
  // the command name in brackets may hold spaces: the fields are counted after its closing bracket
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // (after the bracket: state is field 3 of the whole line, utime 14 and stime 15)
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return ((utime + stime) * 1000) / USER_HZ;
}
