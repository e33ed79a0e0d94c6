// Decision 050: a list page's query string is read once, through one zod schema; nothing a URL
// carries refuses the page — unknown values fall back to "all" or the page's default.
import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE } from "~/domain/paging";
import { choice, flag, idParam, intParam, listSearch, pageParam, readListSearch, searchText, searchValues } from "./list-search";
import { actionListSearch, decisionListSearch, handoverListSearch, matrixSearch, meetingListSearch, reportingCalendarSearch } from "./lists";

const read = <S extends Parameters<typeof readListSearch>[1]>(schema: S, query: string) => readListSearch(new URLSearchParams(query), schema);

describe("pageParam", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["3", 3],
    ["0", 1],
    ["-2", 1],
    ["abc", 1],
    ["2.9", 2],
    ["99999999", 100_000],
  ])("reads %j as page %d", (value, page) => {
    expect(pageParam.parse(value)).toBe(page);
  });
});

describe("field builders", () => {
  it("searchText trims, bounds and treats empty as no filter", () => {
    expect(searchText().parse("  treaty  ")).toBe("treaty");
    expect(searchText().parse("   ")).toBeNull();
    expect(searchText().parse(undefined)).toBeNull();
    expect(searchText(5).parse("abcdefgh")).toBe("abcde");
    expect(searchText().parse("x".repeat(300))).toHaveLength(100);
  });
  it("idParam bounds an id to 64 characters", () => {
    expect(idParam().parse("c".repeat(80))).toHaveLength(64);
    expect(idParam().parse("")).toBeNull();
  });
  it("choice keeps a known value and falls back for anything else", () => {
    const kinds = ["standing", "ad_hoc"] as const;
    expect(choice(kinds).parse("ad_hoc")).toBe("ad_hoc");
    expect(choice(kinds).parse("nonsense")).toBeNull();
    expect(choice(kinds).parse(undefined)).toBeNull();
    expect(choice(kinds, "standing").parse("nonsense")).toBe("standing");
    expect(choice(kinds, "standing").parse(undefined)).toBe("standing");
  });
  it("flag is on only for the checkbox's value", () => {
    expect(flag().parse("1")).toBe(true);
    expect(flag().parse("on")).toBe(false);
    expect(flag().parse(undefined)).toBe(false);
  });
  it("intParam keeps whole numbers inside its range", () => {
    const year = intParam(1900, 2200);
    expect(year.parse("2026")).toBe(2026);
    expect(year.parse("1899")).toBeNull();
    expect(year.parse("2201")).toBeNull();
    expect(year.parse("soon")).toBeNull();
    expect(year.parse(undefined)).toBeNull();
  });
});

describe("readListSearch", () => {
  it("reads the filters and the page, with skip and take", () => {
    const { filters, paging } = read(decisionListSearch, "q=+FSC+&committee=c1&year=2026&status=deferred&page=3");
    expect(filters).toEqual({ q: "FSC", committee: "c1", year: 2026, status: "deferred" });
    expect(paging).toEqual({ page: 3, pageSize: DEFAULT_PAGE_SIZE, skip: 2 * DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE });
  });
  it("falls back for every malformed value instead of refusing the page", () => {
    const { filters, paging } = read(decisionListSearch, "year=abc&status=approved&page=-1");
    expect(filters).toEqual({ q: null, committee: null, year: null, status: null });
    expect(paging.page).toBe(1);
  });
  it("uses a page's own default where it has one", () => {
    expect(read(meetingListSearch, "period=later").filters.period).toBe("upcoming");
    expect(read(meetingListSearch, "period=past").filters.period).toBe("past");
  });
  it("reads the first of repeated keys and ignores keys the page does not know", () => {
    const schema = listSearch({ q: searchText() });
    expect(read(schema, "q=one&q=two&other=x").filters).toEqual({ q: "one" });
  });
  it("takes a Request as a loader has it, and a page size", () => {
    const { paging } = readListSearch(new Request("http://x.test/list?page=2"), listSearch({}), 10);
    expect(paging).toEqual({ page: 2, pageSize: 10, skip: 10, take: 10 });
  });
});

describe("the list pages' schemas", () => {
  it("actions: the URL's names, active by default, unknown statuses and windows fall back", () => {
    expect(read(actionListSearch, "").filters).toEqual({ committee: null, agency: null, position: null, mine: false, status: "active", due: null, archived: false });
    expect(read(actionListSearch, "committee=c1&agency=a1&position=p1&mine=1&status=done&due=week&archived=1").filters).toEqual({
      committee: "c1",
      agency: "a1",
      position: "p1",
      mine: true,
      status: "done",
      due: "week",
      archived: true,
    });
    expect(read(actionListSearch, "status=finished&due=someday").filters).toMatchObject({ status: "active", due: null });
  });
  it("matrix: the column page and the open cell beside the catalogue filters", () => {
    const { filters, paging } = readListSearch(new URLSearchParams("q=border&agency=a1&cols=3&cell=r1&page=2"), matrixSearch, 25);
    expect(filters).toEqual({ q: "border", instrument: null, phase: null, agency: "a1", cols: 3, cell: "r1", cellAgency: null });
    expect(paging.skip).toBe(25);
    expect(read(matrixSearch, "cols=0").filters.cols).toBe(1);
  });
  it("reporting calendar: a year in range or none (the page takes this year), the timeline by default", () => {
    expect(read(reportingCalendarSearch, "year=2027&view=list&mine=1").filters).toEqual({ instrument: null, agency: null, year: 2027, mine: true, view: "list" });
    expect(read(reportingCalendarSearch, "year=1800&view=grid").filters).toMatchObject({ year: null, view: "timeline" });
  });
  it("handovers: the reader's tab by default", () => {
    expect(read(handoverListSearch, "").filters.tab).toBe("read");
    expect(read(handoverListSearch, "tab=all").filters.tab).toBe("all");
    expect(read(handoverListSearch, "tab=other").filters.tab).toBe("read");
  });
});

describe("searchValues", () => {
  it("keeps only the asked keys that are present", () => {
    expect(searchValues(new URLSearchParams("a=1&b=&c=3"), ["a", "b", "d"])).toEqual({ a: "1", b: "" });
  });
});
