import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { text } from "../forms/default-value";

/**
 * register() plus the value rendered into the HTML (react-hook-form renders none on the server), so
 * these forms show their values, and keep what was typed after a refusal, without JavaScript too.
 */
export function withDefaults<V extends FieldValues, O>(form: UseFormReturn<V, unknown, O>, defaults: Readonly<Record<string, unknown>>) {
  return {
    field: (name: Path<V>) => ({ defaultValue: text(defaults[name]), ...form.register(name) }),
    radio: (name: Path<V>, value: string) => ({ value, defaultChecked: text(defaults[name]) === value, ...form.register(name) }),
  };
}
