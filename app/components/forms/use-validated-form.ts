import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useMemo, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type FieldErrors as RhfErrors } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors } from "~/forms/form-result";
import { text } from "./default-value";

/**
 * react-hook-form bound to the schema the server action parses. With JavaScript the browser checks
 * the form before sending it; without, the native submission reaches the same schema on the server.
 * Server errors and the typed values come back through `serverErrors`/`defaultValues`.
 *
 * `field(name)` and `radio(name, value)` are register() plus the value rendered into the HTML:
 * react-hook-form renders none on the server, so without them a page without JavaScript would show
 * empty fields and lose what was typed after a refusal. Spread them on the input instead of register().
 *
 * The server errors reach react-hook-form as one object per action answer: its `errors` option
 * re-applies them (and re-renders the form) whenever the object changes, so a fresh object on each
 * render would loop for ever. That loop never throws; it starves React's transitions, so after any
 * refusal the next navigation (the redirect after a successful save) never reached the screen.
 */
export function useValidatedForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  options: { defaultValues: DefaultValues<Input>; serverErrors?: FieldErrors },
) {
  const submit = useSubmit();
  const serverErrors = options.serverErrors;
  const errors = useMemo(() => toRhfErrors<Input>(serverErrors), [serverErrors]);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: options.defaultValues,
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
  const defaults = new Map(Object.entries(options.defaultValues ?? {}));
  const field = (name: Path<Input>) => ({ defaultValue: text(defaults.get(name)), ...form.register(name) });
  const radio = (name: Path<Input>, value: string) => ({
    value,
    defaultChecked: text(defaults.get(name)) === value,
    ...form.register(name),
  });
  return { form, onSubmit, field, radio };
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
