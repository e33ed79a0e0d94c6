// Reads the generated database back through the app's own Prisma client and fails loudly if dates,
// booleans or relations written by the raw loader are not what Prisma expects.
import type { PrismaClient } from "@prisma/client";
import { verifyPassword } from "../../../app/auth/password.server";
import type { Db } from "./context";
import { DAY, iso } from "./context";

export type VerifyInput = {
  prisma: PrismaClient;
  db: Db;
  now: number;
  meetingId: string;
  focalPositionId: string;
  userEmails: readonly string[];
  password: string;
};

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`Prisma read-back failed: ${message}`);
}

const isDate = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime());

export async function verifyThroughPrisma({ prisma, db, now, meetingId, focalPositionId, userEmails, password }: VerifyInput) {
  const lastYear = new Date(now - 365 * DAY);
  const meeting = await prisma.meeting.findFirst({
    where: { startsAt: { gte: lastYear }, status: "held" },
    orderBy: { startsAt: "desc" },
    select: { id: true, startsAt: true, endsAt: true, postponedTo: { select: { id: true } }, committee: { select: { name: true } } },
  });
  check(meeting !== null && isDate(meeting.startsAt) && meeting.endsAt > meeting.startsAt, "no held meeting in the last year");

  const items = await prisma.agendaItem.count({ where: { meetingId } });
  check(items === 20, `meeting ${meetingId} has ${items} agenda items, not 20`);

  const focalOpen = await prisma.action.count({
    where: { ownerPositionId: focalPositionId, status: { in: ["open", "in_progress"] }, dueDate: { lt: new Date(now + 365 * DAY) } },
  });
  check(focalOpen >= 50, `focal post owns ${focalOpen} open actions`);

  const event = await prisma.auditEvent.findFirst({
    where: { at: { gte: new Date(now - 30 * DAY) } },
    orderBy: { at: "desc" },
    select: { at: true, actor: { select: { email: true } } },
  });
  check(event !== null && isDate(event.at), "no recent audit event");

  // The same date filter through Prisma and in raw SQL must agree, or the text format is wrong.
  const cutoff = now - 400 * DAY;
  const viaPrisma = await prisma.auditEvent.count({ where: { at: { gte: new Date(cutoff) } } });
  const viaSql = Number(db.prepare(`SELECT COUNT(*) FROM "AuditEvent" WHERE "at" >= ?`).pluck().get(iso(cutoff)));
  check(viaPrisma === viaSql && viaSql > 0, `date filter mismatch: Prisma ${viaPrisma}, SQL ${viaSql}`);

  const nil = await prisma.reportingDeadline.findFirst({ where: { nilReport: true }, select: { nilReport: true } });
  const acting = await prisma.assignment.findFirst({ where: { acting: true, endDate: null }, select: { acting: true, startDate: true } });
  check(nil?.nilReport === true && acting?.acting === true && isDate(acting.startDate), "booleans do not read back");

  for (const email of userEmails) {
    const user = await prisma.user.findUnique({
      where: { email },
      select: { passwordHash: true, roles: { select: { permissions: { select: { action: true } } } }, person: { select: { id: true } } },
    });
    check(user !== null && user.person !== null && (user.roles[0]?.permissions.length ?? 0) > 0, `${email} is incomplete`);
    check(await verifyPassword(user.passwordHash, password), `${email} password does not verify`);
  }
}
