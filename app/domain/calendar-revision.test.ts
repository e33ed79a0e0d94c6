import { describe, expect, it } from "vitest";
import { calendarChanged, calendarStatus, eventLocation, type CalendarFields } from "./calendar-revision";

const base: CalendarFields = {
  title: "877th plenary meeting of the FSC",
  startsAt: new Date("2018-02-21T09:00:00Z"),
  endsAt: new Date("2018-02-21T12:00:00Z"),
  timeZone: "Europe/Vienna",
  venue: "Hofburg, Vienna",
  room: "Neuer Saal",
  onlineUrl: null,
  status: "planned",
};

describe("calendarChanged", () => {
  it("is false for a save that changes nothing a calendar shows", () => {
    expect(calendarChanged(base, {})).toBe(false);
    expect(calendarChanged(base, { startsAt: new Date(base.startsAt) })).toBe(false);
    // held and confirmed are both CONFIRMED in the calendar
    expect(calendarChanged({ ...base, status: "confirmed" }, { status: "held" })).toBe(false);
    // the room already named by the venue
    expect(calendarChanged({ ...base, venue: "Hofburg, Neuer Saal", room: null }, { room: "Neuer Saal" })).toBe(false);
  });

  it("is true when time, place, title, link or published status change", () => {
    expect(calendarChanged(base, { startsAt: new Date("2018-02-21T10:00:00Z") })).toBe(true);
    expect(calendarChanged(base, { endsAt: new Date("2018-02-21T13:00:00Z") })).toBe(true);
    expect(calendarChanged(base, { timeZone: "Europe/Zurich" })).toBe(true);
    expect(calendarChanged(base, { room: "Ratsaal" })).toBe(true);
    expect(calendarChanged(base, { title: "Special meeting" })).toBe(true);
    expect(calendarChanged(base, { onlineUrl: "https://example.org/join" })).toBe(true);
    expect(calendarChanged(base, { status: "confirmed" })).toBe(true);
    expect(calendarChanged(base, { status: "cancelled" })).toBe(true);
  });
});

describe("calendarStatus", () => {
  it("maps meeting statuses to VEVENT statuses", () => {
    expect(calendarStatus("planned")).toBe("TENTATIVE");
    expect(calendarStatus("confirmed")).toBe("CONFIRMED");
    expect(calendarStatus("held")).toBe("CONFIRMED");
    expect(calendarStatus("postponed")).toBe("CANCELLED");
    expect(calendarStatus("cancelled")).toBe("CANCELLED");
  });
});

describe("eventLocation", () => {
  it("does not repeat a room the venue already names", () => {
    expect(eventLocation("Hofburg, Neuer Saal", "Neuer Saal")).toBe("Hofburg, Neuer Saal");
    expect(eventLocation("Hofburg, Neuer saal", "Neuer Saal")).toBe("Hofburg, Neuer saal");
    expect(eventLocation("Palais des Nations", "Room XVIII")).toBe("Palais des Nations, Room XVIII");
    expect(eventLocation(null, "Room 4")).toBe("Room 4");
    expect(eventLocation("  ", null)).toBe(null);
  });
});
