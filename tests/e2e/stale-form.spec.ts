// Two people edit the same agency at once (two browser contexts). The first save stands; the second,
// from the stale form, is refused with what changed meanwhile, and what its author typed stays in the
// form. Saving again, having seen the change, goes through.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount, pageTitle, signIn, waitForHydration } from "./support";

const AGENCY = "United Nations Office for Disarmament Affairs";

async function openEditForm(browser: Browser, role: "admin" | "secretary"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoAccount(role));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByRole("searchbox", { name: "Name or acronym" }).fill("Disarmament");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.getByRole("link", { name: AGENCY }).first().click();
  await expect(pageTitle(page)).toContainText(AGENCY);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(/\/agencies\/[^/]+\/edit$/);
  await waitForHydration(page);
  return page;
}

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
