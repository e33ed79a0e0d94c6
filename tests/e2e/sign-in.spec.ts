// (d) and (g): a refused sign-in keeps what was typed (except the password); signing out ends the
// session, so protected pages send the visitor back to the sign-in form.
import { expect, test } from "@playwright/test";
import { demoAccount, pageTitle, signIn, waitForHydration } from "./support";

test("a wrong password is refused and the email is kept", async ({ page }) => {
  const focal = demoAccount("focal_point");
  await page.goto("/login");
  await waitForHydration(page);
  await page.getByLabel("Email address").fill(focal.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("alert")).toHaveText("The email address or password is not correct.");
  await expect(page).toHaveURL("/login");
  await expect(page.getByLabel("Email address")).toHaveValue(focal.email);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("signing out returns to the sign-in page and closes the session", async ({ page }) => {
  await signIn(page, demoAccount("focal_point"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");
  await expect(pageTitle(page)).toHaveText("Sign in to Relais");
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  await page.goto("/");
  await expect(page).toHaveURL("/login");
  await expect(pageTitle(page)).toHaveText("Sign in to Relais");

  // A deep link asks for sign-in, then leads back where the person was going.
  await page.goto("/agencies?kind=customs");
  await expect(page).toHaveURL("/login?redirectTo=%2Fagencies%3Fkind%3Dcustoms");
  await waitForHydration(page);
  const focal = demoAccount("focal_point");
  await page.getByLabel("Email address").fill(focal.email);
  await page.getByLabel("Password").fill(focal.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/agencies?kind=customs");
  await expect(pageTitle(page)).toHaveText("Agencies");
});

test("the sign-in button comes before the language switch in the tab order", async ({ page }) => {
  await page.goto("/login");
  await waitForHydration(page);
  await page.getByLabel("Password").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Forgot your password?" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Passer en français" })).toBeFocused();
  // The first button of the page is the sign-in one (Enter in a field submits it, not the switch).
  await expect(page.getByRole("button").first()).toHaveAccessibleName("Sign in");
});
