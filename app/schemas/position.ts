import { z } from "zod";
import { optionalEmail, optionalText, requiredText } from "./fields";
import { withVersion } from "./record-version";

export const positionSchema = z.object({
  agencyId: requiredText(64),
  title: requiredText(200),
  description: optionalText(2000),
  functionalEmail: optionalEmail(),
});

export type PositionInput = z.input<typeof positionSchema>;
export type PositionData = z.output<typeof positionSchema>;

/** The edit form: the same fields and the record version it was loaded at. */
export const positionEditSchema = withVersion(positionSchema);
