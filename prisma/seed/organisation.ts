// Agencies, people, posts and who holds which post (with history, an acting holder and a rotation risk).
import { AGENCIES, POSITIONS, type AgencyKey, type AgencySpec, type PositionKey } from "./organisation-data";
import { buildAgency, buildAssignment, buildPerson, buildPost } from "./builders";
import { day, lookup, type Clock, type Tx } from "./clock";

type PersonSpec = { key: string; honorific: string; givenName: string; familyName: string; email: string; notes?: string };

const PEOPLE = [
  { key: "asante", honorific: "Ms", givenName: "Chloé", familyName: "Asante-Moreau", email: "chloe.asante-moreau@mfa.lindora.example" },
  { key: "okoro", honorific: "Mr", givenName: "Daniel", familyName: "Okoro-Lefèvre", email: "daniel.okoro@mfa.lindora.example", notes: "Posted to the Embassy in Addis Ababa; reachable through the MFA directory." },
  { key: "brou", honorific: "Ms", givenName: "Hélène", familyName: "Brou", email: "helene.brou@mfa.lindora.example", notes: "Retired." },
  { key: "ndiaye", honorific: "Mr", givenName: "Kwame", familyName: "Ndiaye", email: "kwame.ndiaye@mfa.lindora.example", notes: "Deputy director; acting director pending a new appointment." },
  { key: "ebanda", honorific: "Amb.", givenName: "Marie-Claire", familyName: "Ebanda", email: "mc.ebanda@mfa.lindora.example", notes: "Appointed Ambassador to Ghana." },
  { key: "okafor", honorific: "Dr", givenName: "Adaeze", familyName: "Okafor", email: "adaeze.okafor@mfa.lindora.example" },
  { key: "asamoah", honorific: "Ms", givenName: "Linda", familyName: "Asamoah", email: "linda.asamoah@mfa.lindora.example" },
  { key: "ntamack", honorific: "Mr", givenName: "Olivier", familyName: "Ntamack", email: "olivier.ntamack@mfa.lindora.example" },
  { key: "koffi", honorific: "Ms", givenName: "Aminata", familyName: "Koffi-Barry", email: "aminata.koffi@comnat-alpc.lindora.example" },
  { key: "mbarga", honorific: "Mr", givenName: "Paul-Henri", familyName: "Mbarga", email: "ph.mbarga@comnat-alpc.lindora.example", notes: "Retired; agreed to be consulted on the Commission's archives." },
  { key: "adjei", honorific: "Brig. Gen. (ret.)", givenName: "Joseph", familyName: "Adjei", email: "joseph.adjei@comnat-alpc.lindora.example" },
  { key: "sow", honorific: "Mr", givenName: "Ibrahim", familyName: "Sow", email: "ibrahim.sow@comnat-alpc.lindora.example" },
  { key: "tanoh", honorific: "Ms", givenName: "Grace", familyName: "Tanoh", email: "grace.tanoh@comnat-alpc.lindora.example", notes: "Moved to the UNREC regional centre in Lomé." },
  { key: "dossou", honorific: "Mr", givenName: "Yannick", familyName: "Dossou", email: "yannick.dossou@comnat-alpc.lindora.example" },
  { key: "nkemelu", honorific: "Ms", givenName: "Florence", familyName: "Nkemelu", email: "florence.nkemelu@ela.lindora.example", notes: "Secondment to the Ministry of Finance ends her posting; no successor named yet." },
  { key: "agbo", honorific: "Mr", givenName: "Samuel", familyName: "Agbo", email: "samuel.agbo@ela.lindora.example" },
  { key: "kouassi", honorific: "Mr", givenName: "Étienne", familyName: "Kouassi", email: "etienne.kouassi@trade.lindora.example" },
  { key: "mensah", honorific: "Insp.", givenName: "Ruth", familyName: "Mensah", email: "ruth.mensah@customs.lindora.example" },
  { key: "lawson", honorific: "Insp.", givenName: "Bertrand", familyName: "Lawson", email: "bertrand.lawson@customs.lindora.example", notes: "Transferred to the Customs training school." },
  { key: "akoto", honorific: "Ms", givenName: "Patience", familyName: "Akoto", email: "patience.akoto@customs.lindora.example" },
  { key: "camara", honorific: "Col.", givenName: "Moussa", familyName: "Camara", email: "moussa.camara@customs.lindora.example" },
  { key: "ofori", honorific: "Supt.", givenName: "Abena", familyName: "Ofori", email: "abena.ofori@police.lindora.example" },
  { key: "gnassou", honorific: "Supt.", givenName: "Lucien", familyName: "Gnassou", email: "lucien.gnassou@police.lindora.example", notes: "Now regional police commander (North)." },
  { key: "yeboah", honorific: "Ch. Insp.", givenName: "Thomas", familyName: "Yeboah", email: "thomas.yeboah@police.lindora.example" },
  { key: "fofana", honorific: "Col.", givenName: "Jean-Marc", familyName: "Fofana", email: "jm.fofana@defence.lindora.example" },
  { key: "dzidzor", honorific: "Lt Col.", givenName: "Esther", familyName: "Dzidzor", email: "esther.dzidzor@defence.lindora.example" },
  { key: "ekra", honorific: "Ms", givenName: "Nathalie", familyName: "Ekra-Williams", email: "nathalie.ekra@justice.lindora.example" },
  { key: "zinsou", honorific: "Mr", givenName: "Hervé", familyName: "Zinsou", email: "herve.zinsou@justice.lindora.example" },
  { key: "kone", honorific: "Mr", givenName: "Alain", familyName: "Koné", email: "a.kone@nis.lindora.example" },
  { key: "atangana", honorific: "Ms", givenName: "Sophie", familyName: "Atangana", email: "sophie.atangana@assemblee.lindora.example" },
  { key: "houngbo", honorific: "Mr", givenName: "Rodrigue", familyName: "Houngbo", email: "rodrigue.houngbo@interior.lindora.example" },
  { key: "traore", honorific: "Ms", givenName: "Mariam", familyName: "Traoré", email: "mariam.traore@lansa.lindora.example" },
] as const satisfies readonly PersonSpec[];

