import { z } from "zod";
import { LOCALES } from "~/domain/vocabulary";
import { choice } from "./fields";

export const signInSchema = z.object({
  email: z.string({ error: "error.required" }).trim().min(1, "error.required").max(320, "error.tooLong").pipe(z.email("error.email")),
  password: z.string({ error: "error.required" }).min(1, "error.required").max(500, "error.tooLong"),
  redirectTo: z.string().max(2000).optional(),
});

export type SignInInput = z.input<typeof signInSchema>;

/** The header's language switch. */
export const languageSchema = z.object({
  locale: choice(LOCALES),
  redirectTo: z.string().max(2000).optional(),
});
