import { z } from "zod";

export const signInSchema = z.object({
  email: z.string({ error: "error.required" }).trim().min(1, "error.required").max(320, "error.tooLong").pipe(z.email("error.email")),
  password: z.string({ error: "error.required" }).min(1, "error.required").max(500, "error.tooLong"),
  redirectTo: z.string().optional(),
});

export type SignInInput = z.input<typeof signInSchema>;
