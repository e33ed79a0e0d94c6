// Instruments, their provisions and the nine implementation phases.
import type { InstrumentKind } from "../../app/domain/vocabulary";
import { buildInstrument } from "./builders";
import { day, lookup, type Tx } from "./clock";

type InstrumentSpec = {
  code: string;
  name: string;
  kind: InstrumentKind;
  entryIntoForce?: Date;
  url?: string;
  provisions: readonly { reference: string; title: string; summary?: string }[];
};

const INSTRUMENTS = [
  {
    code: "ATT",
    name: "Arms Trade Treaty",
    kind: "treaty",
    // Deposit of ratification + 90 days (art. 22); for Lindora this is the Treaty's own entry into force.
    entryIntoForce: day("2014-12-24"),
    url: "https://thearmstradetreaty.org",
    provisions: [
      { reference: "Art. 1", title: "Object and purpose" },
      { reference: "Art. 2", title: "Scope", summary: "The eight categories of conventional arms (art. 2.1) and the activities of the international trade: export, import, transit, trans-shipment and brokering." },
      { reference: "Art. 3", title: "Ammunition/munitions" },
      { reference: "Art. 4", title: "Parts and components" },
      { reference: "Art. 5", title: "General implementation", summary: "Establish and maintain a national control system, including a national control list." },
      { reference: "Art. 5.2", title: "National control list", summary: "Establish and maintain a national control list covering at least the items of arts. 2.1, 3 and 4; provide it to the Secretariat (art. 5.4)." },
      { reference: "Art. 5.5", title: "Competent national authorities", summary: "Designate competent national authorities to have an effective and transparent national control system." },
      { reference: "Art. 5.6", title: "National point of contact", summary: "Designate one or more national points of contact and keep the designation updated with the Secretariat." },
      { reference: "Art. 6", title: "Prohibitions", summary: "No authorisation of transfers that would violate Security Council measures, international agreements, or be used in genocide, crimes against humanity or war crimes." },
      { reference: "Art. 7", title: "Export and export assessment", summary: "Assess the potential that exported arms would undermine peace and security or be used to commit serious violations; consider mitigating measures; refuse if the overriding risk remains." },
      { reference: "Art. 8", title: "Import", summary: "Provide information to the exporting State; regulate imports under national jurisdiction." },
      { reference: "Art. 9", title: "Transit or trans-shipment" },
      { reference: "Art. 10", title: "Brokering" },
      { reference: "Art. 11", title: "Diversion", summary: "Seek to prevent the diversion of transferred arms through the national control system; share information on effective measures." },
      { reference: "Art. 12", title: "Record keeping", summary: "Keep national records of export authorisations or actual exports for a minimum of ten years." },
      { reference: "Art. 13", title: "Reporting" },
      { reference: "Art. 13.1", title: "Initial report", summary: "Within the first year after entry into force, report the measures undertaken to implement the Treaty; report new measures when undertaken." },
      { reference: "Art. 13.2", title: "Measures against diversion", summary: "Encouraged to report information on measures found effective in addressing diversion." },
      { reference: "Art. 13.3", title: "Annual report on exports and imports", summary: "By 31 May each year, report authorised or actual exports and imports of conventional arms covered by art. 2.1 for the preceding calendar year." },
      { reference: "Art. 14", title: "Enforcement" },
      { reference: "Art. 15", title: "International cooperation" },
      { reference: "Art. 16", title: "International assistance" },
      { reference: "Art. 17", title: "Conference of States Parties" },
      { reference: "Art. 22", title: "Entry into force" },
    ],
  },
  {
    code: "PoA",
    name: "UN Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects",
    kind: "political_commitment",
    entryIntoForce: day("2001-07-20"),
    url: "https://smallarms.un-arm.org",
    provisions: [
      { reference: "Section II, para. 4", title: "National coordination agency", summary: "Establish or designate national coordination agencies or bodies and institutional infrastructure." },
      { reference: "Section II, para. 5", title: "National point of contact", summary: "Establish or designate a national point of contact to act as liaison on matters relating to the Programme." },
    ],
  },
  {
    code: "ITI",
    name: "International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons",
    kind: "political_commitment",
    entryIntoForce: day("2005-12-08"),
    provisions: [
      { reference: "Para. 8", title: "Marking at manufacture and import" },
      { reference: "Para. 12", title: "Record-keeping" },
      { reference: "Para. 36", title: "Biennial reporting" },
    ],
  },
  {
    code: "UNROCA",
    name: "United Nations Register of Conventional Arms",
    kind: "register",
    url: "https://www.unroca.org",
    provisions: [{ reference: "GA res. 46/36 L", title: "Annual submission of imports and exports" }],
  },
  {
    code: "FSC.DOC/1/00",
    name: "OSCE Document on Small Arms and Light Weapons",
    kind: "regional",
    provisions: [{ reference: "Section III", title: "Information exchange on small arms" }],
  },
  {
    code: "ECOWAS-SALW",
    name: "ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials",
    kind: "regional",
    entryIntoForce: day("2009-09-29"),
    provisions: [
      { reference: "Art. 3", title: "Prohibition of transfers" },
      { reference: "Art. 4", title: "Exemptions" },
      { reference: "Art. 24", title: "National commissions" },
    ],
  },
] as const satisfies readonly InstrumentSpec[];

