import { decisionSymbol, shortYear } from "~/domain/decision-numbering";
import { useI18n } from "~/i18n/context";

type Numbered = { year: number; serial: number; committee: { decisionPrefix: string | null } };

/** "FSC.DEC/1/18" where the committee has a prefix, else "Decision No. 1/18" in the reader's language. */
export function useDecisionNumber() {
  const { t } = useI18n();
  return (d: Numbered) =>
    decisionSymbol(d.committee.decisionPrefix, d) ?? t("decision.number", { serial: d.serial, year: shortYear(d.year) });
}
