// The responsibility matrix: who is Responsible, Accountable, Consulted, Informed for each function.
// Two gaps are deliberate, so the RACI gap view has something to show: art. 8 (import) has no "A",
// art. 9 (transit) has two.
import type { RaciRole } from "../../app/domain/vocabulary";
import { buildResponsibility } from "./builders";
import type { Tx } from "./clock";
import type { InstrumentCode, Instruments, PhaseCode } from "./instruments";
import { AGENCIES, type AgencyKey, type PositionKey } from "./organisation-data";
import type { Organisation } from "./organisation";

/** A role held by a post (and so by its agency), or by an agency as a whole. */
type Raci = readonly [RaciRole, PositionKey | AgencyKey, string?];

function isAgencyKey(key: string): key is AgencyKey {
  return AGENCIES.some((a) => a.key === key);
}

type ResponsibilitySpec = {
  title: string;
  description: string;
  instrument: InstrumentCode;
  provision?: string;
  phase: PhaseCode;
  raci: readonly Raci[];
};

const RESPONSIBILITIES: readonly ResponsibilitySpec[] = [
  { title: "Draft and maintain legislation implementing the ATT", description: "Prepare the arms transfer bill and its implementing decrees; keep them in line with the Treaty and the ECOWAS Convention.", instrument: "ATT", provision: "Art. 5", phase: "domestication",
    raci: [["A", "mojLegal"], ["R", "mojLegal"], ["C", "mfaLegal"], ["C", "elaHead"], ["C", "customsFocal"], ["I", "parliament"]] },
  { title: "Maintain the national control list", description: "Keep the national control list covering at least the categories of art. 2.1 and communicate it to the ATT Secretariat.", instrument: "ATT", provision: "Art. 5.2", phase: "national_control_system",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["C", "modTransfers"], ["C", "customsFocal", "Maps list entries to HS codes"], ["I", "ddac"]] },
  { title: "Designate competent national authorities", description: "Designate and publish the authorities competent for licensing, enforcement and reporting.", instrument: "ATT", provision: "Art. 5.5", phase: "national_control_system",
    raci: [["A", "mfaLegal"], ["R", "ddacDirector"], ["C", "mtiSecGen"], ["I", "comnat"]] },
  { title: "Designate and update the ATT national point of contact", description: "Keep the point of contact designation current with the ATT Secretariat; notify any change by note verbale.", instrument: "ATT", provision: "Art. 5.6", phase: "national_control_system",
    raci: [["A", "ddacDirector"], ["R", "attPoc"], ["C", "genevaCounsellor"], ["I", "comnat"]] },
  { title: "Coordinate ATT implementation across agencies", description: "Run the National ATT Implementation Committee: agenda, records, follow-up of decisions and actions.", instrument: "ATT", provision: "Art. 5", phase: "national_control_system",
    raci: [["A", "ddacDirector"], ["R", "comnatSecretary"], ["C", "elaHead"], ["C", "customsFocal"], ["C", "modTransfers"], ["I", "parliament"]] },
  { title: "Register and regulate brokers", description: "Keep a register of arms brokers and require a licence for each brokering activity.", instrument: "ATT", provision: "Art. 10", phase: "transfer_actors",
    raci: [["A", "mtiSecGen"], ["R", "elaOfficer"], ["C", "policeFirearms"], ["C", "nisLiaison"]] },
  { title: "License dealers and civilian firearm holders", description: "Issue and renew dealer licences and civilian permits; feed the national registry.", instrument: "ECOWAS-SALW", provision: "Art. 3", phase: "transfer_actors",
    raci: [["A", "interiorPermits"], ["R", "interiorPermits"], ["C", "policeRegistry"], ["I", "comnat"]] },
  { title: "Apply the prohibitions to each transfer", description: "Check every application against arms embargoes and the other prohibitions of art. 6 before assessment.", instrument: "ATT", provision: "Art. 6", phase: "transfer_authorisation",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["C", "ddacDirector", "Embargo and sanctions advice"], ["C", "mfaLegal"]] },
  { title: "Conduct the export risk assessment", description: "Assess each export under art. 7, consider mitigation measures, and record the decision and its reasons.", instrument: "ATT", provision: "Art. 7", phase: "transfer_authorisation",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["C", "modTransfers"], ["C", "nisLiaison"], ["C", "ddacDirector"], ["I", "customs"]] },
  { title: "Regulate imports", description: "Issue import authorisations and provide the exporting State with the information it requests.", instrument: "ATT", provision: "Art. 8", phase: "transfer_authorisation",
    raci: [["R", "elaOfficer"], ["R", "customsFocal"], ["C", "modTransfers"], ["I", "police"]] },
  { title: "Control transit and trans-shipment", description: "Regulate arms transiting through the ports and territory of Lindora.", instrument: "ATT", provision: "Art. 9", phase: "transfer_authorisation",
    raci: [["A", "customsFocal"], ["A", "elaHead"], ["R", "customsEnforcement"], ["C", "nisLiaison"]] },
  { title: "Verify end-use and end-user documentation", description: "Authenticate end-user certificates, including through embassies, before a licence is granted.", instrument: "ATT", provision: "Art. 11", phase: "transfer_authorisation",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["C", "attPoc"], ["C", "nisLiaison"]] },
  { title: "Enforce transfer controls at the border", description: "Check licences against consignments; detain and seize unlicensed arms; report seizures.", instrument: "ATT", provision: "Art. 14", phase: "enforcement",
    raci: [["A", "customsEnforcement"], ["R", "customsFocal"], ["C", "policeFirearms"], ["C", "nisLiaison"], ["I", "ela"]] },
  { title: "Investigate and prosecute illicit transfers", description: "Investigate breaches of transfer controls and prosecute offenders under the penal code.", instrument: "ATT", provision: "Art. 14", phase: "enforcement",
    raci: [["A", "mojCriminal"], ["R", "policeFirearms"], ["C", "customsEnforcement"], ["I", "comnat"]] },
  { title: "Keep records of authorisations and actual transfers", description: "Keep licensing records and customs records of actual exports and imports for at least ten years.", instrument: "ATT", provision: "Art. 12", phase: "information_management",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["R", "customsStats", "Actual exports and imports"], ["C", "comnatInfo"]] },
  { title: "Mark, register and trace small arms", description: "Mark weapons at import, keep the national firearms registry and answer tracing requests.", instrument: "ITI", provision: "Para. 8", phase: "information_management",
    raci: [["A", "policeRegistry"], ["R", "policeRegistry"], ["C", "modStockpile"], ["C", "interiorPermits"], ["I", "comnat"]] },
  { title: "Prepare and submit the ATT annual report", description: "Compile authorised or actual exports and imports for the previous calendar year; clear and submit by 31 May.", instrument: "ATT", provision: "Art. 13.3", phase: "accounting_reporting",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["C", "customsFocal", "Actual transfer data"], ["C", "modTransfers"], ["R", "attPoc", "Submits to the Secretariat"], ["I", "parliament"]] },
  { title: "Prepare the ATT initial report and its updates", description: "Report the national measures taken to implement the Treaty and update the report when new measures are taken.", instrument: "ATT", provision: "Art. 13.1", phase: "accounting_reporting",
    raci: [["A", "ddacDirector"], ["R", "attPoc"], ["C", "mojLegal"], ["C", "elaHead"], ["C", "customsFocal"]] },
  { title: "Report to Parliament on arms exports", description: "Present the Government's annual report on arms exports to the Committee on Defence and Security.", instrument: "ATT", provision: "Art. 13", phase: "accounting_reporting",
    raci: [["A", "mtiSecGen"], ["R", "elaHead"], ["I", "parliament"]] },
  { title: "Submit the PoA/ITI national report", description: "Compile the biennial national report on the Programme of Action and the International Tracing Instrument.", instrument: "PoA", provision: "Section II, para. 5", phase: "accounting_reporting",
    raci: [["A", "comnatPresident"], ["R", "poaPoc"], ["C", "policeFirearms"], ["C", "customsFocal"], ["C", "modStockpile"], ["C", "mojLegal"]] },
  { title: "Submit the UN Register return", description: "Report imports and exports of the seven Register categories plus small arms by 31 May.", instrument: "UNROCA", provision: "GA res. 46/36 L", phase: "accounting_reporting",
    raci: [["A", "ddacDirector"], ["R", "attPoc"], ["C", "modTransfers"], ["C", "customsStats"]] },
  { title: "Prevent and address diversion", description: "Assess diversion risk, share information on diversion cases with other States Parties and take action when diversion is detected.", instrument: "ATT", provision: "Art. 11", phase: "post_delivery",
    raci: [["A", "elaHead"], ["R", "nisLiaison"], ["R", "customsFocal"], ["C", "policeFirearms"], ["I", "ddac"]] },
  { title: "Secure and manage State stockpiles", description: "Physical security and stockpile management of arms and ammunition held by defence and security forces.", instrument: "ECOWAS-SALW", provision: "Art. 24", phase: "post_delivery",
    raci: [["A", "modStockpile"], ["R", "modStockpile"], ["C", "policeRegistry"], ["I", "comnat"]] },
  { title: "Seek and coordinate international assistance", description: "Identify needs, prepare requests to the ATT Voluntary Trust Fund and other donors, and coordinate assistance received.", instrument: "ATT", provision: "Art. 16", phase: "cooperation_assistance",
    raci: [["A", "ddacDirector"], ["R", "comnatSecretary"], ["C", "genevaCounsellor"], ["C", "elaHead"]] },
  { title: "Take part in the OSCE small-arms information exchange", description: "Follow FSC decisions on small arms and share national practice as a partner State.", instrument: "FSC.DOC/1/00", provision: "Section III", phase: "cooperation_assistance",
    raci: [["A", "ddacDirector"], ["R", "viennaDelegate"], ["C", "poaPoc"]] },
];

export async function seedResponsibilities(tx: Tx, org: Organisation, inst: Instruments) {
  for (const spec of RESPONSIBILITIES) {
    await buildResponsibility(tx, {
      title: spec.title,
      description: spec.description,
      instrumentId: inst.instrument(spec.instrument),
      provisionId: spec.provision ? inst.provision(spec.instrument, spec.provision) : undefined,
      phaseId: inst.phase(spec.phase),
      raci: spec.raci.map(([role, holder, note]) =>
        isAgencyKey(holder)
          ? { role, agencyId: org.agency(holder), note }
          : { role, agencyId: org.position(holder).agencyId, positionId: org.position(holder).id, note },
      ),
    });
  }
}
