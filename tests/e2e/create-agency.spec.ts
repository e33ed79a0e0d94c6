// (e) and (f): a secretary creates an agency. A refused submission shows the error under the field
// and keeps everything typed; the corrected one lands on the new agency with a one-shot message.
// The same journey must work without JavaScript (the server runs the same schema).
import { expect, test, type Page } from "@playwright/test";
import { demoAccount, pageTitle, signIn } from "./support";

async function createAgencyJourney(page: Page, { javaScript }: { javaScript: boolean }) {
  await signIn(page, demoAccount("secretary"), { javaScript });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByRole("link", { name: "New agency" }).click();
  await expect(page).toHaveURL("/agencies/new");
  await expect(pageTitle(page)).toHaveText("New agency");

  const name = page.getByLabel("Name", { exact: true });
  const acronym = page.getByLabel("Acronym");
  const kind = page.getByLabel("Kind");
  const mandate = page.getByLabel("Mandate");
  const save = page.getByRole("button", { name: "Save" });
  const suffix = javaScript ? "JS" : "NOJS";
  const mandateText = "Licenses and inspects transfers of strategic goods.";

  await acronym.fill(`E2E${suffix}`);
  await kind.selectOption({ label: "Customs" });
  await mandate.fill(mandateText);

  // Without JavaScript the form really goes to the server and comes back refused.
  const refusal = javaScript
    ? null
    : page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/agencies/new");
  await save.click();
  if (refusal) expect((await refusal).status()).toBe(400);

  await expect(page.getByRole("alert")).toContainText("Some fields need attention. Nothing was saved.");
  await expect(page).toHaveURL("/agencies/new");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("This field is required.");
  const error = page.getByText("This field is required.");
  await expect(error).toBeVisible();
  const [fieldBox, errorBox] = [await name.boundingBox(), await error.boundingBox()];
  expect(errorBox!.y).toBeGreaterThan(fieldBox!.y + fieldBox!.height - 1);
  await expect(acronym).toHaveValue(`E2E${suffix}`);
  await expect(kind).toHaveValue("customs");
  await expect(mandate).toHaveValue(mandateText);

  const agencyName = `Strategic Goods Control Office ${suffix} ${Date.now()}`;
  await name.fill(agencyName);
  await save.click();

  await expect(page).toHaveURL(/\/agencies\/(?!new$)[^/]+$/);
  await expect(pageTitle(page)).toHaveText(`${agencyName} (E2E${suffix})`);
  await expect(page.getByRole("status")).toHaveText("Created.");
  await expect(page.getByText(mandateText)).toBeVisible();
  await expect(page.getByText("Customs", { exact: true })).toBeVisible();

  // The message is shown once; the agency is now in the list.
  await page.reload();
  await expect(pageTitle(page)).toHaveText(`${agencyName} (E2E${suffix})`);
  await expect(page.getByRole("status")).toHaveCount(0);
  await page.goto(`/agencies?q=${encodeURIComponent(agencyName)}`);
  await expect(page.getByRole("link", { name: agencyName })).toBeVisible();
}

test("a secretary creates an agency after fixing a refused field", async ({ page }) => {
  await createAgencyJourney(page, { javaScript: true });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a secretary creates an agency after fixing a refused field", async ({ page }) => {
    await createAgencyJourney(page, { javaScript: false });
  });
});
