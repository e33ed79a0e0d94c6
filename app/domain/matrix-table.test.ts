import { describe, expect, it } from "vitest";
import { matrixTable } from "./matrix-table";

describe("the matrix as a table", () => {
  const rows = [
    { id: "r1", title: "Regulate imports", instrument: { code: "ATT" }, provision: { reference: "Art. 8" }, phase: { number: 4, nameEn: "Arms transfer application and authorisation" } },
    { id: "r2", title: "Untied duty", instrument: null, provision: null, phase: null },
  ];
  const agencies = [
    { id: "ela", name: "Export Licensing Authority", acronym: "ELA" },
    { id: "lca", name: "Lindora Customs Administration", acronym: null },
  ];

  it("has one column per agency and one row per responsibility", () => {
    const table = matrixTable(rows, [], agencies);
    expect(table[0]).toEqual(["Responsibility", "Instrument", "Article", "Phase", "ELA (Export Licensing Authority)", "Lindora Customs Administration"]);
    expect(table).toHaveLength(3);
    expect(table[2]).toEqual(["Untied duty", "", "", "", "", ""]);
  });

  it("puts the letters in R, A, C, I order with the post named", () => {
    const table = matrixTable(
      rows,
      [
        { responsibilityId: "r1", agencyId: "ela", role: "C", positionTitle: null },
        { responsibilityId: "r1", agencyId: "ela", role: "R", positionTitle: "Senior licensing officer" },
        { responsibilityId: "r1", agencyId: "lca", role: "A", positionTitle: null },
      ],
      agencies,
    );
    expect(table[1]).toEqual(["Regulate imports", "ATT", "Art. 8", "4. Arms transfer application and authorisation", "R (Senior licensing officer); C", "A"]);
  });

  it("keeps a typed formula as text, in titles, references and agency names", () => {
    const hostile = [{ id: "r3", title: "=HYPERLINK(\"http://x\")", instrument: { code: "+ATT" }, provision: { reference: "@A1" }, phase: null }];
    const table = matrixTable(hostile, [], [{ id: "x", name: "-Agency", acronym: null }]);
    expect(table[0]?.[4]).toBe("'-Agency");
    expect(table[1]?.slice(0, 3)).toEqual(["'=HYPERLINK(\"http://x\")", "'+ATT", "'@A1"]);
  });

  it("names its columns and phases in the labels it is given", () => {
    const labels = { columns: ["Responsabilité", "Instrument", "Article", "Phase"] as const, phase: (p: { nameEn: string; nameFr?: string }) => p.nameFr ?? p.nameEn };
    const table = matrixTable([{ ...rows[0]!, phase: { number: 4, nameEn: "Authorisation", nameFr: "Autorisation" } }], [], agencies, labels);
    expect(table[0]?.slice(0, 4)).toEqual(["Responsabilité", "Instrument", "Article", "Phase"]);
    expect(table[1]?.[3]).toBe("4. Autorisation");
  });
});
