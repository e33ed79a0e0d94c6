import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { ERROR_REFERENCE_ATTRIBUTE, ErrorReferenceContext } from "./error-reference";
import { LOCALES, type Locale } from "./domain/vocabulary";
import { loadCatalogue } from "./i18n/catalogue-loader.client";

// An error page rendered by the server carries its reference; keep it through hydration.
const reference = document.querySelector(`[${ERROR_REFERENCE_ATTRIBUTE}]`)?.getAttribute(ERROR_REFERENCE_ATTRIBUTE) ?? null;

// The page was drawn in the language <html lang> names; its catalogue must be here before hydrating.
const lang = document.documentElement.lang;
const locale: Locale = (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : "en";

void loadCatalogue(locale).then(() => startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <ErrorReferenceContext.Provider value={reference}>
        <RemixBrowser />
      </ErrorReferenceContext.Provider>
    </StrictMode>,
  );
}));
