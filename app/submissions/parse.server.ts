// The one way an action reads and parses what was submitted (issue 8 §2, §3):
// - `readForm` refuses a cross-site post (403), a body that is not a form (415), a body larger than
//   the form may be (413, read no further), a broken body, a NUL byte, an unexpected file or a field
//   given twice (400), before any action code runs;
// - `parseWith` parses the values once with the same schema the browser form uses. The action uses
//   that one parsed value for the permission decision and for the write.
import { data, unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { stageStream, UploadTooLargeError, type StagedFile } from "~/models/file-store.server";
import { z } from "zod";
import { refuseCrossSite } from "~/http/origin.server";
import { refusal } from "~/http/refusal.server";
import type { FieldErrors, FormFailure } from "./form-result";

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/** The largest body a form may send (the CSV import allows its file's size on top). */
export const MAX_FORM_BYTES = 1024 * 1024;

export type ReadFormOptions = {
  /** Fields that may carry an uploaded file (the CSV import); any other file is refused. */
  files?: readonly string[];
  /** The largest body accepted, in bytes (MAX_FORM_BYTES unless given). */
  maxBytes?: number;
};

/**
 * The body, read up to `maxBytes` and no further: a larger body (by its Content-Length, or as it
 * streams in without one) is refused with 413 before it is held in memory or parsed.
 */
async function limitedBody(request: Request, maxBytes: number): Promise<Blob> {
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw refusal(413, "tooLarge");
  if (!request.body) return new Blob([]);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw refusal(413, "tooLarge");
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    throw refusal(400, "brokenBody");
  }
  return new Blob(chunks as BlobPart[]);
}

/** The submitted form, or a thrown 4xx when the request is not a well-formed form submission. */
export async function readForm(request: Request, { files = [], maxBytes = MAX_FORM_BYTES }: ReadFormOptions = {}): Promise<FormData> {
  refuseCrossSite(request);
  const contentType = request.headers.get("Content-Type") ?? "";
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FORM_TYPES.includes(type)) throw refusal(415, "notAForm");
  const body = await limitedBody(request, maxBytes);
  let formData: FormData;
  try {
    formData = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw refusal(400, "brokenBody");
  }
  const seen = new Set<string>();
  for (const [name, value] of formData) {
    // Every field of every form is a single value: a second copy is how a permission check reading
    // one value and a write reading another were played against each other.
    if (seen.has(name)) throw refusal(400, "repeatedField");
    seen.add(name);
    if (name.includes("\u0000")) throw refusal(400, "nulByte");
    if (typeof value === "string") {
      if (value.includes("\u0000")) throw refusal(400, "nulByte");
    } else if (!files.includes(name)) {
      throw refusal(400, "unexpectedFile");
    }
  }
  return formData;
}

/** An upload form's bounds: its text fields are few and short; its one file is streamed to the store. */
const UPLOAD_TEXT_FIELD_MAX_BYTES = 16 * 1024;
const UPLOAD_PARTS_MAX = 30;

/** The file received, not yet kept: the caller keeps it once the form is valid, or discards it. */
export type UploadedPart = { fileName: string; file: StagedFile };

export type UploadForm = {
  formData: FormData;
  /** The file sent in the upload field, stored; null when the field was left empty. */
  upload: UploadedPart | null;
  /** Why the file was not kept (too large, a type not accepted, content not matching its name). */
  uploadError: "tooLarge" | "type" | "content" | null;
};

/** Reads a part to its end without keeping it (the parser needs it read), at most `max` bytes. */
async function drain(data: AsyncIterable<Uint8Array>, max: number) {
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size > max) throw new UploadTooLargeError(max);
  }
}

/**
 * The one form that carries a file into the store (a document's language version). The same checks
 * as readForm — cross-site, a form body, no field twice, no NUL — and, because the body is a file:
 * it is streamed, never held whole. A declared length past the limit is refused (413) before
 * anything is read; the one file field goes through `stageStream` with the size limit and the type
 * check (the caller keeps or discards it: see UploadedPart); any other file is refused; text fields
 * are bounded in number and size.
 */
