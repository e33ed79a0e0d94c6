// International meetings modelled on the source records: the 877th FSC plenary (journal FSC.JOUR/883),
// the WGTR meeting of 31 May 2018 and the BMS7 recorded vote of 30 July 2021.
import type { Confidentiality, DocumentKind } from "../../app/domain/vocabulary";
import { BMS7_PARA_92 } from "./bms7-votes";
import { day, wall, type Clock, type Tx } from "./clock";
import { WGTR_STANDING_AGENDA, type Committees } from "./committees";
import { buildDecision, buildDocument, buildMeeting, type StatementSpec } from "./builders";
import type { MeetingRef } from "./national";
import type { Organisation } from "./organisation";
import { participantsFor } from "./participants";

type Ctx = { org: Organisation; committees: Committees; clock: Clock };
type Doc = readonly [symbol: string, title: string, kind: DocumentKind, confidentiality?: Confidentiality];

const OSCE_LANGUAGES = "en,fr,de,it,ru,es";
const UN_LANGUAGES = "ar,zh,en,fr,ru,es";

export async function seedInternational(tx: Tx, ctx: Ctx, meetings: Map<string, MeetingRef>) {
  await seedFsc(tx, ctx, meetings);
  await seedWgtr(tx, ctx, meetings);
  await seedBms7(tx, ctx, meetings);
}

async function documents(tx: Tx, committeeId: string, issuedOn: Date | undefined, languages: string, docs: readonly Doc[]) {
  const ids = new Map<string, string>();
  for (const [symbol, title, kind, confidentiality] of docs) {
    ids.set(symbol, await buildDocument(tx, { symbol, title, kind, issuedOn, languages, committeeId, confidentiality }));
  }
  return (symbol: string) => {
    const id = ids.get(symbol);
    if (!id) throw new Error(`Unknown document ${symbol}`);
    return id;
  };
}

