// More of the responsibility catalogue (issue 3): ATT articles 2-4 and 15, PoA and ITI commitments the
// seeds mention, and one responsible post left vacant so the gaps list shows that case too.
import type { RaciRole } from "../../app/domain/vocabulary";
import { buildAssignment, buildPerson, buildPost, buildResponsibility } from "./builders";
import type { Clock, Tx } from "./clock";
import type { InstrumentCode, Instruments, PhaseCode } from "./instruments";
import type { PositionKey } from "./organisation-data";
import type { Organisation } from "./organisation";

type Spec = {
  title: string;
  description: string;
  instrument: InstrumentCode;
  provision: string;
  phase: PhaseCode;
  raci: readonly (readonly [RaciRole, PositionKey | "endUseOfficer", string?])[];
};

const CATALOGUE: readonly Spec[] = [
  { title: "Apply controls to all eight categories of conventional arms", description: "Make sure the national control system covers battle tanks, armoured combat vehicles, large-calibre artillery, combat aircraft, attack helicopters, warships, missiles and launchers, and small arms and light weapons (art. 2.1).", instrument: "ATT", provision: "Art. 2", phase: "national_control_system",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["C", "modTransfers"], ["C", "customsFocal"]] },
  { title: "Control exports of ammunition and munitions", description: "Regulate the export of ammunition fired, launched or delivered by the arms of art. 2.1, and apply arts. 6 and 7 before authorising it.", instrument: "ATT", provision: "Art. 3", phase: "transfer_authorisation",
    raci: [["A", "elaHead"], ["R", "elaOfficer"], ["C", "modStockpile"], ["C", "customsFocal"]] },
  { title: "Control exports of parts and components", description: "Regulate the export of parts and components that give the capability to assemble the arms of art. 2.1; verify end use before authorisation.", instrument: "ATT", provision: "Art. 4", phase: "transfer_authorisation",
    raci: [["A", "elaHead"], ["R", "endUseOfficer", "End-use checks on parts and components"], ["C", "customsFocal"]] },
  { title: "Cooperate with other States Parties", description: "Exchange information on matters of mutual interest, cooperate in investigations and prosecutions, and share lessons learned (art. 15).", instrument: "ATT", provision: "Art. 15", phase: "cooperation_assistance",
    raci: [["A", "ddacDirector"], ["R", "genevaCounsellor"], ["C", "mojCriminal", "Mutual legal assistance"], ["C", "policeFirearms"]] },
  { title: "Run the national coordination agency on small arms", description: "Keep the National Commission working as the national coordination body required by the PoA (section II, para. 4) and the ECOWAS Convention.", instrument: "PoA", provision: "Section II, para. 4", phase: "national_control_system",
    raci: [["A", "comnatPresident"], ["R", "comnatSecretary"], ["C", "ddacDirector"], ["I", "policeFirearms"]] },
  { title: "Designate the PoA national point of contact", description: "Keep a national point of contact for the Programme of Action and notify UNODA of any change.", instrument: "PoA", provision: "Section II, para. 5", phase: "national_control_system",
    raci: [["A", "comnatPresident"], ["R", "poaPoc"], ["I", "ddacDirector"]] },
  { title: "Keep records of marked small arms for tracing", description: "Keep accurate records of marked small arms and light weapons, for at least 20 years for manufacture and 10 years for transfers, so tracing requests can be answered (ITI para. 12).", instrument: "ITI", provision: "Para. 12", phase: "information_management",
    raci: [["A", "policeRegistry"], ["R", "policeRegistry"], ["C", "modStockpile"], ["C", "customsStats"]] },
];

export async function seedCatalogue(tx: Tx, org: Organisation, inst: Instruments, clock: Clock) {
  // A post whose last holder left two months ago and that nobody has filled since.
  const ela = org.position("elaHead").agencyId;
  const endUseOfficer = await buildPost(tx, {
    agencyId: ela,
    title: "End-use verification officer",
    description: "Checks end-user certificates and delivery verification for parts, components and ammunition.",
  });
  const former = await buildPerson(tx, { honorific: "Mr", givenName: "Marc", familyName: "Ouédraogo", email: "marc.ouedraogo@ela.lindora.example", notes: "Left the civil service." });
  await buildAssignment(tx, { positionId: endUseOfficer.id, personId: former.id, startDate: clock.day(-900), endDate: clock.day(-60), notes: "Resigned; the post is advertised." });

  for (const spec of CATALOGUE) {
    await buildResponsibility(tx, {
      title: spec.title,
      description: spec.description,
      instrumentId: inst.instrument(spec.instrument),
      provisionId: inst.provision(spec.instrument, spec.provision),
      phaseId: inst.phase(spec.phase),
      raci: spec.raci.map(([role, holder, note]) =>
        holder === "endUseOfficer"
          ? { role, agencyId: ela, positionId: endUseOfficer.id, note }
          : { role, agencyId: org.position(holder).agencyId, positionId: org.position(holder).id, note },
      ),
    });
  }
}
