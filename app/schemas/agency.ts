import { z } from "zod";
import { AGENCY_KINDS } from "~/domain/vocabulary";
import { withVersion } from "./record-version";
import { choice, optionalEmail, optionalId, optionalText, optionalUrl, requiredText } from "./fields";

export const agencySchema = z.object({
  name: requiredText(200),
  acronym: optionalText(30),
  kind: choice(AGENCY_KINDS),
  parentId: optionalId(),
  mandate: optionalText(4000),
  address: optionalText(500),
  email: optionalEmail(),
  phone: optionalText(50),
  website: optionalUrl(),
});

export type AgencyInput = z.input<typeof agencySchema>;
export type AgencyData = z.output<typeof agencySchema>;

/** The edit form: the same fields and the record version it was loaded at. */
export const agencyEditSchema = withVersion(agencySchema);
/** An agency's page: archive or restore it. */
export const agencyPageSchema = z.object({ intent: z.enum(["archive", "restore"], { error: "error.invalidChoice" }) });
