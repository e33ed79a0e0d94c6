// What the server process costs, read from /proc (Linux only; elsewhere the figures are null).
// Memory: VmRSS sampled every 200 ms, and VmHWM, the kernel's own high-water mark.
// CPU: user + system time of all its threads, and how long its main (JavaScript) thread sat in the
// run queue waiting for a CPU. The load generator shares the machine, so CPU time per request is the
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

/** A `Vm*` field of /proc/<pid>/status in KiB. */
export function readVmKiB(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  const match = readProc(pid, "status")?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match?.[1] ? Number(match[1]) : null;
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
  const sample = () => {
    const rss = readVmKiB(pid, "VmRSS");
    if (rss === null) return;
    peakKiB = Math.max(peakKiB, rss);
    windowKiB = Math.max(windowKiB, rss);
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
  };
}

export const mib = (kib: number | null) => (kib === null || kib === 0 ? null : Math.round((kib / 1024) * 10) / 10);
