import { isOneOf, RACI_ROLES } from "~/domain/vocabulary";
import { useI18n } from "~/i18n/context";

/** The RACI letter, with its word for screen readers and on hover. */
export function RaciBadge({ role }: { role: string }) {
  const { t } = useI18n();
  const word = isOneOf(RACI_ROLES, role) ? t(`raci.${role}`) : role;
  return (
    <abbr className={`raci raci--${role}`} title={word}>
      {role}
      <span className="visually-hidden"> ({word})</span>
    </abbr>
  );
}
