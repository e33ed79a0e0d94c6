// The outbox at scale: one notice and one notification per action (20,000 or 200,000), spread over
// the accounts, most sent, some waiting, failed or uncertain. The focal persona has a long history
// (600 notifications, 150 unread) so its notifications page and bell do their real work.
import type { World } from "./context";
import { DAY, at, inserter, iso, makeId } from "./context";

const KINDS = ["action_assigned", "action_overdue", "meeting_invitation", "journal_circulation", "milestone_reminder"];
const STATUS_WEIGHTS: [string, number][] = [["sent", 70], ["in_app", 15], ["pending", 9], ["failed", 4], ["uncertain", 2]];
const FOCAL_COUNT = 600;
const FOCAL_UNREAD = 150;

function status(roll: number): string {
  let sum = 0;
  for (const [name, weight] of STATUS_WEIGHTS) {
    sum += weight;
    if (roll < sum) return name;
  }
  return "sent";
}

export function fillNotifications(world: World) {
  const { db, rng, now, size } = world;
  const insertNotice = inserter(db, "Notice", [
    "id", "kind", "idempotencyKey", "positionId", "userId", "email", "recipientName", "locale", "content", "notBefore", "status", "resolvedAt", "createdAt",
  ] as const);
  const insertNotification = inserter(db, "Notification", [
    "id", "noticeId", "kind", "idempotencyKey", "userId", "email", "recipientName", "locale", "subject", "body", "html", "link", "attachment",
    "status", "attempts", "nextAttemptAt", "claimToken", "claimedAt", "handedAt", "sentAt", "error", "readAt", "createdAt", "updatedAt",
  ] as const);
  const focalUser = world.userIdOf.get(world.personas.focal.personIdx) ?? at(world.userIds, 0);
  const total = size.actions;
  for (let i = 0; i < total; i++) {
    const focal = i < FOCAL_COUNT;
    const userId = focal ? focalUser : at(world.userIds, rng.int(0, world.userIds.length - 1));
    const kind = rng.pick(KINDS);
    const createdMs = now - (focal ? i * 0.5 * DAY : rng.int(0, 720) * DAY + rng.int(0, 86_000) * 1000);
    const noticeId = makeId("ntc", i);
    const key = `bench:${kind}:${i}`;
    const subject = `Reminder ${i}: follow-up action due`;
    const body = `The action ${i} owned by your post is due. Please update it in Relais.`;
    insertNotice({
      id: noticeId,
      kind,
      idempotencyKey: key,
      positionId: null,
      userId,
      email: null,
      recipientName: null,
      locale: null,
      content: JSON.stringify({ subject: { key: "notify.actionOverdue.subject", values: { title: `${i}` } }, body: { key: "notify.actionOverdue.body", values: {} } }),
      notBefore: iso(createdMs),
      status: "resolved",
      resolvedAt: iso(createdMs),
      createdAt: iso(createdMs),
    });
    const s = status(rng.int(0, 99));
    const attempts = s === "sent" ? 1 : s === "failed" ? 8 : s === "uncertain" ? 1 : s === "pending" ? rng.int(0, 3) : 0;
    insertNotification({
      id: makeId("ntf", i),
      noticeId,
      kind,
      idempotencyKey: `${key}|user:${userId}`,
      userId,
      email: s === "in_app" ? null : `user${i % 5000}@gov.example`,
      recipientName: null,
      locale: rng.chance(0.3) ? "fr" : "en",
      subject,
      body,
      html: null,
      link: "/actions",
      attachment: null,
      status: s,
      attempts,
      nextAttemptAt: iso(createdMs + (attempts ? 60_000 * 2 ** attempts : 0)),
      claimToken: null,
      claimedAt: s === "uncertain" ? iso(createdMs) : null,
      handedAt: s === "uncertain" ? iso(createdMs) : null,
      sentAt: s === "sent" ? iso(createdMs + 30_000) : null,
      error: s === "failed" ? "550 5.1.1 No such user" : s === "pending" && attempts ? "421 4.7.0 Try again later" : null,
      readAt: focal ? (i < FOCAL_UNREAD ? null : iso(createdMs + DAY)) : rng.chance(0.7) ? iso(createdMs + DAY) : null,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs),
    });
  }
}
