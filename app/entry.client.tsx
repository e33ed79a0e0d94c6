import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { ERROR_REFERENCE_ATTRIBUTE, ErrorReferenceContext } from "./error-reference";

// An error page rendered by the server carries its reference; keep it through hydration.
const reference = document.querySelector(`[${ERROR_REFERENCE_ATTRIBUTE}]`)?.getAttribute(ERROR_REFERENCE_ATTRIBUTE) ?? null;

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <ErrorReferenceContext.Provider value={reference}>
        <RemixBrowser />
      </ErrorReferenceContext.Provider>
    </StrictMode>,
  );
});
