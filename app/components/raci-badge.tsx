import { useI18n } from "~/i18n/context";
import { raciRoleLabel } from "~/domain/labels";

/** The RACI letter, with its word for screen readers and on hover. */
export function RaciBadge({ role }: { role: string }) {
  const { t } = useI18n();
  const word = raciRoleLabel(t, role);
  return (
    <abbr className={`raci raci--${role}`} title={word}>
      {role}
      <span className="visually-hidden"> ({word})</span>
    </abbr>
  );
}
