// The error page's body: what went wrong, in the reader's language. A refused request (4xx) says
// why and that nothing was saved; only an unexpected server error shows the reference under which
// it was logged — and only when there is one.
import { ERROR_REFERENCE_ATTRIBUTE, useErrorReference } from "~/error-reference";
import { explainError } from "~/http/refusal";
import { useI18n } from "~/i18n/context";

type Back = { to: string; label: string };

function Panel({ title, back, children }: { title: string; back?: Back; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="error-panel" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      {children}
      <ul className="plain-list">
        {back ? (
          <li>
            <a href={back.to}>{back.label}</a>
          </li>
        ) : null}
        <li>
          <a href="/">{t("error.backHome")}</a>
        </li>
      </ul>
    </section>
  );
}

/** `back`: the area the failed page belongs to, offered before the dashboard. */
export function ErrorPanel({ error, back }: { error: unknown; back?: Back }) {
  const { t } = useI18n();
  const reference = useErrorReference();
  const explained = explainError(error);
  if (explained !== "unexpected") {
    return (
      <Panel title={t(explained.title)} back={back}>
        <p>{t(explained.body, explained.values)}</p>
      </Panel>
    );
  }
  return (
    <Panel title={t("error.unexpected.title")} back={back}>
      {reference ? (
        <p>
          {t("error.unexpected.body")} <code {...{ [ERROR_REFERENCE_ATTRIBUTE]: reference }}>{reference}</code>
        </p>
      ) : (
        <p>{t("error.unexpected.bodyUnrecorded")}</p>
      )}
    </Panel>
  );
}
