// What the server costs, read from /proc (Linux only; elsewhere the figures are null): the server is
// a process tree (server.js's primary and its workers), and every figure is summed over the tree.
// Memory: VmRSS sampled every 200 ms, and VmHWM, the kernel's own high-water mark.
// CPU: user + system time of all their threads, and how long their main (JavaScript) threads sat in
// the run queue waiting for a CPU. The load generator shares the machine, so CPU time per request is the
// steadier figure when latency is noisy, and the queue wait says how noisy it was.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
}

/** The process and its descendants (the cluster's workers), read from /proc/<pid>/task/<tid>/children. */
export function processTree(pid: number): number[] {
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    const current = found[i] ?? pid;
    const children = readProc(current, `task/${current}/children`);
    if (children) found.push(...children.trim().split(/\s+/).filter(Boolean).map(Number));
  }
  return found;
}

/** A `Vm*` field of /proc/<pid>/status in KiB, for one process. */
export function readOneVmKiB(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  const match = readProc(pid, "status")?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match?.[1] ? Number(match[1]) : null;
}

/** The same field summed over the process tree. */
export function readVmKiB(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  let total: number | null = null;
  for (const p of processTree(pid)) {
    const value = readOneVmKiB(p, field);
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

/** The largest single process of the tree (one worker's peak). */
export function largestVmKiB(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  const values = processTree(pid).map((p) => readOneVmKiB(p, field) ?? 0);
  return values.length ? Math.max(...values) : null;
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  try {
    clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    clockTicks = 100;
  }
  return clockTicks;
}

export type CpuReading = { cpuMs: number; runQueueMs: number };

export function readCpu(pid: number): CpuReading | null {
  const readings = processTree(pid).flatMap((p) => readOneCpu(p) ?? []);
  if (!readings.length) return null;
  return {
    cpuMs: readings.reduce((sum, r) => sum + r.cpuMs, 0),
    runQueueMs: readings.reduce((sum, r) => sum + r.runQueueMs, 0),
  };
}

function readOneCpu(pid: number): CpuReading | null {
  const stat = readProc(pid, "stat");
  const sched = readProc(pid, "schedstat");
  if (!stat || !sched) return null;
  // The command name (field 2) may hold spaces; fields are counted from the closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const waitNs = Number(sched.split(" ")[1]);
  return { cpuMs: (ticks * 1000) / ticksPerSecond(), runQueueMs: waitNs / 1e6 };
}

export function cpuSince(pid: number, start: CpuReading | null): CpuReading | null {
  const end = readCpu(pid);
  if (!start || !end) return null;
  return { cpuMs: end.cpuMs - start.cpuMs, runQueueMs: Math.round(end.runQueueMs - start.runQueueMs) };
}

export function sampleMemory(pid: number, everyMs = 200) {
  let peakKiB = 0;
  let windowKiB = 0;
  let largestKiB = 0;
  const sample = () => {
    const rss = readVmKiB(pid, "VmRSS");
    if (rss === null) return;
    peakKiB = Math.max(peakKiB, rss);
    windowKiB = Math.max(windowKiB, rss);
    largestKiB = Math.max(largestKiB, largestVmKiB(pid, "VmRSS") ?? 0);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    /** Starts a new window, e.g. one page; returns the peak of the window that ends. */
    nextWindow() {
      sample();
      const peak = windowKiB;
      windowKiB = 0;
      return peak;
    },
    stop() {
      sample();
      clearInterval(timer);
      return peakKiB;
    },
    /** The highest RSS one process of the tree reached (a worker). */
    largestProcessKiB: () => largestKiB,
  };
}

export const mib = (kib: number | null) => (kib === null || kib === 0 ? null : Math.round((kib / 1024) * 10) / 10);
