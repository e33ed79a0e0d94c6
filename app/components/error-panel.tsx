// The error page's body: what went wrong, in the reader's language. A refused request (4xx) says
// why and that nothing was saved; only an unexpected server error shows the reference under which
// it was logged — and only when there is one.
import { isRouteErrorResponse } from "@remix-run/react";
import { ERROR_REFERENCE_ATTRIBUTE, useErrorReference } from "~/error-reference";
import { refusalOf } from "~/http/refusal";
import { useI18n } from "~/i18n/context";

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="error-panel" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      {children}
      <p>
        <a href="/">{t("error.backHome")}</a>
      </p>
    </section>
  );
}

export function ErrorPanel({ error }: { error: unknown }) {
  const { t } = useI18n();
  const reference = useErrorReference();
  const refusal = refusalOf(error);
  if (refusal === "crossSite") {
    return (
      <Panel title={t("error.crossSite.title")}>
        <p>{t("error.crossSite.body")}</p>
      </Panel>
    );
  }
  if (refusal) {
    return (
      <Panel title={t("error.refused.title")}>
        <p>{t(`error.refused.${refusal}`)}</p>
      </Panel>
    );
  }
  if (isRouteErrorResponse(error) && (error.status === 404 || error.status === 403)) {
    const which = error.status === 404 ? "notFound" : "forbidden";
    return (
      <Panel title={t(`error.${which}.title`)}>
        <p>{t(`error.${which}.body`)}</p>
      </Panel>
    );
  }
  if (isRouteErrorResponse(error) && error.status >= 400 && error.status < 500) {
    return (
      <Panel title={t("error.refused.title")}>
        <p>{t("error.refused.body", { status: error.status })}</p>
      </Panel>
    );
  }
  return (
    <Panel title={t("error.unexpected.title")}>
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
