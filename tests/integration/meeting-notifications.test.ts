// Meeting invitations and the circulated journal, delivered through a real SMTP server started here
// and read back as a mail client would: the .ics parsed by an independent iCalendar parser (ical.js).
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { addParticipant } from "../../app/models/attendance.server";
import { smtpMailer } from "../../app/models/mailer.server";
import { changeMeetingStatus, updateMeeting } from "../../app/models/meeting.server";
import { runOutbox } from "../../app/models/outbox.server";
import { action as attendanceAction } from "../../app/routes/meetings.$meetingId.attendance";
import { action as notifyAction } from "../../app/routes/meetings.$meetingId.notify";
import { auditCount, createUser, postRequest, sessionCookie, unique } from "../support/fixtures";
import { statusOf } from "../support/form-results";
import { startSmtpServer, type Received, type TestSmtp } from "../support/smtp";

const DAY = 86_400_000;
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

async function deliver() {
  const m = smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, requireTLS: false, auth: null, from: "Relais <relais@test.example>" });
  await runOutbox({ mailer: m });
  m.close();
}

function calendarOf(r: Received | undefined) {
  const ics = r?.mail.attachments.find((a) => a.filename?.endsWith(".ics"));
  if (!ics) throw new Error("no .ics attached");
  const calendar = new ICAL.Component(ICAL.parse(ics.content.toString("utf8")));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT");
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: event.getFirstPropertyValue("sequence"),
    status: event.getFirstPropertyValue("status"),
    summary: event.getFirstPropertyValue("summary"),
    attendees: event.getAllProperties("attendee").map((p) => String(p.getFirstValue()).replace(/^mailto:/i, "").toLowerCase()),
    organizer: String(event.getFirstPropertyValue("organizer")),
  };
}

async function world() {
  const secretary = await createUser("secretary");
  const member = await createUser("focal_point");
  const committee = await prisma.committee.create({
    data: { name: unique("Committee"), shortName: unique("NC"), kind: "standing", secretariatAgencyId: secretary.agencyId },
    select: { id: true },
  });
  await prisma.committeeMembership.create({
    data: { committeeId: committee.id, agencyId: member.agencyId, positionId: member.positionId, role: "member", startDate: new Date(Date.now() - 100 * DAY) },
  });
  const startsAt = new Date(Date.now() + 14 * DAY);
  const meeting = await prisma.meeting.create({
    data: {
      committeeId: committee.id,
      title: unique("Plenary meeting"),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      timeZone: "Europe/Vienna",
      venue: "Hofburg",
      room: "Neuer Saal",
      status: "planned",
      participations: { create: [{ agencyId: member.agencyId, positionId: member.positionId, role: "member" }] },
      agendaItems: { create: [{ order: 1, label: "1", title: "Adoption of the agenda", kind: "adoption_of_agenda" }, { order: 2, label: "2", title: unique("Transfer controls") }] },
    },
    select: { id: true, uid: true, title: true },
  });
  const expertEmail = `${unique("expert")}@unidir.example`.toLowerCase();
  await addParticipant(secretary.id, meeting.id, { kind: "external", positionId: null, externalName: "Dr. Ines Varga", externalAffiliation: "UNIDIR", externalEmail: expertEmail, role: "expert" });
  return { secretary, member, committee, meeting, expertEmail, cookie: await sessionCookie(secretary.id) };
}

