import { useI18n } from "~/i18n/context";

/** A list filter: a labelled select whose empty choice means "all". Submitted with its GET form. */
export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | null | undefined;
  options: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{t("common.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
