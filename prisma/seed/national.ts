// Meetings of the National ATT Implementation Committee and its working group on the annual report.
import { CAPITAL_ZONE, formatLocal, localDate, nextAnnualReportYear, ordinal, plusDays, plusMinutes, type Clock, type Tx } from "./clock";
import type { Committees } from "./committees";
import { counter, buildDecision, buildDocument, buildMeeting, type AgendaSpec } from "./builders";
import { naicMeetings, type NaicMeetingSpec } from "./national-data";
import type { Organisation } from "./organisation";
import { participantsFor } from "./participants";

export type MeetingRef = { id: string; committeeId: string; startsAt: Date; item: (order: number) => string };
type Ctx = { org: Organisation; committees: Committees; clock: Clock };

export async function seedNationalMeetings(tx: Tx, ctx: Ctx) {
  const meetings = new Map<string, MeetingRef>();
  const decisions = new Map<string, string>();
  const reportYear = nextAnnualReportYear(ctx.clock.now);
  await seedNaic(tx, ctx, naicMeetings(reportYear), meetings, decisions);
  await seedWorkingGroup(tx, ctx, reportYear, meetings);
  return { meetings, decisions };
}

async function seedNaic(
  tx: Tx,
  { org, committees, clock }: Ctx,
  specs: readonly NaicMeetingSpec[],
  meetings: Map<string, MeetingRef>,
  decisions: Map<string, string>,
) {
  const committeeId = committees.committee("naic");
  const standing = (order: number) => committees.standingItem("naic", order);
  const nextSymbol = counter();
  const nextDecision = counter();
  const venue = "Ministry of Foreign Affairs, Conference Room B";
  const slots = specs.map((m) => clock.slot(m.days, 4, "09:30", CAPITAL_ZONE));

  for (const [index, m] of specs.entries()) {
    const sequence = index + 1;
    const slot = slots[index];
    if (!slot) continue;
    const { start, local } = slot;
    const end = plusMinutes(start, 180);
    const held = m.status === "held";
    const year = local.year;
    const meetingDay = localDate(start, CAPITAL_ZONE);
    const symbol = () => `NAIC/${year}/${nextSymbol(`${year}`)}`;
    const scope = { committeeId, confidentiality: m.confidentiality };
    const acting = org.holderAt("ddacDirector", start) === org.person("ndiaye");
    const next = slots[index + 1];

    const agenda: AgendaSpec[] = [
      { title: "Adoption of the agenda", kind: "adoption_of_agenda", standingItemId: standing(1) },
      ...(sequence > 1
        ? [{ title: `Adoption of the record of the ${ordinal(sequence - 1)} meeting`, standingItemId: standing(2) }]
        : []),
      { title: "Matters arising and follow-up of actions", kind: "matters_arising", standingItemId: standing(3) },
      ...m.items.map((item) => ({
        title: item.title,
        presenterAgencyId: org.agency(item.presenter),
        notes: item.notes,
        confidentiality: item.confidentiality,
      })),
      { title: "Reporting calendar: upcoming national and international deadlines", standingItemId: standing(4), presenterAgencyId: org.agency("comnat") },
      { title: "Any other business", kind: "any_other_business", standingItemId: standing(5) },
      { title: "Date of the next meeting", kind: "next_meeting", standingItemId: standing(6) },
    ];
    const firstItem = sequence > 1 ? 4 : 3;

    const meeting = await buildMeeting(tx, {
      committeeId,
      sequence,
      title: `${ordinal(sequence)} meeting of the National ATT Implementation Committee`,
      startsAt: start,
      endsAt: end,
      timeZone: CAPITAL_ZONE,
      venue,
      room: "Conference Room B",
      status: m.status,
      chairAgencyId: org.agency("ddac"),
      chairPersonId: org.holderAt("ddacDirector", start),
      chairLabel: acting ? "Acting Director of Disarmament and Arms Control" : "Director of Disarmament and Arms Control",
      agendaAdoptedAt: held ? plusMinutes(start, 10) : undefined,
      timeMarks: held ? [["opened", plusMinutes(start, 5)], ["closed", plusMinutes(end, -15)]] : [],
      journalNotes: m.journal,
      nextMeetingNote: held && next ? `${formatLocal(next.start, CAPITAL_ZONE)}, ${venue}` : undefined,
      confidentiality: m.confidentiality,
      agenda: agenda.map((item, i) => ({ ...item, label: String(i + 1) })),
      participants: [
        ...participantsFor(org, committees, "naic", start, {
          upcoming: !held,
          exceptions: m.exceptions,
          withoutObservers: m.confidentiality === "restricted",
        }),
        ...(m.expert
          ? [{ externalName: m.expert.name, externalAffiliation: m.expert.affiliation, role: "expert" as const, attendance: held ? ("present" as const) : ("invited" as const) }]
          : []),
      ],
    });
    meetings.set(`naic${sequence}`, { id: meeting.id, committeeId, startsAt: start, item: meeting.item });

    // The agenda is circulated ten days ahead (the upcoming confirmed meeting's went out yesterday).
    if (held || m.status === "confirmed") {
      await buildDocument(tx, {
        ...scope,
        symbol: symbol(),
        title: `${held ? "Annotated agenda" : "Provisional annotated agenda"} of the ${ordinal(sequence)} meeting`,
        kind: "annotated_agenda",
        issuedOn: held ? plusDays(meetingDay, -10) : clock.day(-1),
        languages: "en,fr",
        meetingId: meeting.id,
        agencyId: org.agency("comnat"),
        agendaItemIds: [meeting.item(1)],
      });
    }
    for (const [i, item] of m.items.entries()) {
      const agendaItemId = meeting.item(firstItem + i);
      const paperId = item.paper
        ? await buildDocument(tx, {
            ...scope,
            symbol: symbol(),
            title: item.paper,
            kind: "working_paper",
            issuedOn: plusDays(meetingDay, -7),
            meetingId: meeting.id,
            agencyId: org.agency(item.presenter),
            agendaItemIds: [agendaItemId],
          })
        : undefined;
      if (!held || !item.decision) continue;
      const d = item.decision;
      const decisionId = await buildDecision(tx, {
        committeeId,
        meetingId: meeting.id,
        agendaItemId,
        year,
        serial: nextDecision(`${year}`),
        title: d.title,
        text: d.text,
        status: d.status,
        decidedOn: meetingDay,
        supersedesId: d.supersedes ? decisions.get(d.supersedes) : undefined,
        confidentiality: item.confidentiality ?? m.confidentiality,
        documentIds: paperId ? [paperId] : [],
      });
      decisions.set(d.key, decisionId);
    }
    const recordIssued = plusDays(start, 12);
    if (held && recordIssued < clock.now) {
      await buildDocument(tx, {
        ...scope,
        symbol: symbol(),
        title: `Record of the ${ordinal(sequence)} meeting of the National ATT Implementation Committee`,
        kind: "report",
        issuedOn: localDate(recordIssued, CAPITAL_ZONE),
        languages: "en,fr",
        meetingId: meeting.id,
        agencyId: org.agency("comnat"),
      });
    }
  }
}

