// The national reporting calendar: obligations, their cycles (deadlines) and internal milestones
// planned back from each external due date. Cycles are computed from `now`, so there is always a
// submitted previous cycle and an upcoming one.
import { DateTime } from "luxon";
import type { DeadlineStatus, DueRuleKind, MilestoneKind, ObligationRecurrence } from "../../app/domain/vocabulary";
import { syncCycles } from "../../app/models/reporting-cycles.server";
import { buildObligation } from "./builders";
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
  /** The due-date rule (app/domain/due-rules.ts). */
  rule: { ruleKind: DueRuleKind; ruleMonth?: number; ruleDay?: number; ruleIntervalYears?: number; ruleFirstYear?: number; ruleEventDate?: Date };
  submissionAccess?: "public" | "restricted";
  contributors: readonly (readonly [AgencyKey, string, PositionKey?])[];
  cycles: readonly CycleSpec[];
};

/** Internal deadlines of the revised national calendar (NAIC decision), as month/day of the due year. */
const ATT_ANNUAL_PLAN: MilestonePlan = [
  ["data_call", "elaHead", 1, 31],
  ["contributions", "customsFocal", 3, 2],
  ["contributions", "modTransfers", 3, 2],
  ["consolidation", "elaOfficer", 3, 31],
  ["clearance", "ddacDirector", 4, 30],
  ["submission", "attPoc", 5, 31],
];
const REGISTER_PLAN: MilestonePlan = [
  ["data_call", "attPoc", 3, 1],
  ["contributions", "customsStats", 4, 15],
  ["contributions", "modTransfers", 4, 15],
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
      lead: "elaHead", rule: { ruleKind: "annual", ruleMonth: 5, ruleDay: 31 },
      procedureNotes: "Follow the national procedures for ATT reporting (NAIC decision). Licensing data from the ELA register, actual transfers from customs declarations, State transfers from Defence. Clearance by the Director of Disarmament and Arms Control; submission by the ATT point of contact through the online reporting tool.",
      contributors: [["customs", "Actual exports and imports from customs declarations (HS chapter 93 and related headings)", "customsFocal"], ["mod", "Exports and imports by the State", "modTransfers"], ["ddac", "Clearance and submission through the ATT point of contact", "attPoc"]],
      cycles: annualCycles(clock, ATT_ANNUAL_PLAN, (y) => `Submitted through the ATT online reporting tool (annual report ${y}, restricted)`),
    },
    {
      instrument: "ATT", provision: "Art. 13.1", title: "ATT initial report",
      description: "Measures undertaken to implement the Treaty, including national laws, the national control list and other regulations and administrative measures.",
      recurrence: "once",
      dueRule: "Within the first year after entry into force for Lindora (art. 13.1); entry into force 24 December 2014",
      lead: "attPoc", submissionAccess: "public",
      // Deposit on 25 September 2014: entry into force 90 days later, on 24 December 2014.
      rule: { ruleKind: "once_after_event", ruleEventDate: day("2014-09-25") },
      contributors: [["ela", "Licensing procedures and the national control list", "elaHead"], ["justice", "Legislation and penalties", "mojLegal"], ["customs", "Border controls", "customsFocal"], ["mod", "State transfers", "modTransfers"]],
      cycles: [{
        cycle: "initial", dueDate: day("2015-12-24"), status: "submitted", submittedOn: day("2015-11-30"), submissionReference: "Initial report submitted to the ATT Secretariat (public)",
        milestones: [["consolidation", "attPoc", day("2015-10-31")], ["clearance", "ddacDirector", day("2015-11-20")], ["submission", "attPoc", day("2015-12-24")]],
      }],
    },
    {
      instrument: "ATT", provision: "Art. 13.1", title: "ATT report of new implementation measures",
      description: "Report new measures undertaken to implement the Treaty, when they are taken.",
      recurrence: "on_change", dueRule: "When new measures are taken (art. 13.1)", lead: "attPoc", rule: { ruleKind: "on_event" },
      contributors: [["justice", "New legislation"], ["ela", "Changes to licensing and the control list"]],
      cycles: [],
    },
    {
      instrument: "ATT", provision: "Art. 5.6", title: "Notification of the national point of contact",
      description: "Designate the national point of contact and keep the designation updated with the ATT Secretariat. The dedicated mailbox att-poc@mfa.lindora.example stays the same when the person changes.",
      recurrence: "on_change", dueRule: "Whenever the designation changes, by note verbale; the previous point of contact may notify the change", lead: "ddacDirector", rule: { ruleKind: "on_event" },
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
      dueRule: "31 May each year, for the preceding calendar year", lead: "attPoc", rule: { ruleKind: "annual", ruleMonth: 5, ruleDay: 31 },
      contributors: [["mod", "Military holdings and State transfers", "modTransfers"], ["customs", "Actual transfers", "customsStats"]],
      cycles: annualCycles(clock, REGISTER_PLAN, (y) => `UNROCA return for ${y} submitted to UNODA`, next - 2),
    },
    {
      instrument: "PoA", provision: "Section II, para. 5", title: "PoA and ITI national report",
      description: "National report on the implementation of the Programme of Action and the International Tracing Instrument.",
      recurrence: "biennial",
      dueRule: "Every two years, before each biennial meeting or review conference; the date is set for each round (2020 round: 30 March 2020). Later dates here are indicative.",
      lead: "poaPoc", rule: { ruleKind: "every_n_years", ruleMonth: 3, ruleDay: 31, ruleIntervalYears: 2, ruleFirstYear: 2020 },
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
    const created = await buildObligation(tx, {
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
      ...spec.rule,
      submissionAccess: spec.submissionAccess ?? "restricted",
      contributors: {
        create: spec.contributors.map(([agency, contribution, post]) => ({ agencyId: org.agency(agency), contribution, positionId: post ? org.position(post).id : undefined })),
      },
      deadlines: {
        create: spec.cycles.map(({ milestones, ...cycle }) => ({
          ...cycle,
          manual: spec.rule.ruleKind === "on_event",
          submittedBy: cycle.submittedOn ? "ATT national point of contact" : undefined,
          submissionAccess: cycle.submittedOn ? (spec.submissionAccess ?? "restricted") : undefined,
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
    });
    // The rule plans the cycle after the open one (and its milestones) as the app would.
    await syncCycles(tx, null, created.id, clock.day(0), { replanOpen: false });
  }
}

/** Lindora's public holidays for the years around `now` (fixed-date ones; an administrator adds the rest). */
export async function seedHolidays(tx: Tx, clock: Clock) {
  const fixed: readonly (readonly [string, string])[] = [
    ["01-01", "New Year's Day"],
    ["05-01", "Labour Day"],
    ["06-12", "Independence Day"],
    ["11-01", "All Saints' Day"],
    ["12-25", "Christmas Day"],
  ];
  for (const year of [clock.year - 1, clock.year, clock.year + 1, clock.year + 2]) {
    for (const [monthDay, name] of fixed) {
      await tx.publicHoliday.create({ data: { day: day(`${year}-${monthDay}`), name }, select: { id: true } });
    }
  }
}
