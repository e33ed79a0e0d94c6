import { useI18n } from "~/i18n/context";
import { useHydrated } from "~/components/ui/use-hydrated";
import { agencyChoiceLabel } from "~/domain/labels";

/**
 * Narrows the owner posts to one agency's. With JavaScript, choosing an agency fetches its posts
 * (`onChoose`) and nothing typed is lost. Without it, "Show its posts" sends the whole action form
 * back by GET (formMethod), so the page comes back with that agency's posts and everything typed
 * (the loaders read it back with typedFromSearch). The POST that saves ignores the "agency" field.
 */
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
          defaultValue={selected}
          onChange={(e) => onChoose(e.currentTarget.value)}
        >
          <option value="">{committeeContext ? t("action.form.committeeAgencies") : t("action.form.chooseAgency")}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {agencyChoiceLabel(a)}
            </option>
          ))}
        </select>
        {hydrated ? null : (
          <button type="submit" formMethod="get" formNoValidate className="button">
            {t("action.form.showPosts")}
          </button>
        )}
      </div>
    </div>
  );
}
