// The filter choices read on every list page (the agency select, the catalogue's instruments, articles
// and phases) come from the raw read path (decision 066): the same rows, in the same order, as the
// Prisma reads they replaced, archived ones left out; so do "my responsibilities". Real rows in the
// worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { agencyOptions } from "../../app/models/agency.server";
import { loadMine } from "../../app/models/responsibility-matrix.server";
import { catalogueOptions, responsibilityHeadSelect } from "../../app/models/responsibility.server";
import { createAgency, createUser, ctxOf, unique } from "../support/fixtures";

describe("filter choices on the raw read path", () => {
  it("lists the agencies Prisma listed, by name then id, without archived ones or the excluded one", async () => {
    const kept = await createAgency({ name: unique("Same name") });
    const twin = await createAgency({ name: kept.name });
    const archived = await createAgency({ name: unique("Archived agency") });
    await prisma.agency.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const viaPrisma = (excludeId?: string) =>
      prisma.agency.findMany({
        where: { archivedAt: null, ...(excludeId ? { id: { not: excludeId } } : {}) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 2000,
        select: { id: true, name: true, acronym: true },
      });
    const options = await agencyOptions();
    expect(options).toEqual(await viaPrisma());
    expect(options.map((a) => a.id)).toEqual(expect.arrayContaining([kept.id, twin.id]));
    expect(options.map((a) => a.id)).not.toContain(archived.id);
    const withoutKept = await agencyOptions(kept.id);
    expect(withoutKept).toEqual(await viaPrisma(kept.id));
    expect(withoutKept.map((a) => a.id)).not.toContain(kept.id);
  });

  it("lists the instruments with their articles, and the phases, as the Prisma read did", async () => {
    const instrument = await prisma.instrument.create({ data: { code: unique("ZZ"), name: "Test treaty", kind: "treaty" }, select: { id: true } });
    for (const reference of ["Art. 9", "Art. 10", "Art. 1"]) {
      await prisma.provision.create({ data: { instrumentId: instrument.id, reference, title: `${reference} title` } });
    }
    const gone = await prisma.provision.create({ data: { instrumentId: instrument.id, reference: "Art. 99", title: "Repealed", archivedAt: new Date() }, select: { id: true } });
    const retired = await prisma.instrument.create({ data: { code: unique("ZY"), name: "Retired treaty", kind: "treaty", archivedAt: new Date() }, select: { id: true } });
    await prisma.provision.create({ data: { instrumentId: retired.id, reference: "Art. 1", title: "Old" } });

    const viaPrisma = await Promise.all([
      prisma.instrument.findMany({
        where: { archivedAt: null },
        orderBy: { code: "asc" },
        select: { id: true, code: true, name: true, provisions: { where: { archivedAt: null }, orderBy: { reference: "asc" }, select: { id: true, reference: true, title: true } } },
      }),
      prisma.implementationPhase.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, code: true, nameEn: true, nameFr: true } }),
    ]);
    const options = await catalogueOptions();
    expect(options).toEqual({ instruments: viaPrisma[0], phases: viaPrisma[1] });
    const mine = options.instruments.find((i) => i.id === instrument.id);
    expect(mine?.provisions.map((p) => p.reference)).toEqual(["Art. 1", "Art. 10", "Art. 9"]);
    expect(mine?.provisions.map((p) => p.id)).not.toContain(gone.id);
    expect(options.instruments.map((i) => i.id)).not.toContain(retired.id);
  });
});

describe("my responsibilities on the raw read path", () => {
  it("pages the responsibilities of the reader's posts and agencies as the Prisma read did", async () => {
    const focal = await createUser("focal_point");
    const ctx = await ctxOf(focal.id);
    const other = await createAgency();
    const make = (title: string) => prisma.responsibility.create({ data: { title: unique(title) }, select: { id: true } });
    const lines: { responsibilityId: string; agencyId: string; positionId?: string; role: string; archivedAt?: Date }[] = [];
    for (let i = 0; i < 7; i++) lines.push({ responsibilityId: (await make(`Via post ${i % 3}`)).id, agencyId: other.id, positionId: focal.positionId, role: "R" });
    for (let i = 0; i < 6; i++) lines.push({ responsibilityId: (await make(`Via agency ${i}`)).id, agencyId: focal.agencyId, role: "C" });
    lines.push({ responsibilityId: (await make("Line archived")).id, agencyId: focal.agencyId, role: "A", archivedAt: new Date() });
    const retired = await make("Responsibility archived");
    await prisma.responsibility.update({ where: { id: retired.id }, data: { archivedAt: new Date() } });
    lines.push({ responsibilityId: retired.id, agencyId: focal.agencyId, role: "R" });
    lines.push({ responsibilityId: (await make("Not mine")).id, agencyId: other.id, role: "R" });
    await prisma.responsibilityAssignment.createMany({ data: lines });

    const where = {
      archivedAt: null,
      assignments: { some: { archivedAt: null, OR: [{ positionId: { in: [...ctx.positionIds] } }, { agencyId: { in: [...ctx.agencyIds] } }] } },
    };
    const expected = await prisma.responsibility.findMany({ where, orderBy: [{ title: "asc" }, { id: "asc" }], select: responsibilityHeadSelect });
    expect(expected).toHaveLength(13);
    const pages = [await loadMine(ctx, { skip: 0, take: 5 }), await loadMine(ctx, { skip: 5, take: 5 }), await loadMine(ctx, { skip: 10, take: 5 })];
    expect(pages.map((p) => p.total)).toEqual([13, 13, 13]);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows.map(({ id, title, instrument, provision, phase }) => ({ id, title, instrument, provision, phase }))).toEqual(expected);
    const viaPost = rows.find((r) => r.title.startsWith("Via post"));
    expect(viaPost?.mine).toMatchObject([{ role: "R", viaPost: true, agency: { id: other.id } }]);
    expect(viaPost?.others).toMatchObject([{ role: "R", agency: { id: other.id } }]);
  });
});
