// Issue 11: files of a document — streamed into ./data/files by content hash under size and type
// limits, several language versions, served only to readers cleared for the document — and a
// document registered from a meeting dated like the meeting. Real multipart requests, a real store.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { UPLOAD_MAX_BYTES } from "../../app/domain/file-types";
import { loader as newDocumentLoader } from "../../app/routes/documents.new";
import { loader as documentLoader } from "../../app/routes/documents.$documentId._index";
import { action as filesAction, loader as filesLoader } from "../../app/routes/documents.$documentId.files._index";
import { loader as downloadLoader } from "../../app/routes/documents.$documentId.files.$fileId";
import { copyStoredFiles } from "../../scripts/backup/files-backup";
import { auditCount, createUser, getRequest, sessionCookie, thrown, unique } from "../support/fixtures";
import { fieldErrorsOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMembers } from "../support/meeting-fixtures";

const context = {};
let store: string;
beforeAll(() => {
  store = mkdtempSync(path.join(tmpdir(), "relais-files-"));
  process.env.RELAIS_FILES_DIR = store;
});
afterAll(() => {
  rmSync(store, { recursive: true, force: true });
  delete process.env.RELAIS_FILES_DIR;
});

const PDF = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

/** A multipart POST as a browser sends it: the text fields first, the file input last. */
function uploadRequest(documentId: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array } | null, cookie: string, fileField = "file") {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(fileField, file ? new File([new Uint8Array(file.bytes)], file.name, { type: "application/octet-stream" }) : new File([], "", { type: "application/octet-stream" }));
  return new Request(`http://localhost/documents/${documentId}/files`, { method: "POST", headers: { Cookie: cookie }, body: form });
}

function storedFiles(): string[] {
  return readdirSync(store, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(store, path.join(e.parentPath, e.name)));
}

async function documentOf(options: { confidentiality?: string; committeeId?: string | null } = {}) {
  return prisma.document.create({
    data: { symbol: unique("FSC.DEC"), title: "Decision on small arms", kind: "decision", languages: "en", confidentiality: options.confidentiality ?? "internal", committeeId: options.committeeId ?? null },
    select: { id: true },
  });
}

async function bodyOf(response: Response) {
  return new Uint8Array(await response.arrayBuffer());
}

