import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/i18n/context";

type SubmitProps = {
  /** The button's text; "Save" when not given. */
  label?: string;
  /** Sent as `intent` when a page has several forms. */
  intent?: string;
  /** A secondary button ("button") rather than the form's main one ("button button--primary"). */
  secondary?: boolean;
  /**
   * Never disabled while the form is being sent. For a button whose intent must reach the server
   * with JavaScript (a disabled submitter drops its name from the form data), and where the form
   * always did without.
   */
  keepEnabled?: boolean;
};

/** A form's submit button: disabled while the form is being sent, unless told otherwise. */
export function SubmitButton({ label, intent, secondary, keepEnabled }: SubmitProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <button
      type="submit"
      name={intent ? "intent" : undefined}
      value={intent}
      className={secondary ? "button" : "button button--primary"}
      disabled={!keepEnabled && navigation.state === "submitting"}
    >
      {label ?? t("common.save")}
    </button>
  );
}

/**
 * The buttons under a form: its submit button (see SubmitButton), any other buttons or links given
 * as children, then "Cancel" back to `cancelTo` when there is somewhere to go back to.
 */
export function FormActions({
  submitLabel,
  cancelTo,
  children,
  ...submit
}: Omit<SubmitProps, "label"> & { submitLabel?: string; cancelTo?: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <SubmitButton label={submitLabel} {...submit} />
      {children}
      {cancelTo ? (
        <a href={cancelTo} className="button button--quiet">
          {t("common.cancel")}
        </a>
      ) : null}
    </div>
  );
}
