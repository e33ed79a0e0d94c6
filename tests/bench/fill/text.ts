// Domain-flavoured titles and notes. Built from word lists with the fast Rng: faker's lorem is Latin
// and too slow to call millions of times; faker is kept for names, places and phone numbers.
import type { Rng } from "./context";

export const TOPICS = [
  "end-user certificates",
  "stockpile management",
  "brokering controls",
  "marking and tracing",
  "the annual ATT report",
  "the UNPoA national report",
  "diversion risk assessment",
  "transit and trans-shipment",
  "import licensing",
  "export licence denials",
  "the national control list",
  "post-shipment verification",
  "destruction of surplus weapons",
  "gender-based violence risk",
  "customs data exchange",
  "the national point of contact",
  "information exchange with neighbouring States",
  "the UN Register of Conventional Arms",
  "record-keeping of transfers",
  "capacity-building requests",
  "the Voluntary Trust Fund application",
  "outreach to industry",
  "enforcement and penalties",
  "ammunition management",
  "the working group on effective implementation",
] as const;

const VERBS = ["Review", "Update on", "Draft guidance on", "Consultation on", "Briefing on", "Follow-up on", "Proposal on"];
const ACTION_VERBS = [
  "Circulate a note on",
  "Prepare a briefing on",
  "Collect agency input on",
  "Draft the section on",
  "Consult industry on",
  "Report back on",
  "Verify the figures on",
  "Translate the summary on",
  "Schedule a technical meeting on",
  "Update the register entry on",
];
const DECISION_VERBS = ["Adoption of", "Approval of", "Endorsement of", "Establishment of a task team on", "Revision of"];
const NOTES = [
  "Agencies were invited to send comments before the next meeting.",
  "The secretariat will circulate a revised draft.",
  "Delegations welcomed the progress made.",
  "Customs raised concerns about the data format.",
  "Pending clearance by the legal department.",
  "Deferred to the next meeting for lack of quorum.",
  "The chair summarised the discussion and proposed a way forward.",
  "Figures to be reconciled with the licensing database.",
  "Requires input from the Ministry of Defence.",
  "The focal point confirmed the timeline.",
];

export const DIVISIONS = [
  "Licensing",
  "Enforcement",
  "Legal Affairs",
  "Policy Planning",
  "Training",
  "Risk Analysis",
  "Border Management",
  "Multilateral Affairs",
  "Statistics",
  "Inspections",
];

export const POST_TITLES = [
  "National Point of Contact",
  "Head of Export Control Unit",
  "Desk Officer, Arms Control",
  "Legal Adviser",
  "Licensing Officer",
  "Customs Enforcement Officer",
  "Senior Policy Officer",
  "Director, Non-Proliferation",
  "Intelligence Analyst",
  "Stockpile Manager",
  "Reporting Coordinator",
  "Deputy Director",
  "Liaison Officer",
  "Border Control Inspector",
  "Head of Unit, Multilateral Affairs",
];

export const AGENCY_TEMPLATES: readonly { kind: string; name: string; acronym: string }[] = [
  { kind: "ministry", name: "Ministry of Foreign Affairs", acronym: "MFA" },
  { kind: "customs", name: "General Directorate of Customs", acronym: "DGC" },
  { kind: "ministry", name: "Ministry of Defence", acronym: "MOD" },
  { kind: "police", name: "National Police", acronym: "NP" },
  { kind: "ministry", name: "Ministry of Trade and Industry", acronym: "MTI" },
  { kind: "ministry", name: "Ministry of the Interior", acronym: "MOI" },
  { kind: "judiciary", name: "Office of the Prosecutor General", acronym: "OPG" },
  { kind: "agency", name: "Export Control Agency", acronym: "ECA" },
  { kind: "parliament", name: "Parliamentary Defence Committee", acronym: "PDC" },
  { kind: "embassy", name: "Permanent Mission in Geneva", acronym: "PMG" },
  { kind: "intergovernmental", name: "Regional Centre on Small Arms", acronym: "RECSA" },
  { kind: "treaty_secretariat", name: "ATT Secretariat liaison", acronym: "ATTS" },
  { kind: "civil_society", name: "Arms Control Forum", acronym: "ACF" },
  { kind: "industry", name: "Defence Industry Association", acronym: "DIA" },
  { kind: "agency", name: "National Intelligence Service", acronym: "NIS" },
  { kind: "other", name: "National Statistics Office", acronym: "NSO" },
];

export const TIME_ZONES = ["Europe/Paris", "Europe/Vienna", "Europe/Brussels", "America/New_York", "Africa/Dakar", "Africa/Nairobi"];

export function agendaTitle(rng: Rng): string {
  return `${rng.pick(VERBS)} ${rng.pick(TOPICS)}`;
}

export function actionTitle(rng: Rng): string {
  return `${rng.pick(ACTION_VERBS)} ${rng.pick(TOPICS)}`;
}

export function decisionTitle(rng: Rng): string {
  return `${rng.pick(DECISION_VERBS)} ${rng.pick(TOPICS)}`;
}

export function note(rng: Rng): string {
  return rng.pick(NOTES);
}

export function paragraph(rng: Rng, sentences: number): string {
  return Array.from({ length: sentences }, () => rng.pick(NOTES)).join(" ");
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
