// Issue 8 §7: a form on another site that posts to Relais — to a page (new agency) or to a resource
// route (/language, /logout) — is refused with the 403 page in the layout and the reader's language,
// never Remix's bare 500; nothing changes, the person stays signed in, and the refusal is in the
// audit log under the address that was posted to. The forged form is a page on evil.example (served
// by the browser's router), and the person submits it by clicking, as a victim would.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn, waitForHydration, watchForErrors } from "./support";

const EVIL = "http://evil.example";

/** Opens a page on another site holding one form that posts the given fields to Relais. */
async function openForgedForm(page: Page, target: string, fields: Record<string, string>) {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`)
    .join("");
  await page.route(`${EVIL}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Win a prize</title><form method="post" action="${target}">${inputs}<button>Claim</button></form>` }),
  );
  await page.goto(`${EVIL}/prize`);
}

test("a form on another site posting to a page or a resource route gets the 403 page; nothing changes", async ({ page, baseURL }) => {
  const problems = watchForErrors(page);
  const admin = demoAccount("admin");
  await signIn(page, admin);
  const forgedName = `Forged Agency ${Date.now()}`;

  // A page's action: the new-agency form.
  await openForgedForm(page, `${baseURL}/agencies/new`, { name: forgedName, kind: "customs" });
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Claim" }).click();
  expect((await posted).status()).toBe(403);
  await expect(page).toHaveURL(`${baseURL}/agencies/new`);
  await expect(pageTitle(page)).toHaveText("Refused: sent from another site");
  await expect(page.getByText("nothing was changed")).toBeVisible();
  await expect(page).toHaveTitle("Refused: sent from another site — Relais");

  // A resource route: sign out. The 403 page again, and the person is still signed in.
  await openForgedForm(page, `${baseURL}/logout`, {});
  await page.getByRole("button", { name: "Claim" }).click();
  await expect(pageTitle(page)).toHaveText("Refused: sent from another site");

  await page.goto("/");
  await expect(pageTitle(page)).toHaveText("My work");
  await mainNav(page, "en").getByRole("link", { name: "Agencies", exact: true }).click();
  await page.getByRole("searchbox").first().fill(forgedName);
  await page.getByRole("searchbox").first().press("Enter");
  await expect(page.getByRole("link", { name: forgedName })).toHaveCount(0);

  // The refusals are in the audit log, under the method and address that were posted to.
  await mainNav(page, "en").getByRole("link", { name: "Audit log", exact: true }).click();
  const filters = page.getByRole("form", { name: "Filter the log" });
  await filters.getByRole("combobox", { name: "Action", exact: true }).selectOption({ label: "Refused (403)" });
  await filters.getByRole("button", { name: "Filter" }).click();
  for (const path of ["/agencies/new", "/logout"]) {
    const row = page.getByRole("row").filter({ has: page.locator("code").getByText(path, { exact: true }) }).first();
    await expect(row).toBeVisible();
    await row.getByText(/\d+ fields?/).click();
    await expect(row.getByRole("row", { name: /^Method / })).toContainText("POST");
  }
  expect(problems).toEqual([]);
});

test("the 403 page of a forged language change is in the reader's language, and the language stays", async ({ browser, baseURL }) => {
  // The browser sends no cookie of Relais with another site's post (SameSite=Lax), so the refusal
  // speaks the browser's language.
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  try {
    const problems = watchForErrors(page);
    const viewer = demoAccount("viewer"); // reads Relais in French
    await page.goto("/login");
    await waitForHydration(page);
    await page.getByLabel("Adresse électronique").fill(viewer.email);
    await page.getByLabel("Mot de passe").fill(viewer.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(pageTitle(page)).toHaveText("Mon travail");
    await openForgedForm(page, `${baseURL}/language`, { locale: "en", redirectTo: "/" });
    const posted = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Claim" }).click();
    expect((await posted).status()).toBe(403);
    await expect(pageTitle(page)).toHaveText("Refusé : envoyé depuis un autre site");
    await expect(page.getByText("rien n’a été modifié")).toBeVisible();
    await expect(page).toHaveTitle("Refusé : envoyé depuis un autre site — Relais");
    await page.goto("/");
    await expect(pageTitle(page)).toHaveText("Mon travail");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
