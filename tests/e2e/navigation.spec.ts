// (a) Every role reaches every area of the navigation; each page renders its heading, and the areas
// not built yet say so plainly instead of pretending.
import { expect, test, type Page } from "@playwright/test";
import {
  AREAS,
  DEMO_ACCOUNTS,
  ERROR_TITLES,
  isBuilt,
  mainNav,
  pageTitle,
  plannedTitle,
  signIn,
  watchForErrors,
  type Lang,
} from "./support";

async function expectAreaPage(page: Page, area: (typeof AREAS)[number], lang: Lang) {
  const title = pageTitle(page);
  const what = `h1 of ${area.path}`;
  if (area.title) {
    await expect(title, what).toHaveText(area.title[lang]);
  } else if (isBuilt(area)) {
    await expect(title, what).toBeVisible();
    await expect(title, what).not.toHaveText(ERROR_TITLES);
    await expect(title, what).not.toHaveText(plannedTitle(area, lang));
  } else {
    await expect(title, what).toHaveText(plannedTitle(area, lang));
    await expect(page.getByText(lang === "fr" ? "pas encore construite" : "planned but not built yet")).toBeVisible();
  }
}

for (const account of DEMO_ACCOUNTS) {
  test(`${account.role} can open every area of the navigation`, async ({ page }) => {
    const problems = watchForErrors(page);
    await signIn(page, account);
    const lang: Lang = account.locale === "fr" ? "fr" : "en";
    await expect(page.locator("html")).toHaveAttribute("lang", lang);

    for (const area of AREAS) {
      const link = mainNav(page, lang).getByRole("link", { name: area.label[lang], exact: true });
      // Through the navigation (client-side routing)…
      await link.click();
      await expect(page).toHaveURL(area.path);
      await expectAreaPage(page, area, lang);
      await expect(link).toHaveAttribute("aria-current", "page");

      // …and as a fresh request, rendered by the server.
      const response = await page.reload();
      expect(response?.status(), `status of ${area.path}`).toBe(200);
      await expectAreaPage(page, area, lang);
    }
    expect(problems).toEqual([]);
  });
}

test("an unknown address shows the not-found page inside the layout", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS[0]!);
  const response = await page.goto("/no-such-area");
  expect(response?.status()).toBe(404);
  await expect(pageTitle(page)).toHaveText("Page not found");
  await expect(mainNav(page, "en")).toBeVisible();
});
