import { FilterSelect } from "~/components/ui/filter-select";
import { agencyChoiceLabel } from "~/domain/labels";
import { useI18n } from "~/i18n/context";

/** The reporting pages' instrument and lead-agency filters (inside their `<ListFilters>`). */
export function ObligationFilters({
  instruments,
  agencies,
  values,
}: {
  instruments: { id: string; code: string }[];
  agencies: { id: string; acronym: string | null; name: string }[];
  values: { instrument: string | null; agency: string | null };
}) {
  const { t } = useI18n();
  return (
    <>
      <FilterSelect label={t("reporting.field.instrument")} name="instrument" value={values.instrument} options={instruments.map((i) => ({ value: i.id, label: i.code }))} />
      <FilterSelect label={t("reporting.list.leadAgency")} name="agency" value={values.agency} options={agencies.map((a) => ({ value: a.id, label: agencyChoiceLabel(a) }))} />
    </>
  );
}
