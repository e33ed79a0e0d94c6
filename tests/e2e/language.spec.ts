// (b) The header button switches the interface between English and French; the choice is
// remembered across reloads (cookie) and on the person's profile (a later sign-in elsewhere).
import { expect, test } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn } from "./support";

test("switching to French and back is remembered", async ({ page, browser }) => {
  const admin = demoAccount("admin");
  await signIn(page, admin);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "en");

  try {
    const toFrench = page.getByRole("button", { name: "Passer en français" });
    await expect(toFrench).toHaveText("Français");
    await toFrench.click();

    await expect(html).toHaveAttribute("lang", "fr");
    await expect(page).toHaveURL("/");
    await expect(pageTitle(page)).toHaveText("Mon travail");
    await expect(mainNav(page, "fr").getByRole("link", { name: "Tableau de bord", exact: true })).toBeVisible();
    await expect(mainNav(page, "fr").getByRole("link", { name: "Institutions", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Switch to English" })).toHaveText("English");

    await mainNav(page, "fr").getByRole("link", { name: "Institutions", exact: true }).click();
    await expect(pageTitle(page)).toHaveText("Institutions");
    await page.reload();
    await expect(html).toHaveAttribute("lang", "fr");
    await expect(pageTitle(page)).toHaveText("Institutions");

    // The profile keeps the choice: signing in from another browser opens in French.
    const elsewhere = await browser.newContext();
    try {
      const other = await elsewhere.newPage();
      await signIn(other, { ...admin, locale: "fr" });
      await expect(other.locator("html")).toHaveAttribute("lang", "fr");
    } finally {
      await elsewhere.close();
    }

    // Back to English, staying on the same page.
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(html).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL("/agencies");
    await expect(pageTitle(page)).toHaveText("Agencies");
    await expect(mainNav(page, "en").getByRole("link", { name: "Dashboard", exact: true })).toBeVisible();
    await page.reload();
    await expect(html).toHaveAttribute("lang", "en");
    await expect(pageTitle(page)).toHaveText("Agencies");
    await expect(page.getByRole("button", { name: "Passer en français" })).toBeVisible();
  } finally {
    // Leave the shared demo profile in English whatever happened above.
    await page.request.post("/language", { form: { locale: "en", redirectTo: "/" } });
  }
});

test("a signed-out visitor can read the sign-in page in French", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Passer en français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(pageTitle(page)).toHaveText("Connexion à Relais");
  await expect(page.getByLabel("Adresse électronique")).toBeVisible();
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
  await page.reload();
  await expect(pageTitle(page)).toHaveText("Connexion à Relais");
});

test("the browser downloads only the reader's catalogue, and a French page hydrates and navigates without errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const catalogues: string[] = [];
  page.on("request", (request) => {
    const chunk = /\/build\/_shared\/(en|fr)-[A-Z0-9]+\.js$/.exec(new URL(request.url()).pathname);
    if (chunk?.[1]) catalogues.push(chunk[1]);
  });
  await signIn(page, demoAccount("viewer"));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");

  catalogues.length = 0;
  await page.reload();
  await expect(pageTitle(page)).toHaveText("Mon travail");
  await mainNav(page, "fr").getByRole("link", { name: "Institutions", exact: true }).click();
  await expect(pageTitle(page)).toHaveText("Institutions");
  // After the client-side navigation the page is still drawn in French by the browser's catalogue.
  await expect(mainNav(page, "fr").getByRole("link", { name: "Tableau de bord", exact: true })).toBeVisible();
  expect(catalogues).toEqual(["fr"]);
  expect(errors).toEqual([]);
});
