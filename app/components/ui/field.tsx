import { forwardRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import type { EditConflict } from "~/domain/record-version";
import { useI18n } from "~/i18n/context";
import { ConflictNotice, type ConflictLabels } from "../forms/conflict-notice";

type Common = { name: string; label: string; error?: string; hint?: string; optional?: boolean };

function FieldShell({ name, label, error, hint, optional, children }: Common & { children: ReactNode }) {
  const { t, tr } = useI18n();
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={name}>
        {label}
        {optional ? <span className="field__optional"> ({t("common.optional")})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {tr(error)}
        </p>
      ) : null}
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

export const SelectField = forwardRef<
  HTMLSelectElement,
  Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: { value: string; label: string }[] }
>(function SelectField(props, ref) {
  const { name, label, error, hint, optional, options, ...select } = props;
  return (
    <FieldShell {...{ name, label, error, hint, optional }}>
      <select ref={ref} id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(props)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});

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
