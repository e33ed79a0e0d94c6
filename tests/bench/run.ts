// The benchmark runner:
//   npm run bench -- [--scale national|large] [--duration 10] [--connections 8] [--port 3300]
//                    [--workers N] [--regenerate] [--pages name1,name2] [--no-floor]
// Generates the database (under tests/bench/data/) and the build when needed, serves the app with
// server.js (N workers, default: the cores), signs the bench users in and puts each page of pages.ts
// under load. For every page it also counts the SQL statements one request runs (at the driver, in
// every worker) and weighs the response, plain and gzipped. The floor pages (floor/) — the same work
// on the raw driver with renderToString — run right after their app page in the same run, on the
// next port, and the table ends with the app/floor ratios. It measures and never judges: a slow or
// failing page is reported, and only a broken runner exits non-zero.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { FLOOR_PAGES } from "./floor/pages";
import { gzipBytes, load, probe, signIn } from "./load";
import type { BenchIds, BenchUser } from "./meta";
import { readMeta } from "./meta";
import type { Options } from "./options";
import { options, UsageError } from "./options";
import type { BenchPage } from "./pages";
import { ensureBuild, ensureDatabase } from "./prepare";
import type { PageResult } from "./report";
import { printFloorRatios, printTable, writeResults } from "./report";
import type { Server } from "./server";
import { serverStats, startServer, statementsOf, tail } from "./server";
import { cpuSince, mib, readCpu, readVmKiB, sampleMemory } from "./usage";

const WARMUP_SECONDS = 2;
/** Sequential requests after the warm-up whose SQL statements are counted (their mean is reported). */
const COUNTED_REQUESTS = 4;
const BUILD_FILE = path.resolve("build/index.js");

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

async function benchPage({
  page,
  ids,
  origin,
  pid,
  cookie,
  memory,
  opts,
}: {
  page: BenchPage;
  ids: BenchIds;
  origin: string;
  pid: number;
  cookie: string;
  memory: ReturnType<typeof sampleMemory>;
  opts: Options;
}): Promise<PageResult> {
  const pagePath = page.path(ids);
  const url = `${origin}${pagePath}`;
  const first = await probe(url, cookie);
  const flag = first.status === 200 ? "" : "! ";
  const redirect = first.location ? ` -> ${first.location}` : "";
  const gzip = await gzipBytes(url, cookie);
  console.log(
    `${flag}${page.name}: ${page.user} GET ${pagePath} answered ${first.status}${redirect} in ${first.ms} ms (${(first.bytes / 1024).toFixed(1)} KiB, ${gzip.encoding ?? "uncompressed"} ${(gzip.bytes / 1024).toFixed(1)} KiB)`,
  );
  await load({ url, cookie, connections: opts.connections, seconds: WARMUP_SECONDS });
  const countedFrom = statementsOf(await serverStats(origin));
  for (let i = 0; i < COUNTED_REQUESTS; i++) await probe(url, cookie);
  const statementsPerRequest = (statementsOf(await serverStats(origin)) - countedFrom) / COUNTED_REQUESTS;
  memory.nextWindow();
  const cpuBefore = readCpu(pid);
  const measured = await load({ url, cookie, connections: opts.connections, seconds: opts.duration });
  const cpu = cpuSince(pid, cpuBefore);
  const served = measured.responses + measured.timeouts;
  return {
    name: page.name,
    user: page.user,
    path: pagePath,
    probe: first,
    gzipBytes: gzip.encoding ? gzip.bytes : null,
    statementsPerRequest,
    ...measured,
    errors: measured.non2xx + measured.connectionErrors,
    // A timed-out request was still served to the end, so it counts towards the CPU per request.
    cpuMsPerRequest: cpu && served ? Math.round((cpu.cpuMs / served) * 10) / 10 : null,
    runQueueMs: cpu?.runQueueMs ?? null,
    peakRssMiB: mib(memory.nextWindow()),
  };
}

let server: Server | undefined;
let serverLog: string | undefined;
let floor: Server | undefined;
let floorLog: string | undefined;