describe("uploading a document's language versions", () => {
  it("streams the file into the store under its hash, adds the language, audited; a second upload of a language replaces it and keeps the first", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const doc = await documentOf();
    const params = { documentId: doc.id };
    const english = PDF("Decision No. 1/18");
    const sent = await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "FSC.DEC.1.18 (E).pdf", bytes: english }, cookie), params, context });
    expect(statusOf(sent)).toBe(302);
    const french = PDF("Décision n° 1/18");
    await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "fr" }, { name: "FSC.DEC.1.18 (F).pdf", bytes: french }, cookie), params, context });

    const sha = createHash("sha256").update(english).digest("hex");
    expect(readFileSync(path.join(store, sha.slice(0, 2), sha))).toEqual(Buffer.from(english));
    const rows = await prisma.documentFile.findMany({ where: { documentId: doc.id }, orderBy: { language: "asc" }, select: { id: true, language: true, fileName: true, contentType: true, size: true, sha256: true, archivedAt: true, uploadedById: true } });
    expect(rows.map((r) => [r.language, r.fileName, r.contentType, r.size, r.archivedAt])).toEqual([
      ["en", "FSC.DEC.1.18 (E).pdf", "application/pdf", english.byteLength, null],
      ["fr", "FSC.DEC.1.18 (F).pdf", "application/pdf", french.byteLength, null],
    ]);
    expect(rows[0]!.uploadedById).toBe(secretary.id);
    expect((await prisma.document.findUniqueOrThrow({ where: { id: doc.id }, select: { languages: true } })).languages).toBe("en,fr");
    expect(await auditCount("documentFile", rows[0]!.id)).toBe(1);

    // Corrected French version: the first is kept, archived; the same bytes are stored once.
    const corrected = PDF("Décision n° 1/18 (Corr.1)");
    await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "fr" }, { name: "FSC.DEC.1.18.Corr.1 (F).pdf", bytes: corrected }, cookie), params, context });
    await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "es" }, { name: "copie.pdf", bytes: english }, cookie), params, context });
    const page = await filesLoader({ request: getRequest(`/documents/${doc.id}/files`, cookie), params, context });
    expect(page.files.filter((f) => !f.archivedAt).map((f) => [f.language, f.fileName])).toEqual([
      ["en", "FSC.DEC.1.18 (E).pdf"],
      ["es", "copie.pdf"],
      ["fr", "FSC.DEC.1.18.Corr.1 (F).pdf"],
    ]);
    expect(page.files.filter((f) => f.archivedAt).map((f) => f.fileName)).toEqual(["FSC.DEC.1.18 (F).pdf"]);
    expect(storedFiles().filter((f) => !f.startsWith("tmp"))).toHaveLength(3);
    const documentPage = await documentLoader({ request: getRequest(`/documents/${doc.id}`, cookie), params, context });
    expect(documentPage.files.map((f) => f.language)).toEqual(["en", "es", "fr"]);
  });

  it("refuses a file too large, of a type not accepted or whose content is not what its name says, with the language kept and nothing stored", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const doc = await documentOf();
    const params = { documentId: doc.id };
    const before = new Set(storedFiles());
    const big = new Uint8Array(UPLOAD_MAX_BYTES + 1);
    big.set(PDF("x"));
    const tooLarge = await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "fr" }, { name: "annexes.pdf", bytes: big }, cookie), params, context });
    expect(statusOf(tooLarge)).toBe(413);
    expect(fieldErrorsOf(tooLarge).file).toEqual(["document.file.error.tooLarge"]);
    expect(valuesOf(tooLarge)).toMatchObject({ language: "fr" });

    const exe = await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "setup.exe", bytes: new Uint8Array([0x4d, 0x5a, 1, 2]) }, cookie), params, context });
    expect(fieldErrorsOf(exe).file).toEqual(["document.file.error.type"]);
    const disguised = await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "decision.pdf", bytes: new TextEncoder().encode("<html><script>alert(1)</script></html>") }, cookie), params, context });
    expect(statusOf(disguised)).toBe(400);
    expect(fieldErrorsOf(disguised).file).toEqual(["document.file.error.content"]);
    const none = await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, null, cookie), params, context });
    expect(fieldErrorsOf(none).file).toEqual(["document.file.error.required"]);
    const noLanguage = await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "french" }, { name: "ok.pdf", bytes: PDF("ok") }, cookie), params, context });
    expect(fieldErrorsOf(noLanguage).language).toEqual(["document.error.language"]);

    expect(await prisma.documentFile.count({ where: { documentId: doc.id } })).toBe(0);
    // Nothing kept from the refused forms: not in the store, not left half-written in its tmp folder —
    // "ok.pdf" included, a valid file in a form refused for its language.
    expect(storedFiles().filter((f) => !before.has(f))).toEqual([]);
  });

  it("refuses malformed uploads before any action code: another file field, a form too long declared, a cross-site post; and a focal point may not upload (403)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const doc = await documentOf();
    const params = { documentId: doc.id };
    const other = await thrown(filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "a.pdf", bytes: PDF("a") }, cookie, "attachment"), params, context }));
    expect(statusOf(other)).toBe(400);
    const declared = new Request(`http://localhost/documents/${doc.id}/files`, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(UPLOAD_MAX_BYTES * 2) },
      body: "--x--",
    });
    expect(statusOf(await thrown(filesAction({ request: declared, params, context })))).toBe(413);
    const crossSite = uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "a.pdf", bytes: PDF("a") }, cookie);
    crossSite.headers.set("Origin", "https://elsewhere.example");
    expect(statusOf(await thrown(filesAction({ request: crossSite, params, context })))).toBe(403);
    const focal = await createUser("focal_point");
    expect(statusOf(await thrown(filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "a.pdf", bytes: PDF("a") }, await sessionCookie(focal.id)), params, context })))).toBe(403);
    expect(await prisma.documentFile.count({ where: { documentId: doc.id } })).toBe(0);
  });
});

