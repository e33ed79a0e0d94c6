import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type FieldErrors as RhfErrors } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors } from "~/forms/form-result";

/**
 * react-hook-form bound to the schema the server action parses. With JavaScript the browser checks
 * the form before sending it; without, the native submission reaches the same schema on the server.
 * Server errors and the typed values come back through `serverErrors`/`defaultValues`.
 */
export function useValidatedForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  options: { defaultValues: DefaultValues<Input>; serverErrors?: FieldErrors },
) {
  const submit = useSubmit();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: options.defaultValues,
    errors: toRhfErrors<Input>(options.serverErrors),
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
  return { form, onSubmit };
}

function toRhfErrors<V extends FieldValues>(errors: FieldErrors | undefined): RhfErrors<V> | undefined {
  if (!errors) return undefined;
  const out: Record<string, { type: string; message: string }> = {};
  for (const [name, messages] of Object.entries(errors)) {
    if (messages?.[0]) out[name] = { type: "server", message: messages[0] };
  }
  // Field names come from the same schema, so they are paths of V.
  return out as RhfErrors<V>;
}
