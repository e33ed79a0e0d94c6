import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useMemo, type FormEvent } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path, type FieldErrors as RhfErrors } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors, FormFailure } from "~/submissions/form-result";
import { text } from "./default-value";

/**
 * react-hook-form bound to the schema the server action parses, and everything a form draws from the
 * action's refusal. With JavaScript the browser checks the form before sending it; without, the native
 * submission reaches the same schema on the server, whose refusal (`failure`) comes back here:
 * - the defaults are the record's values with what was typed laid over them (`mergeFailedValues`);
 * - `alert` is FormAlert's props (shown after a refusal or while the browser's check fails);
 * - `field(name)` is what a TextField/SelectField/TextAreaField needs: register(), the value rendered
 *   into the HTML and the field's error; `input(name)` is the same without the error, for a bare
 *   <input>/<select>; `radio(name, value)` for a radio button; `checkbox(name)` for a CheckboxField
 *   (ticked when the default is true or was sent as "on"); `error(name)` for a group's error;
 * - `failure` is passed on for ValidatedForm (the record version after a conflict).
 *
 * react-hook-form renders no value on the server, so without `defaultValue` a page without JavaScript
 * would show empty fields and lose what was typed after a refusal: spread field()/input()/radio() on
 * the element instead of register().
 *
 * The server errors reach react-hook-form as one object per action answer: its `errors` option
 * re-applies them (and re-renders the form) whenever the object changes, so a fresh object on each
 * render would loop for ever. That loop never throws; it starves React's transitions, so after any
 * refusal the next navigation (the redirect after a successful save) never reached the screen.
 */
export function useValidatedForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  options: {
    /** The form's values before any refusal (the record's, or a new record's). */
    defaultValues: DefaultValues<Input>;
    /** The action's refusal of this form's submission, if any. */
    failure?: Partial<Pick<FormFailure, "values" | "fieldErrors" | "formErrors" | "conflict">>;
    /** Turns a refused submission's values into the form's (for fields that are not flat strings). */
    fromFailure?: (values: Record<string, string>) => Partial<Input>;
  },
) {
  const submit = useSubmit();
  const { failure, fromFailure } = options;
  const serverErrors = failure?.fieldErrors;
  const errors = useMemo(() => toRhfErrors<Input>(serverErrors), [serverErrors]);
  const defaults: DefaultValues<Input> = failure
    ? ({ ...options.defaultValues, ...(fromFailure ?? ((v) => mergeFailedValues(options.defaultValues, v)))(failure.values ?? {}) } as DefaultValues<Input>)
    : options.defaultValues;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    errors,
    mode: "onTouched",
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    const native = event.nativeEvent;
    const submitter =
      "submitter" in native && (native.submitter instanceof HTMLButtonElement || native.submitter instanceof HTMLInputElement)
        ? native.submitter
        : null;
    void form.handleSubmit(() => submit(submitter ?? formElement, { method: "post" }))(event);
  };
  const formErrors = form.formState.errors;
  const byName = new Map(Object.entries(defaults ?? {}));
  /** The field's message (the browser's check or the server's; `get` also reads `rows.0.x` names). */
  const error = (name: Path<Input>): string | undefined => (get(formErrors, name) as { message?: string } | undefined)?.message;
  const input = (name: Path<Input>) => ({ defaultValue: text(byName.get(name)), ...form.register(name) });
  const field = (name: Path<Input>) => ({ ...input(name), error: error(name) });
  const radio = (name: Path<Input>, value: string) => ({
    value,
    defaultChecked: text(byName.get(name)) === value,
    ...form.register(name),
  });
  const checkbox = (name: Path<Input>) => {
    const value = byName.get(name);
    return { defaultChecked: value === true || value === "on", error: error(name), ...form.register(name) };
  };
  const alert = {
    show: Boolean(failure) || Object.keys(formErrors).length > 0,
    extra: failure?.formErrors,
    conflict: failure?.conflict,
  };
  return { form, onSubmit, field, input, radio, checkbox, error, alert, failure, defaults, errors: formErrors };
}

/**
 * The values of a refused submission laid over the form's defaults: strings as typed; a checkbox
 * (a boolean default) is ticked when it was sent ("on"/"true") and unticked when it was not; the
 * form's own `intent` stays (it names the form, and a page with several forms passes each its own).
 */
export function mergeFailedValues<V extends FieldValues>(defaults: DefaultValues<V>, values: Record<string, string>): Partial<V> {
  const merged: Record<string, unknown> = { ...values };
  for (const [name, initial] of Object.entries(defaults ?? {})) {
    if (typeof initial === "boolean") merged[name] = values[name] === "on" || values[name] === "true";
  }
  if ("intent" in (defaults ?? {})) merged.intent = (defaults as Record<string, unknown>).intent;
  return merged as Partial<V>;
}

/** The server's field errors for react-hook-form; none (a conflict, a form-level refusal) is undefined. */
export function toRhfErrors<V extends FieldValues>(errors: FieldErrors | undefined): RhfErrors<V> | undefined {
  if (!errors) return undefined;
  const out: Record<string, { type: string; message: string }> = {};
  for (const [name, messages] of Object.entries(errors)) {
    if (messages?.[0]) out[name] = { type: "server", message: messages[0] };
  }
  if (Object.keys(out).length === 0) return undefined;
  // Field names come from the same schema, so they are paths of V.
  return out as RhfErrors<V>;
}
