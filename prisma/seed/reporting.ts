// The national reporting calendar: obligations, their cycles (deadlines) and internal milestones
// planned back from each external due date. Cycles are computed from `now`, so there is always a
// submitted previous cycle and an upcoming one.
import { DateTime } from "luxon";
import type { DeadlineStatus, MilestoneKind, ObligationRecurrence } from "../../app/domain/vocabulary";
import { day, nextAnnualReportYear, plusDays, type Clock, type Tx } from "./clock";
import type { InstrumentCode, Instruments } from "./instruments";
import type { Organisation } from "./organisation";
import type { AgencyKey, PositionKey } from "./organisation-data";

type MilestonePlan = readonly (readonly [MilestoneKind, PositionKey, month: number, dayOfMonth: number])[];

type CycleSpec = {
  cycle: string;
  periodStart?: Date;
  periodEnd?: Date;
  dueDate: Date;
  status: DeadlineStatus;
  submittedOn?: Date;
  submissionReference?: string;
  nilReport?: boolean;
  milestones?: readonly (readonly [MilestoneKind, PositionKey, Date, string?])[];
};

type ObligationSpec = {
  instrument: InstrumentCode;
  provision?: string;
  title: string;
  description: string;
  recurrence: ObligationRecurrence;
  rrule?: string;
  dueRule: string;
  lead: PositionKey;
  procedureNotes?: string;
  contributors: readonly (readonly [AgencyKey, string])[];
  cycles: readonly CycleSpec[];
};

/** Internal deadlines of the revised national calendar (NAIC decision), as month/day of the due year. */
const ATT_ANNUAL_PLAN: MilestonePlan = [
  ["data_call", "elaHead", 1, 31],
  ["consolidation", "elaOfficer", 3, 31],
  ["clearance", "ddacDirector", 4, 30],
  ["submission", "attPoc", 5, 31],
];
const REGISTER_PLAN: MilestonePlan = [
  ["data_call", "attPoc", 3, 1],
  ["clearance", "ddacDirector", 5, 15],
  ["submission", "attPoc", 5, 31],
];

function statusFor(due: Date, now: Date): DeadlineStatus {
  const days = (due.getTime() - now.getTime()) / 86_400_000;
  return days <= 200 ? "in_preparation" : "upcoming";
}

/** Annual cycles due on 31 May for the previous calendar year: three submitted, the next one open. */
function annualCycles(clock: Clock, plan: MilestonePlan, reference: (year: number) => string, nilYear?: number): CycleSpec[] {
  const next = nextAnnualReportYear(clock.now);
  return [next - 3, next - 2, next - 1, next].map((year) => {
    const dueDate = day(`${year + 1}-05-31`);
    const open = year === next;
    // One report went in two weeks late, as happens.
    const submittedOn = open ? undefined : year === next - 2 ? day(`${year + 1}-06-14`) : day(`${year + 1}-05-27`);
    return {
      cycle: String(year),
      periodStart: day(`${year}-01-01`),
      periodEnd: day(`${year}-12-31`),
      dueDate,
      status: open ? statusFor(dueDate, clock.now) : "submitted",
      submittedOn,
      submissionReference: open ? undefined : reference(year),
      nilReport: year === nilYear,
      milestones: plan.map(([kind, owner, month, dayOfMonth]) => [kind, owner, DateTime.utc(year + 1, month, dayOfMonth).toJSDate()] as const),
    };
  });
}

