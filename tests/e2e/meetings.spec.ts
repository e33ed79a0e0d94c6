// Issue 4: a secretary schedules a recurring series for a committee with a standing agenda, records
// one meeting's attendance and journal, and downloads its .ics — which an independent parser reads.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { demoAccount, pageTitle, signIn, waitForHydration, watchForErrors } from "./support";

// A week far enough ahead that no demo meeting (or an earlier run's series) is at the same time.
function uniqueDate(): string {
  const week = Math.floor(Math.random() * 2000);
  const date = new Date(Date.UTC(2040, 0, 3 + week * 7)); // 3 January 2040 is a Tuesday
  return date.toISOString().slice(0, 10);
}

async function openCommittee(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Committees", exact: true }).click();
  await expect(pageTitle(page)).toHaveText("Committees");
  await page.getByRole("table").getByRole("link", { name, exact: true }).click();
  await expect(pageTitle(page)).toContainText(name);
}

test("a secretary schedules a series, records attendance and the journal, and downloads the .ics", async ({ page }) => {
  const problems = watchForErrors(page);
  await signIn(page, demoAccount("secretary"));
  await openCommittee(page, "National ATT Implementation Committee");
  const standing = page.getByRole("region", { name: "Standing agenda" });
  await expect(standing.getByRole("listitem")).toHaveCount(6);

  await page.getByRole("link", { name: "Schedule a meeting" }).click();
  await expect(pageTitle(page)).toHaveText("New meeting");
  await waitForHydration(page);
  const date = uniqueDate();
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Starts at").fill("09:30");
  await page.getByLabel("Ends at").fill("12:30");
  await expect(page.getByLabel("Venue time zone")).toHaveValue("Africa/Lagos");
  await expect(page.getByLabel("Repeats")).toBeHidden();
  await page.getByLabel("A recurring series").check();
  await page.getByLabel("Repeats").selectOption("weekly");
  await page.getByRole("spinbutton", { name: "N (interval)" }).fill("6");
  await page.getByLabel("After a number of meetings").check();
  await page.getByRole("spinbutton", { name: /^Number of meetings/ }).fill("3");
  await page.getByRole("button", { name: "Schedule" }).click();

  await expect(page.getByRole("status")).toHaveText(/Series scheduled/);
  await expect(pageTitle(page)).toContainText("meeting of the NAIC");
  await expect(page.getByText("Every 6 weeks on")).toBeVisible();
  const meetingUrl = new URL(page.url()).pathname;
  // The standing agenda was copied, with its matters-arising item listing earlier open actions.
  const agenda = page.getByRole("region", { name: "Agenda" });
  await expect(agenda.getByRole("heading", { name: /Adoption of the agenda/ })).toBeVisible();
  await expect(agenda.getByRole("heading", { name: /Matters arising and follow-up of actions/ })).toBeVisible();
  await expect(agenda.getByText(/Open actions from earlier meetings: [1-9]/)).toBeVisible();
  await expect(agenda.getByRole("link", { name: "Update actions during the meeting" })).toHaveAttribute("href", `${meetingUrl}/actions`);
  await expect(agenda.getByRole("link", { name: "Record a decision" }).first()).toHaveAttribute("href", /\/decisions\/new\?meetingId=.+&agendaItemId=.+/);

  // Attendance: the member agencies' designated posts were invited.
  await page.getByRole("navigation", { name: "Meeting pages" }).getByRole("link", { name: "Attendance" }).click();
  await expect(page.getByRole("heading", { name: "Attendance register" })).toBeVisible();
  // Who holds the post and the post itself are two columns: a post's next holder replaces the name only.
  await expect(page.getByRole("columnheader", { name: "Holder or person" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Post", exact: true })).toBeVisible();
  const firstRow = page.getByRole("row").nth(1);
  const holder = (await firstRow.getByRole("rowheader").innerText()).trim();
  const post = (await firstRow.getByRole("cell").first().innerText()).trim();
  expect(holder).not.toBe("");
  expect(post).toMatch(/\S, \S/);
  expect(post).not.toContain(holder);
  const selects = page.getByRole("combobox", { name: /^Attendance of / });
  await expect(selects).toHaveCount(11);
  await selects.nth(0).selectOption("present");
  await selects.nth(1).selectOption("excused");
  await selects.nth(2).selectOption("represented");
  await page.getByRole("button", { name: "Save the register" }).click();
  // Represented without a name is refused in the browser, by the same schema the server uses.
  await expect(page.getByText("Say who represented this participant.")).toBeVisible();
  await page.getByRole("textbox", { name: /^Who represented / }).nth(2).fill("Deputy head of unit");
  await page.getByRole("button", { name: "Save the register" }).click();
  await expect(page.getByRole("status")).toHaveText("Attendance recorded.");
  await page.reload();
  await expect(selects.nth(0)).toHaveValue("present");
  await expect(selects.nth(1)).toHaveValue("excused");
  await expect(page.getByRole("textbox", { name: /^Who represented / }).nth(2)).toHaveValue("Deputy head of unit");

  // Journal: opening and closure times, the chair, the next meeting.
  await page.getByRole("navigation", { name: "Meeting pages" }).getByRole("link", { name: "Journal" }).click();
  await waitForHydration(page);
  await expect(page.getByLabel("What")).toHaveValue("opened");
  await page.getByLabel("Time (Africa/Lagos)").fill("09:35");
  await page.getByRole("button", { name: "Record the time" }).click();
  await expect(page.getByRole("status")).toHaveText("Time recorded.");
  await expect(page.getByLabel("What")).toHaveValue("suspended");
  await page.getByLabel("What").selectOption("closed");
  await page.getByLabel("Time (Africa/Lagos)").fill("12:10");
  await page.getByRole("button", { name: "Record the time" }).click();
  await expect(page.getByRole("status")).toHaveText("Time recorded.");
  await page.getByRole("textbox", { name: "Chair (optional)" }).fill("Director of Disarmament and Arms Control");
  await page.getByRole("textbox", { name: /^Next meeting/ }).fill("In six weeks, same room");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.goto(`${meetingUrl}/print`);
  const journal = page.getByRole("article");
  await expect(journal.getByText("Chair: Director of Disarmament and Arms Control")).toBeVisible();
  await expect(journal.getByText("09:35")).toBeVisible();
  await expect(journal.getByText("12:10")).toBeVisible();
  await expect(journal.getByText("In six weeks, same room")).toBeVisible();

  // The .ics, read back by ical.js.
  await page.goto(meetingUrl);
  const title = (await pageTitle(page).innerText()).replace(/\s*Planned$/, "").trim();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const download = await downloading;
  const text = readFileSync((await download.path())!, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  expect(event.summary).toBe(title);
  expect(event.startDate.toString()).toBe(`${date}T09:30:00`);
  expect(event.endDate.toString()).toBe(`${date}T12:30:00`);
  expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Africa/Lagos");
  // Lagos is UTC+1 all year.
  expect(event.startDate.toJSDate().toISOString()).toBe(`${date}T08:30:00.000Z`);
  expect(vevent.getFirstPropertyValue("status")).toBe("TENTATIVE");
  expect(event.uid).toMatch(/^[a-z0-9]{20,}$/);
  expect(problems).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the new-meeting form is refused by the server with the values kept, then accepted", async ({ page }) => {
    await signIn(page, demoAccount("secretary"), { javaScript: false });
    await page.goto("/meetings/new");
    await page.getByLabel("Committee", { exact: true }).selectOption({ label: "Inter-agency Export Control Committee (IECC)" });
    const date = uniqueDate();
    await page.getByLabel("Date", { exact: true }).fill(date);
    await page.getByLabel("Starts at").fill("15:00");
    await page.getByLabel("Ends at").fill("14:00");
    await page.getByRole("textbox", { name: "Venue (optional)" }).fill("Immeuble du Commerce");
    const refusal = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/meetings/new");
    await page.getByRole("button", { name: "Schedule" }).click();
    expect((await refusal).status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText("Some fields need attention. Nothing was saved.");
    await expect(page.getByLabel("Ends at")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Ends at")).toHaveAccessibleDescription("The end must come after the start.");
    await expect(page.getByRole("textbox", { name: "Venue (optional)" })).toHaveValue("Immeuble du Commerce");
    await expect(page.getByLabel("Starts at")).toHaveValue("15:00");

    await page.getByLabel("Ends at").fill("16:30");
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(page.getByRole("status")).toHaveText(/Meeting scheduled/);
    await expect(page.getByText("Immeuble du Commerce")).toBeVisible();
  });
});
