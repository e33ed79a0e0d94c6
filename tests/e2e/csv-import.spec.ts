// Issue 3: a CSV file with one bad row is refused with the row named, and nothing is imported; the
// corrected file is previewed and applied.
import { expect, test } from "@playwright/test";
import { demoAccount, pageTitle, signIn, waitForHydration } from "./support";

test("a CSV with a bad row is rejected with the row named; the fixed file is imported", async ({ page }) => {
  await signIn(page, demoAccount("secretary"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByRole("link", { name: "Import from CSV" }).click();
  await expect(pageTitle(page)).toHaveText("Import agencies, people or posts from a CSV file");
  await waitForHydration(page);

  const marker = `Imported${Date.now()}`;
  const bad = `given_name,family_name,email\nAwa,${marker}A,awa.${marker}@customs.example\nKofi,${marker}B,not-an-email\n`;
  await page.getByLabel("The file contains").selectOption({ label: "People" });
  await page.getByLabel("CSV file", { exact: true }).setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Check and preview" }).click();

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Nothing was imported: 1 problem to fix in the file.");
  await expect(alert).toContainText("Row 3, column email: Enter a valid email address.");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.goto(`/people?q=${marker}`);
  await expect(page.getByText("Nobody matches.")).toBeVisible();

  await page.goto("/agencies/import");
  await waitForHydration(page);
  const good = bad.replace("not-an-email", `kofi.${marker}@customs.example`);
  await page.getByLabel("The file contains").selectOption({ label: "People" });
  await page.getByLabel("CSV file", { exact: true }).setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Check and preview" }).click();
  await expect(page.getByRole("status")).toContainText("Every row is valid.");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page).toHaveURL("/people");
  await expect(page.getByRole("status")).toHaveText("The people were imported.");
  await page.goto(`/people?q=${marker}`);
  await expect(page.getByRole("link", { name: `${marker}A, Awa` })).toBeVisible();
  await expect(page.getByRole("link", { name: `${marker}B, Kofi` })).toBeVisible();
});
