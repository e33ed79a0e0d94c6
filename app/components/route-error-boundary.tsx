// The error boundary of every page route (`export { ErrorBoundary } from …` at the end of the route):
// a failed loader or render shows the error inside the layout, so the header, the main navigation and
// any flash message stay, with the area's own views and a way back to the area. Only an error of the
// root itself (its loader) reaches the root's boundary.
import { useLocation, useRouteError } from "@remix-run/react";
import { areaOf } from "~/navigation";
import { useI18n } from "~/i18n/context";
import { WorkTabs } from "./decisions/work-tabs";
import { ErrorPanel } from "./error-panel";
import { MeetingsNav } from "./meetings/meetings-nav";
import { ReportingNav } from "./reporting/reporting-nav";

function AreaViews({ area, segment }: { area: string; segment: string }) {
  if (area === "/meetings") return <MeetingsNav canCreate={false} />;
  if (area === "/reporting") return <ReportingNav canCreate={false} />;
  if (area === "/decisions") return <WorkTabs current={segment === "actions" ? "actions" : "decisions"} />;
  return null;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { pathname } = useLocation();
  const { t } = useI18n();
  const area = areaOf(pathname);
  return (
    <>
      {area ? <AreaViews area={area.to} segment={pathname.split("/")[1] ?? ""} /> : null}
      <ErrorPanel error={error} back={area ? { to: area.to, label: t("error.backToArea", { area: t(area.label) }) } : undefined} />
    </>
  );
}