async function seedWorkingGroup(tx: Tx, { org, committees, clock }: Ctx, reportYear: number, meetings: Map<string, MeetingRef>) {
  const committeeId = committees.committee("wgar");
  const specs = [
    { days: -120, items: [[`Lessons learned from the ${reportYear - 1} annual report`, "Licensing and customs figures differed for four of the seven categories; members agreed to reconcile line by line using the licence number."], [`Data sources and template for the ${reportYear} report`, "The ELA will use the ATT reporting template; Customs will extract declarations under HS chapter 93 and headings 8710, 8802 and 8906."]] },
    { days: -35, items: [["Reconciliation method for licensing and customs data", "Customs proposed to add the licence number as a mandatory field in the customs declaration for controlled goods."], ["Correspondence table between the national control list and HS codes", "First draft covers categories (i) to (v); categories (vi) to (viii) need Defence input."]] },
    { days: 21, items: [[`Data call for calendar year ${reportYear}: content and recipients`, undefined], ["Use of nil reports for categories without transfers", undefined]] },
  ] as const;
  for (const [index, spec] of specs.entries()) {
    const sequence = index + 1;
    const { start } = clock.slot(spec.days, 3, "10:00", CAPITAL_ZONE);
    const held = start < clock.now;
    const meeting = await buildMeeting(tx, {
      committeeId,
      sequence,
      title: `${ordinal(sequence)} meeting of the working group on the ATT annual report`,
      startsAt: start,
      endsAt: plusMinutes(start, 120),
      timeZone: CAPITAL_ZONE,
      venue: "ComNat-ALPC meeting room",
      onlineUrl: "https://meet.comnat-alpc.lindora.example/wg-ar",
      status: held ? "held" : "planned",
      chairAgencyId: org.agency("ela"),
      chairPersonId: org.holderAt("elaHead", start),
      chairLabel: "Head of export licensing unit",
      agendaAdoptedAt: held ? plusMinutes(start, 5) : undefined,
      agenda: [
        { label: "1", title: "Adoption of the agenda", kind: "adoption_of_agenda" },
        ...spec.items.map(([title, notes], i) => ({ label: String(i + 2), title, notes, presenterAgencyId: org.agency("ela") })),
        { label: String(spec.items.length + 2), title: "Any other business", kind: "any_other_business" },
      ],
      participants: participantsFor(org, committees, "wgar", start, {
        upcoming: !held,
        exceptions: index === 1 ? { modTransfers: "excused" } : {},
      }),
    });
    meetings.set(`wgar${sequence}`, { id: meeting.id, committeeId, startsAt: start, item: meeting.item });
  }
}
