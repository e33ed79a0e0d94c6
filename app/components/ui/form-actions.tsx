import { useNavigation } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

/** The save and cancel buttons under a form; save is disabled while the form is being sent. */
export function FormActions({ submitLabel, cancelTo }: { submitLabel?: string; cancelTo: string }) {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={navigation.state === "submitting"}>
        {submitLabel ?? t("common.save")}
      </button>
      <a href={cancelTo} className="button button--quiet">
        {t("common.cancel")}
      </a>
    </div>
  );
}