export type PersonKey = (typeof PEOPLE)[number]["key"];

type AssignmentSpec = {
  position: PositionKey;
  person: PersonKey;
  startDate: Date;
  plannedEndDate?: Date;
  endDate?: Date;
  acting?: boolean;
  notes?: string;
};

/** The ATT point of contact changed this many days before `now` (drives the handover and art. 5.6 notice). */
export const POC_CHANGE_DAYS = -13;

function assignments(clock: Clock): AssignmentSpec[] {
  /** A current tenure; the planned end is relative to today so that only one post is a rotation risk. */
  const current = (position: PositionKey, person: PersonKey, start: string, plannedEndInDays?: number): AssignmentSpec => ({
    position,
    person,
    startDate: day(start),
    plannedEndDate: plannedEndInDays === undefined ? undefined : clock.day(plannedEndInDays),
  });
  return [
    // ATT point of contact: two former holders, the latest rotated out three weeks ago (see the handover).
    { position: "attPoc", person: "brou", startDate: day("2015-01-05"), endDate: day("2019-08-30") },
    { position: "attPoc", person: "okoro", startDate: day("2019-09-02"), plannedEndDate: clock.day(-30), endDate: clock.day(-20), notes: "Left for a posting abroad." },
    { position: "attPoc", person: "asante", startDate: clock.day(POC_CHANGE_DAYS), plannedEndDate: clock.day(3 * 365) },
    // Director: the substantive director left; the deputy acts until an appointment is made.
    { position: "ddacDirector", person: "ebanda", startDate: day("2020-01-06"), endDate: clock.day(-75) },
    { position: "ddacDirector", person: "ndiaye", startDate: clock.day(-74), acting: true, notes: "Acting by note of the Secretary-General pending a new appointment." },
    current("mfaLegal", "okafor", "2021-10-01"),
    current("genevaCounsellor", "asamoah", "2023-09-01", 280),
    current("viennaDelegate", "ntamack", "2024-09-02", 640),
    { position: "comnatSecretary", person: "mbarga", startDate: day("2016-05-02"), endDate: day("2023-01-31") },
    current("comnatSecretary", "koffi", "2023-02-01"),
    current("comnatPresident", "adjei", "2019-06-15"),
    { position: "poaPoc", person: "tanoh", startDate: day("2017-03-01"), endDate: day("2021-12-31") },
    current("poaPoc", "sow", "2022-01-10"),
    current("comnatInfo", "dossou", "2020-02-03"),
    // Rotation risk: the annual-report lead leaves in about six weeks and no successor is named.
    { position: "elaHead", person: "nkemelu", startDate: day("2021-04-01"), plannedEndDate: clock.day(45), notes: "Secondment to the Ministry of Finance announced; successor not yet designated." },
    current("elaOfficer", "agbo", "2022-11-14"),
    current("mtiSecGen", "kouassi", "2024-03-01"),
    { position: "customsFocal", person: "lawson", startDate: day("2018-03-01"), endDate: day("2022-06-30") },
    current("customsFocal", "mensah", "2022-07-01"),
    current("customsStats", "akoto", "2020-09-01"),
    current("customsEnforcement", "camara", "2023-01-16"),
    { position: "policeFirearms", person: "gnassou", startDate: day("2019-01-15"), endDate: day("2024-08-31") },
    current("policeFirearms", "ofori", "2024-09-01"),
    current("policeRegistry", "yeboah", "2018-05-02"),
    current("modTransfers", "fofana", "2023-08-01", 400),
    current("modStockpile", "dzidzor", "2024-02-01"),
    current("mojLegal", "ekra", "2019-11-04"),
    current("mojCriminal", "zinsou", "2022-05-16"),
    current("nisLiaison", "kone", "2021-01-04"),
    current("parlClerk", "atangana", "2023-03-01"),
    current("interiorPermits", "houngbo", "2020-07-01"),
    current("civilCoordinator", "traore", "2022-02-01"),
  ];
}

