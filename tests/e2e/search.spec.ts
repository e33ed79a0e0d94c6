// Search as users meet it: the header box, results grouped by kind, each result opened by clicking;
// and clearance: a viewer searching a word that only confidential records contain finds nothing,
// and no count gives those records away.
import { expect, test } from "@playwright/test";
import { demoAccount, pageTitle, signIn } from "./support";

test("a focal point finds a decision symbol in a statement, a decision and a document, and opens each", async ({ page }) => {
  await signIn(page, demoAccount("focal_point"));
  const header = page.getByRole("search").first();
  await header.getByRole("searchbox").fill("FSC.DEC/1/18");
  await header.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=FSC\.DEC%2F1%2F18/);
  await expect(pageTitle(page)).toHaveText("Search");

  const group = (name: string) => page.getByRole("region", { name: new RegExp(`^${name} \\d+$`) });
  await expect(group("Decisions")).toBeVisible();
  await expect(group("Documents")).toBeVisible();
  await expect(group("Statements")).toBeVisible();
  // The matched words are highlighted in the snippets.
  await expect(group("Documents").locator("mark").first()).toContainText("FSC.DEC/1/18");

  await group("Decisions").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/decisions\/[^/?#]+$/);
  await expect(pageTitle(page)).toContainText("deactivation");
  await page.goBack();

  await group("Documents").getByRole("link", { name: /Decision No\. 1\/18: Best practice guide on deactivation of small arms and light weapons$/ }).click();
  await expect(page).toHaveURL(/\/documents\/[^/?#]+$/);
  await expect(pageTitle(page)).toContainText("FSC.DEC/1/18");
  await page.goBack();

  await group("Statements").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/meetings\/[^/?#]+#statement-/);
  const statementId = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${statementId}"]`)).toBeVisible();
});

test("a viewer searching a confidential record's word finds nothing, and no count reveals it", async ({ page }) => {
  // "consignee" appears only in the closed meeting's agenda and its confidential decision.
  await signIn(page, demoAccount("viewer"));
  await page.getByRole("search").first().getByRole("searchbox").fill("consignee");
  await page.getByRole("search").first().getByRole("button", { name: "Rechercher" }).click();
  await expect(pageTitle(page)).toHaveText("Recherche");
  await expect(page.getByText("Aucun résultat pour « consignee »")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Résultats par type" })).toHaveCount(0);
  await expect(page.locator(".count")).toHaveCount(0);
  // Filtering on the kinds the records are of changes nothing.
  for (const [kind, label] of [
    ["decision", "Décisions"],
    ["agendaItem", "Points de l’ordre du jour"],
  ]) {
    await page.getByLabel("Type").selectOption({ label });
    await page.getByRole("button", { name: "Rechercher" }).last().click();
    await expect(page).toHaveURL(new RegExp(`kind=${kind}`));
    await expect(page.getByText("Aucun résultat pour « consignee »")).toBeVisible();
    await expect(page.locator(".count")).toHaveCount(0);
  }
});
