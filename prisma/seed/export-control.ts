// Meetings of the Inter-agency Export Control Committee: a six-weekly series (restricted to members)
// and one closed extraordinary meeting on a diversion case, visible only to the people named on it.
import type { ConfidentialEntity } from "../../app/domain/access";
import { CAPITAL_ZONE, localDate, ordinal, plusDays, plusMinutes, type Clock, type Tx } from "./clock";
import type { Committees } from "./committees";
import { buildGrants, counter, buildDecision, buildDocument, buildMeeting } from "./builders";
import type { MeetingRef } from "./national";
import type { Organisation, PersonKey } from "./organisation";
import type { PositionKey } from "./organisation-data";
import { participantsFor } from "./participants";

type Ctx = { org: Organisation; committees: Committees; clock: Clock; grantedById: string };

const INTERVAL_DAYS = 42;
/** People cleared for the closed case meeting. The customs focal point is deliberately not among them. */
export const CLEARED: readonly PersonKey[] = ["koffi", "nkemelu", "kone", "camara", "zinsou"];

type Opinion = { title: string; text: string; application: string };

function opinions(year: number): Record<number, Opinion> {
  return {
    [-4]: { application: `EL-${year}-009`, title: `Opinion on export application EL-${year}-009 (pistols for a licensed private security company)`, text: "The Committee recommends approval, subject to a delivery verification certificate and an undertaking not to re-export without prior written consent." },
    [-3]: { application: `EL-${year}-014`, title: `Opinion on export application EL-${year}-014 (armoured vehicles and ammunition)`, text: "The Committee recommends refusal: Defence and the National Intelligence Service assess an overriding risk that the items would be used to commit serious violations of international human rights law (ATT art. 7.3). Mitigation measures proposed by the applicant were not considered sufficient." },
    [-2]: { application: `TR-${year}-006`, title: `Opinion on transit request TR-${year}-006 (small-calibre ammunition through the Port Autonome)`, text: "The Committee recommends authorising the transit, with a customs escort from the port to the border post and confirmation of arrival from the importing State." },
  };
}

export async function seedExportControl(tx: Tx, ctx: Ctx, meetings: Map<string, MeetingRef>, decisions: Map<string, string>) {
  const { org, committees, clock } = ctx;
  const committeeId = committees.committee("iecc");
  const regular = [-5, -4, -3, -2, -1, 0, 1].map((k) => ({ k, ...clock.slot(k * INTERVAL_DAYS + 10, 2, "10:00", CAPITAL_ZONE) }));
  const first = regular[0];
  if (!first) throw new Error("no IECC meetings");
  const series = await tx.meetingSeries.create({
    data: {
      committeeId,
      rrule: "FREQ=WEEKLY;INTERVAL=6;BYDAY=TU",
      firstStartLocal: first.local.toFormat("yyyy-LL-dd'T'HH:mm"),
      durationMinutes: 120,
      timeZone: CAPITAL_ZONE,
      venue: "Export Licensing Authority, Immeuble du Commerce",
      titleTemplate: "{ordinal} meeting of the Inter-agency Export Control Committee",
    },
    select: { id: true },
  });
  const extraordinary = clock.slot(-60, 5, "15:00", CAPITAL_ZONE);
  const all = [...regular.map((r) => ({ ...r, extraordinary: false })), { k: NaN, ...extraordinary, extraordinary: true }].sort(
    (a, b) => a.start.getTime() - b.start.getTime(),
  );
  const nextSymbol = counter();
  const nextDecision = counter();

  for (const [index, slot] of all.entries()) {
    const sequence = index + 1;
    const { start, local } = slot;
    const year = local.year;
    const held = start < clock.now;
    const symbol = () => `IECC/${year}/${nextSymbol(`${year}`)}`;
    const title = `${ordinal(sequence)} meeting of the Inter-agency Export Control Committee`;
    if (slot.extraordinary) {
      const caseDecision = await seedCaseMeeting(tx, ctx, { committeeId, sequence, start, year, title, symbol: symbol(), serial: nextDecision(`${year}`) }, meetings);
      decisions.set("iecc.case", caseDecision);
      continue;
    }
    const opinion = opinions(year)[slot.k];
    const meeting = await buildMeeting(tx, {
      committeeId,
      seriesId: series.id,
      recurrenceStart: start,
      sequence,
      title,
      startsAt: start,
      endsAt: plusMinutes(start, 120),
      timeZone: CAPITAL_ZONE,
      venue: "Export Licensing Authority, Immeuble du Commerce",
      room: "5th-floor meeting room",
      status: held ? "held" : slot.k === 0 ? "confirmed" : "planned",
      chairAgencyId: org.agency("ela"),
      chairPersonId: org.holderAt("elaHead", start),
      chairLabel: "Head of export licensing unit",
      agendaAdoptedAt: held ? plusMinutes(start, 5) : undefined,
      timeMarks: held ? [["opened", plusMinutes(start, 3)], ["closed", plusMinutes(start, 115)]] : [],
      confidentiality: "restricted",
      agenda: [
        { label: "1", title: "Adoption of the agenda", kind: "adoption_of_agenda", standingItemId: committees.standingItem("iecc", 1) },
        { label: "2", title: "Licence applications for opinion", standingItemId: committees.standingItem("iecc", 2), presenterAgencyId: org.agency("ela"), notes: opinion ? `Application ${opinion.application}; circulated with the NIS end-user assessment.` : undefined },
        { label: "3", title: "Diversion alerts and post-shipment checks", standingItemId: committees.standingItem("iecc", 3), presenterAgencyId: org.agency("customs") },
        { label: "4", title: "Any other business", kind: "any_other_business" },
      ],
      participants: participantsFor(org, committees, "iecc", start, {
        upcoming: !held,
        exceptions: slot.k === -1 ? { nisLiaison: { represented: "Ms Awa Sidibé, analyst" } } : slot.k === -4 ? { ddacDirector: "excused" } : {},
      }),
    });
    meetings.set(`iecc.k${slot.k}`, { id: meeting.id, committeeId, startsAt: start, item: meeting.item });
    if (!held) continue;
    const agendaDoc = await buildDocument(tx, {
      symbol: symbol(),
      title: `Agenda and list of applications, ${ordinal(sequence)} meeting`,
      kind: "agenda",
      issuedOn: plusDays(localDate(start, CAPITAL_ZONE), -7),
      committeeId,
      meetingId: meeting.id,
      agencyId: org.agency("ela"),
      confidentiality: "restricted",
      agendaItemIds: [meeting.item(1), meeting.item(2)],
    });
    if (!opinion) continue;
    const decisionId = await buildDecision(tx, {
      committeeId,
      meetingId: meeting.id,
      agendaItemId: meeting.item(2),
      year,
      serial: nextDecision(`${year}`),
      title: opinion.title,
      text: opinion.text,
      decidedOn: localDate(start, CAPITAL_ZONE),
      confidentiality: "restricted",
      documentIds: [agendaDoc],
    });
    decisions.set(`iecc.opinion${slot.k}`, decisionId);
  }
}

