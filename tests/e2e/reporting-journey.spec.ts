// Issue 9, the reporting journey, by clicking: the secretary adds an obligation whose contributions
// fall due in a week; its cycles and milestones appear on the obligation page and on the reporting
// calendar; the customs focal point (the contributor) finds the milestone on the dashboard and marks
// it done; the reminder the create enqueued reaches the focal point's notifications and the
// administrator's outbox; the secretary records the submission and the compliance overview shows it
// on time. Then the reporting feed is listed as such on the feeds page, and an administrator keeps
// the public holidays.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn, waitForHydration, watchForErrors } from "./support";

const DAY = 86_400_000;

async function signedIn(browser: Browser, role: "secretary" | "focal_point" | "admin") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await signIn(page, demoAccount(role));
  return { page, problems, close: () => context.close() };
}

function main(page: Page) {
  return page.locator("#main");
}

test("a secretary adds an obligation; calendar, the contributor's dashboard, the reminder, the submission and compliance", async ({ browser }) => {
  test.setTimeout(120_000);
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // Due in a fortnight: the contributions (7 days before) are due in a week, today's reminder point.
  const due = new Date(today.getTime() + 14 * DAY);
  const cycle = String(due.getUTCFullYear() - 1);
  const title = `Arms register return ${Date.now().toString(36).slice(-5)}`;
  const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(due);

  // The secretary: Reporting → New obligation → the form.
  const secretary = await signedIn(browser, "secretary");
  let page = secretary.page;
  await mainNav(page, "en").getByRole("link", { name: "Reporting" }).click();
  await expect(pageTitle(page)).toHaveText("Reporting obligations");
  await main(page).getByRole("link", { name: "New obligation", exact: true }).click();
  await expect(pageTitle(page)).toHaveText("New reporting obligation");
  await waitForHydration(page);
  const form = main(page);
  await form.getByLabel("Instrument").selectOption({ label: "ATT — Arms Trade Treaty" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Lead post").selectOption({ label: "Secretary of the National Commission (ComNat-ALPC)" });
  await form.getByLabel("Post 1").selectOption({ label: "Customs focal point for strategic goods (LCA)" });
  await form.getByLabel("Every year on a fixed date, for the previous calendar year").check();
  await form.getByLabel("Month").selectOption({ label: monthName });
  await form.getByLabel("Day", { exact: true }).fill(String(due.getUTCDate()));
  const offsets = form.getByRole("group", { name: "Internal milestones (days before the due date)" });
  await offsets.getByLabel("Data call").fill("10");
  await offsets.getByLabel("Contributions due").fill("7");
  await offsets.getByLabel("Consolidation").fill("5");
  await offsets.getByLabel("Inter-agency clearance").fill("3");
  await offsets.getByLabel("Submission", { exact: true }).fill("1");
  await form.getByLabel("Weekends and public holidays").selectOption({ label: "Keep the exact days" });
  await form.getByRole("button", { name: "Create the obligation" }).click();

  // The obligation page: planned cycles, the first one due in a fortnight with its milestones.
  await expect(pageTitle(page)).toHaveText(title);
  await expect(page.getByRole("status")).toContainText("Obligation created");
  const cycles = main(page).getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Reporting period" }) });
  const firstCycle = cycles.getByRole("row").filter({ has: page.getByRole("link", { name: cycle, exact: true }) });
  await expect(firstCycle).toContainText("Contributions due");
  await expect(firstCycle).toContainText("Upcoming");

  // The reporting calendar (the due date's year), list view: the due date and every milestone.
  await main(page).getByRole("navigation", { name: "Reporting views" }).getByRole("link", { name: "Reporting calendar" }).click();
  await expect(pageTitle(page)).toContainText("Reporting calendar");
  if (due.getUTCFullYear() > today.getUTCFullYear()) await main(page).getByRole("link", { name: /Next year/ }).click();
  await expect(pageTitle(page)).toHaveText(`Reporting calendar ${due.getUTCFullYear()}`);
  await expect(main(page).locator("svg").getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await main(page).getByRole("link", { name: "List", exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  const calendar = main(page).locator("table.calendar-list");
  for (const step of ["Data call", "Contributions due", "Consolidation", "Inter-agency clearance", "Submission"]) {
    await expect(calendar.getByRole("link", { name: `${step} — ${title} (${cycle})`, exact: true })).toBeVisible();
  }
  await expect(calendar.getByRole("link", { name: `Due: ${title} (${cycle})`, exact: true })).toBeVisible();
  // The printable version is its own page (the year's chart and every date, unlinked), not the calendar again.
  await main(page).getByRole("link", { name: "Printable version" }).click();
  await expect(pageTitle(page)).toHaveText(`National reporting calendar ${due.getUTCFullYear()}`);
  await expect(main(page).locator("table.calendar-list").getByText(`Due: ${title} (${cycle})`, { exact: true })).toBeVisible();
  await expect(main(page).locator("table.calendar-list").getByRole("link")).toHaveCount(0);
  await page.goBack();
  await expect(pageTitle(page)).toHaveText(`Reporting calendar ${due.getUTCFullYear()}`);
  // Its feed, made here, is listed on the feeds page as the reporting calendar, not as "my meetings".
  await main(page).getByRole("button", { name: "Create a feed address" }).click();
  await expect(main(page).getByText("Copy this address into your calendar program now")).toBeVisible();
  await mainNav(page, "en").getByRole("link", { name: "Meetings" }).click();
  await main(page).getByRole("link", { name: "Calendar feeds" }).click();
  await expect(main(page).getByRole("listitem").filter({ hasText: "Reporting deadlines and milestones" }).first()).toBeVisible();

  // The customs focal point: the dashboard's reporting card → the cycle → contributions done.
  const focal = await signedIn(browser, "focal_point");
  const card = focal.page.getByTestId("reporting-card");
  const owed = card.getByRole("link", { name: `Contributions due — ${title} (${cycle})` });
  await expect(owed).toBeVisible();
  // The card counts days in the reader's zone (the demo focal point's, Africa/Lagos, UTC+1): from
  // 23:00 UTC it is already tomorrow there, and the contributions are due in 6 days, not 7.
  const readerToday = Date.parse(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Lagos" }).format(now)}T00:00:00Z`);
  const daysLeft = Math.round((due.getTime() - 7 * DAY - readerToday) / DAY);
  await expect(card.getByRole("listitem").filter({ hasText: `Contributions due — ${title} (${cycle})` })).toContainText(`in ${daysLeft} days`);
  await owed.click();
  await expect(pageTitle(focal.page)).toHaveText(`${title} — ${cycle}`);
  const contributionsRow = main(focal.page).getByRole("row").filter({ hasText: "Contributions due" });
  await contributionsRow.getByLabel("Status").selectOption({ label: "Done" });
  await contributionsRow.getByRole("button", { name: "Save" }).click();
  await expect(main(focal.page).getByRole("row").filter({ hasText: "Contributions due" }).getByLabel("Status")).toHaveValue("done");

  // The reminder, enqueued by the create: in the focal point's notifications once the outbox has run.
  const reminder = `Reminder: Contributions due for ${title} (${cycle}) in 7 days`;
  await expect(async () => {
    await focal.page.getByRole("link", { name: /^Notifications, / }).click();
    await expect(pageTitle(focal.page)).toHaveText("Notifications");
    await expect(main(focal.page).getByRole("heading", { level: 2, name: reminder })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  expect(focal.problems).toEqual([]);
  await focal.close();

  // The administrator's outbox: the reminder's email to the focal point, waiting (no mail server).
  const admin = await signedIn(browser, "admin");
  await mainNav(admin.page, "en").getByRole("link", { name: "Outbox" }).click();
  await expect(pageTitle(admin.page)).toHaveText("Outbox");
  const outboxRow = main(admin.page).getByRole("row").filter({ hasText: reminder }).filter({ hasText: demoAccount("focal_point").email });
  await expect(outboxRow.first()).toBeVisible();
  await expect(outboxRow.first()).toContainText("Waiting to be sent");
  expect(admin.problems).toEqual([]);
  await admin.close();

  // Back to the secretary: the obligation → the cycle → record the submission, on time.
  await mainNav(page, "en").getByRole("link", { name: "Reporting" }).click();
  await main(page).getByRole("link", { name: title, exact: true }).click();
  await expect(pageTitle(page)).toHaveText(title);
  await main(page).getByRole("link", { name: cycle, exact: true }).click();
  await expect(pageTitle(page)).toHaveText(`${title} — ${cycle}`);
  await expect(main(page).getByRole("row").filter({ hasText: "Contributions due" })).toContainText("Done");
  await waitForHydration(page);
  const submission = main(page).getByRole("form", { name: "Record the submission" });
  await submission.getByLabel("Date submitted").fill(today.toISOString().slice(0, 10));
  await submission.getByLabel("Reference or document symbol").fill(`ATT/CSP/${cycle}/LIN`);
  await submission.getByRole("button", { name: "Save the submission" }).click();
  await expect(page.getByRole("status")).toContainText("Submission recorded.");
  await expect(main(page).getByTestId("submission")).toContainText(`ATT/CSP/${cycle}/LIN`);

  // The compliance overview: this cycle on time.
  await main(page).getByRole("navigation", { name: "Reporting views" }).getByRole("link", { name: "Compliance" }).click();
  await expect(pageTitle(page)).toHaveText("Compliance");
  const complianceRow = main(page).getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(complianceRow).toContainText("On time");
  expect(secretary.problems).toEqual([]);
  await secretary.close();
});

test("an administrator adds a public holiday and removes it again", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  const page = admin.page;
  const year = new Date().getUTCFullYear() + 1;
  await mainNav(page, "en").getByRole("link", { name: "Reporting" }).click();
  await main(page).getByRole("navigation", { name: "Reporting views" }).getByRole("link", { name: "Public holidays" }).click();
  await expect(pageTitle(page)).toHaveText(`Public holidays ${year - 1}`);
  await waitForHydration(page);
  const name = `Day of the Treaty ${Date.now().toString(36).slice(-4)}`;
  await main(page).getByLabel("Date").fill(`${year}-09-24`);
  await main(page).getByLabel("Name").fill(name);
  await main(page).getByRole("button", { name: "Add a holiday" }).click();
  await expect(page.getByRole("status")).toContainText("Holiday added.");
  await expect(pageTitle(page)).toHaveText(`Public holidays ${year}`);
  const row = main(page).getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(String(year));
  // The same day again: a field error under the date, the typed name kept.
  await waitForHydration(page);
  await main(page).getByLabel("Date").fill(`${year}-09-24`);
  await main(page).getByLabel("Name").fill("Twice");
  await main(page).getByRole("button", { name: "Add a holiday" }).click();
  await expect(main(page).getByText("That day is already a holiday.")).toBeVisible();
  await expect(main(page).getByLabel("Name")).toHaveValue("Twice");
  await row.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(page.getByRole("status")).toContainText("Holiday removed.");
  await expect(main(page).getByRole("row").filter({ hasText: name })).toHaveCount(0);
  expect(admin.problems).toEqual([]);
  await admin.close();
});
