// The console table and the JSON file of one benchmark run.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LoadResult, Probe } from "./load";
import { REQUEST_TIMEOUT_SECONDS } from "./load";

export type PageResult = LoadResult & {
  name: string;
  user: string;
  path: string;
  probe: Probe;
  /** The response as sent to a client that accepts gzip; null when the server sent it uncompressed. */
  gzipBytes: number | null;
  /** SQL statements one request runs, at the driver, counted over sequential requests after the warm-up. */
  statementsPerRequest: number | null;
  /** Non-2xx answers plus connection errors and timeouts: anything that was not a served page. */
  errors: number;
  /** Server CPU (all threads) over the measured run per request answered or timed out (approximate then). */
  cpuMsPerRequest: number | null;
  /** Time the server's JavaScript thread was ready to run but waited for a CPU. */
  runQueueMs: number | null;
  peakRssMiB: number | null;
};

const fmt = (value: number | null) => (value === null ? "-" : value.toFixed(1));

export function printTable(pages: PageResult[]) {
  const header = ["page", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "CPU ms/req", "SQL/req", "KiB", "gzip KiB", "RSS MiB"];
  const rows = pages.map((p) => [
    p.name,
    fmt(p.latencyMs.p50),
    fmt(p.latencyMs.p95),
    fmt(p.latencyMs.p99),
    fmt(p.requestsPerSecond),
    String(p.errors),
    fmt(p.cpuMsPerRequest),
    fmt(p.statementsPerRequest),
    fmt(p.probe.bytes / 1024),
    fmt(p.gzipBytes === null ? null : p.gzipBytes / 1024),
    fmt(p.peakRssMiB),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  for (const p of pages.filter((page) => page.errors > 0)) {
    const codes = Object.entries(p.statusCodes).map(([code, n]) => `${code}×${n}`).join(", ");
    const timeouts = p.timeouts ? ` (${p.timeouts} timed out: no answer within ${REQUEST_TIMEOUT_SECONDS} s; latencies leave them out)` : "";
    console.log(`! ${p.name} (${p.path}): ${p.non2xx} non-2xx, ${p.connectionErrors} connection errors${timeouts}; status codes ${codes || "none"}`);
  }
}

export function writeResults(dir: string, scale: string, startedAt: Date, report: object): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${scale}-${startedAt.toISOString().replaceAll(":", "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

export type FloorRatio = { page: string; requestsPerSecond: number | null; p95: number | null; cpuMsPerRequest: number | null };

const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100);

/** App against floor for the pages that have one: req/s floor/app (how many times slower) and p95 app/floor. */
export function printFloorRatios(app: PageResult[], floor: PageResult[]): FloorRatio[] {
  const ratios = floor.flatMap((f) => {
    const name = f.name.replace(/ \(floor\)$/, "");
    const a = app.find((p) => p.name === name);
    if (!a) return [];
    return [
      {
        page: name,
        requestsPerSecond: ratio(a.requestsPerSecond, f.requestsPerSecond),
        p95: ratio(a.latencyMs.p95, f.latencyMs.p95),
        cpuMsPerRequest: ratio(a.cpuMsPerRequest, f.cpuMsPerRequest),
      },
    ];
  });
  if (ratios.length) {
    console.log("\napp / floor (req/s ratio: the app's share of the floor's throughput, target >= 0.33; p95 and CPU: times the floor's)");
    for (const r of ratios) {
      console.log(`  ${r.page.padEnd(22)} req/s ${fmt(r.requestsPerSecond)}   p95 ${fmt(r.p95)}x   CPU/req ${fmt(r.cpuMsPerRequest)}x`);
    }
  }
  return ratios;
}