type CaseMeeting = { committeeId: string; sequence: number; start: Date; year: number; title: string; symbol: string; serial: number };

async function seedCaseMeeting(tx: Tx, ctx: Ctx, m: CaseMeeting, meetings: Map<string, MeetingRef>) {
  const { org } = ctx;
  const attendees: readonly (readonly [PositionKey, "chair" | "secretariat" | "member" | "expert"])[] = [
    ["elaHead", "chair"],
    ["comnatSecretary", "secretariat"],
    ["nisLiaison", "member"],
    ["customsEnforcement", "member"],
    ["mojCriminal", "expert"],
  ];
  const meeting = await buildMeeting(tx, {
    committeeId: m.committeeId,
    sequence: m.sequence,
    title: `${m.title} (extraordinary, closed)`,
    startsAt: m.start,
    endsAt: plusMinutes(m.start, 90),
    timeZone: CAPITAL_ZONE,
    venue: "National Intelligence Service, secure meeting room",
    status: "held",
    chairAgencyId: org.agency("ela"),
    chairPersonId: org.holderAt("elaHead", m.start),
    chairLabel: "Head of export licensing unit",
    agendaAdoptedAt: plusMinutes(m.start, 2),
    timeMarks: [["opened", m.start], ["closed", plusMinutes(m.start, 85)]],
    journalNotes: "Closed meeting held at short notice; no electronic devices; record kept by the secretariat only.",
    confidentiality: "confidential",
    agenda: [
      { label: "1", title: `Suspected diversion of a licensed consignment (case file NIS/CP/${m.year}/07)`, presenterAgencyId: org.agency("nis"), notes: "Serial numbers of pistols exported under an ELA licence were matched with weapons seized at a northern border post." },
      { label: "2", title: "Measures on the consignee's open licences", presenterAgencyId: org.agency("ela") },
    ],
    participants: attendees.map(([post, role]) => ({
      agencyId: org.position(post).agencyId,
      positionId: org.position(post).id,
      personId: org.holderAt(post, m.start),
      role,
      attendance: "present",
    })),
  });
  meetings.set("iecc.case", { id: meeting.id, committeeId: m.committeeId, startsAt: m.start, item: meeting.item });
  const documentId = await buildDocument(tx, {
    symbol: m.symbol,
    title: "Case summary prepared by the National Intelligence Service",
    kind: "other",
    issuedOn: localDate(m.start, CAPITAL_ZONE),
    committeeId: m.committeeId,
    meetingId: meeting.id,
    agencyId: org.agency("nis"),
    confidentiality: "confidential",
    agendaItemIds: [meeting.item(1)],
  });
  const decisionId = await buildDecision(tx, {
    committeeId: m.committeeId,
    meetingId: meeting.id,
    agendaItemId: meeting.item(2),
    year: m.year,
    serial: m.serial,
    title: "Suspension of the consignee's open licences pending investigation",
    text: "The Committee recommends suspending the two open licences issued to the consignee concerned pending the joint Customs–Police investigation, and informing the exporting and importing States concerned under ATT art. 11.",
    decidedOn: localDate(m.start, CAPITAL_ZONE),
    confidentiality: "confidential",
    documentIds: [documentId],
  });
  const records: readonly (readonly [ConfidentialEntity, string])[] = [
    ["meeting", meeting.id],
    ["agendaItem", meeting.item(1)],
    ["agendaItem", meeting.item(2)],
    ["document", documentId],
    ["decision", decisionId],
  ];
  for (const [entity, entityId] of records) {
    await buildGrants(tx, entity, entityId, CLEARED.map((person) => org.person(person)), ctx.grantedById);
  }
  return decisionId;
}
