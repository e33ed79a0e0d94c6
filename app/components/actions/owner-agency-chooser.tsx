import { Form } from "@remix-run/react";
import { useI18n } from "~/i18n/context";
import { useHydrated } from "../decisions/use-hydrated";

export const OWNER_AGENCY_FORM = "owner-agency";

/**
 * Narrows the owner posts to one agency's. It is a GET form of its own (forms cannot nest): the
 * empty form element sits before the action form, and its select and button, placed next to the
 * owner post field, join it through their `form` attribute. Without JavaScript the button reloads
 * the page with that agency's posts; with it, `onChoose` fetches them and nothing typed is lost.
 */
export function OwnerAgencyForm({ keep }: { keep: Record<string, string> }) {
  return (
    <Form method="get" id={OWNER_AGENCY_FORM} replace preventScrollReset>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </Form>
  );
}

export function OwnerAgencySelect({
  agencies,
  selected,
  committeeContext,
  onChoose,
}: {
  agencies: { id: string; name: string; acronym: string | null }[];
  selected: string;
  /** With a committee, "no agency" means the committee's member agencies. */
  committeeContext: boolean;
  onChoose: (agencyId: string) => void;
}) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  return (
    <div className="field owner-agency">
      <label htmlFor="owner-agency-select">{t("action.form.ownerAgency")}</label>
      <div className="inline-fields">
        <select
          id="owner-agency-select"
          name="agency"
          form={OWNER_AGENCY_FORM}
          defaultValue={selected}
          onChange={(e) => onChoose(e.currentTarget.value)}
        >
          <option value="">{committeeContext ? t("action.form.committeeAgencies") : t("action.form.chooseAgency")}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.acronym ? `${a.acronym} — ${a.name}` : a.name}
            </option>
          ))}
        </select>
        {hydrated ? null : (
          <button type="submit" form={OWNER_AGENCY_FORM} className="button">
            {t("action.form.showPosts")}
          </button>
        )}
      </div>
    </div>
  );
}
