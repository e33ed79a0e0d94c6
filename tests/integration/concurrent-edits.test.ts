// Twenty people save the same action at once from four server processes (four SQLite connections).
// Every edit is either applied on the version it was loaded at (which was then the current one) or
// refused as stale: never "last writer wins".
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { createUser } from "../support/fixtures";
import { createActionRow } from "../support/work-fixtures";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const PROCESSES = 4;
const EDITS_EACH = 5;

type Outcome = { title: string; read: number; outcome: "applied" | "conflict"; conflictVersion: number | null };

describe("concurrent edits of one action", () => {
  it("20 writers over 4 connections: each edit applied on the current version or refused as stale", async () => {
    const secretary = await createUser("secretary");
    const action = await createActionRow({ ownerPositionId: secretary.positionId, ownerAgencyId: secretary.agencyId });
    const outcomes = (
      await Promise.all(
        Array.from({ length: PROCESSES }, (_, p) =>
          run(path.join(root, "node_modules/.bin/tsx"), ["tests/support/concurrent-action-writer.ts", action.id, secretary.id, `writer${p}`, String(EDITS_EACH)], {
            cwd: root,
            env: { ...process.env },
            timeout: 90_000,
          }),
        ),
      )
    ).flatMap(({ stdout }) => JSON.parse(stdout) as Outcome[]);

    expect(outcomes).toHaveLength(PROCESSES * EDITS_EACH);
    const applied = outcomes.filter((o) => o.outcome === "applied");
    const refused = outcomes.filter((o) => o.outcome === "conflict");
    expect(applied.length).toBeGreaterThanOrEqual(1);
    expect(applied.length + refused.length).toBe(20);
    // A refusal names a version newer than the one its form was loaded at.
    for (const r of refused) expect(r.conflictVersion).toBeGreaterThan(r.read);

    const events = await prisma.auditEvent.findMany({
      where: { entity: "action", entityId: action.id, action: "update" },
      select: { before: true, after: true },
    });
    const trail = events.map((e) => ({ before: JSON.parse(e.before ?? "{}"), after: JSON.parse(e.after ?? "{}") }));
    // One audit event per applied edit, each on the version its form was loaded at, one after another.
    expect(trail).toHaveLength(applied.length);
    for (const edit of applied) {
      const event = trail.find((t) => t.after.title === edit.title);
      expect(event?.before.version, edit.title).toBe(edit.read);
      expect(event?.after.version, edit.title).toBe(edit.read + 1);
    }
    expect(trail.map((t) => t.before.version).sort((x, y) => x - y)).toEqual(applied.map((_, i) => i + 1));

    const final = await prisma.action.findUniqueOrThrow({ where: { id: action.id }, select: { version: true, title: true, description: true } });
    expect(final.version).toBe(1 + applied.length);
    const last = trail.find((t) => t.after.version === final.version);
    expect(final.title).toBe(last?.after.title);
    expect(final.description).toBe(`written by ${final.title}`);
  }, 120_000);
});
