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

test("a focal point narrows a search to a committee from its page, and chooses a committee by typing part of its name", async ({ page }) => {
  await signIn(page, demoAccount("focal_point"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Committees" }).click();
  await page.getByRole("link", { name: "OSCE Forum for Security Co-operation" }).first().click();
  await page.getByRole("link", { name: "Search this committee" }).click();
  await expect(pageTitle(page)).toHaveText("Search");

  const form = page.locator("form.search-filters");
  await expect(form.locator(".search-choice__value")).toHaveText("FSC — OSCE Forum for Security Co-operation");
  await form.getByLabel("Words or a document symbol").fill("deactivation");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/committee=/);
  await expect(page.getByRole("region", { name: /^Decisions \d+$/ }).getByRole("link").first()).toContainText("deactivation");
  // The chip stays with the results; removing it widens the search.
  await form.getByRole("link", { name: "Remove FSC — OSCE Forum for Security Co-operation" }).click();
  await expect(page).not.toHaveURL(/committee=/);
  await expect(form.getByRole("combobox", { name: "Committee", exact: true })).toHaveValue("");

  // Part of a name several committees share: the page asks which one, then searches in it.
  await form.getByRole("combobox", { name: "Committee", exact: true }).fill("working group");
  await form.getByRole("button", { name: "Search" }).click();
  const choose = page.getByRole("region", { name: "Several committees match “working group”: choose one" });
  await expect(choose.getByRole("link")).toHaveCount(2);
  await choose.getByRole("link", { name: "WGTR — ATT Working Group on Transparency and Reporting" }).click();
  await expect(form.locator(".search-choice__value")).toHaveText("WGTR — ATT Working Group on Transparency and Reporting");
  await expect(page).toHaveURL(/committee=/);
  await expect(form.getByLabel("Words or a document symbol")).toHaveValue("deactivation");
});
