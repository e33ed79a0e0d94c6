// The production server (docs/decisions/013-cluster-server.md): `npm run serve`, the browser tests'
// server and the benchmark all run it.
//
//   node server.js [build/index.js]
//
// A primary process forks RELAIS_WORKERS workers (default: the number of cores), each an Express app
// serving the Remix build with compression, immutable caching of the fingerprinted assets under
// /build/ and a short cache for the rest of public/. The primary serves nothing itself: it restarts
// a worker that dies and stops them all on SIGTERM/SIGINT. SQLite in WAL mode serves readers from
// every worker at once; writes queue on the busy timeout. Nothing a request needs may live only in
// one worker's memory: the access-context cache is checked against a version in the database on
// every request (decision 012), the sign-in throttle counts rows in the database.
//
// Environment: PORT (3000), HOST, RELAIS_WORKERS (cores), RELAIS_WORKER_HEAP_MB (heap limit of
// each worker, 160 MB: docs/decisions/013), RELAIS_ACCESS_LOG=0 (no request log), RELAIS_SQL_STATS=1 (benchmark only:
// counts SQL statements and answers GET /__relais/stats with every worker's figures).
// Each HTTP worker gets RELAIS_WORKER_INDEX (0…n-1, kept across restarts). Work that must run once per
// machine (the outbox timer) runs in one more process, the jobs worker (RELAIS_WORKER_ROLE=jobs),
// which loads the same build and serves no requests: a long producer run never holds up a page
// (decision 015) — see isPrimaryWorker() in app/worker.server.ts. NOTIFY_TIMER=off: no jobs worker.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const STATS_PATH = "/__relais/stats";
const JOBS = "jobs";
const CROSS_SITE_PATH = "/refused/cross-site";
const statsEnabled = process.env.RELAIS_SQL_STATS === "1";

