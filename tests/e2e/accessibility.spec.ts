// Automated accessibility checks (axe-core) over every screen, reached by clicking as a reader does.
// A page passes with no serious or critical violation. Beyond axe's default rules,
// label-content-name-mismatch (WCAG 2.5.3, "label in name") is switched on: axe counts it
// experimental, and it is the one that caught the matrix and the map.
//
// axe takes seconds a page, so the French pass is narrower than the English one, for speed and with
// these reasons: it checks every area's list and record pages, the matrix, the map and search (where
// the names read out are built from translated strings), but not the forms, whose labels are <label>
// elements of the same components; and it leaves out colour contrast, a property of the stylesheet
// that is the same in both languages and is checked on every screen of the English pass.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { translator } from "../../app/i18n/translate";
import { demoAccount, mainNav, pageTitle, signIn, waitForHydration, type Lang } from "./support";

// Each screen is checked once per language, however often a journey passes through it (axe takes
// seconds on a large page).
const checked = new Set<string>();

/** "both": checked in French too; "english": in the English pass only (see above). */
type Passes = "both" | "english";

async function expectAccessible(page: Page, screen: string, passes: Passes) {
  await expect(pageTitle(page), `${screen} has rendered`).toBeVisible();
  const lang = await page.locator("html").getAttribute("lang");
  if (lang === "fr" && passes === "english") return;
  const url = new URL(page.url());
  const key = `${lang} ${url.pathname}${url.search}`;
  if (checked.has(key)) return;
  checked.add(key);
  const axe = new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } });
  if (lang === "fr") axe.disableRules(["color-contrast"]);
  const { violations } = await axe.analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(serious, `serious or critical accessibility violations on ${screen} (${page.url()})`).toEqual([]);
}

/** Follows the first link of `where` matching `selector`, waits for its page, and checks it. */
async function follow(page: Page, where: Locator, selector: string, passes: Passes = "english") {
  const link = where.locator(selector).first();
  const href = await link.getAttribute("href", { timeout: 10_000 });
  expect(href, `a link ${selector}`).toBeTruthy();
  await link.click();
  await expect(page).toHaveURL(new URL(href!, page.url()).href);
  await expectAccessible(page, selector, passes);
}

function main(page: Page) {
  return page.getByRole("main");
}

/** A record's page: the first link to it in the page's list (its table). */
function inTable(page: Page) {
  return main(page).getByRole("table").first();
}

async function openArea(page: Page, lang: Lang, key: Parameters<ReturnType<typeof translator>>[0]) {
  const t = translator(lang);
  await mainNav(page, lang).getByRole("link", { name: t(key), exact: true }).click();
  await expectAccessible(page, t(key), "both");
}