async function seedFsc(tx: Tx, { org, committees, clock }: Ctx, meetings: Map<string, MeetingRef>) {
  const committeeId = committees.committee("fsc");
  const zone = "Europe/Vienna";
  const doc = await documents(tx, committeeId, day("2018-02-21"), OSCE_LANGUAGES, [
    ["FSC.JOUR/883", "Journal of the 877th plenary meeting of the Forum", "journal", "public"],
    ["FSC.DEC/1/18", "Decision No. 1/18: Best practice guide on deactivation of small arms and light weapons", "decision", "public"],
    ["FSC.DEC/1/18/Corr.1", "Decision No. 1/18: Best practice guide on deactivation of small arms and light weapons (corrigendum)", "decision", "public"],
    ["FSC.DD/8/17", "Draft decision on the best practice guide on deactivation of small arms and light weapons", "working_paper"],
    ["FSC.DEL/35/18", "Presentation by Mr Y. Hwang, Head of the Arms Control Department, Ministry for Europe and Foreign Affairs, France (OSCE+)", "statement", "restricted"],
    ["FSC.DEL/36/18", "Statement by the delegation of Ukraine, security dialogue (OSCE+)", "statement", "restricted"],
    ["FSC.DEL/37/18", "Statement by the delegation of Ukraine, situation in and around Ukraine (OSCE+)", "statement", "restricted"],
    ["FSC.DEL/39/18", "Statement by the European Union, security dialogue on the preparations for RevCon3", "statement"],
    ["FSC.DEL/40/18", "Statement by the European Union, situation in and around Ukraine", "statement"],
  ]);
  const eu = "Bulgaria–European Union (with the candidate countries, the stabilisation and association process countries, the EFTA countries members of the EEA, Andorra, Georgia and Moldova aligning)";
  const chair: StatementSpec = { speakerLabel: "Chairperson" };
  const start = wall("2018-02-21T10:00", zone);
  const meeting = await buildMeeting(tx, {
    committeeId,
    sequence: 877,
    title: "877th plenary meeting of the Forum",
    startsAt: start,
    endsAt: wall("2018-02-21T15:30", zone),
    timeZone: zone,
    venue: "Hofburg, Vienna",
    status: "held",
    chairLabel: "Ambassador R. Boháč (Slovakia)",
    timeMarks: [
      ["opened", start],
      ["suspended", wall("2018-02-21T13:00", zone)],
      ["resumed", wall("2018-02-21T15:05", zone)],
      ["closed", wall("2018-02-21T15:30", zone)],
    ],
    journalNotes: "Chairmanship: Slovakia. Journal No. 883 of the FSC. The statements of the United Kingdom and of the Chairperson on behalf of the Informal Group of Friends on SALW are annexed to the journal.",
    nextMeetingNote: "Wednesday, 7 March 2018, at 10 a.m., Neuer Saal",
    confidentiality: "public",
    agenda: [
      {
        label: "1",
        title: "Decision on the best practice guide on deactivation of small arms and light weapons",
        statements: [{ ...chair, summary: "Decision No. 1/18 (FSC.DEC/1/18/Corr.1) adopted; text attached to the journal.", documentIds: [doc("FSC.DEC/1/18/Corr.1")] }],
      },
      {
        label: "2",
        title: "Security dialogue: preparations for the Third Review Conference of the UN Programme of Action",
        notes: "Presentations by Mr Y. Hwang, Head of the Arms Control Department, Ministry for Europe and Foreign Affairs, France, and by Mr G. McDonald, Senior Researcher and Editor-in-Chief, Small Arms Survey.",
        statements: [
          chair,
          { speakerLabel: "Mr Y. Hwang (France)", documentIds: [doc("FSC.DEL/35/18")] },
          { speakerLabel: "Mr G. McDonald (Small Arms Survey)" },
          { speakerLabel: eu, documentIds: [doc("FSC.DEL/39/18")] },
          { speakerLabel: "United States of America" },
          { speakerLabel: "Belarus" },
          { speakerLabel: "United Kingdom", summary: "Annex 1: aligns with the EU; supports an extra-budgetary project on illicit SALW with nearly EUR 281,000; thanks Germany for EUR 150,000." },
          { speakerLabel: "Russian Federation" },
          { speakerLabel: "Ukraine", documentIds: [doc("FSC.DEL/36/18")] },
          { speakerLabel: "Azerbaijan" },
          { speakerLabel: "FSC Co-ordinator for Projects on Small Arms and Light Weapons and Stockpiles of Conventional Ammunition (Hungary)" },
          { speakerLabel: "Slovakia" },
          { speakerLabel: "Bosnia and Herzegovina" },
          { speakerLabel: "Chairperson (on behalf of the Chairperson of the Informal Group of Friends on SALW (Finland))", summary: "Annex 2: report of the Group's meeting of 8 February 2018." },
        ],
      },
      {
        label: "3",
        title: "General statements",
        standingItemId: committees.standingItem("fsc", 1),
        notes: "Situation in and around Ukraine.",
        statements: [
          { speakerLabel: "Ukraine", documentIds: [doc("FSC.DEL/37/18")] },
          { speakerLabel: eu, documentIds: [doc("FSC.DEL/40/18")] },
          { speakerLabel: "United States of America" },
          { speakerLabel: "Russian Federation" },
          { speakerLabel: "United Kingdom" },
          { speakerLabel: "Bulgaria–European Union" },
        ],
      },
      {
        label: "4",
        title: "Any other business",
        kind: "any_other_business",
        standingItemId: committees.standingItem("fsc", 2),
        statements: [{ speakerLabel: "FSC Co-ordinator for the Annual Security Review Conference (France)", summary: "Proposed dates for the 2018 Annual Security Review Conference." }],
      },
    ],
    participants: participantsFor(org, committees, "fsc", start, { upcoming: false }),
  });
  meetings.set("fsc877", { id: meeting.id, committeeId, startsAt: start, item: meeting.item });
  await tx.document.updateMany({ where: { committeeId, meetingId: null }, data: { meetingId: meeting.id } });
  await tx.documentLink.createMany({
    data: [
      { documentId: doc("FSC.DD/8/17"), agendaItemId: meeting.item(1) },
      { documentId: doc("FSC.JOUR/883"), agendaItemId: meeting.item(1) },
    ],
  });
  await buildDecision(tx, {
    committeeId,
    meetingId: meeting.id,
    agendaItemId: meeting.item(1),
    year: 2018,
    serial: 1,
    title: "Best practice guide on deactivation of small arms and light weapons",
    text: "The Forum for Security Co-operation adopted Decision No. 1/18 (FSC.DEC/1/18/Corr.1) on the best practice guide on deactivation of small arms and light weapons, entitled \"Minimum standards for national procedures for the deactivation of small arms and light weapons\"; the text of the decision is attached to the journal.",
    decidedOn: day("2018-02-21"),
    confidentiality: "public",
    documentIds: [doc("FSC.DEC/1/18"), doc("FSC.DEC/1/18/Corr.1"), doc("FSC.JOUR/883")],
  });

  // The next two Wednesday plenaries. Their serial numbers are not known here, so they carry none.
  const upcoming = [7, 14].map((days) => clock.slot(days, 3, "10:00", zone));
  const first = upcoming[0];
  if (!first) return;
  const series = await tx.meetingSeries.create({
    data: { committeeId, rrule: "FREQ=WEEKLY;BYDAY=WE", firstStartLocal: first.local.toFormat("yyyy-LL-dd'T'HH:mm"), durationMinutes: 180, timeZone: zone, venue: "Hofburg, Vienna", titleTemplate: "Plenary meeting of the Forum" },
    select: { id: true },
  });
  for (const [i, { start: at }] of upcoming.entries()) {
    const m = await buildMeeting(tx, {
      committeeId,
      seriesId: series.id,
      recurrenceStart: at,
      title: "Plenary meeting of the Forum",
      startsAt: at,
      endsAt: new Date(at.getTime() + 3 * 3600_000),
      timeZone: zone,
      venue: "Hofburg, Vienna",
      room: "Neuer Saal",
      status: "planned",
      confidentiality: "public",
      agenda: [
        { label: "1", title: "General statements", standingItemId: committees.standingItem("fsc", 1) },
        { label: "2", title: "Any other business", kind: "any_other_business", standingItemId: committees.standingItem("fsc", 2) },
      ],
      participants: participantsFor(org, committees, "fsc", at, { upcoming: true }),
    });
    meetings.set(`fscNext${i + 1}`, { id: m.id, committeeId, startsAt: at, item: m.item });
  }
}

async function seedWgtr(tx: Tx, { org, committees }: Ctx, meetings: Map<string, MeetingRef>) {
  const committeeId = committees.committee("wgtr");
  const zone = "Europe/Zurich";
  const standing = (order: number) => committees.standingItem("wgtr", order);
  const start = wall("2018-05-31T10:00", zone);
  const doc = await documents(tx, committeeId, undefined, "en,fr,es", [
    ["ATT/CSP4.WGTR/2018/CHAIR/355/Conf.Rep", "Working Group on Transparency and Reporting: co-chairs' report on the meeting of 31 May 2018", "report", "public"],
  ]);
  const outcomes: readonly string[] = [
    "The Secretariat is asked to publish reporting statistics on the public part of the ATT website, update them regularly, and show progress since the previous status report.",
    "Support for recommending the co-chairs' reporting information strategy to CSP4; the FAQ-type guidance on the annual report is folded into this item for future meetings.",
    "Given the low response to the Netherlands' questionnaire on collecting information for annual reports, no further work for now. The WCO presentation on the Harmonized System was welcomed; HS codes for conventional arms to be examined between CSP4 and CSP5.",
    "Three-tier approach to information exchange on diversion: WGETI sub-group (policy), the information exchange portal (intersessional), and an informal meeting of interested States Parties on concrete cases.",
    "The ATT-BAP national transfer controls database could identify issues for the WGETI; conclusions to be passed to the WGETI chair.",
    "The Secretariat keeps the WGTR and the CSP informed of the IT platform; an informal advisory group of WGTR members is created.",
    "The co-chairs will revise the draft mandate to reflect the discussion and circulate it before CSP4.",
  ];
  const meeting = await buildMeeting(tx, {
    committeeId,
    title: "Meeting of the Working Group on Transparency and Reporting (CSP4 preparatory process)",
    startsAt: start,
    endsAt: wall("2018-05-31T18:00", zone),
    timeZone: zone,
    venue: "International Conference Centre Geneva (CICG)",
    status: "held",
    chairLabel: "WGTR co-chairs",
    journalNotes: "Second and last WGTR meeting of the CSP4 preparatory process. The group adopted the draft record of its 8 March 2018 meeting and the annotated agenda.",
    confidentiality: "public",
    agenda: [
      { label: "1", title: "Adoption of the agenda and of the record of the meeting of 8 March 2018", kind: "adoption_of_agenda" },
      ...WGTR_STANDING_AGENDA.map(([label, title], i) => ({ label, title, notes: outcomes[i], standingItemId: standing(i + 1) })),
    ],
    participants: participantsFor(org, committees, "wgtr", start, { upcoming: false }),
  });
  meetings.set("wgtr2018", { id: meeting.id, committeeId, startsAt: start, item: meeting.item });
  const report = doc("ATT/CSP4.WGTR/2018/CHAIR/355/Conf.Rep");
  await tx.document.update({ where: { id: report }, data: { meetingId: meeting.id } });
  await buildDecision(tx, {
    committeeId, meetingId: meeting.id, agendaItemId: meeting.item(8), year: 2018, serial: 1, decidedOn: day("2018-05-31"), confidentiality: "public", documentIds: [report],
    title: "Standing agenda of the WGTR",
    text: "The participants agreed on a standing agenda for the WGTR: (a) status of reporting compliance; (b) reporting challenges; (c) substantive reporting and transparency issues; (d) organisational means for information exchange; (e) exploiting information generated by mandatory reports; (f) IT platform: reporting and transparency functionalities; (g) mandate of the WGTR for the period between CSP4 and CSP5.",
  });
  await buildDecision(tx, {
    committeeId, meetingId: meeting.id, agendaItemId: meeting.item(5), year: 2018, serial: 2, decidedOn: day("2018-05-31"), confidentiality: "public", documentIds: [report],
    title: "Three-tier approach to information exchange on diversion",
    text: "The participants strongly supported the three-tier approach and agreed that the WGTR would recommend it to CSP4, with the advice to develop the information exchange portal comprehensively rather than topic by topic.",
  });
}

async function seedBms7(tx: Tx, { org, committees }: Ctx, meetings: Map<string, MeetingRef>) {
  const committeeId = committees.committee("bms7");
  const zone = "America/New_York";
  const start = wall("2021-07-30T10:00", zone);
  const doc = await documents(tx, committeeId, undefined, UN_LANGUAGES, [
    ["A/CONF.192/BMS/2021/1", "Report of the Seventh Biennial Meeting of States to Consider the Implementation of the Programme of Action", "report", "public"],
    ["A/CONF.192/BMS/2021/CRP.2/Rev.1", "Draft outcome document", "working_paper", "public"],
    ["A/CONF.192/BMS/2021/L.1", "Provisional agenda", "agenda", "public"],
  ]);
  await tx.document.update({ where: { id: doc("A/CONF.192/BMS/2021/1") }, data: { issuedOn: day("2021-08-11") } });
  const meeting = await buildMeeting(tx, {
    committeeId,
    sequence: 10,
    title: "10th meeting of the Seventh Biennial Meeting of States (BMS7)",
    startsAt: start,
    endsAt: wall("2021-07-30T18:00", zone),
    timeZone: zone,
    venue: "United Nations Headquarters, New York",
    status: "held",
    chairLabel: "Martin Kimani (Kenya), President",
    journalNotes: "Lindora's delegation, connected remotely, did not take part in the recorded votes; it later told the secretariat it had intended to vote in favour of the final report.",
    confidentiality: "public",
    agenda: [
      { label: "11", title: "Consideration of the draft final report" },
      { label: "12", title: "Adoption of the report" },
    ],
    participants: participantsFor(org, committees, "bms7", start, { upcoming: false }),
  });
  meetings.set("bms7-10", { id: meeting.id, committeeId, startsAt: start, item: meeting.item });
  await tx.document.updateMany({ where: { committeeId }, data: { meetingId: meeting.id } });
  await tx.documentLink.create({ data: { documentId: doc("A/CONF.192/BMS/2021/CRP.2/Rev.1"), agendaItemId: meeting.item(1) } });
  const votes = BMS7_PARA_92;
  const para92 = await buildDecision(tx, {
    committeeId, meetingId: meeting.id, agendaItemId: meeting.item(1), year: 2021, serial: 1, decidedOn: day("2021-07-30"), confidentiality: "public",
    documentIds: [doc("A/CONF.192/BMS/2021/1"), doc("A/CONF.192/BMS/2021/CRP.2/Rev.1")],
    title: "Retention of paragraph 92 of the draft outcome document",
    text: "The Meeting decided to retain paragraph 92 of the draft outcome document (A/CONF.192/BMS/2021/CRP.2/Rev.1) by a recorded vote of 100 to 1, with 10 abstentions. San Marino and Sao Tome and Principe subsequently informed the secretariat that they had intended to vote in favour.",
    adoption: "recorded_vote",
    votesFor: votes.for.length,
    votesAgainst: votes.against.length,
    votesAbstaining: votes.abstain.length,
  });
  await tx.decisionVote.createMany({
    data: [
      ...votes.for.map((voterLabel) => ({ decisionId: para92, voterLabel, vote: "for" })),
      ...votes.against.map((voterLabel) => ({ decisionId: para92, voterLabel, vote: "against" })),
      ...votes.abstain.map((voterLabel) => ({ decisionId: para92, voterLabel, vote: "abstain" })),
    ],
  });
  await buildDecision(tx, {
    committeeId, meetingId: meeting.id, agendaItemId: meeting.item(2), year: 2021, serial: 2, decidedOn: day("2021-07-30"), confidentiality: "public",
    documentIds: [doc("A/CONF.192/BMS/2021/1")],
    title: "Adoption of the final report",
    text: "Following a recorded vote, the Meeting adopted its draft final report by 114 votes to none, with no abstentions. Botswana, Montenegro and Ukraine subsequently indicated that they had intended to vote in favour.",
    adoption: "recorded_vote",
    votesFor: 114,
    votesAgainst: 0,
    votesAbstaining: 0,
  });
}
