import { describe, expect, it } from "vitest";
import { metaLocale, pageTitle } from "./page-title";

const matches = (locale: unknown) => [{ id: "root", data: { locale } }, { id: "routes/decisions._index", data: {} }];
const args = <Data>(locale: unknown, data: Data, error?: unknown) => ({ data, matches: matches(locale), error });

describe("pageTitle", () => {
  it("translates a catalogue key into the root loader's locale", () => {
    expect(pageTitle(args("en", {}), "decision.list.title")).toEqual([{ title: "Decision register — Relais" }]);
    expect(pageTitle(args("en", {}, null), "decision.list.title")).toEqual([{ title: "Decision register — Relais" }]);
    expect(pageTitle(args("fr", {}), "decision.list.title")).toEqual([{ title: "Registre des décisions — Relais" }]);
  });

  it("joins a record's parts from the loader's data, most specific first, and drops the empty ones", () => {
    const meeting = { title: "Commission nationale — 12e session" };
    expect(pageTitle(args("fr", { meeting }), (t, data) => [t("meeting.tab.agenda"), data?.meeting.title])).toEqual([
      { title: "Ordre du jour — Commission nationale — 12e session — Relais" },
    ]);
    expect(pageTitle(args("en", {}), () => [undefined, "FSC.DEC/1/18", null, " "])).toEqual([{ title: "FSC.DEC/1/18 — Relais" }]);
  });

  it("falls back to the product's name alone when nothing names the page", () => {
    expect(pageTitle(args("en", undefined), (_t, data) => data)).toEqual([{ title: "Relais" }]);
  });

  it("names a page that shows an error by the error, as its panel does", () => {
    // What a thrown 404 reaches the boundary as (the shape isRouteErrorResponse recognises).
    const response = { status: 404, statusText: "Not Found", internal: false, data: null };
    expect(pageTitle(args("fr", undefined, response), "decision.list.title")).toEqual([{ title: "Page introuvable — Relais" }]);
    expect(pageTitle(args("en", undefined, new Error("boom")), "decision.list.title")).toEqual([{ title: "Something went wrong — Relais" }]);
  });
});

describe("metaLocale", () => {
  it("reads the locale from the root match only, and defaults to English", () => {
    expect(metaLocale(matches("fr"))).toBe("fr");
    expect(metaLocale([{ id: "routes/x", data: { locale: "fr" } }])).toBe("en");
    expect(metaLocale(matches("de"))).toBe("en");
    expect(metaLocale([{ id: "root", data: undefined }])).toBe("en");
    expect(metaLocale([])).toBe("en");
  });
});