describe("meeting invitations", () => {
  it("a REQUEST with one ATTENDEE per invited person, then an update (same UID, higher SEQUENCE), then a CANCEL; nothing twice", async () => {
    const w = await world();
    const memberEmail = w.member.email.toLowerCase();
    const post = (intent: string) => notifyAction({ request: postRequest(`/meetings/${w.meeting.id}/notify`, { intent }, w.cookie), params: { meetingId: w.meeting.id }, context: {} });

    expect(statusOf(await post("invite"))).toBe(302);
    expect(await auditCount("meeting", w.meeting.id)).toBe(1);
    await deliver();
    const [toMember] = smtp.to(memberEmail);
    const [toExpert] = smtp.to(w.expertEmail);
    expect(toMember?.mail.subject).toContain(`Invitation: ${w.meeting.title}`);
    const invitation = calendarOf(toExpert);
    expect(invitation).toMatchObject({ method: "REQUEST", uid: w.meeting.uid, sequence: 0, summary: w.meeting.title });
    expect(invitation.attendees.sort()).toEqual([memberEmail, w.expertEmail].sort());
    expect(invitation.organizer.toLowerCase()).toContain(w.secretary.email.toLowerCase());
    expect(calendarOf(toMember).method).toBe("REQUEST");
    // The text/calendar alternative carries the method too, for Outlook's Accept/Decline.
    expect(toExpert?.mail.text).toContain("Hofburg, Neuer Saal");

    // Sending again reaches nobody who already has this version.
    expect(statusOf(await post("invite"))).toBe(302);
    await deliver();
    expect(smtp.to(w.expertEmail)).toHaveLength(1);

    // The room changes: an update with the same UID and the next SEQUENCE.
    const m = await prisma.meeting.findUniqueOrThrow({ where: { id: w.meeting.id }, select: { title: true, startsAt: true, endsAt: true, timeZone: true, onlineUrl: true, chairLabel: true, confidentiality: true, version: true } });
    await updateMeeting(w.secretary.id, w.meeting.id, { ...m, venue: "Hofburg", room: "Ratsaal" });
    await deliver();
    const updates = smtp.to(w.expertEmail);
    expect(updates).toHaveLength(2);
    expect(updates[1]?.mail.subject).toContain("Updated:");
    expect(calendarOf(updates[1])).toMatchObject({ method: "REQUEST", uid: w.meeting.uid, sequence: 1 });

    // Cancelled: METHOD:CANCEL for the same UID.
    await changeMeetingStatus(w.secretary.id, w.meeting.id, "cancelled");
    await deliver();
    await deliver();
    const all = smtp.to(w.expertEmail);
    expect(all).toHaveLength(3);
    expect(calendarOf(all[2])).toMatchObject({ method: "CANCEL", uid: w.meeting.uid, sequence: 2, status: "CANCELLED" });
    expect(smtp.to(memberEmail)).toHaveLength(3);
  });

  it("a participant added after the invitations went out receives the current version; before, nobody is told", async () => {
    const w = await world();
    await deliver();
    expect(smtp.to(w.expertEmail)).toHaveLength(0);
    await notifyAction({ request: postRequest(`/meetings/${w.meeting.id}/notify`, { intent: "invite" }, w.cookie), params: { meetingId: w.meeting.id }, context: {} });
    const late = `${unique("late")}@delegation.example`.toLowerCase();
    await addParticipant(w.secretary.id, w.meeting.id, { kind: "external", positionId: null, externalName: "Delegation of Lindora", externalAffiliation: null, externalEmail: late, role: "guest" });
    await deliver();
    expect(smtp.to(late)).toHaveLength(1);
    expect(calendarOf(smtp.to(late)[0]).attendees).toContain(late);
    expect(smtp.to(w.expertEmail)).toHaveLength(1);
  });

  it("a delegation invited on the attendance page receives the invitation at its address", async () => {
    const w = await world();
    const mission = `${unique("mission")}@delegation.example`.toLowerCase();
    const added = await attendanceAction({
      request: postRequest(`/meetings/${w.meeting.id}/attendance`, { intent: "add", kind: "delegation", externalName: "Lindora", externalAffiliation: "", externalEmail: mission, role: "member" }, w.cookie),
      params: { meetingId: w.meeting.id },
      context: {},
    });
    expect(statusOf(added)).toBe(302);
    await notifyAction({ request: postRequest(`/meetings/${w.meeting.id}/notify`, { intent: "invite" }, w.cookie), params: { meetingId: w.meeting.id }, context: {} });
    await deliver();
    expect(smtp.to(mission)).toHaveLength(1);
    expect(calendarOf(smtp.to(mission)[0]).method).toBe("REQUEST");
  });

  it("a focal point may not send invitations (403)", async () => {
    const w = await world();
    const response = await notifyAction({
      request: postRequest(`/meetings/${w.meeting.id}/notify`, { intent: "invite" }, await sessionCookie(w.member.id)),
      params: { meetingId: w.meeting.id },
      context: {},
    }).catch((e: unknown) => e);
    expect(statusOf(response)).toBe(403);
  });
});

describe("circulating the journal", () => {
  it("sends the printable journal to the participants and the member agencies' designated posts, audited", async () => {
    const w = await world();
    const other = await createUser("focal_point");
    await prisma.committeeMembership.create({
      data: { committeeId: w.committee.id, agencyId: other.agencyId, positionId: other.positionId, role: "observer", startDate: new Date(Date.now() - 10 * DAY) },
    });
    await prisma.meeting.update({ where: { id: w.meeting.id }, data: { status: "held", journalNotes: "The Chair thanked the delegations.", nextMeetingNote: "To be announced." } });
    const response = await notifyAction({ request: postRequest(`/meetings/${w.meeting.id}/notify`, { intent: "circulate" }, w.cookie), params: { meetingId: w.meeting.id }, context: {} });
    expect(statusOf(response)).toBe(302);
    expect(await prisma.auditEvent.count({ where: { entity: "meeting", entityId: w.meeting.id, action: "circulate_journal" } })).toBe(1);
    await deliver();
    const toObserver = smtp.to(other.email.toLowerCase());
    expect(toObserver).toHaveLength(1);
    expect(toObserver[0]?.mail.subject).toBe(`Journal of ${w.meeting.title}`);
    expect(toObserver[0]?.mail.html).toContain("The Chair thanked the delegations.");
    expect(toObserver[0]?.mail.html).toContain("Transfer controls");
    expect(smtp.to(w.member.email.toLowerCase())).toHaveLength(1);
    expect(smtp.to(w.expertEmail)).toHaveLength(1);
    // The member reads it in the app too.
    expect(await prisma.notification.count({ where: { userId: other.id, kind: "journal_circulation" } })).toBe(1);
  });
});
