import { Form, useLocation } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

/** The button that switches the interface to the other language and comes back to the same page. */
export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const location = useLocation();
  return (
    <Form method="post" action="/language" className="inline-form">
      <input type="hidden" name="locale" value={locale === "en" ? "fr" : "en"} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button type="submit" className="button button--quiet" lang={locale === "en" ? "fr" : "en"} aria-label={t("nav.switchToLabel")}>
        {t("nav.switchTo")}
      </button>
    </Form>
  );
}

/**
 * Signed out, the switch comes after the page: the sign-in form is the first thing in the tab order
 * (and the first button), and the switch is still one tab away at the end.
 */
export function SignedOutFooter() {
  return (
    <footer className="app-footer">
      <LanguageSwitch />
    </footer>
  );
}
