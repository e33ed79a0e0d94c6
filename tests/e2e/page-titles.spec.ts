// Every page names itself in its <title> (what a browser tab, the history and a screen reader
// announce on navigation), in the reader's language, whether it was rendered by the server or
// reached by a client-side navigation.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount, mainNav, pageTitle, signIn, type Lang } from "./support";

const WORDS = {
  en: {
    dashboard: "My work",
    decisions: ["Decisions and actions", "Decision register"],
    decision: (symbol: string) => `Decision ${symbol}`,
    meetings: ["Meetings", "Meetings"],
    journal: "Journal",
    agencies: ["Agencies", "Agencies"],
  },
  fr: {
    dashboard: "Mon travail",
    decisions: ["Décisions et actions", "Registre des décisions"],
    decision: (symbol: string) => `Décision ${symbol}`,
    meetings: ["Réunions", "Réunions"],
    journal: "Journal",
    agencies: ["Institutions", "Institutions"],
  },
} as const;

const titled = (...parts: string[]) => [...parts, "Relais"].join(" — ");

async function openArea(page: Page, lang: Lang, [label, heading]: readonly [string, string]) {
  await mainNav(page, lang).getByRole("link", { name: label, exact: true }).click();
  await expect(pageTitle(page)).toHaveText(heading);
  await expect(page).toHaveTitle(titled(heading));
}

/** Opens the first record a list links to and returns the link's text. */
async function openFirst(page: Page, links: ReturnType<Page["locator"]>) {
  const link = links.first();
  const text = (await link.innerText()).trim();
  await link.click();
  return text;
}

for (const role of ["admin", "viewer"] as const) {
  const account = demoAccount(role);
  const lang: Lang = account.locale === "fr" ? "fr" : "en";
  const w = WORDS[lang];

  test(`pages reached by clicking name themselves in ${lang === "fr" ? "French" : "English"}`, async ({ page }) => {
    await signIn(page, account);
    await expect(page).toHaveTitle(titled(w.dashboard));

    await openArea(page, lang, w.decisions);
    const symbol = await openFirst(page, page.locator("main table a[href^='/decisions/']"));
    await expect(pageTitle(page)).toContainText(symbol);
    await expect(page).toHaveTitle(titled(w.decision(symbol)));

    await openArea(page, lang, w.meetings);
    const meeting = await openFirst(page, page.locator("main table a[href^='/meetings/']"));
    await expect(pageTitle(page)).toContainText(meeting);
    await expect(page).toHaveTitle(titled(meeting));
    await page.getByRole("link", { name: w.journal, exact: true }).click();
    await expect(page).toHaveURL(/\/journal$/);
    await expect(page).toHaveTitle(titled(w.journal, meeting));

    await openArea(page, lang, w.agencies);
    const agency = await openFirst(page, page.locator("main table a[href^='/agencies/']").filter({ hasNotText: /^[A-Z]{2,6}$/ }));
    await expect(pageTitle(page)).toContainText(agency);
    await expect(page).toHaveTitle(titled(agency));

    // The server renders the same title on a fresh request.
    await page.reload();
    await expect(page).toHaveTitle(titled(agency));

    // An address that leads nowhere is titled like its error panel.
    await page.goto("/no-such-page");
    await expect(page).toHaveTitle(titled(lang === "fr" ? "Page introuvable" : "Page not found"));
  });
}

test("the sign-in page names itself in the visitor's language", async ({ page }) => {
  await page.goto("/login");
  await expect(page).toHaveTitle(titled("Sign in"));
  await page.getByRole("button", { name: "Passer en français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(titled("Se connecter"));
});
