// (c) A viewer reads but cannot reach any form that changes an agency, and the server refuses the
// write even when the form is bypassed. (The viewer's profile is in French.)
import { expect, test } from "@playwright/test";
import { demoAccount, pageTitle, signIn } from "./support";

test("a viewer cannot reach the agency forms", async ({ page }) => {
  await signIn(page, demoAccount("viewer"));

  const response = await page.goto("/agencies/new");
  expect(response?.status()).toBe(403);
  await expect(pageTitle(page)).toHaveText("Action non autorisée");
  await expect(page.getByText("Votre rôle ne le permet pas.")).toBeVisible();
  await expect(page.getByLabel("Nom", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Enregistrer" })).toHaveCount(0);

  await page.goto("/agencies");
  await expect(pageTitle(page)).toHaveText("Institutions");
  await expect(page.getByRole("link", { name: "Nouvelle institution" })).toHaveCount(0);

  // An agency's page offers no edit link, and its edit address is refused too.
  const table = page.getByRole("table");
  await table.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/agencies\/[^/]+$/);
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  const agencyPath = new URL(page.url()).pathname;
  const edit = await page.goto(`${agencyPath}/edit`);
  expect(edit?.status()).toBe(403);
  await expect(pageTitle(page)).toHaveText("Action non autorisée");
  await expect(page.getByRole("button", { name: "Enregistrer" })).toHaveCount(0);

  // Posting the form directly is refused by the server, and nothing is created.
  const post = await page.request.post("/agencies/new", {
    form: { name: "Viewer-made agency", kind: "ministry" },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(403);
  await page.goto("/agencies?q=Viewer-made");
  await expect(page.getByText("Aucune institution ne correspond.")).toBeVisible();
});

test("a secretary is offered the New agency link the viewer is not", async ({ page }) => {
  await signIn(page, demoAccount("secretary"));
  await page.goto("/agencies");
  await expect(page.getByRole("link", { name: "New agency" })).toBeVisible();
});
