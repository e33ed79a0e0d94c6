import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as importAction, loader as importLoader } from "../../app/routes/agencies.import";
import { payloadOf, statusOf } from "../support/form-results";
import { createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";

const context = {};

function upload(kind: string, csv: string, cookie: string) {
  const body = new FormData();
  body.set("intent", "preview");
  body.set("kind", kind);
  body.set("file", new File([csv], "import.csv", { type: "text/csv" }));
  return new Request("http://localhost/agencies/import", { method: "POST", headers: { Cookie: cookie }, body });
}

type Preview = { errors: { row: number; column: string; message: string }[]; total: number; csv: string };
function previewOf(result: unknown): Preview {
  const preview = payloadOf(result).preview;
  if (!preview || typeof preview !== "object") throw new Error("no preview");
  return { errors: [], total: 0, csv: "", ...preview };
}

describe("importing agencies", () => {
  it("previews a valid file without writing, then applies every row with its audit event", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const parent = unique("Ministry of Trade");
    const unit = unique("Export Licensing Authority");
    const csv = `name,acronym,kind,parent,email\n${parent},MTI-X,ministry,,sg@trade.example\n"${unit}",ELA-X,agency,${parent},LICENSING@ela.example\n`;
    const before = await prisma.agency.count();

    const preview = await importAction({ request: upload("agencies", csv, cookie), params: {}, context });
    expect(statusOf(preview)).toBeUndefined();
    expect(previewOf(preview)).toMatchObject({ errors: [], total: 2 });
    expect(await prisma.agency.count()).toBe(before);

    const applied = await importAction({ request: postRequest("/agencies/import", { intent: "apply", kind: "agencies", csv: previewOf(preview).csv }, cookie), params: {}, context });
    expect(statusOf(applied)).toBe(302);
    const rows = await prisma.agency.findMany({ where: { name: { in: [parent, unit] } }, select: { id: true, name: true, parentId: true, email: true } });
    expect(rows).toHaveLength(2);
    const [p, u] = [rows.find((r) => r.name === parent)!, rows.find((r) => r.name === unit)!];
    expect(u.parentId).toBe(p.id);
    expect(u.email).toBe("licensing@ela.example");
    expect(await prisma.auditEvent.count({ where: { entity: "agency", entityId: { in: [p.id, u.id] }, action: "import" } })).toBe(2);
  });

  it("rejects a file with one bad row, names the row and column, and writes nothing", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const good = unique("Good agency");
    const csv = `name,kind\n${good},ministry\n${unique("Bad agency")},spaceship\n`;
    const before = await prisma.agency.count();
    const result = await importAction({ request: upload("agencies", csv, cookie), params: {}, context });
    expect(statusOf(result)).toBe(400);
    expect(previewOf(result).errors).toEqual([{ row: 3, column: "kind", message: "error.invalidChoice" }]);
    // Applying the same text anyway (a hand-made POST) is refused too.
    const forced = await importAction({ request: postRequest("/agencies/import", { intent: "apply", kind: "agencies", csv }, cookie), params: {}, context });
    expect(statusOf(forced)).toBe(400);
    expect(await prisma.agency.count()).toBe(before);
    expect(await prisma.agency.count({ where: { name: good } })).toBe(0);
  });

  it("names missing columns, unknown parents, duplicates and malformed lines", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const existing = await createAgency();
    const noKind = await importAction({ request: upload("agencies", "name,colour\nX,blue\n", cookie), params: {}, context });
    expect(previewOf(noKind).errors).toEqual([
      { row: 1, column: "kind", message: "import.error.missingColumn" },
      { row: 1, column: "colour", message: "import.error.unknownColumn" },
    ]);
    const refs = await importAction({
      request: upload("agencies", `name,kind,parent\n${existing.name},ministry,\nNew unit ${unique("u")},agency,Nowhere\n`, cookie),
      params: {},
      context,
    });
    expect(previewOf(refs).errors).toEqual([
      { row: 2, column: "name", message: "import.error.agencyExists" },
      { row: 3, column: "parent", message: "import.error.parentUnknown" },
    ]);
    const ragged = await importAction({ request: upload("agencies", "name,kind\nA,ministry\nB,ministry,extra\n", cookie), params: {}, context });
    expect(previewOf(ragged).errors).toEqual([{ row: 3, column: "", message: "import.error.columnCount" }]);
  });
});

describe("importing people and posts", () => {
  it("imports posts with their holders for a focal point's own agency", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const agency = await prisma.agency.findUniqueOrThrow({ where: { id: focal.agencyId }, select: { name: true } });
    const email = `${unique("holder")}@customs.example`;
    await prisma.person.create({ data: { givenName: "Abena", familyName: "Ofori", email } });
    const title = unique("Border liaison officer");
    const csv = `agency,title,holder_email,start_date,acting\n${agency.name},${title},${email},2026-01-05,no\n`;
    const preview = await importAction({ request: upload("posts", csv, cookie), params: {}, context });
    expect(previewOf(preview).errors).toEqual([]);
    const applied = await importAction({ request: postRequest("/agencies/import", { intent: "apply", kind: "posts", csv }, cookie), params: {}, context });
    expect(statusOf(applied)).toBe(302);
    const post = await prisma.position.findFirstOrThrow({ where: { title }, select: { agencyId: true, assignments: { select: { startDate: true, acting: true } } } });
    expect(post.agencyId).toBe(focal.agencyId);
    expect(post.assignments).toEqual([{ startDate: new Date("2026-01-05T00:00:00Z"), acting: false }]);
  });

  it("refuses posts in another agency for a focal point, row by row, and unknown holders", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const other = await createAgency();
    const csv = `agency,title,holder_email,start_date\n${other.name},Post A,,\n${other.name},Post B,nobody@x.example,2026-01-01\n`;
    const result = await importAction({ request: upload("posts", csv, cookie), params: {}, context });
    expect(statusOf(result)).toBe(400);
    expect(previewOf(result).errors).toEqual([
      { row: 2, column: "agency", message: "import.error.notYourAgency" },
      { row: 3, column: "agency", message: "import.error.notYourAgency" },
      { row: 3, column: "holder_email", message: "import.error.holderUnknown" },
    ]);
  });

  it("refuses people with a duplicate email in the file", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const email = `${unique("twin")}@x.example`;
    const result = await importAction({ request: upload("people", `given_name,family_name,email\nA,One,${email}\nB,Two,${email}\n`, cookie), params: {}, context });
    expect(previewOf(result).errors).toEqual([{ row: 3, column: "email", message: "import.error.duplicateInFile" }]);
  });

  it("answers 403 to a viewer, on the page and on upload, and writes nothing", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    expect(statusOf(await thrown(importLoader({ request: getRequest("/agencies/import", cookie), params: {}, context })))).toBe(403);
    const before = await prisma.person.count();
    const error = await thrown(importAction({ request: upload("people", "given_name,family_name\nA,B\n", cookie), params: {}, context }));
    expect(statusOf(error)).toBe(403);
    expect(await prisma.person.count()).toBe(before);
  });

  it("refuses an agencies file from a focal point (403): creating agencies needs the secretary's right", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const error = await thrown(importAction({ request: upload("agencies", `name,kind\n${unique("A")},ministry\n`, cookie), params: {}, context }));
    expect(statusOf(error)).toBe(403);
  });
});
