// Makes sure there is something to measure: the generated database and an up-to-date server build.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** The migrations a generated database was built with differ from prisma/migrations: it is stale. */
function staleMigrations(metaFile: string): boolean {
  try {
    const meta: unknown = JSON.parse(readFileSync(metaFile, "utf8"));
    const built = meta && typeof meta === "object" && "migrations" in meta && Array.isArray(meta.migrations) ? meta.migrations.join(",") : "";
    const current = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
      .join(",");
    return built !== current;
  } catch {
    return true;
  }
}

export async function ensureDatabase({ scale, db, force }: { scale: string; db: string; force: boolean }) {
  const meta = `${db}.meta.json`;
  const stale = existsSync(meta) && staleMigrations(meta);
  if (!force && !stale && existsSync(db) && existsSync(meta)) return;
  console.log(
    force
      ? "Regenerating the database (--regenerate)"
      : stale
        ? `${path.relative(process.cwd(), db)} was built with other migrations: regenerating it`
        : `No ${path.relative(process.cwd(), db)} yet: generating it`,
  );
  await run("npx", ["tsx", "tests/bench/generate.ts", "--scale", scale, "--out", db]);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Rebuilds when build/index.js is missing or older than anything under app/. */
export async function ensureBuild(serverBuild: string) {
  if (existsSync(serverBuild) && statSync(serverBuild).mtimeMs >= newestMtime("app")) return;
  console.log("The server build is missing or older than app/: running remix build");
  await run("npx", ["remix", "build"]);
}
