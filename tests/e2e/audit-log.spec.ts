// The audit log as an administrator meets it: reached from the navigation, filtered, an event's
// changes opened field by field, and the record's own history opened from it. Roles that may not
// read the audit trail have no link to it and are refused at its address.
import { expect, test } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn } from "./support";

test("an administrator filters the audit log to an agency just created and opens its history", async ({ page }) => {
  const admin = demoAccount("admin");
  await signIn(page, admin);
  // Something to find: an agency created through its form.
  const name = `Audit Trail Office ${Date.now()}`;
  await mainNav(page, "en").getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByRole("link", { name: "New agency" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Kind").selectOption({ label: "Customs" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(pageTitle(page)).toHaveText(name);

  await mainNav(page, "en").getByRole("link", { name: "Audit log", exact: true }).click();
  await expect(page).toHaveURL("/admin/audit");
  await expect(pageTitle(page)).toHaveText("Audit log");

  const filters = page.getByRole("form", { name: "Filter the log" });
  await filters.getByLabel("Actor (email)").fill(admin.email);
  await filters.getByRole("combobox", { name: "Kind of record" }).selectOption({ label: "Agency" });
  await filters.getByRole("combobox", { name: "Action", exact: true }).selectOption({ label: "Created" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?actor=admin%40relais\.example&entity=agency&action=create/);

  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "Created" }) }).first();
  await expect(row.getByRole("cell").nth(1)).not.toHaveText("the system");
  // The newest creation is the agency just made: its fields, opened from the row.
  await row.getByText(/\d+ fields?/).click();
  await expect(row.getByRole("row", { name: /^Name / })).toContainText(name);

  await row.getByRole("link", { name: "Open the record’s history" }).click();
  await expect(page).toHaveURL(/\/agencies\/[^/?#]+#record-history$/);
  await expect(pageTitle(page)).toHaveText(name);
  const history = page.getByRole("region", { name: /^Changes to this record/ });
  await expect(history).toBeVisible();
  await expect(history.getByText("Created", { exact: true })).toBeVisible();
});

test("a viewer has no audit log in the navigation, is refused at its address, and the refusal is in the log", async ({ page }) => {
  await signIn(page, demoAccount("viewer"));
  await expect(mainNav(page, "fr").getByRole("link", { name: "Journal d’audit" })).toHaveCount(0);
  const response = await page.goto("/admin/audit?entity=decision");
  expect(response?.status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, demoAccount("admin"));
  await mainNav(page, "en").getByRole("link", { name: "Audit log", exact: true }).click();
  const filters = page.getByRole("form", { name: "Filter the log" });
  await filters.getByRole("combobox", { name: "Action", exact: true }).selectOption({ label: "Refused (403)" });
  await filters.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("row").filter({ hasText: "/admin/audit?entity=decision" }).first();
  await expect(row).toBeVisible();
  await row.getByText(/\d+ fields?/).click();
  await expect(row.getByRole("row", { name: /^Method / })).toContainText("GET");
});
