import { createContext, useContext } from "react";

// The reference id of an unexpected server error, logged on the server and shown to the user.
// The server provides it while rendering; the browser reads it back from the page before hydrating.
export const ErrorReferenceContext = createContext<string | null>(null);

export const ERROR_REFERENCE_ATTRIBUTE = "data-error-reference";

export function useErrorReference(): string | null {
  return useContext(ErrorReferenceContext);
}