async function main() {
  const opts = options();
  const startedAt = new Date();
  const loadAtStart = loadavg();
  // The load generator and the server share this machine: other work on it shows up as latency.
  if ((loadAtStart[0] ?? 0) > cpus().length) {
    console.warn(`! Load average ${loadAtStart[0]?.toFixed(1)} on ${cpus().length} CPUs: figures will be noisy`);
  }
  const db = path.resolve(`tests/bench/data/bench-${opts.scale}.db`);
  await ensureDatabase({ scale: opts.scale, db, force: opts.regenerate });
  const meta = readMeta(`${db}.meta.json`);
  await ensureBuild(BUILD_FILE);

  serverLog = path.join(tmpdir(), `relais-bench-${opts.port}.log`);
  console.log(`Serving ${path.relative(process.cwd(), db)} on port ${opts.port} (server log: ${serverLog})`);
  server = await startServer({ db, port: opts.port, buildFile: BUILD_FILE, logFile: serverLog, workers: opts.workers });
  const { origin, pid } = server;
  const memory = sampleMemory(pid);
  const floorScript = path.resolve("tests/bench/floor/server.tsx");
  const floorPages = opts.floor && existsSync(floorScript) ? FLOOR_PAGES.filter((f) => opts.pages.some((p) => p.name === f.name)) : [];
  if (floorPages.length) {
    floorLog = path.join(tmpdir(), `relais-bench-floor-${opts.port + 1}.log`);
    console.log(`Floor server on port ${opts.port + 1} (log: ${floorLog})`);
    floor = await startServer({
      db,
      port: opts.port + 1,
      buildFile: "",
      logFile: floorLog,
      workers: opts.workers,
      script: floorScript,
      nodeArgs: ["--import", "tsx"],
      readyPath: "/__relais/stats",
    });
  }

  const cookies = new Map<BenchUser, string>();
  for (const user of new Set(opts.pages.map((p) => p.user))) {
    cookies.set(user, await signIn(origin, meta.users[user], meta.password));
  }

  const results: PageResult[] = [];
  const floorResults: PageResult[] = [];
  for (const page of opts.pages) {
    const cookie = cookies.get(page.user) ?? "";
    results.push(await benchPage({ page, ids: meta.ids, origin, pid, cookie, memory, opts }));
    // Let in-flight work settle so one page's tail does not land in the next page's figures.
    await sleep(250);
    const floorPage = floorPages.find((f) => f.name === page.name);
    if (floor && floorPage) {
      const floorMemory = sampleMemory(floor.pid);
      const result = await benchPage({ page: { ...page, name: `${page.name} (floor)` }, ids: meta.ids, origin: floor.origin, pid: floor.pid, cookie, memory: floorMemory, opts });
      floorMemory.stop();
      floorResults.push(result);
      await sleep(250);
    }
  }

  const sampledPeakMiB = mib(memory.stop());
  const largestWorkerMiB = mib(memory.largestProcessKiB());
  const hwmMiB = mib(readVmKiB(pid, "VmHWM"));
  printTable([...results, ...floorResults]);
  const ratios = printFloorRatios(results, floorResults);
  const waited = results.reduce((sum, r) => sum + (r.runQueueMs ?? 0), 0);
  if (waited > 0) {
    const measuredMs = results.reduce((sum, r) => sum + r.seconds * 1000, 0);
    console.log(`The server's JavaScript thread waited ${(waited / 1000).toFixed(1)} s for a CPU over ${(measuredMs / 1000).toFixed(0)} s measured (other load on the machine).`);
  }
  // The kernel updates VmHWM lazily, so a 200 ms sample can read a little above it.
  const peakMiB = Math.max(sampledPeakMiB ?? 0, hwmMiB ?? 0) || null;
  console.log(
    `\nServer peak memory (${opts.workers} worker(s) and the primary together): ${peakMiB ?? "-"} MiB (sampled VmRSS ${sampledPeakMiB ?? "-"}, sum of VmHWM ${hwmMiB ?? "-"}); largest single process ${largestWorkerMiB ?? "-"} MiB`,
  );

  const file = writeResults(path.resolve("tests/bench/results"), opts.scale, startedAt, {
    scale: opts.scale,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: gitCommit(),
    options: { duration: opts.duration, connections: opts.connections, warmupSeconds: WARMUP_SECONDS, workers: opts.workers },
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      loadAverage: { atStart: loadAtStart, atEnd: loadavg() },
    },
    database: { file: meta.file, bytes: meta.bytes, generatedAt: meta.generatedAt, counts: meta.counts },
    server: { peakMiB, sampledPeakRssMiB: sampledPeakMiB, vmHwmMiB: hwmMiB, largestProcessMiB: largestWorkerMiB },
    pages: results,
    floor: floorResults,
    floorRatios: ratios,
  });
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
}

async function stopServer() {
  const running = [server, floor];
  server = undefined;
  floor = undefined;
  await Promise.all(running.map((s) => s?.stop()));
}

// `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and a
// second, unhandled signal would kill the runner before it has stopped the server.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the server`);
    void stopServer().finally(() => process.exit(130));
  });
}

try {
  await main();
  await stopServer();
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  const end = server?.ended();
  if (end && serverLog) console.error(`The server is gone (${end}). The end of ${serverLog}:\n${tail(serverLog)}`);
  await stopServer();
  process.exit(error instanceof UsageError ? 2 : 1);
}
