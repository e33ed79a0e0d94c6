// What a password must be. Length matters most (NIST SP 800-63B): at least 12 characters, no
// composition rules, but not the account's own email address or its name part, and not one
// character repeated. Shared by the browser form and the server through the zod schemas.

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes anything, but an unbounded input would let one request burn the CPU. */
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem =
  | "password.error.tooShort"
  | "password.error.tooLong"
  | "password.error.containsEmail"
  | "password.error.repetitive";

export function passwordProblems(password: string, email?: string | null): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push("password.error.tooShort");
  if (length > PASSWORD_MAX_LENGTH) problems.push("password.error.tooLong");
  if (email) {
    const lower = password.toLowerCase();
    const address = email.trim().toLowerCase();
    const local = address.split("@")[0] ?? "";
    if (lower.includes(address) || (local.length >= 4 && lower.includes(local))) problems.push("password.error.containsEmail");
  }
  if (length > 0 && new Set(password).size === 1) problems.push("password.error.repetitive");
  return problems;
}
