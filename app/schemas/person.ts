import { z } from "zod";
import { optionalEmail, optionalText, requiredText } from "./fields";
import { withVersion } from "./record-version";

export const personSchema = z.object({
  honorific: optionalText(40),
  givenName: requiredText(100),
  familyName: requiredText(100),
  email: optionalEmail(),
  phone: optionalText(50),
  notes: optionalText(2000),
});

export type PersonInput = z.input<typeof personSchema>;
export type PersonData = z.output<typeof personSchema>;

/** The edit form: the same fields and the record version it was loaded at. */
export const personEditSchema = withVersion(personSchema);