function obligations(clock: Clock, pocChange: Date): ObligationSpec[] {
  const next = nextAnnualReportYear(clock.now);
  // PoA reports are due before each meeting in even years; only the 2020 date (30 March) is confirmed.
  const poaYear = [0, 1, 2].map((i) => clock.year + i).find((y) => y % 2 === 0 && day(`${y}-03-31`) >= clock.now) ?? clock.year + 2;
  const poaCycle = (year: number, dueDate: Date, submitted: boolean): CycleSpec => ({
    cycle: String(year),
    dueDate,
    status: submitted ? "submitted" : statusFor(dueDate, clock.now),
    submittedOn: submitted ? plusDays(dueDate, -10) : undefined,
    submissionReference: submitted ? `PoA national report ${year}, submitted through the PoA-ISS portal` : undefined,
    milestones: [
      ["data_call", "poaPoc", plusDays(dueDate, -90)],
      ["consolidation", "poaPoc", plusDays(dueDate, -45)],
      ["clearance", "comnatPresident", plusDays(dueDate, -20)],
      ["submission", "poaPoc", dueDate],
    ],
  });
  return [
    {
      instrument: "ATT", provision: "Art. 13.3", title: "ATT annual report on exports and imports",
      description: "Authorised or actual exports and imports of the conventional arms covered by art. 2.1 during the previous calendar year. A nil report is allowed; the report may be public or restricted to States Parties.",
      recurrence: "annual", rrule: "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31",
      dueRule: "31 May each year, for the preceding calendar year (art. 13.3)",
      lead: "elaHead",
      procedureNotes: "Follow the national procedures for ATT reporting (NAIC decision). Licensing data from the ELA register, actual transfers from customs declarations, State transfers from Defence. Clearance by the Director of Disarmament and Arms Control; submission by the ATT point of contact through the online reporting tool.",
      contributors: [["customs", "Actual exports and imports from customs declarations (HS chapter 93 and related headings)"], ["mod", "Exports and imports by the State"], ["ddac", "Clearance and submission through the ATT point of contact"]],
      cycles: annualCycles(clock, ATT_ANNUAL_PLAN, (y) => `Submitted through the ATT online reporting tool (annual report ${y}, restricted)`),
    },
    {
      instrument: "ATT", provision: "Art. 13.1", title: "ATT initial report",
      description: "Measures undertaken to implement the Treaty, including national laws, the national control list and other regulations and administrative measures.",
      recurrence: "once",
      dueRule: "Within the first year after entry into force for Lindora (art. 13.1); entry into force 24 December 2014",
      lead: "attPoc",
      contributors: [["ela", "Licensing procedures and the national control list"], ["justice", "Legislation and penalties"], ["customs", "Border controls"], ["mod", "State transfers"]],
      cycles: [{
        cycle: "initial", dueDate: day("2015-12-24"), status: "submitted", submittedOn: day("2015-11-30"), submissionReference: "Initial report submitted to the ATT Secretariat (public)",
        milestones: [["consolidation", "attPoc", day("2015-10-31")], ["clearance", "ddacDirector", day("2015-11-20")], ["submission", "attPoc", day("2015-12-24")]],
      }],
    },
    {
      instrument: "ATT", provision: "Art. 13.1", title: "ATT report of new implementation measures",
      description: "Report new measures undertaken to implement the Treaty, when they are taken.",
      recurrence: "on_change", dueRule: "When new measures are taken (art. 13.1)", lead: "attPoc",
      contributors: [["justice", "New legislation"], ["ela", "Changes to licensing and the control list"]],
      cycles: [],
    },
    {
      instrument: "ATT", provision: "Art. 5.6", title: "Notification of the national point of contact",
      description: "Designate the national point of contact and keep the designation updated with the ATT Secretariat. The dedicated mailbox att-poc@mfa.lindora.example stays the same when the person changes.",
      recurrence: "on_change", dueRule: "Whenever the designation changes, by note verbale; the previous point of contact may notify the change", lead: "ddacDirector",
      contributors: [["geneva", "Transmits the note verbale to the Secretariat"]],
      cycles: [{
        cycle: `Change of point of contact ${DateTime.fromJSDate(pocChange, { zone: "utc" }).toISODate()}`,
        dueDate: plusDays(pocChange, 30), status: "in_preparation",
        milestones: [["clearance", "ddacDirector", plusDays(pocChange, 20), "Sign the note verbale"], ["submission", "attPoc", plusDays(pocChange, 30)]],
      }],
    },
    {
      instrument: "UNROCA", provision: "GA res. 46/36 L", title: "UN Register of Conventional Arms: annual return",
      description: "Imports and exports of the seven Register categories and of small arms and light weapons during the previous calendar year; nil returns are encouraged.",
      recurrence: "annual", rrule: "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31",
      dueRule: "31 May each year, for the preceding calendar year", lead: "attPoc",
      contributors: [["mod", "Military holdings and State transfers"], ["customs", "Actual transfers"]],
      cycles: annualCycles(clock, REGISTER_PLAN, (y) => `UNROCA return for ${y} submitted to UNODA`, next - 2),
    },
    {
      instrument: "PoA", provision: "Section II, para. 5", title: "PoA and ITI national report",
      description: "National report on the implementation of the Programme of Action and the International Tracing Instrument.",
      recurrence: "biennial",
      dueRule: "Every two years, before each biennial meeting or review conference; the date is set for each round (2020 round: 30 March 2020). Later dates here are indicative.",
      lead: "poaPoc",
      contributors: [["police", "Tracing, seizures and the firearms registry"], ["customs", "Border controls"], ["mod", "Stockpile management and destruction"], ["justice", "Legislation and prosecutions"]],
      cycles: [
        poaCycle(2020, day("2020-03-30"), true),
        poaCycle(poaYear - 2, day(`${poaYear - 2}-03-31`), true),
        poaCycle(poaYear, day(`${poaYear}-03-31`), false),
      ].filter((c, i, all) => all.findIndex((o) => o.cycle === c.cycle) === i),
    },
  ];
}

export async function seedReporting(tx: Tx, org: Organisation, inst: Instruments, clock: Clock, pocChange: Date) {
  for (const spec of obligations(clock, pocChange)) {
    const lead = org.position(spec.lead);
    await tx.reportingObligation.create({
      data: {
        instrumentId: inst.instrument(spec.instrument),
        provisionId: spec.provision ? inst.provision(spec.instrument, spec.provision) : undefined,
        title: spec.title,
        description: spec.description,
        recurrence: spec.recurrence,
        rrule: spec.rrule,
        dueRule: spec.dueRule,
        leadPositionId: lead.id,
        leadAgencyId: lead.agencyId,
        procedureNotes: spec.procedureNotes,
        contributors: { create: spec.contributors.map(([agency, contribution]) => ({ agencyId: org.agency(agency), contribution })) },
        deadlines: {
          create: spec.cycles.map(({ milestones, ...cycle }) => ({
            ...cycle,
            milestones: {
              create: (milestones ?? []).map(([kind, owner, dueDate, title]) => {
                // In the open cycle, milestones already past are done: the report is on its way.
                const done = cycle.status === "submitted" || dueDate < clock.now;
                const completedAt = kind === "submission" ? cycle.submittedOn : dueDate;
                return { kind, title, ownerPositionId: org.position(owner).id, dueDate, status: done ? "done" : "pending", completedAt: done ? completedAt : undefined };
              }),
            },
          })),
        },
      },
      select: { id: true },
    });
  }
}
