// JavaScript each route makes the browser download, gzipped: the entry, the root and the route with
// every module they import, read from the production build's manifest (`npx remix build` first).
//   npm run bench:js            every route, largest first, against the 150 KB budget of issue 14
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const PUBLIC = path.resolve("public");
const manifestFile = readdirSync(path.join(PUBLIC, "build")).find((f) => /^manifest-.*\.js$/.test(f));
if (!manifestFile) throw new Error("No build manifest in public/build: run `npx remix build` first.");
const source = readFileSync(path.join(PUBLIC, "build", manifestFile), "utf8");
type Entry = { module: string; imports?: string[] };
type Manifest = { entry: Entry; routes: Record<string, Entry & { id: string; parentId?: string; path?: string; index?: boolean }> };
const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as Manifest;

const gz = new Map<string, number>();
function gzipKb(url: string): number {
  let size = gz.get(url);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(PUBLIC, url))).length / 1024;
    gz.set(url, size);
  }
  return size;
}

function modulesOf(id: string): string[] {
  const route = manifest.routes[id];
  if (!route) return [];
  return [...(route.parentId ? modulesOf(route.parentId) : []), route.module, ...(route.imports ?? [])];
}

const rows = Object.keys(manifest.routes)
  .filter((id) => id !== "root")
  .map((id) => {
    const files = new Set([manifest.entry.module, ...(manifest.entry.imports ?? []), ...modulesOf(id)]);
    return { id, kb: [...files].reduce((sum, f) => sum + gzipKb(f), 0) };
  })
  .sort((a, b) => b.kb - a.kb);

const over = rows.filter((r) => r.kb > BUDGET_KB);
console.log(`route${" ".repeat(52)}gzip KB`);
for (const r of rows) console.log(`${r.id.padEnd(57)}${r.kb.toFixed(1).padStart(7)}`);
console.log(`\n${rows.length} routes; largest ${rows[0]?.kb.toFixed(1)} KB (${rows[0]?.id}); budget ${BUDGET_KB} KB; over budget: ${over.length}`);
