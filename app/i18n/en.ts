// The English catalogue is the reference: every key must exist in French (the compiler checks, area
// by area). Messages use ICU MessageFormat ({name}, {count, plural, ...}). One file pair per area in
// messages/, so areas can grow without touching each other.
import { agenciesEn } from "./messages/agencies.en";
import { coreEn } from "./messages/core.en";

export const en = {
  ...coreEn,
  ...agenciesEn,
} as const;

export type MessageKey = keyof typeof en;
