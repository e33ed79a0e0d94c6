// CPU time spent by this test process since `start()`: the bound "does not run away" without wall
// time, which a loaded machine stretches (a test's process waits for a core; its CPU time does not
// grow). Vitest runs each file in its own fork (vitest.config.ts: pool "forks"), so the figure is
// the test's own work.
export function cpuClock() {
  const started = process.cpuUsage();
  return {
    /** Milliseconds of user + system CPU time since the clock started. */
    elapsedMs() {
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    },
  };
}
