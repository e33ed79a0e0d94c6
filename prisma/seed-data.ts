// Demo data for Relais: the national coordination setup of the Republic of Lindora (a fictional
// State) and the real international bodies it works with. Called on an empty database only.
import type { PrismaClient } from "@prisma/client";
import { hashDemoPasswords, seedRoles, seedUsers } from "./seed/access";
import { seedActions } from "./seed/actions";
import { seedCatalogue } from "./seed/catalogue";
import { makeClock, type Tx } from "./seed/clock";
import { seedCommittees } from "./seed/committees";
import { seedExportControl } from "./seed/export-control";
import { seedHandover } from "./seed/handover";
import { seedInstruments } from "./seed/instruments";
import { seedInternational } from "./seed/international";
import { seedNationalMeetings } from "./seed/national";
import { POC_CHANGE_DAYS, seedOrganisation } from "./seed/organisation";
import { seedHolidays, seedReporting } from "./seed/reporting";
import { seedResponsibilities } from "./seed/responsibilities";

export async function seedDemo(prisma: PrismaClient, opts: { now?: Date } = {}): Promise<void> {
  const clock = makeClock(opts.now ?? new Date());
  const passwordHashes = await hashDemoPasswords();
  // One transaction per step: SQLite commits once per step instead of once per row.
  const step = <T>(fn: (tx: Tx) => Promise<T>) => prisma.$transaction(fn, { maxWait: 10_000, timeout: 60_000 });

  const role = await step((tx) => seedRoles(tx));
  const org = await step((tx) => seedOrganisation(tx, clock));
  const user = await step((tx) => seedUsers(tx, org, role, passwordHashes));
  const instruments = await step(async (tx) => {
    const inst = await seedInstruments(tx);
    await seedResponsibilities(tx, org, inst);
    await seedCatalogue(tx, org, inst, clock);
    return inst;
  });
  const committees = await step((tx) => seedCommittees(tx, org, clock));
  const { meetings, decisions } = await step(async (tx) => {
    const national = await seedNationalMeetings(tx, { org, committees, clock });
    await seedExportControl(tx, { org, committees, clock, grantedById: user("admin") }, national.meetings, national.decisions);
    await seedInternational(tx, { org, committees, clock }, national.meetings);
    return national;
  });
  await step((tx) => seedActions(tx, { org, committees, clock, meetings, decisions, user }));
  await step((tx) => seedHolidays(tx, clock));
  await step((tx) => seedReporting(tx, org, instruments, clock, clock.day(POC_CHANGE_DAYS)));
  await step((tx) => seedHandover(tx, org, clock, user));

  // One event instead of an audit row per seeded record: the history shows where the data came from.
  await prisma.auditEvent.create({
    data: {
      entity: "system",
      entityId: "seed",
      action: "seed",
      after: JSON.stringify({ source: "prisma/seed-data.ts", now: clock.now.toISOString(), counts: await countRecords(prisma) }),
    },
  });
}

export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.agency.count()) === 0;
}

/** Seeds the demo data unless the database already has agencies; returns whether it seeded. */
export async function seedIfEmpty(prisma: PrismaClient, opts: { now?: Date } = {}): Promise<boolean> {
  if (!(await isEmpty(prisma))) return false;
  await seedDemo(prisma, opts);
  return true;
}

export async function countRecords(prisma: PrismaClient) {
  const [agencies, people, positions, assignments, responsibilities, committees, meetings, agendaItems, participations, documents, decisions, actions, obligations, deadlines, milestones, handovers, users] =
    await Promise.all([
      prisma.agency.count(),
      prisma.person.count(),
      prisma.position.count(),
      prisma.assignment.count(),
      prisma.responsibility.count(),
      prisma.committee.count(),
      prisma.meeting.count(),
      prisma.agendaItem.count(),
      prisma.participation.count(),
      prisma.document.count(),
      prisma.decision.count(),
      prisma.action.count(),
      prisma.reportingObligation.count(),
      prisma.reportingDeadline.count(),
      prisma.milestone.count(),
      prisma.handover.count(),
      prisma.user.count(),
    ]);
  return { agencies, people, positions, assignments, responsibilities, committees, meetings, agendaItems, participations, documents, decisions, actions, obligations, deadlines, milestones, handovers, users };
}

export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");
}
