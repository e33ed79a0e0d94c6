import { useI18n } from "~/i18n/context";

export type GapItem = {
  kind: "no_accountable" | "multiple_accountable" | "no_responsible" | "vacant_post" | "leaving_without_successor";
  count?: number;
  positionTitle?: string;
  personName?: string;
  leavingOn?: string | Date;
};

/** One sentence per gap, saying what is missing and where. */
export function GapText({ gap }: { gap: GapItem }) {
  const { t, date } = useI18n();
  switch (gap.kind) {
    case "no_accountable":
      return <>{t("gap.no_accountable")}</>;
    case "multiple_accountable":
      return <>{t("gap.multiple_accountable", { count: gap.count ?? 2 })}</>;
    case "no_responsible":
      return <>{t("gap.no_responsible")}</>;
    case "vacant_post":
      return <>{t("gap.vacant_post", { post: gap.positionTitle ?? "?" })}</>;
    case "leaving_without_successor":
      return (
        <>
          {t("gap.leaving_without_successor", {
            post: gap.positionTitle ?? "?",
            name: gap.personName ?? "?",
            date: gap.leavingOn ? date(gap.leavingOn, "UTC") : "?",
          })}
        </>
      );
  }
}

export function GapBadges({ gaps }: { gaps: GapItem[] }) {
  const { t } = useI18n();
  if (!gaps.length) return <span className="gap-ok">{t("gap.none")}</span>;
  return (
    <ul className="compact-list" aria-label={t("gap.label")}>
      {gaps.map((g, i) => (
        <li key={`${g.kind}-${i}`} className="gap-badge">
          <GapText gap={g} />
        </li>
      ))}
    </ul>
  );
}
