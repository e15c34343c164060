import { test } from 'node:test';
import assert from 'node:assert/strict';
import { threadCpuMs } from '../../bench/thread-cpu.js';

// The benchmark's steadier figure rests on this clock: it must move with this thread's own work, and not with
// time spent waiting. (No timing target: on a loaded machine the busy loop simply runs longer in wall time.)

test('thread CPU time grows with work done on the thread and not with sleeping', async (t) => {
  const start = threadCpuMs();
  if (start === null) return t.skip('no /proc/thread-self on this system');
  let x = 0;
  const cap = performance.now() + 30_000;
  while (threadCpuMs()! - start < 200 && performance.now() < cap) for (let i = 0; i < 1e5; i++) x += Math.sqrt(i);
  assert.ok(x > 0);
  assert.ok(threadCpuMs()! - start >= 200, 'the thread clock did not reach 200 ms in 30 s of busy work');
  const beforeSleep = threadCpuMs()!;
  await new Promise((r) => setTimeout(r, 300));
  const idle = threadCpuMs()! - beforeSleep;
  assert.ok(idle < 100, `300 ms asleep counted ${idle} ms of CPU`);
});
