// The decision register reads on the raw read path (decision-list.server.ts). Its page must be the one
// the Prisma read gave (tests/support/decision-list-prisma.ts): the same decisions in the same order,
// the same total, supersession both ways, the committee, and the follow-up progress over the actions
// each reader may see — for every filter and for readers of each clearance. Real rows in the
// worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { listDecisions, type DecisionFilters } from "../../app/models/decision-list.server";
import { buildAction, buildDecision } from "../../prisma/seed/builders";
import { createAgency, createUser, ctxOf, unique } from "../support/fixtures";
import { prismaListDecisions } from "../support/decision-list-prisma";
import { committeeWithMeeting, createPost } from "../support/work-fixtures";

async function registerWorld() {
  const secretariat = await createAgency();
  const member = await createAgency();
  const one = await committeeWithMeeting({ secretariatAgencyId: secretariat.id, memberAgencyIds: [member.id] });
  const two = await committeeWithMeeting({ secretariatAgencyId: secretariat.id });
  const post = await createPost(member.id);
  const marker = unique("Register");
  const levels = ["public", "internal", "restricted", "confidential"] as const;
  const ids: string[] = [];
  for (let n = 0; n < 14; n++) {
    const committee = n % 3 ? one.committee : two.committee;
    const id = await buildDecision(prisma, {
      committeeId: committee.id,
      year: 2029 + (n % 2),
      serial: 1000 + n,
      title: n % 4 === 0 ? `${marker} export licences ${n}` : `${marker} item ${n}`,
      text: n % 5 === 0 ? `The committee decides on brokering (${marker})` : "Text",
      decidedOn: new Date(Date.UTC(2029 + (n % 2), n % 6, 10 + (n % 3))),
      status: n % 7 === 3 ? "deferred" : "adopted",
      confidentiality: levels[n % 4],
      supersedesId: n === 9 ? ids[2] : null,
      archivedAt: n === 13 ? new Date() : null,
    });
    ids.push(id);
    for (const [k, status] of (["open", "done", "cancelled", "in_progress"] as const).entries()) {
      if ((n + k) % 3 === 0) continue;
      await buildAction(prisma, {
        title: unique("Follow-up"),
        decisionId: id,
        committeeId: committee.id,
        ownerPositionId: post.id,
        ownerAgencyId: member.id,
        status,
        confidentiality: levels[(n + k) % 4],
        archivedAt: k === 3 && n % 2 ? new Date() : null,
      });
    }
  }
  return { marker, one: one.committee, two: two.committee, secretariat, member };
}

describe("the decision register on the raw read path", () => {
  it("gives the page, the total and the progress the Prisma read gave, for each filter, page and reader", async () => {
    const w = await registerWorld();
    const readers = [
      await createUser("viewer"),
      await createUser("secretary", { agencyId: w.secretariat.id }),
      await createUser("focal_point", { agencyId: w.member.id }),
      await createUser("admin"),
    ];
    const base: DecisionFilters = { q: w.marker, committee: null, year: null, status: null };
    const variants: Partial<DecisionFilters>[] = [
      {},
      { committee: w.one.id },
      { committee: w.two.id, year: 2030 },
      { year: 2029 },
      { status: "deferred" },
      { q: `${w.marker} export` },
      { q: "brokering" },
      { q: w.marker.toUpperCase() },
      { q: null, committee: w.one.id },
    ];
    let seen = 0;
    for (const reader of readers) {
      const ctx = await ctxOf(reader.id);
      for (const variant of variants) {
        const f = { ...base, ...variant };
        for (const page of [{ skip: 0, take: 25 }, { skip: 0, take: 3 }, { skip: 3, take: 3 }, { skip: 400, take: 25 }]) {
          const raw = await listDecisions(ctx, f, page);
          expect(raw).toEqual(await prismaListDecisions(ctx, f, page));
          seen += raw.rows.length;
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it("takes a typed % or _ as itself, not as a wildcard", async () => {
    const w = await registerWorld();
    const ctx = await ctxOf((await createUser("admin")).id);
    expect((await listDecisions(ctx, { q: `${w.marker}%item`, committee: null, year: null, status: null }, { skip: 0, take: 25 })).total).toBe(0);
    expect((await listDecisions(ctx, { q: `${w.marker} item`, committee: null, year: null, status: null }, { skip: 0, take: 25 })).total).toBeGreaterThan(0);
  });
});
