import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/i18n/context";
import { HandoverStatusBadge } from "./status-badge";

type Person = { id: string; honorific: string | null; givenName: string; familyName: string; email: string | null } | null;

/** Title, post, from whom to whom and the status of a handover. */
export function HandoverHeader({
  handover,
  status,
  children,
}: {
  handover: { position: { id: string; title: string }; agency: { id: string; name: string }; outgoingPerson: Person; incomingPerson: Person; confidentiality: string };
  status: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const name = (p: Person) => (p ? [p.honorific, p.givenName, p.familyName].filter(Boolean).join(" ") : null);
  return (
    <>
      <div className="page-heading">
        <div>
          <h1 id="handover-title">{t("handover.title", { post: handover.position.title })}</h1>
          <p className="lede">
            <Link to={`/positions/${handover.position.id}`}>{handover.position.title}</Link> · <Link to={`/agencies/${handover.agency.id}`}>{handover.agency.name}</Link>
          </p>
        </div>
        {children}
      </div>
      <dl className="handover-meta">
        <dt>{t("handover.col.from")}</dt>
        <dd>{handover.outgoingPerson ? <Link to={`/people/${handover.outgoingPerson.id}`}>{name(handover.outgoingPerson)}</Link> : "—"}</dd>
        <dt>{t("handover.col.to")}</dt>
        <dd>{handover.incomingPerson ? <Link to={`/people/${handover.incomingPerson.id}`}>{name(handover.incomingPerson)}</Link> : t("handover.addressedToPostLong")}</dd>
        <dt>{t("handover.col.status")}</dt>
        <dd>
          <HandoverStatusBadge status={status} />
        </dd>
        <dt>{t("handover.field.confidentiality")}</dt>
        <dd>{handover.confidentiality === "confidential" ? t("handover.level.confidential") : t("handover.level.restricted")}</dd>
      </dl>
    </>
  );
}
