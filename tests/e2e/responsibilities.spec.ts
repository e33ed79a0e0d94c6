// Issue 3: a focal point reaches their responsibilities in two clicks; a secretary closes a gap by
// setting RACI roles in the matrix (with and without JavaScript); a post's form explains a clash.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn, waitForHydration } from "./support";

test("a focal point reaches their responsibilities in at most two clicks from the dashboard", async ({ page }) => {
  await signIn(page, demoAccount("focal_point"));
  let clicks = 0;
  const direct = page.getByRole("main").getByRole("link", { name: "My responsibilities" });
  if (await direct.count()) {
    await direct.first().click();
    clicks += 1;
  } else {
    await mainNav(page, "en").getByRole("link", { name: "Responsibilities", exact: true }).click();
    await page.getByRole("link", { name: "My responsibilities" }).click();
    clicks += 2;
  }
  expect(clicks).toBeLessThanOrEqual(2);
  await expect(page).toHaveURL("/responsibilities/mine");
  await expect(pageTitle(page)).toHaveText("My responsibilities");
  // The customs focal point's post is responsible for border enforcement; the other agencies are listed.
  const row = page.getByRole("row", { name: /Enforce transfer controls at the border/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toContainText("as Customs focal point for strategic goods");
  await expect(row.getByRole("link", { name: "NP" })).toBeVisible();
});

async function closeGapInMatrix(page: Page, javaScript: boolean) {
  await signIn(page, demoAccount("secretary"), { javaScript });
  const title = `Control brokering of spare parts ${javaScript ? "JS" : "NOJS"} ${Date.now()}`;
  await page.goto("/responsibilities/new");
  if (javaScript) await waitForHydration(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Instrument").selectOption({ label: "ATT — Arms Trade Treaty" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(pageTitle(page)).toHaveText(title);
  await expect(page.getByText("Nobody is accountable (no A).")).toBeVisible();

  await page.goto(`/responsibilities/matrix?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row.getByText("Nobody is accountable (no A).")).toBeVisible();
  await expect(row.getByText("Nobody is responsible (no R).")).toBeVisible();

  // No agency has a column on this row yet: give one a role from the row.
  await row.getByRole("link", { name: `Give a role to another agency — ${title}` }).click();
  await page.getByLabel("Agency", { exact: true }).last().selectOption({ label: "ELA — Export Licensing Authority" });
  await page.getByRole("button", { name: "Choose" }).click();
  const editor = page.getByRole("region", { name: `Roles of ELA — ${title}` });
  await expect(editor).toBeVisible();
  if (javaScript) await waitForHydration(page);
  await editor.getByLabel("Role").selectOption("A");
  await editor.getByRole("button", { name: "Add the role" }).click();
  await expect(page.getByRole("status")).toHaveText("The role was added.");
  await expect(row.getByText("Nobody is accountable (no A).")).toHaveCount(0);
  await expect(row.getByText("Nobody is responsible (no R).")).toBeVisible();

  // Now ELA has a column: edit its cell in place and add the responsible post. With JavaScript the
  // cell's plain link navigates in the page (no document load), as a <Link> would.
  if (javaScript) await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await row.getByRole("link", { name: new RegExp(`^Change the roles of ELA on ${title}: A \\(Accountable\\)$`) }).click();
  await expect(editor).toBeVisible();
  if (javaScript) expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  await editor.getByLabel("Role").selectOption("R");
  await editor.getByLabel(/Held by the post/).selectOption({ label: "Senior licensing officer (risk assessment)" });
  await editor.getByRole("button", { name: "Add the role" }).click();
  await expect(page.getByRole("status")).toHaveText("The role was added.");
  await expect(row.getByText(/Nobody is/)).toHaveCount(0);
  await expect(row.getByRole("link", { name: new RegExp(`^Change the roles of ELA on ${title}: R \\(Responsible — Senior licensing officer \\(risk assessment\\)\\) A \\(Accountable\\)$`) })).toBeVisible();

  await page.goto(`/responsibilities/gaps?kind=no_accountable`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
}

test("a secretary sets RACI roles in the matrix and the gaps disappear", async ({ page }) => {
  await closeGapInMatrix(page, true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a secretary sets RACI roles in the matrix and the gaps disappear", async ({ page }) => {
    await closeGapInMatrix(page, false);
  });
});

test("assigning a second holder to a held post explains the clash and keeps the form", async ({ page }) => {
  await signIn(page, demoAccount("secretary"));
  await page.goto("/agencies");
  await page.getByRole("link", { name: "Directorate of Disarmament and Arms Control" }).click();
  await page.getByRole("link", { name: "ATT national point of contact", exact: true }).click();
  await expect(pageTitle(page)).toHaveText("ATT national point of contact");
  // The whole history of holders is there, the current one marked.
  await expect(page.getByRole("row", { name: /Hélène Brou/ })).toContainText("Former");
  await expect(page.getByRole("row", { name: /Chloé Asante-Moreau/ })).toContainText("Current");

  await page.getByRole("link", { name: "Assign a holder" }).click();
  await waitForHydration(page);
  await page.getByLabel("Person", { exact: true }).selectOption({ label: "Agbo, Samuel — samuel.agbo@ela.lindora.example" });
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("Start date").fill(today);
  await page.getByRole("button", { name: "Record the assignment" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This post already has a holder for that period.");
  await expect(alert).toContainText("Chloé Asante-Moreau holds it from");
  await expect(alert).toContainText("tick \"Acting holder\"");
  await expect(page.getByLabel("Start date")).toHaveValue(today);
  await expect(page.getByLabel("Person", { exact: true })).toHaveValue(/.+/);
});