/** Signs the admin in, in the given language (the header switch, put back to English afterwards). */
async function signInAs(page: Page, lang: Lang) {
  await signIn(page, demoAccount("admin"));
  if (lang === "fr") {
    await page.getByRole("button", { name: "Passer en français" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  }
  await expectAccessible(page, "dashboard", "both");
}

type Journey = { name: string; walk: (page: Page, lang: Lang) => Promise<void> };

const JOURNEYS: Journey[] = [
  {
    name: "agencies and people",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.agencies");
      await follow(page, main(page), 'a[href="/agencies/map"]', "both");
      await openArea(page, lang, "nav.agencies");
      await follow(page, main(page), 'a[href="/agencies/import"]');
      await openArea(page, lang, "nav.agencies");
      await follow(page, main(page), 'a[href="/agencies/new"]');
      await openArea(page, lang, "nav.agencies");
      await follow(page, inTable(page), 'a[href^="/agencies/"]', "both");
      await follow(page, main(page), 'a[href$="/edit"]');
      await openArea(page, lang, "nav.people");
      await follow(page, main(page), 'a[href="/people/new"]');
      await openArea(page, lang, "nav.people");
      await follow(page, inTable(page), 'a[href^="/positions/"]', "both");
      await follow(page, main(page), 'a[href$="/assign"]');
      await openArea(page, lang, "nav.people");
      await follow(page, inTable(page), 'a[href^="/people/"]', "both");
      await follow(page, main(page), 'a[href$="/edit"]');
    },
  },
  {
    name: "responsibilities",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.responsibilities");
      await page.getByRole("main").locator('a[href="/responsibilities/matrix"]').click();
      // Checked with a cell's editor open (the grid is the slowest page to check: once is enough).
      await follow(page, main(page), "td.matrix__cell a", "both");
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, main(page), 'a[href="/responsibilities/gaps"]', "both");
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, main(page), 'a[href="/responsibilities/mine"]', "both");
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, main(page), 'a[href="/responsibilities/new"]');
      await openArea(page, lang, "nav.responsibilities");
      await follow(page, inTable(page), 'a[href^="/responsibilities/"]', "both");
      await follow(page, main(page), 'a[href$="/edit"]');
    },
  },
  {
    name: "committees and meetings",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.committees");
      await follow(page, main(page), 'a[href="/committees/new"]');
      await openArea(page, lang, "nav.committees");
      await follow(page, inTable(page), 'a[href^="/committees/"]', "both");
      await follow(page, main(page), 'a[href$="/members"]');
      await page.goBack();
      await follow(page, main(page), 'a[href$="/standing"]');
      await openArea(page, lang, "nav.meetings");
      for (const view of ["/meetings/calendar", "/meetings/mine", "/documents", "/calendar/feeds", "/meetings/new"]) {
        await follow(page, main(page), `a[href="${view}"]`);
      }
      await openArea(page, lang, "nav.meetings");
      await follow(page, main(page), 'a[href="/documents"]');
      await follow(page, inTable(page), 'a[href^="/documents/"]', "both");
      await openArea(page, lang, "nav.meetings");
      await follow(page, inTable(page), 'a[href^="/meetings/"]', "both");
      const tabs = main(page).getByRole("navigation");
      for (const tab of ["/agenda", "/attendance", "/journal", "/edit", "/status"]) {
        await follow(page, tabs, `a[href$="${tab}"]`, tab === "/attendance" || tab === "/journal" ? "both" : "english");
      }
      await follow(page, tabs, 'a[href$="/agenda"]');
      await follow(page, main(page), 'a[href*="/agenda/"]');
      await follow(page, main(page), 'a[href$="/print"]');
    },
  },
  {
    name: "decisions, actions and reporting",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.decisions");
      await follow(page, main(page), 'a[href="/decisions/new"]');
      await openArea(page, lang, "nav.decisions");
      await follow(page, inTable(page), 'a[href^="/decisions/"]', "both");
      await openArea(page, lang, "nav.decisions");
      await follow(page, main(page), 'a[href="/actions"]');
      await follow(page, main(page), 'a[href^="/actions/new"]');
      await page.goBack();
      await follow(page, inTable(page), 'a[href^="/actions/"]', "both");
      await follow(page, main(page), 'a[href$="/edit"]');
      await openArea(page, lang, "nav.reporting");
      await follow(page, main(page), 'a[href="/reporting/compliance"]', "both");
      await follow(page, main(page), 'a[href="/reporting/new"]');
      await follow(page, main(page), 'a[href="/reporting/calendar"]', "both");
      await follow(page, main(page), 'a[href^="/reporting/calendar/print"]');
      await openArea(page, lang, "nav.reporting");
      await follow(page, inTable(page), 'a[href^="/reporting/"]', "both");
      await follow(page, main(page), 'a[href^="/reporting/cycles/"]', "both");
    },
  },
  {
    name: "handovers, search, notifications and administration",
    walk: async (page, lang) => {
      await openArea(page, lang, "nav.handovers");
      await follow(page, main(page), 'a[href="/handovers?tab=write"]');
      await follow(page, main(page), 'a[href="/rotation-risk"]', "both");
      await follow(page, main(page), 'a[href^="/handovers/c"]', "both");
      await openArea(page, lang, "nav.search");
      const t = translator(lang);
      await main(page).getByRole("searchbox").fill("customs");
      await main(page).getByRole("button", { name: t("search.submit"), exact: true }).click();
      await expect(page).toHaveURL(/q=customs/);
      await expectAccessible(page, "search results", "both");
      await follow(page, page.getByRole("banner"), 'a[href="/notifications"]', "both");
      await follow(page, page.getByRole("banner"), 'a[href="/profile"]');
      await follow(page, main(page), 'a[href="/profile/notifications"]');
      await follow(page, page.getByRole("banner"), 'a[href="/admin/users"]');
      await follow(page, main(page), 'a[href="/admin/users/new"]');
      await page.goBack();
      await follow(page, inTable(page), 'a[href^="/admin/users/"]', "both");
      await openArea(page, lang, "audit.title");
      await openArea(page, lang, "notify.outbox.title");
    },
  },
];

for (const lang of ["en", "fr"] as const) {
  test.describe(`accessibility in ${lang === "en" ? "English" : "French"}`, () => {
    test.describe("signed out", () => {
      // The signed-out pages speak the browser's language.
      test.use({ locale: lang === "en" ? "en-GB" : "fr-FR" });
      test("the sign-in and password reset pages", async ({ page }) => {
        await page.goto("/login");
        await waitForHydration(page);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expectAccessible(page, "sign-in", "both");
        await follow(page, main(page), 'a[href="/forgot-password"]');
      });
    });

    for (const journey of JOURNEYS) {
      test(journey.name, async ({ page }) => {
        test.setTimeout(180_000);
        try {
          await signInAs(page, lang);
          await journey.walk(page, lang);
        } finally {
          // Leave the shared demo profile in English whatever happened above.
          if (lang === "fr") await page.request.post("/language", { form: { locale: "en", redirectTo: "/" } });
        }
      });
    }
  });
}
