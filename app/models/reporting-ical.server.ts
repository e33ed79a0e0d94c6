// The reporting calendar as iCalendar (RFC 5545): each external due date and each internal milestone
// as an all-day VEVENT with a stable UID (its row id), written by ical-generator. Summaries use the
// feed owner's language.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { milestoneName } from "~/domain/labels";
import type { Locale } from "~/domain/vocabulary";
import { translate, translator } from "~/i18n/translate";
import type { reportingFeedEntries } from "./reporting-calendar.server";

type Entries = Awaited<ReturnType<typeof reportingFeedEntries>>;

const allDay = (d: Date) => DateTime.fromJSDate(d, { zone: "utc" }).startOf("day");

export function reportingIcal({ entries, baseUrl, locale }: { entries: Entries; baseUrl: string; locale: Locale }): string {
  const calendar = ical({
    name: translate(locale, "reporting.feed.name"),
    prodId: { company: "Relais", product: "Reporting", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const d of entries.deadlines) {
    const url = `${baseUrl}/reporting/cycles/${d.id}`;
    calendar.createEvent({
      id: `deadline-${d.id}@relais`,
      allDay: true,
      start: allDay(d.dueDate),
      end: allDay(d.dueDate).plus({ days: 1 }),
      stamp: d.updatedAt,
      lastModified: d.updatedAt,
      summary: translate(locale, "reporting.feed.dueSummary", { title: d.obligation.title, cycle: d.cycle }),
      description: url,
      url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  for (const m of entries.milestones) {
    const url = `${baseUrl}/reporting/cycles/${m.deadline.id}`;
    const milestone = milestoneName(translator(locale), m);
    calendar.createEvent({
      id: `milestone-${m.id}@relais`,
      allDay: true,
      start: allDay(m.dueDate),
      end: allDay(m.dueDate).plus({ days: 1 }),
      stamp: m.updatedAt,
      lastModified: m.updatedAt,
      summary: translate(locale, "reporting.feed.milestoneSummary", { milestone, title: m.deadline.obligation.title, cycle: m.deadline.cycle }),
      description: [m.ownerPosition?.title, url].filter(Boolean).join("\n"),
      url,
      status: m.status === "skipped" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
