import { SectionNav } from "~/components/ui/section-nav";
import { useI18n } from "~/i18n/context";

/** The views of the meetings area. */
export function MeetingsNav({ canCreate }: { canCreate: boolean }) {
  const { t } = useI18n();
  const views = [
    { to: "/meetings", label: t("meeting.list.title") },
    { to: "/meetings/calendar", label: t("meeting.calendar.title") },
    { to: "/meetings/mine", label: t("meeting.mine.title") },
    { to: "/documents", label: t("document.list.title") },
    { to: "/calendar/feeds", label: t("feed.title") },
    ...(canCreate ? [{ to: "/meetings/new", label: t("meeting.new.title") }] : []),
  ];
  return <SectionNav label={t("meeting.views")} views={views} />;
}