export type InstrumentCode = (typeof INSTRUMENTS)[number]["code"];

/**
 * The ATT working group on effective implementation (draft proposal, Annex D to
 * ATT/CSP9.WGETI/2023/CHAIR/767/Conf.Rep) speaks of nine phases, but the box quoted in the UNIDIR
 * 2024 report lists eight headings. The ninth here, international cooperation and assistance (ATT
 * arts. 15-16), is our split, so that assistance requests and peer exchange have a home.
 */
const PHASES = [
  { number: 1, code: "domestication", nameEn: "Domestication of the ATT", nameFr: "Domestication du TCA", description: "Executive role; role of Parliament; legislative process; national consultation process." },
  { number: 2, code: "national_control_system", nameEn: "Establishing and maintaining a national control system", nameFr: "Mise en place et maintien d'un système de contrôle national", description: "Infrastructure; national control list; competent authority; national point of contact; legislation; inter-agency coordination." },
  { number: 3, code: "transfer_actors", nameEn: "General regulation of arms transfer actors", nameFr: "Réglementation générale des acteurs du transfert d'armes", description: "Registration measures; outreach programmes; internal compliance programmes; regulatory documentation." },
  { number: 4, code: "transfer_authorisation", nameEn: "Arms transfer application and authorisation", nameFr: "Demande et autorisation de transfert d'armes", description: "Prohibitions; risk assessment; mitigation; decision-making; review of decisions; document verification; undertakings and cooperation of actors." },
  { number: 5, code: "enforcement", nameEn: "Enforcement provisions", nameFr: "Dispositions relatives à l'application de la loi", description: "Legal framework; inter-agency coordination; legal and administrative procedures." },
  { number: 6, code: "information_management", nameEn: "Information management", nameFr: "Gestion de l'information", description: "Records management; national coordination; dispute arrangements." },
  { number: 7, code: "accounting_reporting", nameEn: "Accounting and reporting", nameFr: "Comptabilité et établissement de rapports", description: "Reporting to the ATT Secretariat; reporting to Cabinet; reporting to Parliament; audit enquiries; public information requests." },
  { number: 8, code: "post_delivery", nameEn: "Post-delivery measures", nameFr: "Mesures postérieures à la livraison", description: "Transfer undertakings; delivery verification certificates; post-shipment cooperation; verification; stockpile management." },
  { number: 9, code: "cooperation_assistance", nameEn: "International cooperation and assistance", nameFr: "Coopération et assistance internationales", description: "Cooperation with other States Parties (art. 15); requesting and providing assistance (art. 16); peer exchange. Added by Relais: the source lists eight headings under 'nine phases'." },
] as const;

export type PhaseCode = (typeof PHASES)[number]["code"];

export type Instruments = Awaited<ReturnType<typeof seedInstruments>>;

export async function seedInstruments(tx: Tx) {
  const instrumentRows: (readonly [InstrumentCode, string])[] = [];
  const provisionRows: (readonly [string, string])[] = [];
  for (const { provisions, ...data } of INSTRUMENTS) {
    const row = await buildInstrument(tx, { ...data, provisions });
    instrumentRows.push([data.code, row.id]);
    for (const p of row.provisions) provisionRows.push([`${data.code} ${p.reference}`, p.id]);
  }
  const phaseRows = await Promise.all(
    PHASES.map(async (phase) => {
      const row = await tx.implementationPhase.create({ data: { ...phase }, select: { id: true } });
      return [phase.code, row.id] as const;
    }),
  );
  const provision = lookup(provisionRows);
  return {
    instrument: lookup(instrumentRows),
    provision: (code: InstrumentCode, reference: string) => provision(`${code} ${reference}`),
    phase: lookup(phaseRows),
  };
}
