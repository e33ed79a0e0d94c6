import { Form } from "@remix-run/react";
import { GAP_KINDS } from "~/domain/gaps";
import { useI18n } from "~/i18n/context";
import { phaseName, type PhaseNames } from "./phase-name";

type Options = {
  instruments: { id: string; code: string; name: string }[];
  phases: (PhaseNames & { id: string; number: number })[];
  agencies?: { id: string; name: string; acronym: string | null }[];
};
type Values = { q?: string; instrument: string; phase: string; agency?: string; kind?: string };

/** The GET filters of the catalogue, the matrix and the gaps list (bookmarkable, no JavaScript needed). */
export function CatalogueFilters({ options, values, search = false, gapKind = false }: { options: Options; values: Values; search?: boolean; gapKind?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <Form method="get" className="filters" role="search">
      {search ? (
        <label>
          {t("responsibility.filter.q")}
          <input type="search" name="q" defaultValue={values.q ?? ""} />
        </label>
      ) : null}
      <label>
        {t("responsibility.filter.instrument")}
        <select name="instrument" defaultValue={values.instrument}>
          <option value="">{t("common.all")}</option>
          {options.instruments.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("responsibility.filter.phase")}
        <select name="phase" defaultValue={values.phase}>
          <option value="">{t("common.all")}</option>
          {options.phases.map((p) => (
            <option key={p.id} value={p.id}>
              {p.number}. {phaseName(p, locale)}
            </option>
          ))}
        </select>
      </label>
      {options.agencies ? (
        <label>
          {t("responsibility.filter.agency")}
          <select name="agency" defaultValue={values.agency ?? ""}>
            <option value="">{t("common.all")}</option>
            {options.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.acronym ? `${a.acronym} — ${a.name}` : a.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {gapKind ? (
        <label>
          {t("gap.filter.kind")}
          <select name="kind" defaultValue={values.kind ?? ""}>
            <option value="">{t("common.all")}</option>
            {GAP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`gap.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="button">
        {t("common.filter")}
      </button>
    </Form>
  );
}
