// Accounts, by clicking: an administrator creates the account of a person in the directory, the
// invitation link (shown once, as no mail server is configured here) lets the newcomer choose a
// password and sign in, and the newcomer sets their language and time zone on their profile.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount, pageTitle, signIn, waitForHydration, watchForErrors } from "./support";

const NEW_PASSWORD = "a sentence only I know";

async function createAccountFor(page: Page, familyName: string, language: "English" | "French") {
  await page.getByRole("link", { name: "Users" }).click();
  await expect(pageTitle(page)).toHaveText("Users");
  await page.getByRole("link", { name: "New account" }).click();
  await expect(pageTitle(page)).toHaveText("New account");
  await page.getByLabel("Find a person without an account").fill(familyName);
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("combobox", { name: /^Person/ })).toHaveValue(/.+/);
  await waitForHydration(page);
  const email = await page.getByLabel("Email address").inputValue();
  expect(email).toContain("@");
  await page.getByLabel("Language").selectOption({ label: language });
  await page.getByLabel(/^Agency focal point/).check();
  await page.getByRole("button", { name: "Create and send the invitation" }).click();
  await expect(pageTitle(page)).toHaveText(`The account of ${email} is created`);
  const link = await page.getByLabel("One-time link").inputValue();
  expect(link).toMatch(/\/password\/[A-Za-z0-9_-]{43}$/);
  return { email, link };
}

test("an administrator invites a newcomer, who sets a password, signs in and sets language and time zone", async ({ page, browser, baseURL }) => {
  const problems = watchForErrors(page);
  await signIn(page, demoAccount("admin"));
  const { email, link } = await createAccountFor(page, "Okafor", "French");

  // The account is listed as invited.
  await page.getByRole("link", { name: "Open the account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(email);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Invited");

  // The newcomer, in their own browser, opens the link from their email.
  const newcomerContext = await browser.newContext({ locale: "fr-FR", baseURL });
  const newcomer = await newcomerContext.newPage();
  const newcomerProblems = watchForErrors(newcomer);
  await newcomer.goto(link);
  await expect(pageTitle(newcomer)).toHaveText("Bienvenue dans Relais");
  await waitForHydration(newcomer);
  await newcomer.getByLabel("Nouveau mot de passe", { exact: true }).fill("short");
  await newcomer.getByLabel("Le nouveau mot de passe, à nouveau", { exact: true }).fill("short");
  await newcomer.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(newcomer.getByText("Utilisez au moins 12 caractères.")).toBeVisible();
  await newcomer.getByLabel("Nouveau mot de passe", { exact: true }).fill(NEW_PASSWORD);
  await newcomer.getByLabel("Le nouveau mot de passe, à nouveau", { exact: true }).fill(NEW_PASSWORD);
  await newcomer.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(newcomer).toHaveURL("/login");
  await expect(newcomer.getByRole("status")).toHaveText("Votre mot de passe est enregistré. Connectez-vous avec lui.");

  await waitForHydration(newcomer);
  await newcomer.getByLabel("Adresse électronique").fill(email);
  await newcomer.getByLabel("Mot de passe", { exact: true }).fill(NEW_PASSWORD);
  await newcomer.getByRole("button", { name: "Se connecter" }).click();
  await expect(newcomer).toHaveURL("/");
  await expect(pageTitle(newcomer)).toHaveText("Mon travail");

  // The link worked once.
  const again = await newcomerContext.newPage();
  await again.goto(link);
  await expect(pageTitle(again)).toHaveText("Ce lien ne fonctionne pas");
  await again.close();

  // Profile: language and time zone.
  await newcomer.getByRole("link", { name: "Mon profil" }).click();
  await expect(pageTitle(newcomer)).toHaveText("Mon profil");
  await waitForHydration(newcomer);
  await newcomer.getByLabel("Langue").selectOption({ label: "anglais" });
  await newcomer.getByLabel("Fuseau horaire").fill("Asia/Tokyo");
  await newcomer.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(pageTitle(newcomer)).toHaveText("My profile");
  await expect(newcomer.getByRole("status")).toHaveText("Saved.");
  await expect(newcomer.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  await expect(newcomer.getByText(/GMT\+9|JST/).first()).toBeVisible();

  // The administrator sees the account active now.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Active");
  expect(problems).toEqual([]);
  expect(newcomerProblems).toEqual([]);
  await newcomerContext.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong time zone is refused with the typed value kept; a forgotten password gets the same answer for any address", async ({ page }) => {
    await signIn(page, demoAccount("viewer"), { javaScript: false });
    await page.getByRole("link", { name: "Mon profil" }).click();
    await page.getByLabel("Fuseau horaire").fill("Europe/Atlantis");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(page.getByText("Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.")).toBeVisible();
    await expect(page.getByLabel("Fuseau horaire")).toHaveValue("Europe/Atlantis");
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL("/login");

    for (const address of [demoAccount("viewer").email, "nobody-here@relais.example"]) {
      await page.getByRole("link", { name: "Forgot your password?" }).click();
      await page.getByLabel("Email address").fill(address);
      await page.getByRole("button", { name: "Send the link" }).click();
      await expect(page).toHaveURL("/login");
      await expect(page.getByRole("status")).toHaveText("If an account uses this address, a link to choose a new password is on its way. Check your inbox.");
    }
  });
});
