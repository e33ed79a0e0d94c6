import { GAP_KINDS } from "~/domain/gaps";
import { useI18n } from "~/i18n/context";
import { phaseName, type PhaseNames } from "./phase-name";
import { FilterSelect } from "~/components/ui/filter-select";
import { ListFilters, SearchField } from "~/components/ui/list-page";
import { agencyChoiceLabel } from "~/domain/labels";

type Options = {
  instruments: { id: string; code: string; name: string }[];
  phases: (PhaseNames & { id: string; number: number })[];
  agencies?: { id: string; name: string; acronym: string | null }[];
};
/** The parsed query string (null: no filter). */
type Values = { q?: string | null; instrument: string | null; phase: string | null; agency?: string | null; kind?: string | null };

/** The GET filters of the catalogue, the matrix and the gaps list (bookmarkable, no JavaScript needed). */
export function CatalogueFilters({ options, values, search = false, gapKind = false }: { options: Options; values: Values; search?: boolean; gapKind?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <ListFilters>
      {search ? <SearchField label={t("responsibility.filter.q")} value={values.q} /> : null}
      <FilterSelect
        label={t("responsibility.filter.instrument")}
        name="instrument"
        value={values.instrument}
        options={options.instruments.map((i) => ({ value: i.id, label: i.code }))}
      />
      <FilterSelect
        label={t("responsibility.filter.phase")}
        name="phase"
        value={values.phase}
        options={options.phases.map((p) => ({ value: p.id, label: `${p.number}. ${phaseName(p, locale)}` }))}
      />
      {options.agencies ? (
        <FilterSelect
          label={t("responsibility.filter.agency")}
          name="agency"
          value={values.agency}
          options={options.agencies.map((a) => ({ value: a.id, label: agencyChoiceLabel(a) }))}
        />
      ) : null}
      {gapKind ? (
        <FilterSelect
          label={t("gap.filter.kind")}
          name="kind"
          value={values.kind}
          options={GAP_KINDS.map((k) => ({ value: k, label: t(`gap.kind.${k}`) }))}
        />
      ) : null}
    </ListFilters>
  );
}
