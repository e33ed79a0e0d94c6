// Two people edit the same agency at once (two browser contexts). The first save stands; the second,
// from the stale form, is refused with what changed meanwhile, and what its author typed stays in the
// form. Saving again, having seen the change, goes through — with JavaScript and without, on the
// agency form and on the meeting form (every edit form shares the conflict path and useValidatedForm).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, pageTitle, signIn, waitForHydration } from "./support";

const AGENCY = "United Nations Office for Disarmament Affairs";
const MEETING = "3rd meeting of the working group on the ATT annual report";

type Role = "admin" | "secretary";

async function signedIn(browser: Browser, role: Role, javaScript: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await signIn(page, demoAccount(role), { javaScript });
  return page;
}

async function openEditForm(browser: Browser, role: Role, { javaScript = true } = {}): Promise<Page> {
  const page = await signedIn(browser, role, javaScript);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByRole("searchbox", { name: "Name or acronym" }).fill("Disarmament");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.getByRole("link", { name: AGENCY }).first().click();
  await expect(pageTitle(page)).toContainText(AGENCY);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(/\/agencies\/[^/]+\/edit$/);
  if (javaScript) await waitForHydration(page);
  return page;
}

async function openMeetingEditForm(browser: Browser, role: Role): Promise<Page> {
  const page = await signedIn(browser, role, true);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Meetings", exact: true }).click();
  await page.getByRole("link", { name: MEETING }).first().click();
  await expect(pageTitle(page)).toContainText(MEETING);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/]+\/edit$/);
  await waitForHydration(page);
  return page;
}

const isSave = (path: RegExp) => (r: { request(): { method(): string }; url(): string }) =>
  r.request().method() === "POST" && path.test(new URL(r.url()).pathname);

test("a save from a stale form is a conflict that shows what changed and keeps what was typed", async ({ browser }) => {
  const a = await openEditForm(browser, "admin");
  const b = await openEditForm(browser, "secretary");
  const phone = `+41 22 917 ${String(Date.now()).slice(-4)}`;
  const mandate = `Supports national implementation of the Programme of Action (${Date.now()}).`;

  await a.getByLabel("Telephone").fill(phone);
  await a.getByRole("button", { name: "Save" }).click();
  await expect(a.getByRole("status")).toHaveText("Saved.");

  await b.getByLabel("Mandate").fill(mandate);
  const refusal = b.waitForResponse((r) => r.request().method() === "POST" && /\/agencies\/[^/]+\/edit/.test(new URL(r.url()).pathname));
  await b.getByRole("button", { name: "Save" }).click();
  expect((await refusal).status()).toBe(409);
  const alert = b.getByRole("alert");
  await expect(alert).toContainText("Someone else saved this record while you were editing it. Nothing of yours was saved.");
  const changes = alert.getByRole("table", { name: "What changed meanwhile" });
  const row = changes.getByRole("row", { name: /Telephone/ });
  await expect(row).toContainText(phone);
  await expect(b.getByLabel("Mandate")).toHaveValue(mandate);
  // Nothing of B's reached the record: A's page (the agency after A's save) shows A's telephone only.
  await a.reload();
  // The record's facts (the History section below them names the same change again).
  const factsA = a.getByRole("definition");
  await expect(factsA.filter({ hasText: phone })).toBeVisible();
  await expect(a.getByText(mandate)).toHaveCount(0);

  // B has seen the change: saving again keeps B's mandate, and A's telephone is not undone.
  await b.getByLabel("Telephone").fill(phone);
  await b.getByRole("button", { name: "Save" }).click();
  // The save goes through: the agency's page, with the flash (its loader may be slow on a busy machine).
  await expect(b).toHaveURL(/\/agencies\/[^/]+$/, { timeout: 20_000 });
  await expect(b.getByRole("status")).toHaveText("Saved.");
  const factsB = b.getByRole("definition");
  await expect(factsB.filter({ hasText: mandate })).toBeVisible();
  await expect(factsB.filter({ hasText: phone })).toBeVisible();
});

test("without JavaScript, a stale save is refused with what changed, and saving again goes through", async ({ browser }) => {
  const a = await openEditForm(browser, "admin");
  const b = await openEditForm(browser, "secretary", { javaScript: false });
  const phone = `+41 22 917 ${String(Date.now()).slice(-4)}`;
  const mandate = `Assists States without JavaScript (${Date.now()}).`;

  await a.getByLabel("Telephone").fill(phone);
  await a.getByRole("button", { name: "Save" }).click();
  await expect(a.getByRole("status")).toHaveText("Saved.");

  // The browser's own form submission: the refusal is a whole page, answered 409.
  await b.getByLabel("Mandate").fill(mandate);
  const refusal = b.waitForResponse(isSave(/\/agencies\/[^/]+\/edit$/));
  await b.getByRole("button", { name: "Save" }).click();
  expect((await refusal).status()).toBe(409);
  const alert = b.getByRole("alert");
  await expect(alert).toContainText("Someone else saved this record while you were editing it. Nothing of yours was saved.");
  await expect(alert.getByRole("table", { name: "What changed meanwhile" }).getByRole("row", { name: /Telephone/ })).toContainText(phone);
  await expect(b.getByLabel("Mandate")).toHaveValue(mandate);

  await b.getByLabel("Telephone").fill(phone);
  await b.getByRole("button", { name: "Save" }).click();
  await expect(b).toHaveURL(/\/agencies\/[^/]+$/, { timeout: 20_000 });
  await expect(b.getByRole("status")).toHaveText("Saved.");
  const facts = b.getByRole("definition");
  await expect(facts.filter({ hasText: mandate })).toBeVisible();
  await expect(facts.filter({ hasText: phone })).toBeVisible();
});

test("the meeting form: after a conflict, saving again shows the meeting with both changes", async ({ browser }) => {
  const a = await openMeetingEditForm(browser, "admin");
  const b = await openMeetingEditForm(browser, "secretary");
  const room = `Room ${String(Date.now()).slice(-4)}`;
  const chair = `Rapporteur ${Date.now()}`;

  await a.getByLabel("Room").fill(room);
  await a.getByRole("button", { name: "Save" }).click();
  await expect(a.getByRole("status")).toHaveText("Saved.");

  await b.getByRole("textbox", { name: /^Chair/ }).fill(chair);
  const refusal = b.waitForResponse(isSave(/\/meetings\/[^/]+\/edit/));
  await b.getByRole("button", { name: "Save" }).click();
  expect((await refusal).status()).toBe(409);
  const alert = b.getByRole("alert");
  await expect(alert.getByRole("table", { name: "What changed meanwhile" }).getByRole("row", { name: /Room/ })).toContainText(room);
  await expect(b.getByRole("textbox", { name: /^Chair/ })).toHaveValue(chair);

  await b.getByLabel("Room").fill(room);
  await b.getByRole("button", { name: "Save" }).click();
  await expect(b).toHaveURL(/\/meetings\/[^/]+$/, { timeout: 20_000 });
  await expect(b.getByRole("status")).toHaveText("Saved.");
  await expect(b.getByRole("definition").filter({ hasText: chair })).toBeVisible();
  // A's room is not undone: the header's "when and where" line (History below names it too).
  await expect(b.getByRole("paragraph").filter({ hasText: `, ${room}` })).toBeVisible();
});