function positiveInt(raw, fallback) {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

if (cluster.isPrimary) {
  runPrimary();
} else if (process.env.RELAIS_WORKER_ROLE === JOBS) {
  await runJobs();
} else {
  await runWorker();
}

/** The jobs worker: the build's module-level work (the outbox timer, entry.server) and nothing else. */
async function runJobs() {
  process.setSourceMapsEnabled(true);
  const { installGlobals } = await import("@remix-run/node");
  const buildFile = path.resolve(process.argv[2] ?? process.env.RELAIS_BUILD ?? "build/index.js");
  const build = await import(pathToFileURL(buildFile).href);
  installGlobals({ nativeFetch: build.future?.v3_singleFetch });
  // The timer is unref'd (a script may exit under it); this process lives for it.
  const keepAlive = setInterval(() => {}, 1 << 30);
  process.on("SIGTERM", () => {
    clearInterval(keepAlive);
    process.exit(0);
  });
  process.on("SIGINT", () => {});
}

function runPrimary() {
  const count = positiveInt(process.env.RELAIS_WORKERS, availableParallelism());
  const heapMb = positiveInt(process.env.RELAIS_WORKER_HEAP_MB, 160);
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`] });

  const indexOf = new Map(); // worker id -> index
  const recentCrashes = [];
  let stopping = false;

  const fork = (index) => {
    const env = index === JOBS ? { RELAIS_WORKER_ROLE: JOBS, RELAIS_WORKERS: String(count) } : { RELAIS_WORKER_INDEX: String(index), RELAIS_WORKERS: String(count) };
    const worker = cluster.fork(env);
    indexOf.set(worker.id, index);
    worker.on("message", (message) => onWorkerMessage(worker, message));
  };

  cluster.on("exit", (worker, code, signal) => {
    const index = indexOf.get(worker.id);
    indexOf.delete(worker.id);
    if (stopping) {
      if (indexOf.size === 0) process.exit(0);
      return;
    }
    console.error(`[relais] worker ${index} (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); starting another`);
    const now = Date.now();
    recentCrashes.push(now);
    while (recentCrashes.length && recentCrashes[0] < now - 60_000) recentCrashes.shift();
    if (recentCrashes.length > 10) {
      console.error("[relais] workers keep dying: giving up");
      process.exit(1);
    }
    if (index !== undefined) fork(index);
  });

  for (let index = 0; index < count; index++) fork(index);
  const jobs = process.env.NOTIFY_TIMER !== "off";
  if (jobs) fork(JOBS);
  console.log(`[relais] primary ${process.pid}: ${count} worker(s)${jobs ? " and a jobs worker" : ""}, heap limit ${heapMb} MiB each`);

  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      setTimeout(() => process.exit(0), 10_000).unref();
      if (indexOf.size === 0) process.exit(0);
    });
  }

  // Benchmark statistics: one worker asks, the primary collects every worker's figures.
  const pending = new Map();
  let nextRequest = 0;
  function onWorkerMessage(worker, message) {
    if (!statsEnabled || typeof message !== "object" || message === null) return;
    if (message.type === "relais:stats?") {
      const id = ++nextRequest;
      // The HTTP workers' figures: the jobs worker's statements are not the pages'.
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w && indexOf.get(w.id) !== JOBS);
      const entry = { asker: worker, replyTo: message.replyTo, waiting: workers.length, figures: [] };
      pending.set(id, entry);
      for (const w of workers) w.send({ type: "relais:collect", id });
      setTimeout(() => finish(id), 2000).unref();
    } else if (message.type === "relais:figures") {
      const entry = pending.get(message.id);
      if (!entry) return;
      entry.figures.push(message.figures);
      if (entry.figures.length >= entry.waiting) finish(message.id);
    }
  }
  function finish(id) {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    const primary = { pid: process.pid, rss: process.memoryUsage.rss() };
    entry.asker.send({ type: "relais:stats", replyTo: entry.replyTo, stats: { primary, workers: entry.figures } });
  }
}

async function runWorker() {
  process.setSourceMapsEnabled(true);
  const [{ default: express }, { default: compression }, { createRequestHandler }, { installGlobals }] = await Promise.all([
    import("express"),
    import("compression"),
    import("@remix-run/express"),
    import("@remix-run/node"),
  ]);
  const buildFile = path.resolve(process.argv[2] ?? process.env.RELAIS_BUILD ?? "build/index.js");
  const build = await import(pathToFileURL(buildFile).href);
  installGlobals({ nativeFetch: build.future?.v3_singleFetch });
  const workerIndex = Number(process.env.RELAIS_WORKER_INDEX ?? 0);

  const app = express();
  app.disable("x-powered-by");
  // HTML, single-fetch .data (text/x-script), CSV, JSON, CSS and JS: anything compressible by type.
  app.use(compression());
  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  if (process.env.RELAIS_ACCESS_LOG !== "0") {
    const { default: morgan } = await import("morgan");
    // The method and address that were asked for, also when the cross-site guard rewrote them.
    morgan.token("method", (req) => req.relaisAsked?.method ?? req.method);
    morgan.token("url", (req) => req.relaisAsked?.url ?? req.originalUrl ?? req.url);
    app.use(morgan("tiny"));
  }
  if (statsEnabled) app.get(STATS_PATH, statsHandler());
  // Every refusal (403), whichever code gave it, goes into the audit trail once the response is out,
  // under the method and address that were asked for (read now: the cross-site guard below rewrites them).
  const auditRefusal = build.entry?.module?.auditRefusal;
  if (typeof auditRefusal === "function") {
    app.use((req, res, next) => {
      const { method, originalUrl } = req;
      res.on("finish", () => {
        if (res.statusCode !== 403) return;
        const headers = { cookie: req.headers.cookie ?? "", "x-forwarded-for": String(req.headers["x-forwarded-for"] ?? "") };
        const request = new Request(`http://localhost${originalUrl}`, { method, headers });
        auditRefusal(request, { remoteAddress: req.socket.remoteAddress ?? null }).catch((error) => console.error("[relais] could not audit a refusal", error));
      });
      next();
    });
  }
  // A request from another site that could change something (any method but GET, HEAD, OPTIONS) never
  // reaches an action: it becomes a GET of the 403 page (app/routes/refused.cross-site.tsx), shown in
  // the layout and the reader's language. Same rule as readForm's (app/http/origin.server.ts), so
  // Remix's own origin check, which answers a bare 500, is never the one that refuses. A forwarded
  // host is believed only behind a trusted proxy (TRUST_PROXY); otherwise it is dropped, so Remix and
  // this rule compare the Origin with the same host.
  const { isCrossSite, trustedProxyHops } = build.entry?.module ?? {};
  if (typeof isCrossSite === "function" && typeof trustedProxyHops === "function") {
    const hops = trustedProxyHops();
    app.use((req, _res, next) => {
      if (hops === 0) delete req.headers["x-forwarded-host"];
      if (isCrossSite(req.method, (name) => req.get(name), null, hops)) {
        req.relaisAsked = { method: req.method, url: req.originalUrl };
        req.method = "GET";
        req.url = req.originalUrl = CROSS_SITE_PATH;
      }
      next();
    });
  }
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      // What the app may need to know about the connection itself (the throttle's address when no
      // trusted proxy is configured) and about this worker.
      getLoadContext: (req) => ({ remoteAddress: req.socket.remoteAddress ?? null, workerIndex }),
    }),
  );

  const port = positiveInt(process.env.PORT, 3000);
  const server = process.env.HOST ? app.listen(port, process.env.HOST) : app.listen(port);
  server.on("listening", () => {
    if (workerIndex === 0) console.log(`[relais] http://localhost:${port}`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
  process.on("SIGINT", () => {});
}

function statsHandler() {
  const waiting = new Map();
  let next = 0;
  process.on("message", (message) => {
    if (typeof message !== "object" || message === null) return;
    if (message.type === "relais:collect") {
      const memory = process.memoryUsage();
      process.send?.({
        type: "relais:figures",
        id: message.id,
        figures: {
          pid: process.pid,
          index: Number(process.env.RELAIS_WORKER_INDEX ?? 0),
          statements: globalThis.relaisSqlStats?.statements ?? 0,
          rss: memory.rss,
          heapUsed: memory.heapUsed,
          heapTotal: memory.heapTotal,
          external: memory.external,
        },
      });
    } else if (message.type === "relais:stats") {
      const res = waiting.get(message.replyTo);
      waiting.delete(message.replyTo);
      res?.json(message.stats);
    }
  });
  return (_req, res) => {
    const replyTo = ++next;
    waiting.set(replyTo, res);
    process.send?.({ type: "relais:stats?", replyTo });
  };
}
