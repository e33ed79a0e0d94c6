import { z } from "zod";
import { AGENDA_ITEM_KINDS, CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import { requiredTime } from "./dates";
import { choice, optionalId, optionalText, requiredText } from "./fields";
import { recordVersionField, withVersion } from "./record-version";

const itemFields = {
  label: optionalText(20),
  title: requiredText(300),
  kind: choice(AGENDA_ITEM_KINDS),
  presenterAgencyId: optionalId(),
};

export const addAgendaItemSchema = z.object({ intent: z.literal("add"), ...itemFields });
export type AddAgendaItemInput = z.input<typeof addAgendaItemSchema>;

/** The buttons of the agenda list: reorder, remove, and record the adoption of the agenda. */
export const agendaChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("up"), itemId: requiredText(64) }),
  z.object({ intent: z.literal("down"), itemId: requiredText(64) }),
  z.object({ intent: z.literal("remove"), itemId: requiredText(64) }),
  z.object({ intent: z.literal("adopt"), adoptedTime: requiredTime() }),
  z.object({ intent: z.literal("unadopt") }),
]);

export const agendaItemSchema = z.object({
  intent: z.literal("save"),
  ...itemFields,
  notes: optionalText(8000),
  confidentiality: choice(CONFIDENTIALITY_LEVELS),
});
export type AgendaItemInput = z.input<typeof agendaItemSchema>;
/** The item's edit form: the same fields and the record version it was loaded at. */
export const agendaItemEditSchema = withVersion(agendaItemSchema);

// Document symbols: "FSC.DEC/1/18", "ATT/CSP10.WGTR/2024/CHAIR/778/AnnAgenda". Several are separated
// by commas or new lines.
const SYMBOL = /^[A-Za-z0-9][A-Za-z0-9./\-_()+ ]*$/;

export function symbolList() {
  return z
    .string()
    .trim()
    .max(1000, "error.tooLong")
    .optional()
    .transform((v) => [...new Set((v ?? "").split(/[,\n]/).map((s) => s.trim()).filter(Boolean))])
    .refine((list) => list.every((s) => SYMBOL.test(s) && s.length <= 120), "document.error.symbol");
}

export const attachDocumentSchema = z.object({
  intent: z.literal("attach"),
  symbol: requiredText(120).refine((s) => SYMBOL.test(s), "document.error.symbol"),
});

export const statementSchema = z.object({
  intent: z.literal("statement"),
  speakerLabel: requiredText(500),
  speakerAgencyId: optionalId(),
  summary: optionalText(8000),
  symbols: symbolList(),
});
export type StatementInput = z.input<typeof statementSchema>;

export const agendaItemChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("detach"), linkId: requiredText(64) }),
  z.object({ intent: z.literal("removeStatement"), statementId: requiredText(64) }),
]);

/** The agenda page's forms, parsed as one. */
export const agendaPageSchema = z.discriminatedUnion("intent", [addAgendaItemSchema, agendaChangeSchema]);

/** An agenda item's page: its own form, documents, statements. */
export const agendaItemPageSchema = z.discriminatedUnion("intent", [agendaItemSchema.extend({ version: recordVersionField }), attachDocumentSchema, statementSchema, agendaItemChangeSchema]);
