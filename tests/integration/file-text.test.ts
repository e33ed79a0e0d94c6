// Issue 12 (and 11's uploads): the text of uploaded files is searchable. Real multipart uploads into a
// real store, the reading job run as the jobs worker runs it, the search as a reader runs it — and
// clearance: a reader who may not see the document finds nothing of its files' text.
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import { FILE_TEXT_MAX_CHARS } from "../../app/domain/file-text";
import { readFileText, readPendingFileTexts } from "../../app/models/file-text.server";
import { search, type SearchFilters } from "../../app/models/search.server";
import { loadAccess } from "../../app/permissions.server";
import { action as filesAction, loader as filesLoader } from "../../app/routes/documents.$documentId.files._index";
import { createUser, getRequest, sessionCookie, unique } from "../support/fixtures";
import { statusOf } from "../support/form-results";
import { committeeWithMembers } from "../support/meeting-fixtures";
import { pdfWithText } from "../support/pdf-fixture";
import { uniqueWord } from "../support/search-fixtures";

const context = {};
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/files", name)));
let store: string;
beforeAll(() => {
  store = mkdtempSync(path.join(tmpdir(), "relais-text-"));
  process.env.RELAIS_FILES_DIR = store;
});
afterAll(() => {
  rmSync(store, { recursive: true, force: true });
  delete process.env.RELAIS_FILES_DIR;
});

function uploadRequest(documentId: string, language: string, file: { name: string; bytes: Uint8Array }, cookie: string) {
  const form = new FormData();
  form.append("intent", "upload");
  form.append("language", language);
  form.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: "application/octet-stream" }));
  return new Request(`http://localhost/documents/${documentId}/files`, { method: "POST", headers: { Cookie: cookie }, body: form });
}

async function upload(documentId: string, language: string, name: string, bytes: Uint8Array, cookie: string) {
  expect(statusOf(await filesAction({ request: uploadRequest(documentId, language, { name, bytes }, cookie), params: { documentId }, context }))).toBe(302);
}

async function documentOf(options: { confidentiality?: string; committeeId?: string | null } = {}) {
  return prisma.document.create({
    data: { symbol: unique("FSC.DEL"), title: "Statement", kind: "statement", languages: "en", confidentiality: options.confidentiality ?? "internal", committeeId: options.committeeId ?? null },
    select: { id: true },
  });
}

