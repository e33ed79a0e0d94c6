// Both catalogues, for the server (pages, emails, exports in either language). The browser never
// gets this module (it is .server): it loads only the reader's catalogue (catalogue-loader.client.ts).
import type { Locale } from "~/domain/vocabulary";
import { en, type MessageKey } from "./en";
import { fr } from "./fr";

export const serverCatalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };
