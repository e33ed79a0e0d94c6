// What the National ATT Implementation Committee discussed and decided, meeting by meeting.
// Dates are relative to today (days), so the demo always has six past and two upcoming meetings.
import type { Confidentiality, DecisionStatus, MeetingStatus } from "../../app/domain/vocabulary";
import type { AgencyKey } from "./organisation-data";
import type { Exceptions } from "./participants";

export type ItemSpec = {
  title: string;
  presenter: AgencyKey;
  notes?: string;
  confidentiality?: Confidentiality;
  /** A working paper tabled under the item (gets a national symbol). */
  paper?: string;
  decision?: { key: string; title: string; text: string; status?: DecisionStatus; supersedes?: string };
};

export type NaicMeetingSpec = {
  days: number;
  status: MeetingStatus;
  confidentiality?: Confidentiality;
  exceptions?: Exceptions;
  expert?: { name: string; affiliation: string };
  journal?: string;
  items: readonly ItemSpec[];
};

export function naicMeetings(reportYear: number): NaicMeetingSpec[] {
  return [
    {
      days: -294,
      status: "held",
      journal: "First meeting under the decree. Members agreed to meet every six to eight weeks, with ComNat-ALPC as secretariat.",
      items: [
        { title: "Rules of procedure of the Committee", presenter: "comnat", paper: "Draft rules of procedure of the National ATT Implementation Committee",
          notes: "Draft circulated two weeks before the meeting; comments from Justice and Defence incorporated.",
          decision: { key: "naic.rules", title: "Rules of procedure of the National ATT Implementation Committee", text: "The Committee adopts its rules of procedure. Decisions are taken by consensus; where consensus cannot be reached the matter is referred to the Minister of Foreign Affairs and Cooperation. The secretariat circulates the agenda ten days and the record fifteen days after each meeting." } },
        { title: "Mapping of national responsibilities under the ATT", presenter: "comnat",
          notes: "The secretariat presented a matrix of responsible, accountable, consulted and informed agencies for each article of the Treaty.",
          decision: { key: "naic.matrix", title: "Responsibility matrix for ATT implementation", text: "The Committee endorses the responsibility matrix prepared by the secretariat. Each member agency validates its entries, and names the post concerned, within six weeks." } },
      ],
    },
    {
      days: -245,
      status: "held",
      exceptions: { nisLiaison: "absent" },
      items: [
        { title: "National reporting calendar", presenter: "comnat", paper: "Draft national reporting calendar (ATT, UN Register, PoA)",
          decision: { key: "naic.calendar1", title: "National reporting calendar", text: "The Committee adopts the national reporting calendar covering the ATT initial and annual reports, the UN Register return and the PoA national report, with a data call on 28 February, consolidation by 30 April and clearance by 20 May." } },
        { title: "Competent national authority for ATT reporting", presenter: "ddac",
          decision: { key: "naic.authority", title: "Lead authority for the ATT annual report", text: "The Committee recommends that the Export Licensing Authority compile the ATT annual report, with the ATT national point of contact responsible for its submission to the Secretariat." } },
      ],
    },
    {
      days: -196,
      status: "held",
      exceptions: { policeFirearms: "excused" },
      items: [
        { title: "Working group on the ATT annual report", presenter: "ela", paper: "Terms of reference of the working group on the ATT annual report",
          decision: { key: "naic.wgar", title: "Establishment of a working group on the ATT annual report", text: "The Committee establishes an ad hoc working group chaired by the Export Licensing Authority, with Customs, Defence and the ATT point of contact, to prepare the annual report under the terms of reference annexed." } },
        { title: "Review of the national control list against ATT arts. 2.1 and 5.2", presenter: "ela",
          notes: "All eight categories are covered. The list does not yet give HS codes, which slows customs checks; Customs offered to propose a correspondence table." },
      ],
    },
    {
      days: -147,
      status: "held",
      exceptions: { mojLegal: { represented: "Mr Kofi Boateng, legal officer" } },
      items: [
        { title: "Revised national reporting calendar (internal deadlines)", presenter: "comnat", paper: "Revised national reporting calendar",
          decision: { key: "naic.calendar2", supersedes: "naic.calendar1", title: "Revised national reporting calendar", text: "The Committee replaces its earlier reporting calendar. The data call for the ATT annual report moves to 31 January, consolidation to 31 March and inter-agency clearance to 30 April, leaving a month before the 31 May deadline." } },
        { title: "Feedback from the ATT working groups", presenter: "ddac",
          notes: "The point of contact summarised the WGTR discussion on reporting challenges and the option to keep the annual report restricted to States Parties." },
      ],
    },
    {
      days: -98,
      status: "held",
      confidentiality: "restricted",
      exceptions: { interiorPermits: "absent" },
      journal: "Closed meeting: observers were not invited because of the case material under item 4.",
      items: [
        { title: "Diversion risk in transit through the Port Autonome", presenter: "customs", confidentiality: "restricted",
          notes: "Customs presented three transit consignments with inconsistent documentation. Members agreed that sensitive transit requests go to the Inter-agency Export Control Committee.",
          decision: { key: "naic.transit", title: "Inter-agency review of sensitive transit requests", text: "Requests for transit or trans-shipment of items in categories (i) to (vii), and of more than 50 small arms, are referred to the Inter-agency Export Control Committee for an opinion before authorisation." } },
        { title: "Publication of the ATT annual report", presenter: "ela",
          decision: { key: "naic.publication", status: "deferred", title: "Making the ATT annual report public", text: "The Committee defers its decision on making the annual report public on the ATT website until Defence and the National Intelligence Service have reviewed commercial and national-security sensitivities." } },
      ],
    },
    {
      days: -42,
      status: "held",
      exceptions: { modTransfers: { represented: "Maj. Kossi Amedzo, deputy head of arms transfers" } },
      expert: { name: "Ms Ana Ferreira", affiliation: "Independent consultant, transfer-record database project" },
      items: [
        { title: "Written national procedures for ATT reporting", presenter: "comnat", paper: "National procedures for ATT reporting (draft 3)",
          decision: { key: "naic.procedures", title: "National procedures document for ATT reporting", text: "The Committee adopts the written national procedures for ATT reporting: data sources, roles, internal deadlines and clearance steps, so that the process survives changes of staff." } },
        { title: "Request for assistance to the ATT Voluntary Trust Fund", presenter: "comnat",
          decision: { key: "naic.vtf", title: "Application to the ATT Voluntary Trust Fund", text: "The Committee supports an application to the ATT Voluntary Trust Fund for a transfer-record database shared by the Export Licensing Authority and Customs, and mandates the secretariat to prepare it with the ATT point of contact." } },
        { title: "Rotation of staff in key posts", presenter: "comnat",
          notes: "The secretariat flagged that the ATT point of contact and the head of the export licensing unit change in the coming months. Members asked for written handover notes for both posts." },
      ],
    },
    {
      days: 14,
      status: "confirmed",
      items: [
        { title: `Data call for the ATT annual report (calendar year ${reportYear})`, presenter: "ela" },
        { title: "Handover of the ATT national point of contact function", presenter: "ddac" },
        { title: "Follow-up of the application to the ATT Voluntary Trust Fund", presenter: "comnat" },
      ],
    },
    {
      days: 70,
      status: "planned",
      items: [
        { title: `Clearance schedule for the ${reportYear} ATT annual report`, presenter: "ela" },
        { title: "Annual review of the Committee's mandate and working methods", presenter: "comnat" },
      ],
    },
  ];
}
