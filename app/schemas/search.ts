// The search form (GET /search): the same schema reads the URL on the server and describes the form.
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "~/domain/search-query";
import { SEARCH_KINDS } from "~/search/index-definition";
import { optionalDate } from "./dates";

const optionalId = z
  .string()
  .trim()
  .max(64, "error.tooLong")
  .optional()
  .transform((v) => v || null);

/** A committee or agency typed by name or short name (the page resolves it to one record). */
const optionalName = z
  .string()
  .trim()
  .max(120, "error.tooLong")
  .optional()
  .transform((v) => v || null);

export const searchSchema = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH * 5, "error.tooLong").optional().transform((v) => (v ?? "").trim().slice(0, MAX_QUERY_LENGTH)),
    kind: z
      .union([z.enum(SEARCH_KINDS), z.literal("")], { error: "search.error.kind" })
      .optional()
      .transform((v) => v || null),
    committee: optionalId,
    committeeName: optionalName,
    agency: optionalId,
    agencyName: optionalName,
    from: optionalDate(),
    to: optionalDate(),
    archived: z
      .enum(["1", "on", ""], { error: "search.error.archived" })
      .optional()
      .transform((v) => v === "1" || v === "on"),
    page: z.coerce.number({ error: "search.error.page" }).int("search.error.page").min(1, "search.error.page").max(500, "search.error.page").default(1),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "search.error.range" });

export type SearchForm = z.input<typeof searchSchema>;
