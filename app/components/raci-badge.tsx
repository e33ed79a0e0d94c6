import { useI18n } from "~/i18n/context";
import { raciRoleLabel } from "~/domain/labels";

/** The RACI letter, with its word (and the post holding it, when given) for screen readers and on hover. */
export function RaciBadge({ role, post }: { role: string; post?: string | null }) {
  const { t } = useI18n();
  const roleName = raciRoleLabel(t, role);
  const word = post ? `${roleName} — ${post}` : roleName;
  return (
    <abbr className={`raci raci--${role}`} title={word}>
      {role}
      <span className="visually-hidden"> ({word})</span>
    </abbr>
  );
}
