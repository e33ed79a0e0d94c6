import { useI18n } from "~/i18n/context";

export type ClashView = {
  kind: "same_person" | "holder" | "acting";
  personName: string;
  startDate: string | Date;
  plannedEndDate: string | Date | null;
  endDate: string | Date | null;
  acting: boolean;
};

/** Says who is in the way, for how long, and what to do instead: the form explains, it does not just fail. */
export function ClashExplanation({ clash }: { clash: ClashView }) {
  const { t, date } = useI18n();
  const start = date(clash.startDate, "UTC");
  const until = clash.endDate ?? clash.plannedEndDate;
  const period = until ? t("assignment.clash.period", { start, end: date(until, "UTC") }) : t("assignment.clash.open", { start });
  return (
    <div role="alert" className="form-alert clash">
      <p>
        <strong>{t(`assignment.clash.title.${clash.kind}`)}</strong>
      </p>
      <p>
        {t(clash.acting ? "assignment.clash.heldActing" : "assignment.clash.held", { name: clash.personName, period })}
      </p>
      <p>{t(`assignment.clash.fix.${clash.kind}`)}</p>
    </div>
  );
}
