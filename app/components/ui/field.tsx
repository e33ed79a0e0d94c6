import { forwardRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import type { EditConflict } from "~/domain/record-version";
import { useI18n } from "~/i18n/context";
import { ConflictNotice, type ConflictLabels } from "../forms/conflict-notice";

type Common = { name: string; label: string; error?: string; hint?: string; optional?: boolean };

/** A field's hint, the element's aria-describedby names it. */
function Hint({ name, hint }: Pick<Common, "name" | "hint">) {
  return hint ? (
    <p className="field__hint" id={`${name}-hint`}>
      {hint}
    </p>
  ) : null;
}

/** A field's error (a message key or a text), the element's aria-describedby names it. */
function ErrorText({ name, error }: Pick<Common, "name" | "error">) {
  const { tr } = useI18n();
  return error ? (
    <p className="field__error" id={`${name}-error`}>
      {tr(error)}
    </p>
  ) : null;
}

function FieldShell({ name, label, error, hint, optional, children }: Common & { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={name}>
        {label}
        {optional ? <span className="field__optional"> ({t("common.optional")})</span> : null}
      </label>
      <Hint name={name} hint={hint} />
      {children}
      <ErrorText name={name} error={error} />
    </div>
  );
}

function describedBy({ name, error, hint }: Common) {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

// forwardRef: react-hook-form's register() reads the value through the element's ref.
export const TextField = forwardRef<HTMLInputElement, Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name">>(function TextField(
  props,
  ref,
) {
  const { name, label, error, hint, optional, ...input } = props;
  return (
    <FieldShell {...{ name, label, error, hint, optional }}>
      <input
        ref={ref}
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        {...input}
      />
    </FieldShell>
  );
});

export const TextAreaField = forwardRef<HTMLTextAreaElement, Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">>(
  function TextAreaField(props, ref) {
  const { name, label, error, hint, optional, ...textarea } = props;
  return (
    <FieldShell {...{ name, label, error, hint, optional }}>
      <textarea
        ref={ref}
        id={name}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        {...textarea}
      />
    </FieldShell>
  );
  },
);

export type Option = { value: string; label: string };

export const SelectField = forwardRef<
  HTMLSelectElement,
  Common &
    Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
      options: readonly Option[];
      /** The first option's label, whose value is empty ("Choose a post", "No agency"). */
      empty?: string;
    }
>(function SelectField(props, ref) {
  const { name, label, error, hint, optional, options, empty, ...select } = props;
  const all = empty === undefined ? options : [{ value: "", label: empty }, ...options];
  return (
    <FieldShell {...{ name, label, error, hint, optional }}>
      <select ref={ref} id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(props)} {...select}>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});

/**
 * A select whose options are grouped (`<optgroup>`), after an empty first option: every agency's
 * posts, every instrument's articles. Give `options` instead of `groups` for a flat list (the
 * groups narrowed to one by what is chosen elsewhere).
 */
export const GroupedSelectField = forwardRef<
  HTMLSelectElement,
  Common &
    Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
      empty: string;
      groups?: readonly { key: string; label: string; options: readonly Option[] }[];
      options?: readonly Option[];
    }
>(function GroupedSelectField(props, ref) {
  const { name, label, error, hint, optional, empty, groups, options, ...select } = props;
  const list = (items: readonly Option[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldShell {...{ name, label, error, hint, optional }}>
      <select ref={ref} id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(props)} {...select}>
        <option value="">{empty}</option>
        {options
          ? list(options)
          : groups?.map((g) =>
              g.options.length ? (
                <optgroup key={g.key} label={g.label}>
                  {list(g.options)}
                </optgroup>
              ) : null,
            )}
      </select>
    </FieldShell>
  );
});

/** A checkbox with its label after it (spread the form's checkbox(name) on it). */
export const CheckboxField = forwardRef<HTMLInputElement, Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">>(
  function CheckboxField({ name, label, error, hint, optional: _optional, ...input }, ref) {
    return (
      <div className={`field field--checkbox${error ? " field--invalid" : ""}`}>
        <input ref={ref} id={name} name={name} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy({ name, label, error, hint })} {...input} />
        <label htmlFor={name}>{label}</label>
        <Hint name={name} hint={hint} />
        <ErrorText name={name} error={error} />
      </div>
    );
  },
);

/**
 * The errors of fields the page fixes (hidden: where the form was opened from), which have no field
 * to show them beside: each once, as an alert.
 */
export function FixedFieldErrors({ messages }: { messages: (string | undefined)[] }) {
  const { tr } = useI18n();
  return (
    <>
      {messages.map((message) =>
        message ? (
          <p key={message} className="field__error" role="alert">
            {tr(message)}
          </p>
        ) : null,
      )}
    </>
  );
}

/**
 * Shown at the top of a refused form, so a screen-reader user learns it at once. A stale form's
 * refusal (a conflict) shows what changed meanwhile instead; pass the form's labels for it.
 */
export function FormAlert({
  show,
  extra,
  conflict,
  labels,
  choices,
}: { show: boolean; extra?: string[]; conflict?: EditConflict } & Partial<ConflictLabels>) {
  const { t, tr } = useI18n();
  if (conflict) return <ConflictNotice conflict={conflict} labels={labels ?? {}} choices={choices} />;
  if (!show) return null;
  return (
    <div role="alert" className="form-alert">
      <p>{t("error.formInvalid")}</p>
      {extra?.length ? (
        <ul>
          {extra.map((e) => (
            <li key={e}>{tr(e)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