export async function readUploadForm(
  request: Request,
  { field, maxBytes, check }: { field: string; maxBytes: number; check: (fileName: string, head: Uint8Array) => "type" | "content" | null },
): Promise<UploadForm> {
  refuseCrossSite(request);
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "multipart/form-data") throw refusal(415, "notAForm");
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes + UPLOAD_PARTS_MAX * UPLOAD_TEXT_FIELD_MAX_BYTES) throw refusal(413, "tooLarge");
  let upload: UploadedPart | null = null;
  let uploadError: UploadForm["uploadError"] = null;
  let parts = 0;
  const seen = new Set<string>();
  // The text fields read so far: a file found too large stops the reading, and the form is answered
  // with what was typed (the file input comes last in the form, so the other fields are read first).
  const texts: [string, string][] = [];
  const handler: UploadHandler = async ({ name, filename, data }) => {
    parts += 1;
    if (parts > UPLOAD_PARTS_MAX) throw refusal(400, "brokenBody");
    if (seen.has(name)) throw refusal(400, "repeatedField");
    seen.add(name);
    if (name.includes("\u0000")) throw refusal(400, "nulByte");
    if (typeof filename === "string") {
      if (name !== field) throw refusal(400, "unexpectedFile");
      // An empty file input still sends its part, with no name and no bytes.
      if (!filename) {
        await drain(data, 0);
        return undefined;
      }
      try {
        const file = await stageStream(data, {
          maxBytes,
          check: (head) => {
            const refused = check(filename, head);
            if (refused) throw new UploadRefusedError(refused);
          },
        });
        upload = { fileName: filename, file };
      } catch (error) {
        if (!(error instanceof UploadRefusedError)) throw error;
        uploadError = error.reason;
        // Refused by its type: the rest of the part is read (not kept), within the same size limit.
        await drain(data, maxBytes);
      }
      return undefined;
    }
    let size = 0;
    const chunks: Uint8Array[] = [];
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > UPLOAD_TEXT_FIELD_MAX_BYTES) throw refusal(413, "tooLarge");
      chunks.push(chunk);
    }
    const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
    if (text.includes("\u0000")) throw refusal(400, "nulByte");
    texts.push([name, text]);
    return text;
  };
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    // A part after the file refused the request: the file is not kept.
    await (upload as UploadedPart | null)?.file.discard();
    if (error instanceof Response) throw error;
    // Too large: the body past the limit is not read; the form is answered with the reason.
    if (error instanceof UploadTooLargeError) {
      const typed = new FormData();
      for (const [name, value] of texts) typed.append(name, value);
      return { formData: typed, upload: null, uploadError: "tooLarge" };
    }
    throw refusal(400, "brokenBody");
  }
  return { formData, upload, uploadError };
}

class UploadRefusedError extends Error {
  constructor(readonly reason: "type" | "content") {
    super(`upload refused: ${reason}`);
  }
}

/** The text fields of a submitted form, as typed (files are not text and are left out). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") values[key] = value;
  return values;
}

export type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | FormFailure;

/** Parses with the same schema the browser form uses. */
export function parseWith<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.output<S>> {
  const values = formValues(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  const flat = z.flattenError(result.error);
  const fieldErrors: FieldErrors = flat.fieldErrors;
  return { ok: false, values, fieldErrors, formErrors: flat.formErrors };
}

/** Reads the form and parses it: the usual first line of an action. */
export async function readAndParse<S extends z.ZodType>(request: Request, schema: S, options?: ReadFormOptions): Promise<Parsed<z.output<S>>> {
  return parseWith(schema, await readForm(request, options));
}

/** A refused submission: 400 with the typed values and the errors, nothing written. */
export function refused(failure: FormFailure) {
  return data(failure, { status: 400 });
}

export function refuse(values: Record<string, string>, fieldErrors: FieldErrors, formErrors: string[] = []) {
  return refused({ ok: false, values, fieldErrors, formErrors });
}

/**
 * What was typed into a form that was sent back by GET to reload part of the page (the "Show its
 * posts" button without JavaScript): the named fields from the address, each bounded, so the page
 * shows them again instead of losing them. Display only; a save still parses its own POST.
 */
export function typedFromSearch(search: URLSearchParams, names: readonly string[], maxLength = 8000): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = search.get(name);
    if (value !== null) out[name] = value.slice(0, maxLength);
  }
  return out;
}
