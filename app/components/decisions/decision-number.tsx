import { decisionSymbol, shortYear } from "~/domain/decision-numbering";
import { useI18n } from "~/i18n/context";
import type { Translate } from "~/i18n/translate";

type Numbered = { year: number; serial: number; committee: { decisionPrefix: string | null } };

/** "FSC.DEC/1/18" where the committee has a prefix, else "Decision No. 1/18" in the reader's language. */
export function decisionNumber(t: Translate, d: Numbered): string {
  return decisionSymbol(d.committee.decisionPrefix, d) ?? t("decision.number", { serial: d.serial, year: shortYear(d.year) });
}

/** What names a decision on its own, as in a page title: "Decision FSC.DEC/1/18", "Decision No. 1/18". */
export function decisionName(t: Translate, d: Numbered): string {
  const symbol = decisionSymbol(d.committee.decisionPrefix, d);
  return symbol ? t("decision.named", { symbol }) : t("decision.number", { serial: d.serial, year: shortYear(d.year) });
}

export function useDecisionNumber() {
  const { t } = useI18n();
  return (d: Numbered) => decisionNumber(t, d);
}
