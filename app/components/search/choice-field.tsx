import { Link, useFetcher } from "@remix-run/react";
import { useI18n } from "~/i18n/context";

export type ChoiceOption = { id: string; name: string; short: string | null };

export function choiceLabel(choice: ChoiceOption): string {
  return choice.short ? `${choice.short} — ${choice.name}` : choice.name;
}

/**
 * A search filter on a committee or an agency. Once chosen it shows as a chip (the id travels in a
 * hidden field, with a link that removes it); otherwise it is a text field for a name or short
 * name, which the page resolves. With JavaScript, the names that match what is typed are offered.
 */
export function SearchChoiceField({
  name,
  label,
  chosen,
  typed,
  error,
  removeHref,
}: {
  name: "committee" | "agency";
  label: string;
  chosen: ChoiceOption | null;
  typed: string | undefined;
  error: string | undefined;
  removeHref: string;
}) {
  const { t, tr } = useI18n();
  const fetcher = useFetcher<{ choices: ChoiceOption[] }>();
  const field = `${name}Name`;
  if (chosen) {
    return (
      <div className="search-choice">
        <span className="search-choice__label">{label}</span>
        <input type="hidden" name={name} value={chosen.id} />
        <span className="search-choice__value">{choiceLabel(chosen)}</span>
        <Link to={removeHref} className="search-choice__remove">
          {t("search.removeFilter")}
          <span className="visually-hidden"> {choiceLabel(chosen)}</span>
        </Link>
      </div>
    );
  }
  return (
    <label>
      {label}
      <input
        type="text"
        name={field}
        defaultValue={typed ?? ""}
        maxLength={120}
        list={`${field}-list`}
        autoComplete="off"
        placeholder={t("search.choicePlaceholder")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${field}-error` : undefined}
        onChange={(event) => {
          const text = event.currentTarget.value.trim();
          if (text.length >= 2) fetcher.load(`/search/choices?for=${name}&q=${encodeURIComponent(text)}`);
        }}
      />
      <datalist id={`${field}-list`}>
        {(fetcher.data?.choices ?? []).map((c) => (
          <option key={c.id} value={c.name}>
            {c.short ?? undefined}
          </option>
        ))}
      </datalist>
      {error ? (
        <span className="field__error" id={`${field}-error`}>
          {tr(error)}
        </span>
      ) : null}
    </label>
  );
}
