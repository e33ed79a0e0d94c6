// Instruments, the RACI matrix of responsibilities, and the national reporting calendar
// (obligations, their yearly deadlines and the milestones planned back from each due date).
import type { World } from "./context";
import { DAY, at, bool, confidentiality, inserter, iso, makeId } from "./context";
import { TOPICS, paragraph } from "./text";

const INSTRUMENTS = [
  { code: "ATT", name: "Arms Trade Treaty", kind: "treaty", entryIntoForce: "2014-12-24" },
  { code: "UNPOA", name: "UN Programme of Action on Small Arms and Light Weapons", kind: "political_commitment", entryIntoForce: null },
  { code: "ITI", name: "International Tracing Instrument", kind: "political_commitment", entryIntoForce: null },
  { code: "UNROCA", name: "UN Register of Conventional Arms", kind: "register", entryIntoForce: null },
  { code: "FP", name: "Firearms Protocol", kind: "treaty", entryIntoForce: "2005-07-03" },
  { code: "OSCE-SALW", name: "OSCE Document on Small Arms and Light Weapons", kind: "regional", entryIntoForce: null },
] as const;

const PHASES = [
  ["SCOPE", "Scope of the national control system", "Champ d'application du régime national"],
  ["LEGAL", "Legal framework", "Cadre juridique"],
  ["AUTH", "Competent national authorities", "Autorités nationales compétentes"],
  ["CONTROL", "National control list", "Liste nationale de contrôle"],
  ["RISK", "Risk assessment", "Évaluation des risques"],
  ["LICENSING", "Licensing", "Autorisations"],
  ["ENFORCE", "Enforcement", "Application"],
  ["RECORDS", "Record-keeping", "Tenue des registres"],
  ["REPORT", "Reporting", "Établissement de rapports"],
] as const;

const PROVISIONS_PER_INSTRUMENT = 8;
const RESPONSIBILITY_VERBS = ["Issue", "Assess", "Maintain", "Coordinate", "Enforce", "Report on", "Train staff on"];
const RACI_TAIL = ["C", "C", "C", "I", "I", "I", "I", "R"] as const;

