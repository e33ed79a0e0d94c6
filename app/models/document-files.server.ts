// The files of a document: one current file per language version, earlier uploads kept (archived,
// never deleted) so what was circulated stays retrievable by its hash. The bytes live in the file
// store (file-store.server.ts); who may read them is the document's clearance (permissions.server.ts).
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { recordAudit } from "./audit.server";

const fileFields = {
  id: true,
  documentId: true,
  language: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  archivedAt: true,
  createdAt: true,
} satisfies Prisma.DocumentFileSelect;

/** The current file of each language version, and the replaced ones, newest first (bounded). */
export function listDocumentFiles(documentId: string) {
  return prisma.documentFile.findMany({
    where: { documentId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { language: "asc" }, { createdAt: "desc" }],
    take: 100,
    select: { ...fileFields, textStatus: true },
  });
}

/** One file of one document, for download: the caller has checked the document's clearance. */
export function getDocumentFile(documentId: string, fileId: string) {
  return prisma.documentFile.findFirst({ where: { id: fileId, documentId }, select: fileFields });
}

/**
 * Records an uploaded file as the document's version in `language`: the previous file of that
 * language is archived (kept, no longer current), the language joins the document's list, audited
 * in one transaction.
 */
export function addDocumentFile(
  actorId: string,
  documentId: string,
  file: { language: string; fileName: string; contentType: string; size: number; sha256: string },
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    const document = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { id: true, languages: true, version: true } });
    const previous = await tx.documentFile.findMany({ where: { documentId, language: file.language, archivedAt: null }, select: fileFields });
    for (const before of previous) {
      const after = await tx.documentFile.update({ where: { id: before.id }, data: { archivedAt: now }, select: fileFields });
      await recordAudit(tx, { actorId, entity: "documentFile", entityId: before.id, action: "archive", before, after });
    }
    const created = await tx.documentFile.create({ data: { ...file, documentId, uploadedById: actorId }, select: fileFields });
    await recordAudit(tx, { actorId, entity: "documentFile", entityId: created.id, action: "create", after: created });
    const languages = document.languages.split(",").map((l) => l.trim()).filter(Boolean);
    if (!languages.includes(file.language)) {
      const next = [...languages, file.language].join(",");
      await tx.document.update({ where: { id: documentId }, data: { languages: next, version: { increment: 1 } }, select: { id: true } });
      await recordAudit(tx, { actorId, entity: "document", entityId: documentId, action: "update", before: { languages: document.languages, version: document.version }, after: { languages: next, version: document.version + 1 } });
    }
    return created;
  });
}