describe("downloading a document's file", () => {
  it("serves the bytes as a download to a cleared reader, and answers 404 to a reader not cleared for the document", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const { committee, members } = await committeeWithMembers();
    const doc = await documentOf({ confidentiality: "restricted", committeeId: committee.id });
    const params = { documentId: doc.id };
    // The secretary sits on the committee through their agency's seat.
    const secretaryAgency = await prisma.assignment.findFirstOrThrow({ where: { person: { user: { id: secretary.id } } }, select: { position: { select: { agencyId: true } } } });
    await prisma.committeeMembership.create({ data: { committeeId: committee.id, agencyId: secretaryAgency.position.agencyId, role: "secretariat", startDate: new Date(Date.now() - 86_400_000) } });
    const bytes = PDF("restricted record");
    expect(statusOf(await filesAction({ request: uploadRequest(doc.id, { intent: "upload", language: "en" }, { name: "Décision n° 1.pdf", bytes }, await sessionCookie(secretary.id)), params, context }))).toBe(302);
    const file = await prisma.documentFile.findFirstOrThrow({ where: { documentId: doc.id }, select: { id: true, sha256: true } });

    const member = await createUser("viewer", { agencyId: members[0]!.agencyId });
    const response = (await downloadLoader({ request: getRequest(`/documents/${doc.id}/files/${file.id}`, await sessionCookie(member.id)), params: { ...params, fileId: file.id }, context })) as Response;
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual(bytes);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="De_cision n_ 1.pdf"; filename*=UTF-8''D%C3%A9cision%20n%C2%B0%201.pdf`);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Security-Policy")).toContain("sandbox");
    expect(response.headers.get("Cache-Control")).toBe("private, no-cache");

    const outsider = await createUser("viewer");
    const hidden = await thrown(downloadLoader({ request: getRequest(`/documents/${doc.id}/files/${file.id}`, await sessionCookie(outsider.id)), params: { ...params, fileId: file.id }, context }));
    expect(statusOf(hidden)).toBe(404);
    expect(statusOf(await thrown(filesLoader({ request: getRequest(`/documents/${doc.id}/files`, await sessionCookie(outsider.id)), params, context })))).toBe(404);
    // A file id of another document does not open through this one.
    const open = await documentOf();
    expect(statusOf(await thrown(downloadLoader({ request: getRequest(`/documents/${open.id}/files/${file.id}`, await sessionCookie(outsider.id)), params: { documentId: open.id, fileId: file.id }, context })))).toBe(404);
  });
});

describe("a document registered from a meeting", () => {
  it("is dated the day of the meeting, in the venue's calendar", async () => {
    const secretary = await createUser("secretary");
    const { committee } = await committeeWithMembers();
    // 23:30 in New York on 1 June is already 2 June in UTC.
    const meeting = await prisma.meeting.create({
      data: { committeeId: committee.id, title: "BMS9 closing", startsAt: new Date("2026-06-02T03:30:00Z"), endsAt: new Date("2026-06-02T05:00:00Z"), timeZone: "America/New_York" },
      select: { id: true },
    });
    const page = await newDocumentLoader({ request: getRequest(`/documents/new?meetingId=${meeting.id}`, await sessionCookie(secretary.id)), params: {}, context });
    expect(page.issuedOn).toBe("2026-06-01");
    expect(page.committeeId).toBe(committee.id);
  });
});

describe("backing up the uploaded files", () => {
  it("copies the files a backup lacks, once, and checks each against its hash", async () => {
    const backup = mkdtempSync(path.join(tmpdir(), "relais-files-backup-"));
    try {
      const first = await copyStoredFiles({ from: store, to: backup });
      expect(first.copied).toBeGreaterThan(0);
      expect(first.problems).toEqual([]);
      const again = await copyStoredFiles({ from: store, to: backup });
      expect(again).toMatchObject({ copied: 0, kept: first.copied + first.kept });
      const [name] = readdirSync(path.join(backup, readdirSync(backup)[0]!));
      expect(existsSync(path.join(store, name!.slice(0, 2), name!))).toBe(true);
    } finally {
      rmSync(backup, { recursive: true, force: true });
    }
  });
});
