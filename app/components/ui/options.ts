// The choices of a form's selects, built one way: from a vocabulary (each value's catalogue label)
// or from records the loader listed. No zod and no server module here: forms run in the browser.
import { CONFIDENTIALITY_LEVELS } from "~/domain/vocabulary";
import type { Translate } from "~/i18n/translate";
import type { Option } from "./field";

/** Records by their name (`{ id, name }`) as options: how the conflict notice names a chosen record. */
export function nameOptions(records: readonly { id: string; name: string }[]): Option[] {
  return records.map((r) => ({ value: r.id, label: r.name }));
}

/** A vocabulary's values as options, each with its label. */
export function vocabularyOptions<T extends string>(values: readonly T[], label: (value: T) => string): Option[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** Records the loader labelled (`{ id, label }`) as options. */
export function recordOptions(records: readonly { id: string; label: string }[]): Option[] {
  return records.map((r) => ({ value: r.id, label: r.label }));
}

export const confidentialityOptions = (t: Translate) => vocabularyOptions(CONFIDENTIALITY_LEVELS, (c) => t(`confidentiality.${c}`));

/** A record in a select with its short name in brackets: "Export Licensing Authority (ELA)". */
export function withShortName(name: string, short: string | null): string {
  return short ? `${name} (${short})` : name;
}

/** A person in a select: "Family, Given — email". */
export function personOptions(people: readonly { id: string; givenName: string; familyName: string; email: string | null }[]): Option[] {
  return people.map((p) => ({ value: p.id, label: `${p.familyName}, ${p.givenName}${p.email ? ` — ${p.email}` : ""}` }));
}
