import type { MessageKey } from "./en";
import { agenciesFr } from "./messages/agencies.fr";
import { coreFr } from "./messages/core.fr";

export const fr: Record<MessageKey, string> = {
  ...coreFr,
  ...agenciesFr,
};
