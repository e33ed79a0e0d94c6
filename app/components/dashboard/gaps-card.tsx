import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/i18n/context";
import { Card } from "./card";
import { agencyLabel } from "~/domain/labels";

type GapItem = {
  responsibility: { id: string; title: string };
  gap: { kind: string; count?: number; positionId?: string; positionTitle?: string; personName?: string; leavingOn?: Date | string };
};

type AgencyGaps = { agency: { id: string; name: string; acronym: string | null }; items: GapItem[]; total: number };

// Stands for the post's name in the translated sentence, which is then cut there to put in a link.
const POST = "\u0000post\u0000";

/** The sentence with the post's name as a link to the post, when the gap names one. */
function withPostLink(sentence: string, gap: GapItem["gap"]): ReactNode {
  const [before, after] = sentence.split(POST);
  if (after === undefined) return sentence;
  const post = gap.positionId ? <Link to={`/positions/${gap.positionId}`}>{gap.positionTitle ?? "—"}</Link> : (gap.positionTitle ?? "—");
  return (
    <>
      {before}
      {post}
      {after}
    </>
  );
}

/** Where "who does what" is unclear for the reader's agency, from the responsibility matrix's rules. */
export function GapsCard({ agencies }: { agencies: AgencyGaps[] }) {
  const { t, date } = useI18n();
  const describe = ({ gap }: GapItem): string => {
    switch (gap.kind) {
      case "no_accountable":
        return t("dashboard.gap.no_accountable");
      case "multiple_accountable":
        return t("dashboard.gap.multiple_accountable", { count: gap.count ?? 2 });
      case "no_responsible":
        return t("dashboard.gap.no_responsible");
      case "vacant_post":
        return t("dashboard.gap.vacant_post", { post: POST });
      case "leaving_without_successor":
        return t("dashboard.gap.leaving_without_successor", {
          post: POST,
          person: gap.personName ?? "—",
          date: gap.leavingOn ? date(gap.leavingOn, "UTC") : "—",
        });
      default:
        return gap.kind;
    }
  };
  const total = agencies.reduce((sum, a) => sum + a.total, 0);
  return (
    <Card id="gaps" title={t("dashboard.gaps")} total={total} more={{ to: "/responsibilities/mine", label: t("dashboard.myResponsibilities") }}>
      {total ? (
        agencies.map((a) => (
          <div key={a.agency.id}>
            {agencies.length > 1 ? <h3>{agencyLabel(a.agency)}</h3> : null}
            <ul className="plain-list">
              {a.items.map((item, i) => (
                <li key={`${item.responsibility.id}-${item.gap.kind}-${i}`}>
                  <strong>
                    <Link to={`/responsibilities/${item.responsibility.id}`}>{item.responsibility.title}</Link>
                  </strong>{" "}
                  — <span className="muted">{withPostLink(describe(item), item.gap)}</span>
                </li>
              ))}
            </ul>
            {a.total > a.items.length ? (
              <p className="card__more">
                <Link to={`/responsibilities/gaps?agency=${a.agency.id}`}>{t("dashboard.moreGaps", { count: a.total - a.items.length })}</Link>
              </p>
            ) : null}
          </div>
        ))
      ) : (
        <p className="muted">{t("dashboard.noGaps")}</p>
      )}
    </Card>
  );
}
