// The one way an action reads and parses what was submitted (issue 8 §2, §3):
// - `readForm` refuses a cross-site post (403), a body that is not a form (415), a body larger than
//   the form may be (413, read no further), a broken body, a NUL byte, an unexpected file or a field
//   given twice (400), before any action code runs;
// - `parseWith` parses the values once with the same schema the browser form uses. The action uses
//   that one parsed value for the permission decision and for the write.
import { data } from "@remix-run/node";
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
