import { describe, expect, it } from "vitest";
import { agendaItemTitle, agendaNumbers, initialAgenda, MATTERS_ARISING_TITLE, moveItem, standingItemKind, standingKind } from "./agenda";

describe("a new meeting's agenda", () => {
  it("copies the standing items in order and recognises their kinds, in English and French", () => {
    expect(standingItemKind("Adoption of the agenda")).toBe("adoption_of_agenda");
    expect(standingItemKind("Adoption de l’ordre du jour")).toBe("adoption_of_agenda");
    expect(standingItemKind("Matters arising and follow-up of actions")).toBe("matters_arising");
    expect(standingItemKind("Any other business")).toBe("any_other_business");
    expect(standingItemKind("Questions diverses")).toBe("any_other_business");
    expect(standingItemKind("Date of the next meeting")).toBe("next_meeting");
    expect(standingItemKind("Status of reporting compliance")).toBe("regular");
  });

  it("keeps a committee's own matters-arising item and adds none", () => {
    const agenda = initialAgenda([
      { id: "s1", label: "1", title: "Adoption of the agenda" },
      { id: "s2", label: "2", title: "Matters arising and follow-up of actions" },
      { id: "s3", label: null, title: "Any other business" },
    ]);
    expect(agenda.map((i) => [i.order, i.label, i.kind, i.standingItemId])).toEqual([
      [1, "1", "adoption_of_agenda", "s1"],
      [2, "2", "matters_arising", "s2"],
      [3, null, "any_other_business", "s3"],
    ]);
  });

  it("adds a matters-arising item after the adoption of the agenda when the standing agenda has none", () => {
    const wgtr = initialAgenda([
      { id: "a", label: "(a)", title: "Status of reporting compliance" },
      { id: "b", label: "(b)", title: "Reporting challenges" },
    ]);
    expect(wgtr.map((i) => i.title)).toEqual([MATTERS_ARISING_TITLE, "Status of reporting compliance", "Reporting challenges"]);
    const withAdoption = initialAgenda([
      { id: "1", label: "1", title: "Adoption of the agenda" },
      { id: "2", label: "2", title: "Licence applications for opinion" },
    ]);
    expect(withAdoption.map((i) => i.kind)).toEqual(["adoption_of_agenda", "matters_arising", "regular"]);
    expect(withAdoption.map((i) => i.order)).toEqual([1, 2, 3]);
    expect(initialAgenda([])).toEqual([{ order: 1, label: null, title: MATTERS_ARISING_TITLE, kind: "matters_arising", standingItemId: null }]);
  });
});

describe("standing items' kinds and the matters-arising item", () => {
  it("uses the kind the secretary chose over the guess from the title, and guesses when none was chosen", () => {
    expect(standingKind({ title: "Tour de table", kind: "any_other_business" })).toBe("any_other_business");
    expect(standingKind({ title: "Questions diverses", kind: null })).toBe("any_other_business");
    expect(standingKind({ title: "Questions diverses", kind: "regular" })).toBe("regular");
    expect(standingKind({ title: "Status of reporting", kind: "nonsense" })).toBe("regular");
    const agenda = initialAgenda([
      { id: "a", label: "(a)", title: "Ouverture et ordre du jour", kind: "adoption_of_agenda" },
      { id: "b", label: "(b)", title: "Tour de table", kind: "any_other_business" },
    ]);
    expect(agenda.map((i) => [i.kind, i.standingItemId])).toEqual([
      ["adoption_of_agenda", "a"],
      ["matters_arising", null],
      ["any_other_business", "b"],
    ]);
  });

  it("adds no matters-arising item for a committee that turned it off, but keeps its own standing one", () => {
    expect(initialAgenda([{ id: "a", label: null, title: "Licences" }], { mattersArising: false }).map((i) => i.title)).toEqual(["Licences"]);
    expect(initialAgenda([], { mattersArising: false })).toEqual([]);
    const own = initialAgenda([{ id: "m", label: null, title: "Suites données", kind: "matters_arising" }], { mattersArising: false });
    expect(own.map((i) => [i.kind, i.standingItemId])).toEqual([["matters_arising", "m"]]);
  });

  it("shows the added item's default title in the reader's language, and a title the secretary typed as typed", () => {
    const fr = (key: "agenda.mattersArisingTitle") => (key === "agenda.mattersArisingTitle" ? "Suite donnée aux réunions précédentes et suivi des actions" : key);
    expect(agendaItemTitle({ kind: "matters_arising", title: MATTERS_ARISING_TITLE }, fr)).toBe("Suite donnée aux réunions précédentes et suivi des actions");
    expect(agendaItemTitle({ kind: "matters_arising", title: "Follow-up of the 12th meeting" }, fr)).toBe("Follow-up of the 12th meeting");
    expect(agendaItemTitle({ kind: "regular", title: MATTERS_ARISING_TITLE }, fr)).toBe(MATTERS_ARISING_TITLE);
    const en = () => MATTERS_ARISING_TITLE;
    expect(agendaItemTitle({ kind: "matters_arising", title: "Suite donnée aux réunions précédentes et suivi des actions" }, en)).toBe(MATTERS_ARISING_TITLE);
  });
});

describe("reordering", () => {
  const items = [
    { id: "a", order: 1 },
    { id: "b", order: 2 },
    { id: "c", order: 5 },
  ];
  it("swaps an item with its neighbour, even across gaps in the numbering", () => {
    expect(moveItem(items, "c", "up")).toEqual([
      { id: "c", order: 2 },
      { id: "b", order: 5 },
    ]);
    expect(moveItem(items, "a", "down")).toEqual([
      { id: "a", order: 2 },
      { id: "b", order: 1 },
    ]);
  });
  it("does nothing at either end or for an unknown item", () => {
    expect(moveItem(items, "a", "up")).toBeNull();
    expect(moveItem(items, "c", "down")).toBeNull();
    expect(moveItem(items, "zz", "down")).toBeNull();
  });
});

describe("agenda numbers", () => {
  it("numbers by position, renumbering labels that are position numbers", () => {
    // Standing items 1–3 and 5–6 with an unlabelled item inserted: the journal once read 1, 2, 2, 3, 5, 6.
    expect(agendaNumbers([{ label: "1" }, { label: null }, { label: "2" }, { label: "3" }, { label: "5" }, { label: "6." }])).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("keeps a standing agenda's own scheme, (a)–(g), and numbers the other items apart", () => {
    expect(agendaNumbers([{ label: null }, { label: "(a)" }, { label: "(b)" }, { label: "(c)" }, { label: null }])).toEqual(["1", "(a)", "(b)", "(c)", "2"]);
    expect(agendaNumbers([{ label: " (a) " }, { label: "" }])).toEqual(["(a)", "1"]);
  });
});