export function fillResponsibilities(world: World) {
  const { db, rng, now, size } = world;
  const created = iso(now - 5 * 365 * DAY);
  const insertInstrument = inserter(db, "Instrument", [
    "id", "code", "name", "kind", "entryIntoForce", "url", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertProvision = inserter(db, "Provision", ["id", "instrumentId", "reference", "title", "summary", "archivedAt"] as const);
  const insertPhase = inserter(db, "ImplementationPhase", ["id", "number", "code", "nameEn", "nameFr", "description"] as const);
  const insertResponsibility = inserter(db, "Responsibility", [
    "id", "title", "description", "instrumentId", "provisionId", "phaseId", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertRaci = inserter(db, "ResponsibilityAssignment", [
    "id", "responsibilityId", "agencyId", "positionId", "role", "note", "archivedAt", "createdAt", "updatedAt",
  ] as const);

  INSTRUMENTS.forEach((instrument, i) => {
    insertInstrument({
      id: makeId("ins", i),
      ...instrument,
      entryIntoForce: instrument.entryIntoForce ? iso(Date.parse(instrument.entryIntoForce)) : null,
      url: null,
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    });
    for (let p = 0; p < PROVISIONS_PER_INSTRUMENT; p++) {
      insertProvision({
        id: makeId("prv", i * PROVISIONS_PER_INSTRUMENT + p),
        instrumentId: makeId("ins", i),
        reference: `Art. ${p + 1}`,
        title: `Article ${p + 1}: ${at(TOPICS, (i + p) % TOPICS.length)}`,
        summary: null,
        archivedAt: null,
      });
    }
  });
  PHASES.forEach(([code, nameEn, nameFr], i) => {
    insertPhase({ id: makeId("phs", i), number: i + 1, code, nameEn, nameFr, description: null });
  });

  const agencyIdxs = world.agencies.map((_, i) => i);
  let raciIdx = 0;
  for (let r = 0; r < size.responsibilities; r++) {
    const instrumentIdx = rng.int(0, INSTRUMENTS.length - 1);
    const id = makeId("rsp", r);
    insertResponsibility({
      id,
      title: `${rng.pick(RESPONSIBILITY_VERBS)} ${rng.pick(TOPICS)}`,
      description: paragraph(rng, 2),
      instrumentId: makeId("ins", instrumentIdx),
      provisionId: makeId("prv", instrumentIdx * PROVISIONS_PER_INSTRUMENT + rng.int(0, PROVISIONS_PER_INSTRUMENT - 1)),
      phaseId: makeId("phs", rng.int(0, PHASES.length - 1)),
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    });
    const agencies = rng.sample(agencyIdxs, size.raciPerResponsibility);
    // The focal persona's agency is responsible for a quarter of the matrix.
    if (r % 4 === 0 && !agencies.includes(world.personas.focal.agencyIdx)) {
      agencies[1] = world.personas.focal.agencyIdx;
    }
    agencies.forEach((agencyIdx, k) => {
      const agency = at(world.agencies, agencyIdx);
      const role = k === 0 ? "A" : k === 1 ? "R" : rng.pick(RACI_TAIL);
      const positionIdx = agency.positionIdxs[0];
      insertRaci({
        id: makeId("rca", raciIdx++),
        responsibilityId: id,
        agencyId: agency.id,
        positionId: positionIdx !== undefined && (role === "R" || role === "A") ? at(world.positions, positionIdx).id : null,
        role,
        note: null,
        archivedAt: rng.chance(0.03) ? iso(now - rng.int(1, 600) * DAY) : null,
        createdAt: created,
        updatedAt: created,
      });
    });
  }
}

export function fillReporting(world: World) {
  const { db, rng, now, size } = world;
  const created = iso(now - 5 * 365 * DAY);
  const thisYear = new Date(now).getUTCFullYear();
  const insertObligation = inserter(db, "ReportingObligation", [
    "id", "instrumentId", "provisionId", "title", "description", "recurrence", "rrule", "dueRule", "leadPositionId",
    "leadAgencyId", "procedureNotes", "ruleKind", "ruleMonth", "ruleDay", "ruleIntervalYears", "ruleFirstYear", "ruleEventDate",
    "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertContributor = inserter(db, "ObligationContributor", [
    "id", "obligationId", "agencyId", "positionId", "contribution", "archivedAt",
  ] as const);
  const insertDeadline = inserter(db, "ReportingDeadline", [
    "id", "obligationId", "cycle", "periodStart", "periodEnd", "dueDate", "status", "submittedOn", "submissionReference",
    "nilReport", "confidentiality", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertMilestone = inserter(db, "Milestone", [
    "id", "deadlineId", "kind", "title", "ownerPositionId", "dueDate", "status", "completedAt", "archivedAt", "createdAt",
    "updatedAt",
  ] as const);
  // The deployment's public holidays: fixed and movable days for twenty years around now, as an
  // administrator keeps them on /reporting/holidays (the page lists one year).
  const insertHoliday = inserter(db, "PublicHoliday", ["id", "day", "name", "archivedAt", "createdAt"] as const);
  const HOLIDAYS = [
    [0, 1, "New Year's Day"], [2, 8, "Women's Day"], [3, 7, "Remembrance Day"], [4, 1, "Labour Day"], [4, 25, "Africa Day"],
    [5, 12, "Independence Day"], [7, 15, "Assumption"], [9, 14, "Martyrs' Day"], [10, 1, "All Saints' Day"],
    [11, 25, "Christmas Day"], [11, 26, "Boxing Day"],
  ] as const;
  let holidayIdx = 0;
  for (let year = thisYear - 10; year <= thisYear + 10; year++) {
    for (const [month, dayOfMonth, name] of HOLIDAYS) {
      insertHoliday({ id: makeId("hol", holidayIdx++), day: iso(Date.UTC(year, month, dayOfMonth)), name, archivedAt: null, createdAt: created });
    }
  }
  const agencyIdxs = world.agencies.map((_, i) => i);
  let contributorIdx = 0;
  let milestoneIdx = 0;

  for (let o = 0; o < size.obligations; o++) {
    const instrumentIdx = o % INSTRUMENTS.length;
    const recurrence = o % 5 === 4 ? "biennial" : o % 7 === 6 ? "once" : "annual";
    const leadPositionIdx = o % 3 === 0 ? world.personas.secretary.positionIdx : rng.int(0, world.positions.length - 1);
    const lead = at(world.positions, leadPositionIdx);
    const id = makeId("obl", o);
    insertObligation({
      id,
      instrumentId: makeId("ins", instrumentIdx),
      provisionId: makeId("prv", instrumentIdx * PROVISIONS_PER_INSTRUMENT + rng.int(0, PROVISIONS_PER_INSTRUMENT - 1)),
      title: `${recurrence === "once" ? "Initial" : "Annual"} report on ${rng.pick(TOPICS)} (${at(INSTRUMENTS, instrumentIdx).code})`,
      description: paragraph(rng, 2),
      recurrence,
      rrule: recurrence === "once" ? null : `FREQ=YEARLY;INTERVAL=${recurrence === "biennial" ? 2 : 1};BYMONTH=5;BYMONTHDAY=31`,
      dueRule: "31 May, covering the previous calendar year",
      leadPositionId: lead.id,
      leadAgencyId: at(world.agencies, lead.agencyIdx).id,
      procedureNotes: null,
      ruleKind: recurrence === "once" ? "once_after_event" : recurrence === "biennial" ? "every_n_years" : "annual",
      ruleMonth: recurrence === "once" ? null : 5,
      ruleDay: recurrence === "once" ? null : 31,
      ruleIntervalYears: recurrence === "biennial" ? 2 : null,
      ruleFirstYear: recurrence === "biennial" ? thisYear + 1 : null,
      ruleEventDate: recurrence === "once" ? iso(Date.UTC(thisYear - 6, 4, 31) - 455 * DAY) : null,
      archivedAt: null,
      createdAt: created,
      updatedAt: created,
    });
    const contributorAgencies = rng.sample(agencyIdxs, rng.int(3, 6));
    // The focal persona's agency contributes to a third of the obligations.
    if (o % 3 === 1 && !contributorAgencies.includes(world.personas.focal.agencyIdx)) contributorAgencies[0] = world.personas.focal.agencyIdx;
    const contributorPosts: string[] = [];
    for (const agencyIdx of contributorAgencies) {
      const agency = at(world.agencies, agencyIdx);
      const postIdx = agencyIdx === world.personas.focal.agencyIdx ? world.personas.focal.positionIdx : agency.positionIdxs[0];
      const positionId = postIdx === undefined ? null : at(world.positions, postIdx).id;
      if (positionId) contributorPosts.push(positionId);
      insertContributor({
        id: makeId("ocn", contributorIdx++),
        obligationId: id,
        agencyId: agency.id,
        positionId,
        contribution: `Data on ${rng.pick(TOPICS)}`,
        archivedAt: null,
      });
    }

    const years =
      recurrence === "once"
        ? [thisYear - 4]
        : Array.from({ length: rng.int(4, 6) }, (_, k) => thisYear + 1 - k * (recurrence === "biennial" ? 2 : 1));
    for (const year of years) {
      const dueMs = Date.UTC(year, 4, 31);
      const past = dueMs < now;
      const status = past
        ? rng.chance(0.8) ? "submitted" : rng.chance(0.75) ? "late" : "waived"
        : dueMs - now < 120 * DAY ? "in_preparation" : "upcoming";
      const submittedMs = status === "submitted" ? dueMs - rng.int(-20, 10) * DAY : null;
      const deadlineId = makeId("ddl", world.deadlineCount++);
      insertDeadline({
        id: deadlineId,
        obligationId: id,
        cycle: recurrence === "once" ? "initial" : String(year),
        periodStart: iso(Date.UTC(year - 1, 0, 1)),
        periodEnd: iso(Date.UTC(year - 1, 11, 31)),
        dueDate: iso(dueMs),
        status,
        submittedOn: submittedMs === null ? null : iso(submittedMs - (submittedMs % DAY)),
        submissionReference: submittedMs === null ? null : `${at(INSTRUMENTS, instrumentIdx).code}/${year}/${o + 1}`,
        nilReport: bool(status === "submitted" && rng.chance(0.1)),
        confidentiality: confidentiality(rng),
        archivedAt: null,
        createdAt: iso(dueMs - 200 * DAY),
        updatedAt: iso(Math.min(now, submittedMs ?? dueMs - 100 * DAY)),
      });
      const plan = [
        ["data_call", 120, lead.id],
        ...contributorPosts.map((post) => ["contributions", 75, post] as const),
        ["consolidation", 45, lead.id],
        ["clearance", 20, lead.id],
        ["submission", 3, lead.id],
      ] as const;
      plan.forEach(([kind, offset, owner]) => {
        const milestoneMs = dueMs - offset * DAY;
        const done = milestoneMs < now && rng.chance(0.9);
        insertMilestone({
          id: makeId("mil", milestoneIdx++),
          deadlineId,
          kind,
          title: null,
          ownerPositionId: owner,
          dueDate: iso(milestoneMs),
          status: done ? "done" : milestoneMs < now && rng.chance(0.5) ? "skipped" : "pending",
          completedAt: done ? iso(milestoneMs - rng.int(0, 5) * DAY) : null,
          archivedAt: null,
          createdAt: iso(dueMs - 200 * DAY),
          updatedAt: iso(Math.min(now, milestoneMs)),
        });
      });
    }
  }
}
