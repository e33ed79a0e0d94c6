// A page that fails shows its error inside the layout: the header and the main navigation stay, with
// the area's own views and a way back to the area, in the reader's language.
import { expect, test } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn } from "./support";

test("a meeting that does not exist: the error stays in the meetings area", async ({ page }) => {
  await signIn(page, demoAccount("secretary"));
  await mainNav(page, "en").getByRole("link", { name: "Meetings", exact: true }).click();
  await expect(pageTitle(page)).toBeVisible();

  // An old bookmark, or a meeting archived since the link was copied.
  const response = await page.goto("/meetings/no-such-meeting/journal");
  expect(response?.status()).toBe(404);
  await expect(pageTitle(page)).toHaveText("Page not found");
  await expect(page).toHaveTitle("Page not found — Relais");
  await expect(mainNav(page, "en").getByRole("link", { name: "Meetings", exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Meeting views" }).getByRole("link", { name: "Month view" })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Back to Meetings" }).click();
  await expect(page).toHaveURL("/meetings");
  await expect(pageTitle(page)).not.toHaveText("Page not found");
});

test("in French, a reporting cycle that does not exist keeps the reporting views", async ({ page }) => {
  await signIn(page, demoAccount("viewer"));
  const response = await page.goto("/reporting/cycles/no-such-cycle");
  expect(response?.status()).toBe(404);
  await expect(pageTitle(page)).toHaveText("Page introuvable");
  await expect(page).toHaveTitle("Page introuvable — Relais");
  await expect(mainNav(page, "fr").getByRole("link", { name: "Rapports", exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Vues des rapports" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Retour à la rubrique « Rapports »" }).click();
  await expect(page).toHaveURL("/reporting");
  await expect(pageTitle(page)).toBeVisible();
  await expect(pageTitle(page)).not.toHaveText("Page introuvable");
});
