// The app under test: server.js (the cluster server `npm run serve` uses) spawned with node itself, so
// that child.pid is its primary; its workers are found through /proc (usage.ts sums the tree). With
// RELAIS_SQL_STATS=1 every worker counts the SQL statements it runs, read through GET /__relais/stats.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const SERVER = path.resolve("server.js");

export type Server = {
  pid: number;
  origin: string;
  /** How the server ended if it is no longer running ("exit 1", "SIGKILL"), else null. */
  ended: () => string | null;
  stop: () => Promise<void>;
};

// A server already listening on the port would answer our requests and be measured instead of ours.
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`Port ${port} is already in use: pass another one with --port`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

export function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server log)";
  }
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const outcome = await Promise.race([exited, sleep(5000, "timeout")]);
  if (outcome === "timeout") child.kill("SIGKILL");
}

export async function startServer({
  db,
  port,
  buildFile,
  logFile,
  workers,
  script = SERVER,
  nodeArgs = [],
  readyPath = "/login",
}: {
  db: string;
  port: number;
  buildFile: string;
  logFile: string;
  workers: number;
  script?: string;
  nodeArgs?: string[];
  readyPath?: string;
}): Promise<Server> {
  await assertPortFree(port);
  // The server writes its request log straight into a file: no pipe for the runner to drain.
  const log = openSync(logFile, "w");
  const child = spawn(process.execPath, [...nodeArgs, script, buildFile], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      RELAIS_ALLOW_DEV_SECRET: "1",
      RELAIS_INSECURE_COOKIES: "1",
      DATABASE_URL: `file:${db}`,
      PORT: String(port),
      RELAIS_WORKERS: String(workers),
      RELAIS_SQL_STATS: "1",
      RELAIS_ACCESS_LOG: "0",
      // The pages' figures are the pages': no jobs worker (the outbox producers and file-text
      // extraction run hourly bursts that would land on whichever page is under load, and its CPU
      // would count in the tree's). Their cost is measured on its own (docs/decisions/059).
      NOTIFY_TIMER: "off",
      FILE_TEXT_TIMER: "off",
    },
  });
  closeSync(log);
  const { pid } = child;
  if (pid === undefined) throw new Error(`Could not start ${script}`);
  // Belt and braces: whatever happens to the runner, the server does not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    await stopChild(child);
    process.off("exit", killOnExit);
  };

  const ended = () => child.signalCode ?? (child.exitCode === null ? null : `exit ${child.exitCode}`);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const end = ended();
    if (end) throw new Error(`The server exited during start-up (${end}):\n${tail(logFile)}`);
    try {
      const res = await fetch(`${origin}${readyPath}`, { redirect: "manual" });
      await res.arrayBuffer();
      return { pid, origin, ended, stop };
    } catch {
      await sleep(200);
    }
  }
  await stop();
  throw new Error(`The server did not answer on ${origin} within 30 s:\n${tail(logFile)}`);
}

export type ServerStats = {
  primary: { pid: number; rss: number };
  workers: { pid: number; index: number; statements: number; rss: number; heapUsed: number; heapTotal: number; external: number }[];
};

/** Every worker's counters (server.js and the floor server answer the same path). */
export async function serverStats(origin: string, cookie = ""): Promise<ServerStats> {
  const res = await fetch(`${origin}/__relais/stats`, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET /__relais/stats answered ${res.status}`);
  return (await res.json()) as ServerStats;
}

export const statementsOf = (stats: ServerStats) => stats.workers.reduce((sum, w) => sum + w.statements, 0);