async function ctxOf(userId: string): Promise<AccessContext> {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

function filters(q: string): SearchFilters {
  return { q, kind: "document", committeeId: null, agencyId: null, from: null, to: null, includeArchived: false, page: 1 };
}

async function documentsFound(ctx: AccessContext, q: string) {
  const result = await search(ctx, filters(q));
  return { ids: (result?.groups ?? []).flatMap((g) => g.hits.map((h) => h.recordId)), snippets: (result?.groups ?? []).flatMap((g) => g.hits.map((h) => h.snippet)), count: result?.counts.document ?? 0 };
}

async function statuses(documentId: string) {
  const rows = await prisma.documentFile.findMany({ where: { documentId }, orderBy: { createdAt: "asc" }, select: { language: true, textStatus: true, archivedAt: true } });
  return rows.map((r) => `${r.language}:${r.textStatus}${r.archivedAt ? ":archived" : ""}`);
}

/** What the jobs worker does on its timer: every pending file read. */
async function runReadingJob() {
  while ((await readPendingFileTexts({ limit: 10 })).length === 10);
}

describe("the text of uploaded files in search", () => {
  it("reads a PDF and a DOCX after the upload, not during it, and finds the document by a word only its files hold", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const viewer = await ctxOf((await createUser("viewer")).id);
    const doc = await documentOf();
    await upload(doc.id, "en", "FSC.DEL (E).pdf", fixture("statement.pdf"), cookie);
    await upload(doc.id, "fr", "Rapport (F).docx", fixture("report.docx"), cookie);
    // The request only stored the files: their text waits for the job.
    expect(await statuses(doc.id)).toEqual(["en:pending", "fr:pending"]);
    expect((await documentsFound(viewer, "Quillhaven")).ids).not.toContain(doc.id);

    await runReadingJob();
    expect(await statuses(doc.id)).toEqual(["en:done", "fr:done"]);
    const pdf = await documentsFound(viewer, "Quillhaven");
    expect(pdf.ids).toContain(doc.id);
    expect(pdf.snippets.join(" ")).toContain("Quillhaven");
    // Accents folded as everywhere in search; the DOCX's words too.
    expect((await documentsFound(viewer, "tracabilite armes legeres")).ids).toContain(doc.id);
    expect((await documentsFound(viewer, "Marlowbridge munitions")).ids).toContain(doc.id);

    // The files page says where each file's text stands.
    const page = (await filesLoader({ request: getRequest(`/documents/${doc.id}/files`, cookie), params: { documentId: doc.id }, context })) as { files: { language: string; textStatus: string }[] };
    expect(page.files.map((f) => `${f.language}:${f.textStatus}`).sort()).toEqual(["en:done", "fr:done"]);
  });

  it("finds nothing for a reader not cleared for the document, and finds it for a member of its committee", async () => {
    const secretary = await createUser("secretary");
    const { committee, members } = await committeeWithMembers();
    const doc = await documentOf({ confidentiality: "restricted", committeeId: committee.id });
    // The secretary sits on the committee through their agency's seat (or could not upload).
    const seat = await prisma.assignment.findFirstOrThrow({ where: { person: { user: { id: secretary.id } } }, select: { position: { select: { agencyId: true } } } });
    await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: seat.position.agencyId, role: "secretariat", startDate: new Date(Date.now() - 86_400_000) } });
    const word = uniqueWord("filetext");
    await upload(doc.id, "en", "Restricted statement.pdf", pdfWithText(`Statement on ${word} holdings`), await sessionCookie(secretary.id));
    await runReadingJob();

    const member = await ctxOf((await createUser("viewer", { agencyId: members[0]!.agencyId })).id);
    expect((await documentsFound(member, word)).ids).toEqual([doc.id]);
    for (const role of ["viewer", "admin", "secretary"] as const) {
      const outsider = await ctxOf((await createUser(role)).id);
      const found = await search(outsider, { ...filters(word), kind: null });
      expect(found?.groups ?? [], role).toEqual([]);
      expect(found?.counts ?? {}, role).toEqual({});
    }
  });

  it("follows the current files: a replaced version's words no longer find the document, the new version's do", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const viewer = await ctxOf((await createUser("viewer")).id);
    const doc = await documentOf();
    const [first, second] = [uniqueWord("draft"), uniqueWord("final")];
    await upload(doc.id, "en", "v1.pdf", pdfWithText(`Draft ${first}`), cookie);
    await runReadingJob();
    expect((await documentsFound(viewer, first)).ids).toEqual([doc.id]);

    await upload(doc.id, "en", "v2.txt", new TextEncoder().encode(`Final text ${second}\n`), cookie);
    expect((await documentsFound(viewer, first)).ids).toEqual([]);
    await runReadingJob();
    expect(await statuses(doc.id)).toEqual(["en:done:archived", "en:done"]);
    expect((await documentsFound(viewer, second)).ids).toEqual([doc.id]);
    expect((await documentsFound(viewer, first)).ids).toEqual([]);
  });

  it("records what could not be read: a broken PDF, a type whose text is not read, bytes missing from the store", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const doc = await documentOf();
    await upload(doc.id, "en", "broken.pdf", new TextEncoder().encode("%PDF-1.7\nnot a PDF at all\n%%EOF\n"), cookie);
    const zip = readFileSync(path.join(__dirname, "../fixtures/files/report.docx"));
    await upload(doc.id, "fr", "tableau.xlsx", new Uint8Array(zip), cookie);
    const missing = await documentOf();
    await prisma.documentFile.create({ data: { documentId: missing.id, language: "en", fileName: "gone.pdf", contentType: "application/pdf", size: 10, sha256: "0".repeat(64) } });
    await runReadingJob();
    expect(await statuses(doc.id)).toEqual(["en:failed", "fr:none"]);
    expect(await statuses(missing.id)).toEqual(["en:missing"]);
    const entry = await prisma.searchEntry.findUniqueOrThrow({ where: { kind_recordId: { kind: "document", recordId: doc.id } }, select: { body: true } });
    expect(entry.body).toBeNull();
  });

  it("bounds the reading: stopped past its time limit, and the text cut at the limit", async () => {
    expect(await readFileText("pdf", fixture("statement.pdf"), { timeoutMs: 1 })).toEqual({ status: "failed", reason: "timeout" });
    const long = await readFileText("plain", new TextEncoder().encode("word ".repeat(FILE_TEXT_MAX_CHARS)));
    expect(long.status).toBe("done");
    expect(long.status === "done" && long.text.length).toBeLessThanOrEqual(FILE_TEXT_MAX_CHARS);
    expect(long.status === "done" && long.text.length).toBeGreaterThan(FILE_TEXT_MAX_CHARS - 10);
    const small = await readFileText("pdf", pdfWithText("A short line"), { maxChars: 7 });
    expect(small).toEqual({ status: "done", text: "A short" });
  });
});