export type Organisation = Awaited<ReturnType<typeof seedOrganisation>>;

export async function seedOrganisation(tx: Tx, clock: Clock) {
  const agencyIds = new Map<string, string>();
  const agencies: readonly AgencySpec[] = AGENCIES;
  // Parents come first in AGENCIES, so a single pass can link units to their ministry.
  for (const { key, parent, ...data } of agencies) {
    const parentId = parent ? agencyIds.get(parent) : undefined;
    const row = await buildAgency(tx, { ...data, parentId });
    agencyIds.set(key, row.id);
  }
  const agencyById = lookup(agencyIds);
  const agency = (key: AgencyKey) => agencyById(key);

  const positionRows = await Promise.all(
    POSITIONS.map(async ({ key, agency: agencyKey, ...data }) => {
      const agencyId = agency(agencyKey);
      const row = await buildPost(tx, { ...data, agencyId });
      return [key, { id: row.id, agencyId, title: data.title }] as const;
    }),
  );
  const position = lookup(positionRows);

  const personRows = await Promise.all(
    PEOPLE.map(async ({ key, ...data }) => {
      const row = await buildPerson(tx, data);
      return [key, row.id] as const;
    }),
  );
  const person = lookup(personRows);

  const tenures = assignments(clock);
  const assignmentRows = await Promise.all(
    tenures.map(async (a) => {
      const row = await buildAssignment(tx, {
        positionId: position(a.position).id,
        personId: person(a.person),
        startDate: a.startDate,
        plannedEndDate: a.plannedEndDate,
        endDate: a.endDate,
        acting: a.acting ?? false,
        notes: a.notes,
      });
      return [`${a.position}:${a.person}`, row.id] as const;
    }),
  );
  const assignment = lookup(assignmentRows);

  /** Who held a post at a given instant (substantive or acting). */
  function holderAt(post: PositionKey, at: Date): string | undefined {
    const tenure = tenures.find(
      (a) => a.position === post && a.startDate <= at && (a.endDate === undefined || a.endDate > at),
    );
    return tenure && person(tenure.person);
  }

  return { agency, position, person, assignment, holderAt };
}
