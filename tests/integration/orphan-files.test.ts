// Issue 11 (uploads): no file is left in the store for nobody. A valid file sent with a form refused
// for another field is not kept; what a crash could leave (bytes without their row, a temporary file)
// is removed by the sweep once old enough, and a file any row refers to — archived versions' too — never.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { sweepFileStore } from "../../app/models/file-sweep.server";
import { action as filesAction } from "../../app/routes/documents.$documentId.files._index";
import { createUser, sessionCookie, unique } from "../support/fixtures";
import { fieldErrorsOf, statusOf } from "../support/form-results";
import { pdfWithText } from "../support/pdf-fixture";

const context = {};
const HOUR = 3_600_000;
let store: string;
beforeAll(() => {
  store = mkdtempSync(path.join(tmpdir(), "relais-orphans-"));
  process.env.RELAIS_FILES_DIR = store;
});
afterAll(() => {
  rmSync(store, { recursive: true, force: true });
  delete process.env.RELAIS_FILES_DIR;
});

function storedFiles(): string[] {
  return readdirSync(store, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(store, path.join(e.parentPath, e.name)))
    .sort();
}

function uploadRequest(documentId: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }, cookie: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: "application/octet-stream" }));
  return new Request(`http://localhost/documents/${documentId}/files`, { method: "POST", headers: { Cookie: cookie }, body: form });
}

async function documentOf() {
  return prisma.document.create({ data: { symbol: unique("FSC.DEL"), title: "Statement", kind: "statement", languages: "en" }, select: { id: true } });
}

/** Puts bytes in the store as an upload would have, `hoursAgo` old. */
function putInStore(bytes: Uint8Array, hoursAgo: number): string {
  const sha = createHash("sha256").update(bytes).digest("hex");
  const file = path.join(store, sha.slice(0, 2), sha);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  const at = new Date(Date.now() - hoursAgo * HOUR);
  utimesSync(file, at, at);
  return sha;
}

describe("files nobody refers to", () => {
  it("a valid file sent with a form refused for another field is not kept", async () => {
    const secretary = await createUser("secretary");
    const doc = await documentOf();
    const before = storedFiles();
    const response = await filesAction({
      request: uploadRequest(doc.id, { intent: "upload", language: "french" }, { name: "statement.pdf", bytes: pdfWithText(unique("Statement")) }, await sessionCookie(secretary.id)),
      params: { documentId: doc.id },
      context,
    });
    expect(statusOf(response)).toBe(400);
    expect(Object.keys(fieldErrorsOf(response))).toEqual(["language"]);
    expect(storedFiles()).toEqual(before);
    expect(await prisma.documentFile.count({ where: { documentId: doc.id } })).toBe(0);

    // The same form made valid keeps the file, under its hash.
    const bytes = pdfWithText(unique("Statement"));
    const sent = await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "statement.pdf", bytes }, await sessionCookie(secretary.id)), params: { documentId: doc.id }, context });
    expect(statusOf(sent)).toBe(302);
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(storedFiles()).toEqual([...before, path.join(sha.slice(0, 2), sha)].sort());
  });

  it("the sweep removes old unreferenced files and old temporary files, and keeps referenced, archived and recent ones", async () => {
    const doc = await documentOf();
    const current = putInStore(pdfWithText(unique("current")), 48);
    const replaced = putInStore(pdfWithText(unique("replaced")), 48);
    await prisma.documentFile.create({ data: { documentId: doc.id, language: "en", fileName: "v2.pdf", contentType: "application/pdf", size: 1, sha256: current } });
    await prisma.documentFile.create({ data: { documentId: doc.id, language: "en", fileName: "v1.pdf", contentType: "application/pdf", size: 1, sha256: replaced, archivedAt: new Date() } });
    const orphan = putInStore(pdfWithText(unique("orphan")), 48);
    const recentOrphan = putInStore(pdfWithText(unique("recent")), 1);
    mkdirSync(path.join(store, "tmp"), { recursive: true });
    const oldTmp = path.join(store, "tmp", "interrupted-old");
    const newTmp = path.join(store, "tmp", "uploading-now");
    writeFileSync(oldTmp, "half a file");
    writeFileSync(newTmp, "a file arriving");
    utimesSync(oldTmp, new Date(Date.now() - 48 * HOUR), new Date(Date.now() - 48 * HOUR));

    const result = await sweepFileStore({ olderThanHours: 24 });
    expect(result.removed).toEqual([orphan]);
    expect(result.temporaryRemoved).toBe(1);
    const at = (sha: string) => path.join(store, sha.slice(0, 2), sha);
    expect(existsSync(at(orphan))).toBe(false);
    for (const kept of [current, replaced, recentOrphan]) expect(existsSync(at(kept))).toBe(true);
    expect(existsSync(oldTmp)).toBe(false);
    expect(existsSync(newTmp)).toBe(true);

    // Old unreferenced bytes uploaded again are touched as the upload reuses them (so a sweep running
    // meanwhile spares them until the row that refers to them is written); a refused form does not.
    const again = pdfWithText(unique("again"));
    const againSha = putInStore(again, 48);
    const secretary = await createUser("secretary");
    const other = await documentOf();
    const cookie = await sessionCookie(secretary.id);
    const sendAs = (language: string) =>
      filesAction({ request: uploadRequest(other.id, { intent: "upload", language }, { name: "again.pdf", bytes: again }, cookie), params: { documentId: other.id }, context });
    expect(statusOf(await sendAs("french"))).toBe(400);
    expect(statSync(at(againSha)).mtimeMs).toBeLessThan(Date.now() - 47 * HOUR);
    expect(statusOf(await sendAs("en"))).toBe(302);
    expect(statSync(at(againSha)).mtimeMs).toBeGreaterThan(Date.now() - HOUR);
    expect((await sweepFileStore({ olderThanHours: 24 })).removed).toEqual([]);
    expect(existsSync(at(againSha))).toBe(true);
  });
});
